<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BanterWs::WebSocketConnection</name>
    <message>
        <source>the server sent close code %1, which is invalid</source>
        <translation>el servidor envió el código de cierre %1, que no es válido</translation>
    </message>
    <message>
        <source>the server sent a masked frame, which only a client may send</source>
        <translation>el servidor envió una trama enmascarada, algo que solo puede hacer un cliente</translation>
    </message>
    <message>
        <source>the server answered %1 instead of switching to WebSocket (is this a WebSocket endpoint?)</source>
        <translation>el servidor respondió %1 en lugar de cambiar a WebSocket (¿es un punto de acceso WebSocket?)</translation>
    </message>
    <message>
        <source>the server&apos;s handshake response is too large (over %1 KiB)</source>
        <translation>la respuesta de negociación del servidor es demasiado grande (más de %1 KiB)</translation>
    </message>
    <message>
        <source>the server sends pings but does not read the answers: over %1 MiB waiting, connection dropped</source>
        <translation>el servidor envía pings pero no lee las respuestas: más de %1 MiB en espera, conexión cortada</translation>
    </message>
    <message>
        <source>the client certificate cannot be used: %1</source>
        <translation>no se puede usar el certificado de cliente: %1</translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake: it may have refused the client certificate</source>
        <translation>el servidor cerró la conexión justo después del protocolo de enlace TLS: puede que haya rechazado el certificado de cliente</translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake: it may want a client certificate (Options…, or --client-cert)</source>
        <translation>el servidor cerró la conexión justo después del protocolo de enlace TLS: puede que quiera un certificado de cliente (Opciones…, o --client-cert)</translation>
    </message>
    <message>
        <source>through the proxy %1:%2: %3</source>
        <translation>a través del proxy %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>BanterWs::WebSocketListener</name>
    <message>
        <source>serving %1:// is not supported; use ws:// or wss://</source>
        <translation>no se admite servir %1://; use ws:// o wss://</translation>
    </message>
    <message>
        <source>serving wss:// needs a certificate and a private key (PEM files); without them, use ws://</source>
        <translation>servir wss:// requiere un certificado y una clave privada (archivos PEM); sin ellos, use ws://</translation>
    </message>
    <message>
        <source>cannot listen on &quot;%1&quot;: give an IP address (such as 127.0.0.1 or 0.0.0.0) or localhost</source>
        <translation>no se puede escuchar en «%1»: indique una dirección IP (como 127.0.0.1 o 0.0.0.0) o localhost</translation>
    </message>
    <message>
        <source>serving wss:// needs TLS, which Qt cannot use here</source>
        <translation>servir wss:// requiere TLS, que Qt no puede usar aquí</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>no se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <source>cannot accept a client: %1</source>
        <translation>no se puede aceptar un cliente: %1</translation>
    </message>
</context>
</TS>
