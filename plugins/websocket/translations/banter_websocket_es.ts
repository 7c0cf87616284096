<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>cannot read the certificate %1: %2</source>
        <translation>no se puede leer el certificado %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>cannot read the private key %1: %2</source>
        <translation>no se puede leer la clave privada %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no private key that can be used: give an RSA, EC or DSA key in PEM form, without a passphrase</source>
        <translation>%1 no contiene ninguna clave privada utilizable: indique una clave RSA, EC o DSA en formato PEM, sin frase de contraseña</translation>
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
