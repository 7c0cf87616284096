<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Banter::ChatModel</name>
    <message numerus="yes">
        <source>&lt;binary, %n byte(s)&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::ChatSession</name>
    <message>
        <source>a URL needs a scheme and a host, such as ws://localhost:3000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid URL %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected: enter a URL such as ws://localhost:3000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected: %1 cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banter::PluginMetaData</name>
    <message>
        <source>unsupported plugin interface &quot;%1&quot; (this Banter loads %2 and %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin has no JSON metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata field &quot;%1&quot; must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata field &quot;Description&quot; must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata field &quot;Keys&quot; must be a non-empty list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata field &quot;Keys&quot; holds an invalid name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banter::PluginRegistry</name>
    <message>
        <source>plugin folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Banter plugin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already provided by %2; this plugin&apos;s claim is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot;: no transport plugins were found in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot;: no service plugins were found in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot; (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its root object does not implement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banter::ServerHost</name>
    <message>
        <source>invalid URL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 transport cannot serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; created no service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
