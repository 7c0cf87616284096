<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BanterServer</name>
    <message>
        <source>Banter&apos;s headless echo server: greets every client with &quot;Welcome to Awesome Chat&quot; and sends each message back to its sender.</source>
        <translation>Banters Echo-Server ohne Fenster: begrüßt jeden Client mit „Welcome to Awesome Chat“ und schickt jede Nachricht an ihren Absender zurück.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Port, auf dem gelauscht wird; 0 wählt einen freien.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address to listen on: localhost (127.0.0.1 and ::1), an IP address, or 0.0.0.0 for every interface.</source>
        <translation>Adresse, auf der gelauscht wird: localhost (127.0.0.1 und ::1), eine IP-Adresse oder 0.0.0.0 für alle Schnittstellen.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Service to run for every client.</source>
        <translation>Dienst, der für jeden Client läuft.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Log every message (&quot;Message: &lt;text&gt;&quot;).</source>
        <translation>Jede Nachricht protokollieren („Message: &lt;Text&gt;“).</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;: give a number from 0 to 65535</source>
        <translation>ungültiger Port „%1“: eine Zahl von 0 bis 65535 angeben</translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot;</source>
        <translation>ungültige Adresse „%1“</translation>
    </message>
    <message>
        <source>Serve wss:// with this certificate (PEM; the chain may follow it).</source>
        <translation>wss:// mit diesem Zertifikat anbieten (PEM; die Zertifikatskette darf folgen).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The private key of the certificate (PEM, no passphrase).</source>
        <translation>Der private Schlüssel des Zertifikats (PEM, ohne Passphrase).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Clients served at the same time; more are closed with 1013, try again later (default: %1).</source>
        <translation>Gleichzeitig bediente Clients; weitere werden mit 1013, später erneut versuchen, geschlossen (Standard: %1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Ping a client that has been silent for half this time; drop one that shows no sign of life for this long; 0 turns it off (default: %1).</source>
        <translation>Einen Client anpingen, der die Hälfte dieser Zeit still war; einen trennen, der so lange kein Lebenszeichen gibt; 0 schaltet das ab (Standard: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Time a client has to complete its opening handshake, TLS included (default: %1).</source>
        <translation>Zeit, die ein Client für seinen Eröffnungs-Handshake hat, TLS eingeschlossen (Standard: %1).</translation>
    </message>
    <message>
        <source>Accept only clients that send this Origin, such as https://example.org; give it once per origin. Without it, every origin is accepted.</source>
        <translation>Nur Clients annehmen, die diesen Origin senden, etwa https://example.org; einmal je Origin angeben. Ohne diese Option wird jeder Origin angenommen.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Print the clients, messages and bytes counters this often (also on SIGUSR1).</source>
        <translation>Die Zähler für Clients, Nachrichten und Bytes in diesem Abstand ausgeben (auch bei SIGUSR1).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>wss:// needs both --tls-cert and --tls-key</source>
        <translation>wss:// braucht sowohl --tls-cert als auch --tls-key</translation>
    </message>
    <message>
        <source>invalid message size &quot;%1&quot;: give a number of bytes from 1 to 2 GiB, such as 16MiB</source>
        <translation>ungültige Nachrichtengröße „%1“: eine Anzahl Bytes von 1 bis 2 GiB angeben, etwa 16MiB</translation>
    </message>
    <message>
        <source>invalid output cap &quot;%1&quot;: give a number of bytes, such as 8MiB</source>
        <translation>ungültige Ausgabegrenze „%1“: eine Anzahl Bytes angeben, etwa 8MiB</translation>
    </message>
    <message>
        <source>invalid number of clients &quot;%1&quot;: give a number from 1 up</source>
        <translation>ungültige Anzahl Clients „%1“: eine Zahl ab 1 angeben</translation>
    </message>
    <message>
        <source>invalid time: give a number of seconds, such as 60 or 0.5 (the handshake timeout cannot be 0)</source>
        <translation>ungültige Zeit: eine Anzahl Sekunden angeben, etwa 60 oder 0.5 (das Handshake-Zeitlimit kann nicht 0 sein)</translation>
    </message>
    <message>
        <source>Largest message a client may send; a larger one closes its connection with 1009 (default: %1).</source>
        <translation>Größte Nachricht, die ein Client senden darf; eine größere schließt seine Verbindung mit 1009 (Standard: %1).</translation>
    </message>
    <message>
        <source>Unsent output a client may let pile up by not reading; beyond it, it is dropped with 1008 (default: %1).</source>
        <translation>Ungesendete Ausgabe, die sich bei einem Client, der nicht liest, anstauen darf; darüber hinaus wird er mit 1008 getrennt (Standard: %1).</translation>
    </message>
    <message>
        <source>Park a ws:// client that has been idle this long: it keeps its connection but gives up most of the memory it costs until it is heard from again; a new client is parked as soon as it has been greeted; 0 turns it off (default: %1).</source>
        <translation>Einen ws://-Client parken, der so lange untätig war: Er behält seine Verbindung, gibt aber den größten Teil des Speichers ab, den er kostet, bis wieder etwas von ihm kommt; ein neuer Client wird geparkt, sobald er begrüßt ist; 0 schaltet das ab (Standard: %1).</translation>
    </message>
    <message>
        <source>Chat: messages a room keeps for those who join or come back (default: %1).</source>
        <translation>Chat: Nachrichten, die ein Raum für Neue und Zurückkehrende aufbewahrt (Standard: %1).</translation>
    </message>
    <message>
        <source>Chat: rooms at the same time; a client that would open one more is closed with 1013 (default: %1).</source>
        <translation>Chat: gleichzeitige Räume; ein Client, der einen weiteren eröffnen würde, wird mit 1013 geschlossen (Standard: %1).</translation>
    </message>
    <message>
        <source>Chat: members in one room; one more is closed with 1013 (default: %1).</source>
        <translation>Chat: Mitglieder in einem Raum; ein weiteres wird mit 1013 geschlossen (Standard: %1).</translation>
    </message>
    <message>
        <source>Chat: messages a client may send a second, with bursts of twice as many; over it a banter.chat.v1 client gets an error, a plain client is closed with 1008; 0 turns it off (default: %1/s).</source>
        <translation>Chat: Nachrichten, die ein Client pro Sekunde senden darf, in Schüben bis zum Doppelten; darüber erhält ein banter.chat.v1-Client einen Fehler, ein einfacher Client wird mit 1008 geschlossen; 0 schaltet es ab (Standard: %1/s).</translation>
    </message>
    <message>
        <source>N/s</source>
        <translation>N/s</translation>
    </message>
    <message>
        <source>invalid history &quot;%1&quot;: give a number of messages from 0 up</source>
        <translation>ungültiger Verlauf „%1“: geben Sie eine Anzahl von Nachrichten ab 0 an</translation>
    </message>
    <message>
        <source>invalid number of rooms or members: give a number from 1 up</source>
        <translation>ungültige Anzahl von Räumen oder Mitgliedern: geben Sie eine Zahl ab 1 an</translation>
    </message>
    <message>
        <source>invalid rate &quot;%1&quot;: give a number of messages a second, such as 100/s, or 0 for no limit</source>
        <translation>ungültige Rate „%1“: geben Sie eine Anzahl von Nachrichten pro Sekunde an, etwa 100/s, oder 0 für keine Grenze</translation>
    </message>
    <message>
        <source>Chat: share the rooms with every server given the same Redis: redis://[user:password@]host:port[/db], rediss://... (TLS) or unix:///path/redis.sock.</source>
        <translation>Chat: die Räume mit jedem Server teilen, der dasselbe Redis bekommt: redis://[user:password@]host:port[/db], rediss://... (TLS) oder unix:///path/redis.sock.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Chat: wait for Redis when it cannot be reached at start, instead of exiting.</source>
        <translation>Chat: auf Redis warten, wenn es beim Start nicht erreichbar ist, statt sich zu beenden.</translation>
    </message>
    <message>
        <source>--redis is for chat rooms: give it with --service chat</source>
        <translation>--redis ist für Chaträume: mit --service chat angeben</translation>
    </message>
    <message>
        <source>Listen on this URL instead of --host and --port: ws://127.0.0.1:3000, wss://... (with --tls-cert), or through network conditions for every client, such as chaos+ws://127.0.0.1:3000/?latency=50ms (see the README).</source>
        <translation>Auf dieser URL statt --host und --port lauschen: ws://127.0.0.1:3000, wss://... (mit --tls-cert) oder durch Netzbedingungen für jeden Client, etwa chaos+ws://127.0.0.1:3000/?latency=50ms (siehe README).</translation>
    </message>
    <message>
        <source>invalid URL &quot;%1&quot; for --listen: give a scheme, a host and a port, such as ws://127.0.0.1:3000</source>
        <translation>ungültige URL „%1“ für --listen: ein Schema, einen Host und einen Port angeben, etwa ws://127.0.0.1:3000</translation>
    </message>
</context>
</TS>
