<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BanterWs::WebSocketConnection</name>
    <message>
        <source>the server sent close code %1, which is invalid</source>
        <translation>der Server hat den Schließcode %1 gesendet, der ungültig ist</translation>
    </message>
    <message>
        <source>the server sent a masked frame, which only a client may send</source>
        <translation>der Server hat einen maskierten Frame gesendet, was nur ein Client darf</translation>
    </message>
    <message>
        <source>the server answered %1 instead of switching to WebSocket (is this a WebSocket endpoint?)</source>
        <translation>der Server hat mit %1 geantwortet, statt zu WebSocket zu wechseln (ist das ein WebSocket-Endpunkt?)</translation>
    </message>
    <message>
        <source>the server&apos;s handshake response is too large (over %1 KiB)</source>
        <translation>die Handshake-Antwort des Servers ist zu groß (über %1 KiB)</translation>
    </message>
    <message>
        <source>the server sends pings but does not read the answers: over %1 MiB waiting, connection dropped</source>
        <translation>der Server sendet Pings, liest aber die Antworten nicht: über %1 MiB warten, Verbindung getrennt</translation>
    </message>
    <message>
        <source>the client certificate cannot be used: %1</source>
        <translation>das Client-Zertifikat kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake: it may have refused the client certificate</source>
        <translation>der Server hat die Verbindung direkt nach dem TLS-Handshake geschlossen: vielleicht hat er das Client-Zertifikat abgelehnt</translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake: it may want a client certificate (Options…, or --client-cert)</source>
        <translation>der Server hat die Verbindung direkt nach dem TLS-Handshake geschlossen: vielleicht verlangt er ein Client-Zertifikat (Optionen…, oder --client-cert)</translation>
    </message>
    <message>
        <source>through the proxy %1:%2: %3</source>
        <translation>über den Proxy %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>BanterWs::WebSocketListener</name>
    <message>
        <source>serving %1:// is not supported; use ws:// or wss://</source>
        <translation>%1:// kann nicht angeboten werden; ws:// oder wss:// verwenden</translation>
    </message>
    <message>
        <source>serving wss:// needs a certificate and a private key (PEM files); without them, use ws://</source>
        <translation>wss:// anzubieten braucht ein Zertifikat und einen privaten Schlüssel (PEM-Dateien); ohne sie ws:// verwenden</translation>
    </message>
    <message>
        <source>cannot listen on &quot;%1&quot;: give an IP address (such as 127.0.0.1 or 0.0.0.0) or localhost</source>
        <translation>auf „%1“ kann nicht gelauscht werden: eine IP-Adresse (etwa 127.0.0.1 oder 0.0.0.0) oder localhost angeben</translation>
    </message>
    <message>
        <source>serving wss:// needs TLS, which Qt cannot use here</source>
        <translation>wss:// anzubieten braucht TLS, das Qt hier nicht verwenden kann</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>cannot accept a client: %1</source>
        <translation>ein Client kann nicht angenommen werden: %1</translation>
    </message>
</context>
</TS>
