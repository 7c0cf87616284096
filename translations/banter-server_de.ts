<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BanterServer</name>
    <message>
        <source>Banter&apos;s headless echo server: greets every client with &quot;Welcome to Awesome Chat&quot; and sends each message back to its sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on: localhost (127.0.0.1 and ::1), an IP address, or 0.0.0.0 for every interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service to run for every client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every message (&quot;Message: &lt;text&gt;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;: give a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
