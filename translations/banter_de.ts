<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Banter::AboutPluginsDialog</name>
    <message>
        <source>About Plugins</source>
        <translation>Über Plugins</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>Stellt bereit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>Searched: %1</source>
        <translation>Durchsucht: %1</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>The URL schemes this transport opens</source>
        <translation>Die URL-Schemata, die dieser Transport öffnet</translation>
    </message>
    <message>
        <source>The services this plugin runs</source>
        <translation>Die Dienste, die dieses Plugin ausführt</translation>
    </message>
    <message>
        <source>Plugin folders searched</source>
        <translation>Durchsuchte Plugin-Ordner</translation>
    </message>
    <message>
        <source>Problems with the plugin folders</source>
        <translation>Probleme mit den Plugin-Ordnern</translation>
    </message>
</context>
<context>
    <name>Banter::CertificateDialog</name>
    <message>
        <source>Certificate Refused</source>
        <translation>Zertifikat abgelehnt</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused, and no connection was made:</source>
        <translation>Das Zertifikat von %1 wurde abgelehnt, und es wurde keine Verbindung hergestellt:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none: the server presented no certificate</source>
        <translation>keiner: der Server hat kein Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Trust it only if you know that this is the certificate of %1, for instance because its fingerprint is the one its administrator gave you. Banter will then accept this certificate, and no other, for %1, until you revoke it in Connection &gt; Trusted Certificates.</source>
        <translation>Nur vertrauen, wenn sicher ist, dass dies das Zertifikat von %1 ist, etwa weil sein Fingerabdruck der ist, den sein Administrator mitgeteilt hat. Banter nimmt dann für %1 dieses Zertifikat an, und kein anderes, bis es unter Verbindung → Vertrauenswürdige Zertifikate widerrufen wird.</translation>
    </message>
    <message>
        <source>This certificate cannot be trusted: it is revoked or blacklisted, or the problems concern more than one certificate of its chain.</source>
        <translation>Diesem Zertifikat kann nicht vertraut werden: es ist widerrufen oder gesperrt, oder die Probleme betreffen mehr als ein Zertifikat seiner Kette.</translation>
    </message>
    <message>
        <source>Trust This Certificate for %1</source>
        <translation>Diesem Zertifikat für %1 vertrauen</translation>
    </message>
</context>
<context>
    <name>Banter::ChatDelegate</name>
    <message>
        <source>pending</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zurückgenommen</translation>
    </message>
</context>
<context>
    <name>Banter::ChatFilterModel</name>
    <message>
        <source>Not a regular expression: %1 at character %2.</source>
        <translation>Kein gültiger regulärer Ausdruck: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>Not a field condition: %1.</source>
        <translation>Keine gültige Feldbedingung: %1.</translation>
    </message>
</context>
<context>
    <name>Banter::ChatPane</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Scroll to the new messages</source>
        <translation>Zu den neuen Nachrichten blättern</translation>
    </message>
    <message>
        <source>↓ 1 new message</source>
        <translation>↓ 1 neue Nachricht</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new messages</source>
        <translation>
            <numerusform>↓ %n neue Nachricht</numerusform>
            <numerusform>↓ %n neue Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::CommandLine</name>
    <message>
        <source>Banter, a desktop WebSocket client.

Without a URL, Banter starts its own echo server on port 3000 (or uses the one already running there) and connects to %1.</source>
        <translation>Banter, ein WebSocket-Client für den Desktop.

Ohne URL startet Banter seinen eigenen Echo-Server auf Port 3000 (oder verwendet den, der dort bereits läuft) und verbindet sich mit %1.</translation>
    </message>
    <message>
        <source>The server to connect to, such as ws://example.org:8080/chat.</source>
        <translation>Der Server, mit dem verbunden wird, etwa ws://example.org:8080/chat.</translation>
    </message>
    <message>
        <source>[url]</source>
        <translation>[URL]</translation>
    </message>
    <message>
        <source>Give one URL at the most, not %1.</source>
        <translation>Höchstens eine URL angeben, nicht %1.</translation>
    </message>
    <message>
        <source>The colours: system (the desktop&apos;s), light or dark (both on the Fusion style).</source>
        <translation>Die Farben: system (die des Desktops), light oder dark (beide mit dem Fusion-Stil).</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Unknown color scheme &quot;%1&quot;: use %2.</source>
        <translation>Unbekanntes Farbschema „%1“: %2 verwenden.</translation>
    </message>
</context>
<context>
    <name>Banter::ComposeBar</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>F&amp;ile…</source>
        <translation>Date&amp;i…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Up and Down recall sent messages</source>
        <translation>Enter sendet, Umschalt+Enter beginnt eine neue Zeile, Auf und Ab holen gesendete Nachrichten zurück</translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation>He&amp;x</translation>
    </message>
    <message>
        <source>Hex input</source>
        <translation>Hex-Eingabe</translation>
    </message>
    <message>
        <source>Type bytes in hexadecimal, such as 00 01 ff, and send them as one binary message</source>
        <translation>Bytes hexadezimal eingeben, etwa 00 01 ff, und als eine Binärnachricht senden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>Eine Datei senden</translation>
    </message>
    <message>
        <source>Send a file as one binary message</source>
        <translation>Eine Datei als eine Binärnachricht senden</translation>
    </message>
    <message>
        <source>Why the message was not sent</source>
        <translation>Warum die Nachricht nicht gesendet wurde</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
    <message>
        <source>Bytes in hex, such as 00 01 ff; Enter sends them</source>
        <translation>Bytes in Hex, etwa 00 01 ff; Enter sendet sie</translation>
    </message>
    <message>
        <source>Type a message and press Enter</source>
        <translation>Nachricht eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>The message with its variables filled in</source>
        <translation>Die Nachricht mit eingesetzten Variablen</translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>Sendet: %1</translation>
    </message>
    <message>
        <source>Cannot be sent: %1</source>
        <translation>Kann nicht gesendet werden: %1</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectDialog</name>
    <message>
        <source>Connection Options</source>
        <translation>Verbindungsoptionen</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Authorization: Bearer …
X-Client: banter</source>
        <translation>Authorization: Bearer …
X-Client: banter</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>Subprotokolle</translation>
    </message>
    <message>
        <source>chat.v2, chat.v1</source>
        <translation>chat.v2, chat.v1</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation>https://example.org</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear all options</source>
        <translation>Alle Optionen leeren</translation>
    </message>
    <message>
        <source>Request &amp;headers:</source>
        <translation>Anfrage-&amp;Header:</translation>
    </message>
    <message>
        <source>&amp;Subprotocols:</source>
        <translation>&amp;Subprotokolle:</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>&amp;Origin:</translation>
    </message>
    <message>
        <source>Header line %1 is not written as Name: value.</source>
        <translation>Header-Zeile %1 hat nicht die Form Name: Wert.</translation>
    </message>
    <message>
        <source>Cannot be sent: %1.</source>
        <translation>Kann nicht gesendet werden: %1.</translation>
    </message>
    <message>
        <source>1 header</source>
        <translation>1 Header</translation>
    </message>
    <message numerus="yes">
        <source>%n headers</source>
        <translation>
            <numerusform>%n Header</numerusform>
            <numerusform>%n Header</numerusform>
        </translation>
    </message>
    <message>
        <source>subprotocols %1</source>
        <translation>Subprotokolle %1</translation>
    </message>
    <message>
        <source>origin %1</source>
        <translation>Origin %1</translation>
    </message>
    <message>
        <source>no options</source>
        <translation>keine Optionen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>ein Passwort</translation>
    </message>
    <message>
        <source>Receive buffer</source>
        <translation>Empfangspuffer</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>The socket&apos;s receive buffer. Automatic lets the system grow it as the link needs; a size caps throughput at that much per round trip (256 KiB at 50 ms: about 5 MB/s).</source>
        <translation>Der Empfangspuffer des Sockets. Automatisch lässt das System ihn wachsen, wie die Strecke es braucht; eine Größe begrenzt den Durchsatz auf so viel pro Umlaufzeit (256 KiB bei 50 ms: etwa 5 MB/s).</translation>
    </message>
    <message>
        <source>&amp;Receive buffer:</source>
        <translation>&amp;Empfangspuffer:</translation>
    </message>
    <message>
        <source>receive buffer %1 KiB</source>
        <translation>Empfangspuffer %1 KiB</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Datei des Client-Zertifikats</translation>
    </message>
    <message>
        <source>client.pem or client.p12</source>
        <translation>client.pem oder client.p12</translation>
    </message>
    <message>
        <source>Private key file of the client certificate</source>
        <translation>Datei des privaten Schlüssels zum Client-Zertifikat</translation>
    </message>
    <message>
        <source>client.key (none for PKCS#12)</source>
        <translation>client.key (keine bei PKCS#12)</translation>
    </message>
    <message>
        <source>Passphrase of the key or PKCS#12 file</source>
        <translation>Passphrase des Schlüssels oder der PKCS#12-Datei</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.p12 *.pfx)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater Schlüs&amp;sel:</translation>
    </message>
    <message>
        <source>Private keys (*.key *.pem)</source>
        <translation>Private Schlüssel (*.key *.pem)</translation>
    </message>
    <message>
        <source>Key p&amp;assphrase:</source>
        <translation>P&amp;assphrase:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file of %1</source>
        <translation>Datei wählen: %1</translation>
    </message>
    <message>
        <source>The client certificate cannot be used: %1.</source>
        <translation>Das Client-Zertifikat kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation>Client-Zertifikat %1</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>the system&apos;s; direct, http://host:3128, socks5://user@host:1080</source>
        <translation>der des Systems; direct, http://host:3128, socks5://benutzer@host:1080</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s proxy settings (http_proxy, all_proxy, no_proxy). direct: none. Or an HTTP proxy (CONNECT) or a SOCKS5 proxy, with a user before the host if it asks for a login. Connections to this machine itself never go through a proxy.</source>
        <translation>Leer: die Proxy-Einstellungen des Systems (http_proxy, all_proxy, no_proxy). direct: keiner. Oder ein HTTP-Proxy (CONNECT) oder ein SOCKS5-Proxy, mit einem Benutzer vor dem Host, wenn er eine Anmeldung verlangt. Verbindungen zu diesem Rechner selbst gehen nie über einen Proxy.</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Proxy-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>Proxy %1</translation>
    </message>
    <message>
        <source>Shown to a wss:// server or mqtts:// broker that asks for one (mutual TLS): a PEM certificate with its key file, or a PKCS#12 file alone</source>
        <translation>Wird einem wss://-Server oder mqtts://-Broker gezeigt, der danach fragt (gegenseitiges TLS): ein PEM-Zertifikat mit seiner Schlüsseldatei oder eine PKCS#12-Datei allein</translation>
    </message>
    <message>
        <source>Kept while Banter runs, never in banter.conf (a saved connection keeps it in the desktop&apos;s keyring)</source>
        <translation>Bleibt, solange Banter läuft; nie in banter.conf (eine gespeicherte Verbindung bewahrt es im Schlüsselbund des Desktops auf)</translation>
    </message>
    <message>
        <source>Used from the next Connect on, by it and by every reconnection after it. The user name and password go to URLs that name no user (an MQTT broker&apos;s login). The passwords and the passphrase never go into banter.conf: View → Connections keeps them in the desktop&apos;s keyring.</source>
        <translation>Gilt ab dem nächsten Verbinden, für dieses und jede spätere Wiederverbindung. Benutzername und Passwort gehen an URLs, die keinen Benutzer nennen (die Anmeldung bei einem MQTT-Broker). Die Passwörter und die Passphrase kommen nie in banter.conf: Ansicht → Verbindungen bewahrt sie im Schlüsselbund des Desktops auf.</translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation>&amp;Latenz:</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>none; such as 100ms</source>
        <translation>keine; etwa 100ms</translation>
    </message>
    <message>
        <source>The delay of every message in each direction: an echo&apos;s round trip grows by twice it. 0 ms to 1 min (ms, s, min).</source>
        <translation>Die Verzögerung jeder Nachricht in jeder Richtung: die Umlaufzeit eines Echos wächst um das Doppelte. 0 ms bis 1 min (ms, s, min).</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>&amp;Jitter:</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>none; such as 20ms</source>
        <translation>keiner; etwa 20ms</translation>
    </message>
    <message>
        <source>Each delay varies by up to this much, at most the latency; order is kept.</source>
        <translation>Jede Verzögerung schwankt um bis zu so viel, höchstens um die Latenz; die Reihenfolge bleibt.</translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation>&amp;Bandbreite:</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>no cap; such as 64KiB</source>
        <translation>keine Grenze; etwa 64KiB</translation>
    </message>
    <message>
        <source>Bytes per second in each direction: B, KiB, MiB, GiB, kB, MB, GB, kbit, Mbit or Gbit.</source>
        <translation>Bytes pro Sekunde in jeder Richtung: B, KiB, MiB, GiB, kB, MB, GB, kbit, Mbit oder Gbit.</translation>
    </message>
    <message>
        <source>Lo&amp;ss:</source>
        <translation>&amp;Verlust:</translation>
    </message>
    <message>
        <source>Message loss</source>
        <translation>Nachrichtenverlust</translation>
    </message>
    <message>
        <source>none; such as 1%</source>
        <translation>keiner; etwa 1%</translation>
    </message>
    <message>
        <source>The share of messages dropped, 0 to 100 %; the log says so for each.</source>
        <translation>Der Anteil verworfener Nachrichten, 0 bis 100 %; das Protokoll sagt es bei jeder.</translation>
    </message>
    <message>
        <source>Disconnect a&amp;fter:</source>
        <translation>&amp;Trennen nach:</translation>
    </message>
    <message>
        <source>Disconnect after</source>
        <translation>Trennen nach</translation>
    </message>
    <message>
        <source>never; such as 30s or 100msgs</source>
        <translation>nie; etwa 30s oder 100msgs</translation>
    </message>
    <message>
        <source>Cut the connection after a time or a number of messages.</source>
        <translation>Die Verbindung nach einer Zeit oder einer Anzahl Nachrichten kappen.</translation>
    </message>
    <message>
        <source>Black &amp;hole after:</source>
        <translation>Schwarzes &amp;Loch nach:</translation>
    </message>
    <message>
        <source>Black hole after</source>
        <translation>Schwarzes Loch nach</translation>
    </message>
    <message>
        <source>never; such as 10s or 100msgs</source>
        <translation>nie; etwa 10s oder 100msgs</translation>
    </message>
    <message>
        <source>After a time or a number of messages nothing moves either way, and the connection stays open: the heartbeat has to notice.</source>
        <translation>Nach einer Zeit oder einer Anzahl Nachrichten bewegt sich nichts mehr, in keine Richtung, und die Verbindung bleibt offen: der Heartbeat muss es bemerken.</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>random; such as 42</source>
        <translation>zufällig; etwa 42</translation>
    </message>
    <message>
        <source>The same seed gives the same delays and losses.</source>
        <translation>Derselbe Seed ergibt dieselben Verzögerungen und Verluste.</translation>
    </message>
    <message>
        <source>Network conditions</source>
        <translation>Netzbedingungen</translation>
    </message>
    <message>
        <source>Simulates a bad network on this connection (chaos+ before the URL&apos;s scheme); empty fields leave it as it is.</source>
        <translation>Simuliert ein schlechtes Netz auf dieser Verbindung (chaos+ vor dem Schema der URL); leere Felder lassen es, wie es ist.</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionBar</name>
    <message>
        <source>Op&amp;tions…</source>
        <translation>O&amp;ptionen…</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>The server to connect to; the list holds the recent ones (Ctrl+L)</source>
        <translation>Der Server, mit dem verbunden wird; die Liste enthält die zuletzt verwendeten (Strg+L)</translation>
    </message>
    <message>
        <source>Recent URLs</source>
        <translation>Zuletzt verwendete URLs</translation>
    </message>
    <message>
        <source>ws://host:port/path</source>
        <translation>ws://host:port/pfad</translation>
    </message>
    <message>
        <source>Connection options</source>
        <translation>Verbindungsoptionen</translation>
    </message>
    <message>
        <source>What is wrong with the URL</source>
        <translation>Was an der URL falsch ist</translation>
    </message>
    <message>
        <source>Not a URL: %1.</source>
        <translation>Keine gültige URL: %1.</translation>
    </message>
    <message>
        <source>A URL starts with a scheme and a host, such as %1.</source>
        <translation>Eine URL beginnt mit einem Schema und einem Host, etwa %1.</translation>
    </message>
    <message>
        <source>No transport plugin is loaded, so no scheme can be opened (see Help → About Plugins).</source>
        <translation>Kein Transport-Plugin ist geladen, daher kann kein Schema geöffnet werden (siehe Hilfe → Über Plugins).</translation>
    </message>
    <message>
        <source>No plugin handles &quot;%1&quot;: Banter opens %2.</source>
        <translation>Kein Plugin verarbeitet „%1“: Banter öffnet %2.</translation>
    </message>
    <message>
        <source>The URL needs a host, such as %1.</source>
        <translation>Die URL braucht einen Host, etwa %1.</translation>
    </message>
    <message>
        <source>Op&amp;tions (set)…</source>
        <translation>O&amp;ptionen (gesetzt)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Request headers, subprotocols, origin, receive buffer, client certificate, proxy and login: %1</source>
        <translation>Anfrage-Header, Subprotokolle, Origin, Empfangspuffer, Client-Zertifikat, Proxy und Anmeldung: %1</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionTab</name>
    <message>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tab title (unread count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to %1 in %n s (Ctrl+R: now)</source>
        <translation>
            <numerusform>Neue Verbindung mit %1 in %n s (Strg+R: sofort)</numerusform>
            <numerusform>Neue Verbindung mit %1 in %n s (Strg+R: sofort)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>Wird geschlossen…</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionsController</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>C&amp;onnections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <source>Saved connections: a name for a URL and its options</source>
        <translation>Gespeicherte Verbindungen: ein Name für eine URL und ihre Optionen</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved “%1”. Not saved, to be given again when it is opened: %2.</source>
        <translation>„%1“ gespeichert. Nicht gespeichert, beim Öffnen erneut anzugeben: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB: no file of connections is</source>
        <translation>%1 ist größer als 16 MiB: keine Verbindungsdatei ist so groß</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1.</source>
        <translation>
            <numerusform>%n Verbindung aus %1 importiert.</numerusform>
            <numerusform>%n Verbindungen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1.</source>
        <translation>
            <numerusform>%n Verbindung nach %1 exportiert.</numerusform>
            <numerusform>%n Verbindungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Connection</source>
        <translation>Verbindung speichern</translation>
    </message>
    <message>
        <source>Rename Connection</source>
        <translation>Verbindung umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Not Renamed</source>
        <translation>Nicht umbenannt</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete the saved connection “%1”?</source>
        <translation>Die gespeicherte Verbindung „%1“ löschen?</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>Verbindungen importieren</translation>
    </message>
    <message>
        <source>Banter connections (*.json)</source>
        <translation>Banter-Verbindungen (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>Export Connections</source>
        <translation>Verbindungen exportieren</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Saved “%1”; %2 going to the desktop&apos;s keyring…</source>
        <translation>„%1“ gespeichert; %2 geht in den Schlüsselbund des Desktops …</translation>
    </message>
    <message>
        <source>Saved “%1”; %2 in the desktop&apos;s keyring.</source>
        <translation>„%1“ gespeichert; %2 im Schlüsselbund des Desktops.</translation>
    </message>
    <message>
        <source>No Keyring</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>No keyring could keep %1 of “%2”: %3.

Keep them for this session only? Banter forgets them when it quits; then they are given again when the connection is opened.</source>
        <translation>Kein Schlüsselbund konnte %1 von „%2“ aufbewahren: %3.

Nur für diese Sitzung behalten? Banter vergisst sie beim Beenden; danach werden sie beim Öffnen der Verbindung erneut angegeben.</translation>
    </message>
    <message>
        <source>%1 of “%2” kept until Banter quits.</source>
        <translation>%1 von „%2“ bleibt bis zum Beenden von Banter erhalten.</translation>
    </message>
    <message>
        <source>The secrets of “%1” could not be read from the keyring: %2</source>
        <translation>Die Geheimnisse von „%1“ konnten nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionsPanel</name>
    <message>
        <source>Filter by name or URL</source>
        <translation>Nach Name oder URL filtern</translation>
    </message>
    <message>
        <source>Filter the saved connections</source>
        <translation>Die gespeicherten Verbindungen filtern</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open connection</source>
        <translation>Verbindung öffnen</translation>
    </message>
    <message>
        <source>Save &amp;Current…</source>
        <translation>&amp;Aktuelle speichern…</translation>
    </message>
    <message>
        <source>Save the current connection</source>
        <translation>Die aktuelle Verbindung speichern</translation>
    </message>
    <message>
        <source>Keep the URL and options of the URL bar under a name; passwords, passphrases and credential headers are not kept</source>
        <translation>URL und Optionen der URL-Leiste unter einem Namen behalten; Passwörter, Passphrasen und Header mit Zugangsdaten werden nicht behalten</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename connection</source>
        <translation>Verbindung umbenennen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate connection</source>
        <translation>Verbindung duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>Verbindungen importieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>Verbindungen exportieren</translation>
    </message>
</context>
<context>
    <name>Banter::DetailPane</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Ausgewählte Nachricht</translation>
    </message>
    <message>
        <source>Selected message in full</source>
        <translation>Ausgewählte Nachricht vollständig</translation>
    </message>
    <message>
        <source>Select a message to see it here in full.</source>
        <translation>Eine Nachricht auswählen, um sie hier vollständig zu sehen.</translation>
    </message>
    <message>
        <source>%1 at %2, binary, %3</source>
        <translation>%1 am %2, binär, %3</translation>
    </message>
    <message>
        <source> (the first %1 shown)</source>
        <translation> (die ersten %1 angezeigt)</translation>
    </message>
    <message>
        <source>%1 at %2, 1 character</source>
        <translation>%1 am %2, 1 Zeichen</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2, %n characters</source>
        <translation>
            <numerusform>%1 am %2, %n Zeichen</numerusform>
            <numerusform>%1 am %2, %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n lines</source>
        <translation>
            <numerusform>, %n Zeile</numerusform>
            <numerusform>, %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; lines longer than %Ln character(s) are shown in pieces (Edit → Copy Message copies it as it is)</source>
        <translation>
            <numerusform>; Zeilen mit mehr als %Ln Zeichen werden in Stücken angezeigt (Bearbeiten → Nachricht kopieren kopiert sie unverändert)</numerusform>
            <numerusform>; Zeilen mit mehr als %Ln Zeichen werden in Stücken angezeigt (Bearbeiten → Nachricht kopieren kopiert sie unverändert)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Selected message as indented JSON</source>
        <translation>Ausgewählte Nachricht als eingerücktes JSON</translation>
    </message>
    <message>
        <source>Selected message as a JSON tree</source>
        <translation>Ausgewählte Nachricht als JSON-Baum</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Selected message shown as</source>
        <translation>Ausgewählte Nachricht angezeigt als</translation>
    </message>
    <message>
        <source>What is wrong with the JSON</source>
        <translation>Was am JSON falsch ist</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>Kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>, JSON</source>
        <translation>, JSON</translation>
    </message>
</context>
<context>
    <name>Banter::EchoStatisticsPanel</name>
    <message>
        <source>Pair echoes</source>
        <translation>Echos zuordnen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Lost after</source>
        <translation>Verloren nach</translation>
    </message>
    <message>
        <source>A message whose echo has not come back by then is counted lost</source>
        <translation>Eine Nachricht, deren Echo bis dahin nicht zurückgekommen ist, gilt als verloren</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Start counting again</source>
        <translation>Von vorn zählen</translation>
    </message>
    <message>
        <source>Pair echoes:</source>
        <translation>Echos zuordnen:</translation>
    </message>
    <message>
        <source>Lost after:</source>
        <translation>Verloren nach:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <source>Echoed:</source>
        <translation>Zurückgekommen:</translation>
    </message>
    <message>
        <source>Awaiting an echo:</source>
        <translation>Echo ausstehend:</translation>
    </message>
    <message>
        <source>Lost (no echo in time):</source>
        <translation>Verloren (kein Echo rechtzeitig):</translation>
    </message>
    <message>
        <source>Late (echo after the timeout):</source>
        <translation>Verspätet (Echo nach der Frist):</translation>
    </message>
    <message>
        <source>Out of order:</source>
        <translation>Außer der Reihe:</translation>
    </message>
    <message>
        <source>Echoed as the other type:</source>
        <translation>Als anderer Typ zurück:</translation>
    </message>
    <message>
        <source>Round trip, median:</source>
        <translation>Umlaufzeit, Median:</translation>
    </message>
    <message>
        <source>Round trip, 95th percentile:</source>
        <translation>Umlaufzeit, 95. Perzentil:</translation>
    </message>
    <message>
        <source>Round trip, 99th percentile:</source>
        <translation>Umlaufzeit, 99. Perzentil:</translation>
    </message>
    <message>
        <source>Round trip, longest:</source>
        <translation>Umlaufzeit, längste:</translation>
    </message>
    <message>
        <source>Automatic (once the server echoes)</source>
        <translation>Automatisch (sobald der Server ein Echo sendet)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>No connection.</source>
        <translation>Keine Verbindung.</translation>
    </message>
    <message>
        <source>Echoes are not paired.</source>
        <translation>Echos werden nicht zugeordnet.</translation>
    </message>
    <message>
        <source>Every message sent awaits its echo.</source>
        <translation>Jede gesendete Nachricht wartet auf ihr Echo.</translation>
    </message>
    <message>
        <source>The server echoes: every message sent awaits its echo.</source>
        <translation>Der Server sendet Echos: Jede gesendete Nachricht wartet auf ihr Echo.</translation>
    </message>
    <message>
        <source>Waiting for the server to echo a message.</source>
        <translation>Warte darauf, dass der Server eine Nachricht zurücksendet.</translation>
    </message>
</context>
<context>
    <name>Banter::FilterBar</name>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>Im Verlauf suchen</translation>
    </message>
    <message>
        <source>Find (Escape closes)</source>
        <translation>Suchen (Esc schließt)</translation>
    </message>
    <message>
        <source>Show %1 rows</source>
        <translation>Zeilen anzeigen: %1</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>Close find and show every row (Escape)</source>
        <translation>Suche schließen und alle Zeilen anzeigen (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Find by</source>
        <translation>Suchen nach</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON field</source>
        <translation>JSON-Feld</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop reading the log for matches</source>
        <translation>Das Durchsuchen des Verlaufs nach Treffern beenden</translation>
    </message>
    <message>
        <source>Stop finding</source>
        <translation>Suche anhalten</translation>
    </message>
    <message>
        <source>$.type == &quot;trade&quot; and $.price &gt; 100 (Escape closes)</source>
        <translation>$.type == &quot;trade&quot; and $.price &gt; 100 (Esc schließt)</translation>
    </message>
    <message>
        <source>A condition on the fields of JSON messages: $.path == value (also != &lt; &lt;= &gt; &gt;=), $.path ~ /regular expression/i, exists($.path), combined with and, or, not and parentheses. $.items[0].id is the id of the first item, $.items[*].id any item&apos;s.</source>
        <translation>Eine Bedingung an die Felder von JSON-Nachrichten: $.path == Wert (auch != &lt; &lt;= &gt; &gt;=), $.path ~ /regulärer Ausdruck/i, exists($.path), verknüpft mit and, or, not und Klammern. $.items[0].id ist die id des ersten Elements, $.items[*].id die eines beliebigen Elements.</translation>
    </message>
    <message>
        <source>%1, reading the log: %2 %</source>
        <translation>%1, Verlauf wird gelesen: %2 %</translation>
    </message>
    <message>
        <source>%1, stopped at %2 % of the log</source>
        <translation>%1, bei %2 % des Verlaufs gestoppt</translation>
    </message>
</context>
<context>
    <name>Banter::JsonTreeModel</name>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Element</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Banter::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
</context>
<context>
    <name>Banter::MainWindow</name>
    <message>
        <source>Banter</source>
        <translation>Banter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Plugins…</source>
        <translation>Über &amp;Plugins…</translation>
    </message>
    <message>
        <source>&amp;About Banter</source>
        <translation>&amp;Über Banter</translation>
    </message>
    <message>
        <source>About Banter</source>
        <translation>Über Banter</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Banter %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A desktop WebSocket client whose transports are plugins.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Banter %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein WebSocket-Client für den Desktop, dessen Transporte Plugins sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Port %1 is already served: using that server</source>
        <translation>Port %1 ist bereits belegt: dieser Server wird verwendet</translation>
    </message>
    <message>
        <source>the embedded echo server did not start: %1</source>
        <translation>der eingebaute Echo-Server ist nicht gestartet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Echo server on %1 (%n client(s))</source>
        <translation>
            <numerusform>Echo-Server auf %1 (%n Client)</numerusform>
            <numerusform>Echo-Server auf %1 (%n Clients)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>&amp;Jetzt neu verbinden</translation>
    </message>
    <message>
        <source>&amp;Cancel Sending</source>
        <translation>Senden &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>Round-trip time of the last ping</source>
        <translation>Umlaufzeit des letzten Pings</translation>
    </message>
    <message>
        <source>Take back the selected messages that are still pending</source>
        <translation>Die ausgewählten Nachrichten zurücknehmen, die noch warten</translation>
    </message>
    <message>
        <source>&amp;Open Log…</source>
        <translation>&amp;Verlauf öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save Log…</source>
        <translation>Verlauf &amp;speichern…</translation>
    </message>
    <message>
        <source>Send &amp;File…</source>
        <translation>&amp;Datei senden…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as text</source>
        <translation>Die ausgewählten Zeilen als Text kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Message</source>
        <translation>&amp;Nachricht kopieren</translation>
    </message>
    <message>
        <source>Copy the whole message of the current row, as it is</source>
        <translation>Die ganze Nachricht der aktuellen Zeile unverändert kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>Verlauf &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Timestamps</source>
        <translation>&amp;Zeitstempel anzeigen</translation>
    </message>
    <message>
        <source>Message &amp;Details</source>
        <translation>Nachrichten&amp;details</translation>
    </message>
    <message>
        <source>The selected message in full, below the log (Enter on a row)</source>
        <translation>Die ausgewählte Nachricht vollständig, unter dem Verlauf (Enter auf einer Zeile)</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>V&amp;erbindung</translation>
    </message>
    <message>
        <source>Go to &amp;URL</source>
        <translation>&amp;URL eingeben</translation>
    </message>
    <message>
        <source>&amp;Trusted Certificates…</source>
        <translation>&amp;Vertrauenswürdige Zertifikate…</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <source>&amp;Start Echo Server…</source>
        <translation>Echo-Server &amp;starten…</translation>
    </message>
    <message>
        <source>the echo server did not start on port %1: %2</source>
        <translation>der Echo-Server ist auf Port %1 nicht gestartet: %2</translation>
    </message>
    <message>
        <source>Start Echo Server</source>
        <translation>Echo-Server starten</translation>
    </message>
    <message>
        <source>Serve the echo service on localhost, port (0 picks a free one):</source>
        <translation>Den Echo-Dienst auf localhost anbieten, Port (0 wählt einen freien):</translation>
    </message>
    <message>
        <source>cannot send %1: it is larger than %2, the most Banter sends as one message</source>
        <translation>%1 kann nicht gesendet werden: die Datei ist größer als %2, das Maximum, das Banter als eine Nachricht sendet</translation>
    </message>
    <message>
        <source>cannot send %1: %2</source>
        <translation>%1 kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Verlauf speichern</translation>
    </message>
    <message>
        <source>NDJSON log, opens again (*.ndjson *.jsonl)</source>
        <translation>NDJSON-Verlauf, lässt sich wieder öffnen (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>Text (*.txt *.log)</source>
        <translation>Text (*.txt *.log)</translation>
    </message>
    <message>
        <source>Open Log</source>
        <translation>Verlauf öffnen</translation>
    </message>
    <message>
        <source>NDJSON log (*.ndjson *.jsonl)</source>
        <translation>NDJSON-Verlauf (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Send File</source>
        <translation>Datei senden</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln Zeile in %1 gespeichert</numerusform>
            <numerusform>%Ln Zeilen in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %Ln row(s) from %1</source>
        <translation>
            <numerusform>%Ln Zeile aus %1 geöffnet</numerusform>
            <numerusform>%Ln Zeilen aus %1 geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record to File…</source>
        <translation>In Datei &amp;aufzeichnen…</translation>
    </message>
    <message>
        <source>Write every new row into a file as well, as it comes (NDJSON, a new file every %1)</source>
        <translation>Jede neue Zeile sofort auch in eine Datei schreiben (NDJSON, alle %1 eine neue Datei)</translation>
    </message>
    <message>
        <source>recording the log to %1</source>
        <translation>Protokoll wird in %1 aufgezeichnet</translation>
    </message>
    <message>
        <source>recording to %1 stopped</source>
        <translation>Aufzeichnung in %1 beendet</translation>
    </message>
    <message>
        <source>Record to File</source>
        <translation>In Datei aufzeichnen</translation>
    </message>
    <message>
        <source>Start C&amp;hat Server…</source>
        <translation>C&amp;hat-Server starten…</translation>
    </message>
    <message>
        <source>S&amp;top Server</source>
        <translation>Server s&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Connect to Server</source>
        <translation>Mit Server &amp;verbinden</translation>
    </message>
    <message>
        <source>the chat server did not start on port %1: %2</source>
        <translation>der Chat-Server ist auf Port %1 nicht gestartet: %2</translation>
    </message>
    <message numerus="yes">
        <source>Chat server on %1 (%n client(s))</source>
        <translation>
            <numerusform>Chat-Server auf %1 (%n Client)</numerusform>
            <numerusform>Chat-Server auf %1 (%n Clients)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start Chat Server</source>
        <translation>Chat-Server starten</translation>
    </message>
    <message>
        <source>Serve chat rooms on localhost (ws://localhost:PORT/ROOM), port (0 picks a free one):</source>
        <translation>Chaträume auf localhost anbieten (ws://localhost:PORT/RAUM), Port (0 wählt einen freien):</translation>
    </message>
    <message>
        <source>Banter follows the system&apos;s language now.</source>
        <translation>Banter verwendet jetzt die Sprache des Systems.</translation>
    </message>
    <message>
        <source>Banter speaks %1 now.</source>
        <translation>Banter spricht jetzt %1.</translation>
    </message>
    <message>
        <source>&amp;Variables…</source>
        <translation>&amp;Variablen…</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of %1 are not sent yet. Close the tab and drop them?</source>
        <translation>
            <numerusform>%n Nachricht von %1 ist noch nicht gesendet. Tab schließen und sie verwerfen?</numerusform>
            <numerusform>%n Nachrichten von %1 sind noch nicht gesendet. Tab schließen und sie verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>Neuer &amp;Tab</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <source>Echo Statistics</source>
        <translation>Echo-Statistik</translation>
    </message>
    <message>
        <source>&amp;Echo Statistics</source>
        <translation>&amp;Echo-Statistik</translation>
    </message>
    <message>
        <source>Each message paired with its echo: round trips, lost, out of order</source>
        <translation>Jede Nachricht mit ihrem Echo: Umlaufzeiten, verlorene, außer der Reihe</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <source>Tra&amp;ffic</source>
        <translation>Ve&amp;rkehr</translation>
    </message>
    <message>
        <source>Messages and bytes a second and round trips, over the last minutes</source>
        <translation>Nachrichten und Bytes pro Sekunde und Umlaufzeiten der letzten Minuten</translation>
    </message>
    <message>
        <source>JSON S&amp;ummary Field…</source>
        <translation>JSON-Zusammen&amp;fassungsfeld…</translation>
    </message>
    <message>
        <source>Show a field of each JSON message first in its row, such as $.type</source>
        <translation>Ein Feld jeder JSON-Nachricht am Anfang ihrer Zeile zeigen, etwa $.type</translation>
    </message>
    <message>
        <source>Not a JSON path: %1.</source>
        <translation>Kein JSON-Pfad: %1.</translation>
    </message>
    <message>
        <source>JSON Summary Field</source>
        <translation>JSON-Zusammenfassungsfeld</translation>
    </message>
    <message>
        <source>The field of each JSON message to show first in its row, such as $.type or $.user.name (empty: none):</source>
        <translation>Das Feld jeder JSON-Nachricht, das am Anfang ihrer Zeile steht, etwa $.type oder $.user.name (leer: keines):</translation>
    </message>
    <message>
        <source>Network conditions</source>
        <translation>Netzbedingungen</translation>
    </message>
    <message>
        <source>This connection goes through simulated network conditions; the log says which when it opens.</source>
        <translation>Diese Verbindung läuft durch simulierte Netzbedingungen; das Protokoll sagt beim Öffnen, welche.</translation>
    </message>
</context>
<context>
    <name>Banter::RepeatBar</name>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Repeating “%1” every %2 ms: %3</source>
        <translation>„%1“ wird alle %2 ms wiederholt: %3</translation>
    </message>
    <message>
        <source>Stop repeating “%1”</source>
        <translation>Wiederholen von „%1“ beenden</translation>
    </message>
</context>
<context>
    <name>Banter::RepeatDialog</name>
    <message>
        <source>Repeat “%1”</source>
        <translation>„%1“ wiederholen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>bis zum Stopp</translation>
    </message>
    <message>
        <source>The first goes out at once. While the connection is down, sending pauses, and nothing is lost.</source>
        <translation>Die erste geht sofort hinaus. Solange die Verbindung unterbrochen ist, pausiert das Senden, und nichts geht verloren.</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Alle:</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>&amp;Anzahl:</translation>
    </message>
</context>
<context>
    <name>Banter::RoomController</name>
    <message>
        <source>Set &amp;Name…</source>
        <translation>&amp;Namen festlegen…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Your name in chat rooms</source>
        <translation>Ihr Name in Chaträumen</translation>
    </message>
    <message>
        <source>Set Name</source>
        <translation>Namen festlegen</translation>
    </message>
    <message>
        <source>Your name in chat rooms, 1 to 32 characters (empty: the server picks one):</source>
        <translation>Ihr Name in Chaträumen, 1 bis 32 Zeichen (leer: der Server wählt einen):</translation>
    </message>
    <message>
        <source>Room %1 as %2</source>
        <translation>Raum %1 als %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>room — Banter</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Members of the room</source>
        <translation>Mitglieder des Raums</translation>
    </message>
</context>
<context>
    <name>Banter::SecretStore</name>
    <message>
        <source>the keyring did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <source>the keyring refused it</source>
        <translation>der Schlüsselbund hat es abgelehnt</translation>
    </message>
</context>
<context>
    <name>Banter::SnippetController</name>
    <message>
        <source>Snippets</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>&amp;Snippets</source>
        <translation>&amp;Textbausteine</translation>
    </message>
    <message>
        <source>Messages kept for sending again (Ctrl+1 to Ctrl+9)</source>
        <translation>Nachrichten zum erneuten Senden (Strg+1 bis Strg+9)</translation>
    </message>
    <message>
        <source>Send Snippet %1</source>
        <translation>Textbaustein %1 senden</translation>
    </message>
    <message>
        <source>snippet “%1” not sent: %2</source>
        <translation>Textbaustein „%1“ nicht gesendet: %2</translation>
    </message>
    <message numerus="yes">
        <source>repeating “%1” every %2 ms, %n time(s)</source>
        <translation>
            <numerusform>„%1“ wird alle %2 ms wiederholt, %n Mal</numerusform>
            <numerusform>„%1“ wird alle %2 ms wiederholt, %n Mal</numerusform>
        </translation>
    </message>
    <message>
        <source>repeating “%1” every %2 ms until stopped</source>
        <translation>„%1“ wird alle %2 ms wiederholt, bis zum Stopp</translation>
    </message>
    <message>
        <source>repeating “%1”: %2</source>
        <translation>Wiederholen von „%1“: %2</translation>
    </message>
    <message>
        <source>No snippet on %1: View → Snippets keeps messages for sending again.</source>
        <translation>Kein Textbaustein auf %1: Ansicht → Textbausteine hält Nachrichten zum erneuten Senden bereit.</translation>
    </message>
</context>
<context>
    <name>Banter::SnippetDialog</name>
    <message>
        <source>New Snippet</source>
        <translation>Neuer Textbaustein</translation>
    </message>
    <message>
        <source>Edit Snippet</source>
        <translation>Textbaustein bearbeiten</translation>
    </message>
    <message>
        <source>Text, with {{variables}}</source>
        <translation>Text, mit {{Variablen}}</translation>
    </message>
    <message>
        <source>Binary, bytes in hex</source>
        <translation>Binär, Bytes in Hex</translation>
    </message>
    <message>
        <source>Every connection</source>
        <translation>Jede Verbindung</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Sends:</source>
        <translation>&amp;Sendet:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
</context>
<context>
    <name>Banter::SnippetsPanel</name>
    <message>
        <source>Snippets</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the selected snippet</source>
        <translation>Den gewählten Textbaustein senden</translation>
    </message>
    <message>
        <source>&amp;Repeat…</source>
        <translation>&amp;Wiederholen…</translation>
    </message>
    <message>
        <source>Send the selected snippet every so often</source>
        <translation>Den gewählten Textbaustein in Abständen senden</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Delete Snippet</source>
        <translation>Textbaustein löschen</translation>
    </message>
    <message>
        <source>Delete the snippet “%1”?</source>
        <translation>Den Textbaustein „%1“ löschen?</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>every connection</source>
        <translation>jede Verbindung</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1, für %2</translation>
    </message>
    <message>
        <source>Send snippet</source>
        <translation>Textbaustein senden</translation>
    </message>
    <message>
        <source>Repeat snippet</source>
        <translation>Textbaustein wiederholen</translation>
    </message>
    <message>
        <source>New snippet</source>
        <translation>Neuer Textbaustein</translation>
    </message>
    <message>
        <source>Edit snippet</source>
        <translation>Textbaustein bearbeiten</translation>
    </message>
    <message>
        <source>Delete snippet</source>
        <translation>Textbaustein löschen</translation>
    </message>
</context>
<context>
    <name>Banter::Sparkline</name>
    <message>
        <source>Messages a second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>Messages a second: %1 in, %2 out (View → Traffic)</source>
        <translation>Nachrichten pro Sekunde: %1 empfangen, %2 gesendet (Ansicht → Verkehr)</translation>
    </message>
</context>
<context>
    <name>Banter::TrafficPanel</name>
    <message>
        <source>Save Chart…</source>
        <translation>Diagramm speichern…</translation>
    </message>
    <message>
        <source>Save the charts as a PNG image</source>
        <translation>Die Diagramme als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Save Data…</source>
        <translation>Daten speichern…</translation>
    </message>
    <message>
        <source>Save the last ten minutes, second by second, as CSV</source>
        <translation>Die letzten zehn Minuten Sekunde für Sekunde als CSV speichern</translation>
    </message>
    <message>
        <source>Messages a second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>Bytes a second</source>
        <translation>Bytes pro Sekunde</translation>
    </message>
    <message>
        <source>Round trip (ms)</source>
        <translation>Umlaufzeit (ms)</translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation>vor Sekunden</translation>
    </message>
    <message>
        <source>in</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>out</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <source>ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>The chart was not saved to %1: %2</source>
        <translation>Das Diagramm wurde nicht in %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>The data was not saved to %1: %2</source>
        <translation>Die Daten wurden nicht in %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>Save Data</source>
        <translation>Daten speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>Banter::TrustedCertificatesDialog</name>
    <message>
        <source>No certificates are trusted. Banter accepts only the certificates your system trusts.</source>
        <translation>Keinem Zertifikat wird vertraut. Banter nimmt nur die Zertifikate an, denen das System vertraut.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Trusted Certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Certificates your system does not trust, which you trusted for one host each:</source>
        <translation>Zertifikate, denen das System nicht vertraut, denen aber für je einen Host vertraut wurde:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
</context>
<context>
    <name>Banter::VariablesDialog</name>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>One &quot;name = value&quot; a line. A message typed with {{name}} sends the value; Banter has {{uuid}}, {{now}}, {{timestamp}}, {{counter}} and {{random 1 100}} of its own. Kept in banter.conf: no secrets here.</source>
        <translation>Eine Zeile „Name = Wert“ je Variable. Eine Nachricht mit {{name}} sendet den Wert; Banter hat {{uuid}}, {{now}}, {{timestamp}}, {{counter}} und {{random 1 100}} selbst. Gespeichert in banter.conf: keine Geheimnisse hier.</translation>
    </message>
    <message>
        <source>Variables, one name = value a line</source>
        <translation>Variablen, eine Zeile Name = Wert je Variable</translation>
    </message>
    <message>
        <source>user = sam
room = lobby</source>
        <translation>user = sam
room = lobby</translation>
    </message>
    <message>
        <source>Line %1 is not written as name = value.</source>
        <translation>Zeile %1 hat nicht die Form Name = Wert.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is no name: begin with a letter or _, then letters, digits, _ - and &apos;.&apos;.</source>
        <translation>Zeile %1: „%2“ ist kein Name: mit einem Buchstaben oder _ beginnen, dann Buchstaben, Ziffern, _ - und „.“.</translation>
    </message>
    <message>
        <source>Line %1: {{%2}} is one of Banter&apos;s own.</source>
        <translation>Zeile %1: {{%2}} gehört zu Banters eigenen.</translation>
    </message>
    <message>
        <source>Line %1: %2 is given twice.</source>
        <translation>Zeile %1: %2 ist doppelt angegeben.</translation>
    </message>
</context>
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>Tab schließen</translation>
    </message>
</context>
<context>
    <name>SavedConnection</name>
    <message>
        <source>the password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>the key passphrase</source>
        <translation>die Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>the %1 header</source>
        <translation>der %1-Header</translation>
    </message>
</context>
</TS>
