<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BanterMqtt::MqttConnection</name>
    <message>
        <source>the MQTT transport goes through SOCKS5 proxies only, and %1 is an HTTP proxy: use a socks5:// one, or connect direct</source>
        <translation>le transport MQTT ne passe que par des proxys SOCKS5, et %1 est un proxy HTTP&#xa0;: utilisez un proxy socks5://, ou connectez-vous en direct</translation>
    </message>
    <message>
        <source>the proxy refused the user name or password</source>
        <translation>le proxy a refusé le nom d’utilisateur ou le mot de passe</translation>
    </message>
    <message>
        <source>through the proxy %1:%2: %3</source>
        <translation>par le proxy %1:%2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>BanterMqtt::MqttReasons</name>
    <message>
        <source>the broker does not speak this MQTT version (try ?version=3.1.1 or ?version=5)</source>
        <translation>le broker ne parle pas cette version de MQTT (essayez ?version=3.1.1 ou ?version=5)</translation>
    </message>
    <message>
        <source>the broker rejected the client id</source>
        <translation>le broker a rejeté l’identifiant client</translation>
    </message>
    <message>
        <source>the broker is unavailable</source>
        <translation>le broker est indisponible</translation>
    </message>
    <message>
        <source>bad user name or password</source>
        <translation>nom d’utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>not authorized: the broker refused this user name and password</source>
        <translation>non autorisé&#xa0;: le broker a refusé ce nom d’utilisateur et ce mot de passe</translation>
    </message>
    <message>
        <source>the broker has banned this client</source>
        <translation>le broker a banni ce client</translation>
    </message>
    <message>
        <source>the broker refused the connection: %1</source>
        <translation>le broker a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>not authorized to subscribe to %1</source>
        <translation>non autorisé à s’abonner à %1</translation>
    </message>
    <message>
        <source>the broker refused the subscription to %1 (not authorized, or a topic it does not allow)</source>
        <translation>le broker a refusé l’abonnement à %1 (non autorisé, ou sujet qu’il n’accepte pas)</translation>
    </message>
    <message>
        <source>the broker refused the subscription to %1: %2</source>
        <translation>le broker a refusé l’abonnement à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the broker ended the session: another client connected with the same client id</source>
        <translation>le broker a mis fin à la session&#xa0;: un autre client s’est connecté avec le même identifiant client</translation>
    </message>
    <message>
        <source>the broker ended the session: %1</source>
        <translation>le broker a mis fin à la session&#xa0;: %1</translation>
    </message>
    <message>
        <source>the broker did not answer within the keepalive time</source>
        <translation>le broker n’a pas répondu dans le délai de keepalive</translation>
    </message>
    <message>
        <source>the broker closed the connection</source>
        <translation>le broker a fermé la connexion</translation>
    </message>
    <message>
        <source>could not connect to the broker</source>
        <translation>impossible de se connecter au broker</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>hôte introuvable</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>la négociation TLS a échoué</translation>
    </message>
    <message>
        <source>the message is larger than MQTT allows (256 MiB)</source>
        <translation>le message est plus grand que ce que MQTT permet (256&#xa0;Mio)</translation>
    </message>
    <message>
        <source>the message is larger than the broker accepts</source>
        <translation>le message est plus grand que ce que le broker accepte</translation>
    </message>
    <message>
        <source>the broker broke the MQTT protocol</source>
        <translation>le broker a enfreint le protocole MQTT</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire épuisée</translation>
    </message>
</context>
<context>
    <name>BanterMqtt::MqttTarget</name>
    <message>
        <source>the URL names no topic: write it as the path, as in mqtt://localhost/sensors/kitchen</source>
        <translation>l’URL ne nomme aucun sujet&#xa0;: écrivez-le comme chemin, comme dans mqtt://localhost/sensors/kitchen</translation>
    </message>
    <message>
        <source>the topic %1 has # in it other than as its whole last level</source>
        <translation>le sujet %1 contient # ailleurs que comme dernier niveau entier</translation>
    </message>
    <message>
        <source>the topic %1 has + in it other than as a whole level</source>
        <translation>le sujet %1 contient + ailleurs que comme niveau entier</translation>
    </message>
    <message>
        <source>the topic %1 holds a NUL character</source>
        <translation>le sujet %1 contient un caractère NUL</translation>
    </message>
    <message>
        <source>%1=%2 is not 0 or 1</source>
        <translation>%1=%2 ne vaut ni 0 ni 1</translation>
    </message>
    <message>
        <source>%1=%2 is not a whole number from %3 to %4</source>
        <translation>%1=%2 n’est pas un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <source>the client id is longer than MQTT allows</source>
        <translation>l’identifiant client est plus long que ce que MQTT permet</translation>
    </message>
    <message>
        <source>publish=%1 is no topic to publish to: it must not be empty or hold + or #</source>
        <translation>publish=%1 n’est pas un sujet où publier&#xa0;: il ne doit pas être vide ni contenir + ou #</translation>
    </message>
    <message>
        <source>version=%1 is not an MQTT version Banter speaks (3.1.1 or 5)</source>
        <translation>version=%1 n’est pas une version de MQTT que Banter parle (3.1.1 ou 5)</translation>
    </message>
    <message>
        <source>the URL option %1 is unknown; known are qos, retain, clientId, clean, keepalive, version, publish and cacert</source>
        <translation>l’option d’URL %1 est inconnue&#xa0;; les options connues sont qos, retain, clientId, clean, keepalive, version, publish et cacert</translation>
    </message>
    <message>
        <source>%1 is no MQTT URL: write mqtt://host[:port]/topic</source>
        <translation>%1 n’est pas une URL MQTT&#xa0;: écrivez mqtt://hôte[:port]/sujet</translation>
    </message>
    <message>
        <source>write # in a topic as %23, or last in the URL: %1 has text after it</source>
        <translation>écrivez # dans un sujet sous la forme %23, ou en dernier dans l’URL&#xa0;: %1 a du texte après</translation>
    </message>
    <message>
        <source>cannot send: %1 subscribes with a wildcard, so it names no topic to publish to; add ?publish=TOPIC to the URL</source>
        <translation>envoi impossible&#xa0;: %1 s’abonne avec un joker et ne nomme donc aucun sujet où publier&#xa0;; ajoutez ?publish=SUJET à l’URL</translation>
    </message>
</context>
<context>
    <name>BanterMqtt::MqttTls</name>
    <message>
        <source>the server&apos;s certificate was refused</source>
        <translation>le certificat du serveur a été refusé</translation>
    </message>
    <message>
        <source>cacert=%1 holds no PEM certificate that can be read</source>
        <translation>cacert=%1 ne contient aucun certificat PEM lisible</translation>
    </message>
    <message>
        <source>TLS is not available: OpenSSL made no context</source>
        <translation>TLS n’est pas disponible&#xa0;: OpenSSL n’a pas créé de contexte</translation>
    </message>
    <message>
        <source>the client certificate cannot be used: %1</source>
        <translation>le certificat client ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>OpenSSL refused it</source>
        <translation>OpenSSL l’a refusé</translation>
    </message>
    <message>
        <source>the private key is not the certificate&apos;s (%1)</source>
        <translation>la clé privée n’est pas celle du certificat (%1)</translation>
    </message>
    <message>
        <source>the broker ended the TLS handshake before the connection was made (a broker that wants a client certificate, or refuses the one given, does so)</source>
        <translation>le broker a mis fin à la négociation TLS avant que la connexion soit établie (c’est ce que fait un broker qui veut un certificat client, ou refuse celui donné)</translation>
    </message>
</context>
</TS>
