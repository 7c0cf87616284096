<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BanterWs::WebSocketConnection</name>
    <message>
        <source>the server sent close code %1, which is invalid</source>
        <translation>le serveur a envoyé le code de fermeture %1, qui n’est pas valide</translation>
    </message>
    <message>
        <source>the server sent a masked frame, which only a client may send</source>
        <translation>le serveur a envoyé une trame masquée, ce que seul un client peut faire</translation>
    </message>
    <message>
        <source>the server answered %1 instead of switching to WebSocket (is this a WebSocket endpoint?)</source>
        <translation>le serveur a répondu %1 au lieu de passer à WebSocket (est-ce bien un point d’accès WebSocket ?)</translation>
    </message>
    <message>
        <source>the server&apos;s handshake response is too large (over %1 KiB)</source>
        <translation>la réponse de négociation du serveur est trop grande (plus de %1 Kio)</translation>
    </message>
    <message>
        <source>the server sends pings but does not read the answers: over %1 MiB waiting, connection dropped</source>
        <translation>le serveur envoie des pings mais ne lit pas les réponses : plus de %1 Mio en attente, connexion coupée</translation>
    </message>
    <message>
        <source>the client certificate cannot be used: %1</source>
        <translation>le certificat client ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake: it may have refused the client certificate</source>
        <translation>le serveur a fermé la connexion juste après la négociation TLS&#xa0;: il a peut-être refusé le certificat client</translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake: it may want a client certificate (Options…, or --client-cert)</source>
        <translation>le serveur a fermé la connexion juste après la négociation TLS&#xa0;: il veut peut-être un certificat client (Options…, ou --client-cert)</translation>
    </message>
    <message>
        <source>through the proxy %1:%2: %3</source>
        <translation>par le proxy %1:%2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>BanterWs::WebSocketListener</name>
    <message>
        <source>serving %1:// is not supported; use ws:// or wss://</source>
        <translation>le service en %1:// n’est pas pris en charge&#xa0;; utilisez ws:// ou wss://</translation>
    </message>
    <message>
        <source>serving wss:// needs a certificate and a private key (PEM files); without them, use ws://</source>
        <translation>le service en wss:// nécessite un certificat et une clé privée (fichiers PEM)&#xa0;; sans eux, utilisez ws://</translation>
    </message>
    <message>
        <source>cannot listen on &quot;%1&quot;: give an IP address (such as 127.0.0.1 or 0.0.0.0) or localhost</source>
        <translation>impossible d’écouter sur «&#xa0;%1&#xa0;»&#xa0;: indiquez une adresse IP (par exemple 127.0.0.1 ou 0.0.0.0) ou localhost</translation>
    </message>
    <message>
        <source>serving wss:// needs TLS, which Qt cannot use here</source>
        <translation>le service en wss:// nécessite TLS, que Qt ne peut pas utiliser ici</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d’écouter sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot accept a client: %1</source>
        <translation>impossible d’accepter un client&#xa0;: %1</translation>
    </message>
</context>
</TS>
