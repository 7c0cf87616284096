<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Banter::ServerHost</name>
    <message>
        <source>invalid URL %1</source>
        <translation>URL %1 no válida</translation>
    </message>
    <message>
        <source>the %1 transport cannot serve</source>
        <translation>el transporte %1 no puede actuar como servidor</translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; created no service</source>
        <translation>el plugin para «%1» no creó ningún servicio</translation>
    </message>
</context>
</TS>
