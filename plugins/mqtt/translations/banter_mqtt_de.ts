<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BanterMqtt::MqttConnection</name>
    <message>
        <source>the MQTT transport goes through SOCKS5 proxies only, and %1 is an HTTP proxy: use a socks5:// one, or connect direct</source>
        <translation>der MQTT-Transport geht nur über SOCKS5-Proxys, und %1 ist ein HTTP-Proxy: einen socks5://-Proxy verwenden oder direkt verbinden</translation>
    </message>
    <message>
        <source>the proxy refused the user name or password</source>
        <translation>der Proxy hat Benutzername oder Passwort abgelehnt</translation>
    </message>
    <message>
        <source>through the proxy %1:%2: %3</source>
        <translation>über den Proxy %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>BanterMqtt::MqttReasons</name>
    <message>
        <source>the broker does not speak this MQTT version (try ?version=3.1.1 or ?version=5)</source>
        <translation>der Broker spricht diese MQTT-Version nicht (versuchen Sie ?version=3.1.1 oder ?version=5)</translation>
    </message>
    <message>
        <source>the broker rejected the client id</source>
        <translation>der Broker hat die Client-ID abgelehnt</translation>
    </message>
    <message>
        <source>the broker is unavailable</source>
        <translation>der Broker ist nicht verfügbar</translation>
    </message>
    <message>
        <source>bad user name or password</source>
        <translation>falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>not authorized: the broker refused this user name and password</source>
        <translation>nicht berechtigt: der Broker hat diesen Benutzernamen und dieses Passwort abgelehnt</translation>
    </message>
    <message>
        <source>the broker has banned this client</source>
        <translation>der Broker hat diesen Client gesperrt</translation>
    </message>
    <message>
        <source>the broker refused the connection: %1</source>
        <translation>der Broker hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>not authorized to subscribe to %1</source>
        <translation>nicht berechtigt, %1 zu abonnieren</translation>
    </message>
    <message>
        <source>the broker refused the subscription to %1 (not authorized, or a topic it does not allow)</source>
        <translation>der Broker hat das Abonnement von %1 abgelehnt (nicht berechtigt oder ein Topic, das er nicht zulässt)</translation>
    </message>
    <message>
        <source>the broker refused the subscription to %1: %2</source>
        <translation>der Broker hat das Abonnement von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>the broker ended the session: another client connected with the same client id</source>
        <translation>der Broker hat die Sitzung beendet: ein anderer Client hat sich mit derselben Client-ID verbunden</translation>
    </message>
    <message>
        <source>the broker ended the session: %1</source>
        <translation>der Broker hat die Sitzung beendet: %1</translation>
    </message>
    <message>
        <source>the broker did not answer within the keepalive time</source>
        <translation>der Broker hat innerhalb der Keepalive-Zeit nicht geantwortet</translation>
    </message>
    <message>
        <source>the broker closed the connection</source>
        <translation>der Broker hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>could not connect to the broker</source>
        <translation>keine Verbindung zum Broker möglich</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the message is larger than MQTT allows (256 MiB)</source>
        <translation>die Nachricht ist größer, als MQTT erlaubt (256 MiB)</translation>
    </message>
    <message>
        <source>the message is larger than the broker accepts</source>
        <translation>die Nachricht ist größer, als der Broker annimmt</translation>
    </message>
    <message>
        <source>the broker broke the MQTT protocol</source>
        <translation>der Broker hat das MQTT-Protokoll verletzt</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr frei</translation>
    </message>
</context>
<context>
    <name>BanterMqtt::MqttTarget</name>
    <message>
        <source>the URL names no topic: write it as the path, as in mqtt://localhost/sensors/kitchen</source>
        <translation>die URL nennt kein Topic: schreiben Sie es als Pfad, wie in mqtt://localhost/sensors/kitchen</translation>
    </message>
    <message>
        <source>the topic %1 has # in it other than as its whole last level</source>
        <translation>das Topic %1 enthält # nicht nur als ganze letzte Ebene</translation>
    </message>
    <message>
        <source>the topic %1 has + in it other than as a whole level</source>
        <translation>das Topic %1 enthält + nicht nur als ganze Ebene</translation>
    </message>
    <message>
        <source>the topic %1 holds a NUL character</source>
        <translation>das Topic %1 enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>%1=%2 is not 0 or 1</source>
        <translation>%1=%2 ist nicht 0 oder 1</translation>
    </message>
    <message>
        <source>%1=%2 is not a whole number from %3 to %4</source>
        <translation>%1=%2 ist keine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>the client id is longer than MQTT allows</source>
        <translation>die Client-ID ist länger, als MQTT erlaubt</translation>
    </message>
    <message>
        <source>publish=%1 is no topic to publish to: it must not be empty or hold + or #</source>
        <translation>publish=%1 ist kein Topic zum Veröffentlichen: es darf nicht leer sein und weder + noch # enthalten</translation>
    </message>
    <message>
        <source>version=%1 is not an MQTT version Banter speaks (3.1.1 or 5)</source>
        <translation>version=%1 ist keine MQTT-Version, die Banter spricht (3.1.1 oder 5)</translation>
    </message>
    <message>
        <source>the URL option %1 is unknown; known are qos, retain, clientId, clean, keepalive, version, publish and cacert</source>
        <translation>die URL-Option %1 ist unbekannt; bekannt sind qos, retain, clientId, clean, keepalive, version, publish und cacert</translation>
    </message>
    <message>
        <source>%1 is no MQTT URL: write mqtt://host[:port]/topic</source>
        <translation>%1 ist keine MQTT-URL: schreiben Sie mqtt://host[:port]/topic</translation>
    </message>
    <message>
        <source>write # in a topic as %23, or last in the URL: %1 has text after it</source>
        <translation>schreiben Sie # in einem Topic als %23 oder als Letztes in der URL: %1 hat Text danach</translation>
    </message>
    <message>
        <source>cannot send: %1 subscribes with a wildcard, so it names no topic to publish to; add ?publish=TOPIC to the URL</source>
        <translation>Senden nicht möglich: %1 abonniert mit einem Platzhalter und nennt daher kein Topic zum Veröffentlichen; fügen Sie der URL ?publish=TOPIC hinzu</translation>
    </message>
</context>
<context>
    <name>BanterMqtt::MqttTls</name>
    <message>
        <source>the server&apos;s certificate was refused</source>
        <translation>das Zertifikat des Servers wurde abgelehnt</translation>
    </message>
    <message>
        <source>cacert=%1 holds no PEM certificate that can be read</source>
        <translation>cacert=%1 enthält kein lesbares PEM-Zertifikat</translation>
    </message>
    <message>
        <source>TLS is not available: OpenSSL made no context</source>
        <translation>TLS ist nicht verfügbar: OpenSSL hat keinen Kontext erzeugt</translation>
    </message>
    <message>
        <source>the client certificate cannot be used: %1</source>
        <translation>das Client-Zertifikat kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>OpenSSL refused it</source>
        <translation>OpenSSL hat es abgelehnt</translation>
    </message>
    <message>
        <source>the private key is not the certificate&apos;s (%1)</source>
        <translation>der private Schlüssel gehört nicht zum Zertifikat (%1)</translation>
    </message>
    <message>
        <source>the broker ended the TLS handshake before the connection was made (a broker that wants a client certificate, or refuses the one given, does so)</source>
        <translation>der Broker hat den TLS-Handshake beendet, bevor die Verbindung zustande kam (so tut es ein Broker, der ein Client-Zertifikat verlangt oder das angegebene ablehnt)</translation>
    </message>
</context>
</TS>
