<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <source>cannot read the certificate %1: %2</source>
        <translation>impossible de lire le certificat %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>cannot read the private key %1: %2</source>
        <translation>impossible de lire la clé privée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no private key that can be used: give an RSA, EC or DSA key in PEM form, without a passphrase</source>
        <translation>%1 ne contient aucune clé privée utilisable&#xa0;: indiquez une clé RSA, EC ou DSA au format PEM, sans phrase secrète</translation>
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
