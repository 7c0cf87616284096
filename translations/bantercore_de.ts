<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Banter::CertificateProblem</name>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused: %2</source>
        <translation>das Zertifikat von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused: %2 (SHA-256 fingerprint %3)</source>
        <translation>das Zertifikat von %1 wurde abgelehnt: %2 (SHA-256-Fingerabdruck %3)</translation>
    </message>
</context>
<context>
    <name>Banter::ChatLog</name>
    <message>
        <source>it is larger than %1, the most Banter opens</source>
        <translation>die Datei ist größer als %1, das Maximum, das Banter öffnet</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>kein JSON: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be a date and time such as 2026-01-31T12:00:00.000Z</source>
        <translation>„time“ muss ein Datum mit Uhrzeit sein, etwa 2026-01-31T12:00:00.000Z</translation>
    </message>
    <message>
        <source>&quot;direction&quot; must be &quot;sent&quot;, &quot;received&quot; or &quot;status&quot;</source>
        <translation>„direction“ muss „sent“, „received“ oder „status“ sein</translation>
    </message>
    <message>
        <source>a text entry needs a &quot;text&quot; string</source>
        <translation>ein Texteintrag braucht eine Zeichenkette „text“</translation>
    </message>
    <message>
        <source>the &quot;text&quot; holds half a UTF-16 surrogate pair, which is no Unicode text</source>
        <translation>„text“ enthält ein halbes UTF-16-Surrogatpaar, und das ist kein gültiger Unicode-Text</translation>
    </message>
    <message>
        <source>a status line cannot be binary</source>
        <translation>eine Statuszeile kann nicht binär sein</translation>
    </message>
    <message>
        <source>a binary entry needs a &quot;base64&quot; string of Base64 data</source>
        <translation>ein Binäreintrag braucht eine Zeichenkette „base64“ mit Base64-Daten</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;text&quot; or &quot;binary&quot;</source>
        <translation>„kind“ muss „text“ oder „binary“ sein</translation>
    </message>
    <message>
        <source>&quot;delivery&quot; must be &quot;pending&quot; or &quot;cancelled&quot;</source>
        <translation>„delivery“ muss „pending“ oder „cancelled“ sein</translation>
    </message>
    <message>
        <source>only a sent message has a &quot;delivery&quot;</source>
        <translation>nur eine gesendete Nachricht hat ein „delivery“</translation>
    </message>
    <message>
        <source>cannot save the log to %1: %2</source>
        <translation>der Verlauf kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot open the log %1: %2</source>
        <translation>der Verlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&quot;time&quot; must lie between the years 1 and 9999 in UTC</source>
        <translation>„time“ muss zwischen den Jahren 1 und 9999 (UTC) liegen</translation>
    </message>
</context>
<context>
    <name>Banter::ChatModel</name>
    <message>
        <source>&lt;binary, 1 byte&gt;</source>
        <translation>&lt;binär, 1 Byte&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;binary, %n bytes&gt;</source>
        <translation>
            <numerusform>&lt;binär, %n Byte&gt;</numerusform>
            <numerusform>&lt;binär, %n Bytes&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 older rows dropped (the log keeps %2 rows, %3 MiB)</source>
        <translation>%1 ältere Zeilen verworfen (das Protokoll behält %2 Zeilen, %3 MiB)</translation>
    </message>
</context>
<context>
    <name>Banter::ChatSession</name>
    <message>
        <source>a URL needs a scheme and a host, such as ws://localhost:3000</source>
        <translation>eine URL braucht ein Schema und einen Host, etwa ws://localhost:3000</translation>
    </message>
    <message>
        <source>invalid URL %1: %2</source>
        <translation>ungültige URL %1: %2</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>socket error %1</source>
        <translation>Socket-Fehler %1</translation>
    </message>
    <message>
        <source>not connected: enter a URL such as ws://localhost:3000</source>
        <translation>nicht verbunden: eine URL wie ws://localhost:3000 eingeben</translation>
    </message>
    <message>
        <source>not connected: %1 cannot be opened</source>
        <translation>nicht verbunden: %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>socket open</source>
        <translation>Socket geöffnet</translation>
    </message>
    <message>
        <source>socket closed</source>
        <translation>Socket geschlossen</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>neuer Verbindungsversuch in %1 s (Versuch %2)</translation>
    </message>
    <message>
        <source>no connection after %1 s: giving up on this attempt</source>
        <translation>keine Verbindung nach %1 s: dieser Versuch wird aufgegeben</translation>
    </message>
    <message>
        <source>the server did not answer a ping within %1 s: the connection is dead</source>
        <translation>der Server hat einen Ping nicht innerhalb von %1 s beantwortet: die Verbindung ist tot</translation>
    </message>
    <message>
        <source>socket closed (%1)</source>
        <translation>Socket geschlossen (%1)</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>going away</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>unsupported data</source>
        <translation>nicht unterstützte Daten</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>abnormal closure</source>
        <translation>abnormal beendet</translation>
    </message>
    <message>
        <source>invalid data</source>
        <translation>ungültige Daten</translation>
    </message>
    <message>
        <source>policy violation</source>
        <translation>Richtlinienverstoß</translation>
    </message>
    <message>
        <source>message too big</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>missing extension</source>
        <translation>fehlende Erweiterung</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>service restart</source>
        <translation>Dienst startet neu</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>später erneut versuchen</translation>
    </message>
    <message>
        <source>application code</source>
        <translation>Anwendungscode</translation>
    </message>
    <message>
        <source>the unsent messages in %1 cannot be read: %2</source>
        <translation>die ungesendeten Nachrichten in %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not an outbox file</source>
        <translation>keine Postausgangsdatei</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent message(s) from the last session will be sent once connected</source>
        <translation>
            <numerusform>%n ungesendete Nachricht aus der letzten Sitzung wird gesendet, sobald eine Verbindung besteht</numerusform>
            <numerusform>%n ungesendete Nachrichten aus der letzten Sitzung werden gesendet, sobald eine Verbindung besteht</numerusform>
        </translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2; last error: %3)</source>
        <translation>neuer Verbindungsversuch in %1 s (Versuch %2; letzter Fehler: %3)</translation>
    </message>
    <message>
        <source>cannot connect to %1: the plugin for &quot;%2&quot; created no connection</source>
        <translation>Verbindung mit %1 nicht möglich: das Plugin für „%2“ hat keine Verbindung erzeugt</translation>
    </message>
    <message>
        <source>not retrying: the certificate is refused until you trust it for %1</source>
        <translation>kein neuer Versuch: das Zertifikat wird abgelehnt, bis ihm für %1 vertraut wird</translation>
    </message>
    <message>
        <source>not retrying: this certificate cannot be trusted</source>
        <translation>kein neuer Versuch: diesem Zertifikat kann nicht vertraut werden</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectOptions</name>
    <message>
        <source>&quot;%1&quot; is not a header name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>„%1“ ist kein Header-Name: Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~ verwenden</translation>
    </message>
    <message>
        <source>the handshake sets the %1 header itself</source>
        <translation>den Header %1 setzt der Handshake selbst</translation>
    </message>
    <message>
        <source>give the origin as the origin option, not as a header</source>
        <translation>den Origin als Origin-Option angeben, nicht als Header</translation>
    </message>
    <message>
        <source>give the subprotocols as the subprotocol option, not as a header</source>
        <translation>die Subprotokolle als Subprotokoll-Option angeben, nicht als Header</translation>
    </message>
    <message>
        <source>the value of the %1 header holds a line break or another control character</source>
        <translation>der Wert des Headers %1 enthält einen Zeilenumbruch oder ein anderes Steuerzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subprotocol name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>„%1“ ist kein Subprotokoll-Name: Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~ verwenden</translation>
    </message>
    <message>
        <source>the origin &quot;%1&quot; holds a space, a line break or another control character</source>
        <translation>der Origin „%1“ enthält ein Leerzeichen, einen Zeilenumbruch oder ein anderes Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>Banter::Localization</name>
    <message>
        <source>Use this language instead of the system&apos;s, e.g. de, fr, es, ja, ar or en.</source>
        <translation>Diese Sprache statt der des Systems verwenden, z. B. de, fr, es, ja, ar oder en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>Banter::LogRecorder</name>
    <message>
        <source>cannot record the log to %1: %2</source>
        <translation>das Protokoll kann nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <source>recording the log to %1 stopped: %2</source>
        <translation>die Aufzeichnung des Protokolls in %1 wurde beendet: %2</translation>
    </message>
</context>
<context>
    <name>Banter::PluginMetaData</name>
    <message>
        <source>unsupported plugin interface &quot;%1&quot; (this Banter loads %2 and %3)</source>
        <translation>nicht unterstützte Plugin-Schnittstelle „%1“ (dieses Banter lädt %2 und %3)</translation>
    </message>
    <message>
        <source>the plugin has no JSON metadata</source>
        <translation>das Plugin hat keine JSON-Metadaten</translation>
    </message>
    <message>
        <source>metadata field &quot;%1&quot; must be a non-empty text</source>
        <translation>Metadatenfeld „%1“ muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>metadata field &quot;Keys&quot; must be a non-empty list of names</source>
        <translation>Metadatenfeld „Keys“ muss eine nicht leere Liste von Namen sein</translation>
    </message>
    <message>
        <source>metadata field &quot;Keys&quot; holds an invalid name: %1</source>
        <translation>Metadatenfeld „Keys“ enthält einen ungültigen Namen: %1</translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>metadata field &quot;%1&quot; must be a text</source>
        <translation>Metadatenfeld „%1“ muss ein Text sein</translation>
    </message>
</context>
<context>
    <name>Banter::PluginRegistry</name>
    <message>
        <source>plugin folder %1 does not exist</source>
        <translation>Plugin-Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>not a Banter plugin: %1</source>
        <translation>kein Banter-Plugin: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already provided by %2; this plugin&apos;s claim is ignored</source>
        <translation>„%1“ wird bereits von %2 bereitgestellt; der Anspruch dieses Plugins wird ignoriert</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot;: no transport plugins were found in %2</source>
        <translation>kein Plugin stellt „%1“ bereit: in %2 wurden keine Transport-Plugins gefunden</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot;: no service plugins were found in %2</source>
        <translation>kein Plugin stellt „%1“ bereit: in %2 wurden keine Dienst-Plugins gefunden</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot; (available: %2)</source>
        <translation>kein Plugin stellt „%1“ bereit (verfügbar: %2)</translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation>konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>its root object does not implement %1</source>
        <translation>sein Wurzelobjekt implementiert %1 nicht</translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; (%2) %3</source>
        <translation>das Plugin für „%1“ (%2): %3</translation>
    </message>
    <message>
        <source>threw an exception while creating its plugin object</source>
        <translation>hat beim Erzeugen seines Plugin-Objekts eine Ausnahme geworfen</translation>
    </message>
    <message>
        <source>was loaded but created no plugin object</source>
        <translation>wurde geladen, hat aber kein Plugin-Objekt erzeugt</translation>
    </message>
</context>
<context>
    <name>Banter::ServerHost</name>
    <message>
        <source>invalid URL %1</source>
        <translation>ungültige URL %1</translation>
    </message>
    <message>
        <source>the %1 transport cannot serve</source>
        <translation>der Transport %1 kann nicht als Server dienen</translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; created no service</source>
        <translation>das Plugin für „%1“ hat keinen Dienst erzeugt</translation>
    </message>
</context>
<context>
    <name>Banter::ServerSettings</name>
    <message>
        <source>invalid URL %1</source>
        <translation>ungültige URL %1</translation>
    </message>
    <message>
        <source>the maximum message size must be at least 1 byte</source>
        <translation>die maximale Nachrichtengröße muss mindestens 1 Byte betragen</translation>
    </message>
    <message>
        <source>the maximum number of clients must be at least 1</source>
        <translation>die maximale Anzahl Clients muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>the output cap must be at least 1 byte</source>
        <translation>die Ausgabegrenze muss mindestens 1 Byte betragen</translation>
    </message>
    <message>
        <source>the handshake and close timeouts must be positive</source>
        <translation>die Zeitlimits für Handshake und Schließen müssen positiv sein</translation>
    </message>
    <message>
        <source>the idle timeout cannot be negative</source>
        <translation>das Leerlauf-Zeitlimit kann nicht negativ sein</translation>
    </message>
    <message>
        <source>the listen backlog must be at least 1</source>
        <translation>der Listen-Backlog muss mindestens 1 sein</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt Hilfe zu den Kommandozeilenoptionen an.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zeigt Hilfe einschließlich Qt-spezifischer Optionen an.</translation>
    </message>
</context>
</TS>
