<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Banter::ServerHost</name>
    <message>
        <source>invalid URL %1</source>
        <translation>URL %1 non valide</translation>
    </message>
    <message>
        <source>the %1 transport cannot serve</source>
        <translation>le transport %1 ne peut pas faire office de serveur</translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; created no service</source>
        <translation>le plugin pour «&#xa0;%1&#xa0;» n’a créé aucun service</translation>
    </message>
</context>
</TS>
