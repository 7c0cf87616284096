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
</context>
<context>
    <name>Banter::MainWindow</name>
    <message>
        <source>Banter</source>
        <translation>Banter</translation>
    </message>
    <message>
        <source>ws://host:port/path</source>
        <translation>ws://host:port/pfad</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Type a message and press Enter</source>
        <translation>Nachricht eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
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
        <translation><numerusform>Echo-Server auf %1 (%n Client)</numerusform><numerusform>Echo-Server auf %1 (%n Clients)</numerusform></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
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
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>Take back the selected messages that are still pending</source>
        <translation>Die ausgewählten Nachrichten zurücknehmen, die noch warten</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to %1 in %n s (Ctrl+R: now)</source>
        <translation><numerusform>Neue Verbindung mit %1 in %n s (Strg+R: sofort)</numerusform><numerusform>Neue Verbindung mit %1 in %n s (Strg+R: sofort)</numerusform></translation>
    </message>
</context>
</TS>
