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
    <message>
        <source>a receive buffer of %1 bytes: give 0 (automatic) or %2 KiB to %3 MiB</source>
        <translation>ein Empfangspuffer von %1 Bytes: 0 (automatisch) oder %2 KiB bis %3 MiB angeben</translation>
    </message>
    <message>
        <source>the private key %1 needs its client certificate</source>
        <translation>der private Schlüssel %1 braucht sein Client-Zertifikat</translation>
    </message>
    <message>
        <source>a passphrase needs a client certificate or key to open</source>
        <translation>eine Passphrase braucht ein Client-Zertifikat oder einen Schlüssel, den sie öffnet</translation>
    </message>
    <message>
        <source>the proxy &quot;%1&quot; is not one: give direct, http://host:port or socks5://host:port (a user may come before the host, the password goes apart)</source>
        <translation>der Proxy „%1“ ist keiner: direct, http://host:port oder socks5://host:port angeben (vor dem Host darf ein Benutzer stehen, das Passwort wird getrennt angegeben)</translation>
    </message>
    <message>
        <source>a proxy password needs a proxy URL with a user, such as socks5://user@host:1080</source>
        <translation>ein Proxy-Passwort braucht eine Proxy-URL mit einem Benutzer, etwa socks5://benutzer@host:1080</translation>
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
    <message>
        <source>metadata field &quot;Wraps&quot; must be true or false</source>
        <translation>Metadatenfeld „Wraps“ muss true oder false sein</translation>
    </message>
    <message>
        <source>metadata field &quot;Wraps&quot; is for transports only</source>
        <translation>Metadatenfeld „Wraps“ ist nur für Transporte</translation>
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
    <message>
        <source>List the plugins found, one a line: id, version, kind, interface, keys, file, and &quot;ok&quot; or why it cannot be used.</source>
        <translation>Listet die gefundenen Plugins auf, eines pro Zeile: Kennung, Version, Art, Schnittstelle, Schlüssel, Datei und „ok“ oder warum es nicht verwendet werden kann.</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot;: the plugin registry is gone</source>
        <translation>kein Plugin stellt „%1“ bereit: die Plugin-Registry gibt es nicht mehr</translation>
    </message>
    <message>
        <source>says it wraps other transports, but its root object does not implement %1</source>
        <translation>sagt, es umhülle andere Transporte, aber sein Wurzelobjekt implementiert %1 nicht</translation>
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
    <name>Banter::TlsAlert</name>
    <message>
        <source>the server asks for a client certificate, and none was given (TLS alert: %1)</source>
        <translation>der Server verlangt ein Client-Zertifikat, und es wurde keines angegeben (TLS-Alarm: %1)</translation>
    </message>
    <message>
        <source>the server refused the client certificate (TLS alert: %1)</source>
        <translation>der Server hat das Client-Zertifikat abgelehnt (TLS-Alarm: %1)</translation>
    </message>
    <message>
        <source>the server ended the TLS connection (TLS alert: %1)</source>
        <translation>der Server hat die TLS-Verbindung beendet (TLS-Alarm: %1)</translation>
    </message>
</context>
<context>
    <name>Banter::TlsIdentity</name>
    <message>
        <source>TLS is not available: Qt cannot load its TLS library</source>
        <translation>TLS ist nicht verfügbar: Qt kann seine TLS-Bibliothek nicht laden</translation>
    </message>
    <message>
        <source>cannot read the certificate %1: %2</source>
        <translation>das Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>cannot read the private key %1: %2</source>
        <translation>der private Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no private key that can be used: give an RSA, EC or DSA key in PEM form</source>
        <translation>%1 enthält keinen verwendbaren privaten Schlüssel: einen RSA-, EC- oder DSA-Schlüssel im PEM-Format angeben</translation>
    </message>
    <message>
        <source>the private key %1 is encrypted, and no passphrase was given</source>
        <translation>der private Schlüssel %1 ist verschlüsselt, und es wurde keine Passphrase angegeben</translation>
    </message>
    <message>
        <source>the passphrase does not open the private key %1</source>
        <translation>die Passphrase öffnet den privaten Schlüssel %1 nicht</translation>
    </message>
    <message>
        <source>%1 is a PEM certificate, which needs its private key file as well</source>
        <translation>%1 ist ein PEM-Zertifikat, das auch seine Datei mit dem privaten Schlüssel braucht</translation>
    </message>
    <message>
        <source>%1 is no PKCS#12 file that opens without a passphrase</source>
        <translation>%1 ist keine PKCS#12-Datei, die sich ohne Passphrase öffnet</translation>
    </message>
    <message>
        <source>%1 is no PKCS#12 file that this passphrase opens</source>
        <translation>%1 ist keine PKCS#12-Datei, die diese Passphrase öffnet</translation>
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
