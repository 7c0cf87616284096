<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Banter::ChatModel</name>
    <message>
        <source>&lt;binary, 1 byte&gt;</source>
        <translation>&lt;binär, 1 Byte&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;binary, %n bytes&gt;</source>
        <translation><numerusform>&lt;binär, %n Byte&gt;</numerusform><numerusform>&lt;binär, %n Bytes&gt;</numerusform></translation>
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
        <translation><numerusform>%n ungesendete Nachricht aus der letzten Sitzung wird gesendet, sobald eine Verbindung besteht</numerusform><numerusform>%n ungesendete Nachrichten aus der letzten Sitzung werden gesendet, sobald eine Verbindung besteht</numerusform></translation>
    </message>
</context>
<context>
    <name>Banter::PluginMetaData</name>
    <message>
        <source>unsupported plugin interface "%1" (this Banter loads %2 and %3)</source>
        <translation>nicht unterstützte Plugin-Schnittstelle „%1“ (dieses Banter lädt %2 und %3)</translation>
    </message>
    <message>
        <source>the plugin has no JSON metadata</source>
        <translation>das Plugin hat keine JSON-Metadaten</translation>
    </message>
    <message>
        <source>metadata field "%1" must be a non-empty text</source>
        <translation>Metadatenfeld „%1“ muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>metadata field "Description" must be a text</source>
        <translation>Metadatenfeld „Description“ muss ein Text sein</translation>
    </message>
    <message>
        <source>metadata field "Keys" must be a non-empty list of names</source>
        <translation>Metadatenfeld „Keys“ muss eine nicht leere Liste von Namen sein</translation>
    </message>
    <message>
        <source>metadata field "Keys" holds an invalid name: %1</source>
        <translation>Metadatenfeld „Keys“ enthält einen ungültigen Namen: %1</translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation>(kein Text)</translation>
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
        <source>"%1" is already provided by %2; this plugin's claim is ignored</source>
        <translation>„%1“ wird bereits von %2 bereitgestellt; der Anspruch dieses Plugins wird ignoriert</translation>
    </message>
    <message>
        <source>no plugin provides "%1": no transport plugins were found in %2</source>
        <translation>kein Plugin stellt „%1“ bereit: in %2 wurden keine Transport-Plugins gefunden</translation>
    </message>
    <message>
        <source>no plugin provides "%1": no service plugins were found in %2</source>
        <translation>kein Plugin stellt „%1“ bereit: in %2 wurden keine Dienst-Plugins gefunden</translation>
    </message>
    <message>
        <source>no plugin provides "%1" (available: %2)</source>
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
        <source>the plugin for "%1" (%2) %3</source>
        <translation>das Plugin für „%1“ (%2): %3</translation>
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
        <source>the plugin for "%1" created no service</source>
        <translation>das Plugin für „%1“ hat keinen Dienst erzeugt</translation>
    </message>
</context>
</TS>
