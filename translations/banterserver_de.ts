<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</TS>
