<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BanterServer</name>
    <message>
        <source>Banter's headless echo server: greets every client with "Welcome to Awesome Chat" and sends each message back to its sender.</source>
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
        <source>Log every message ("Message: &lt;text&gt;").</source>
        <translation>Jede Nachricht protokollieren („Message: &lt;Text&gt;“).</translation>
    </message>
    <message>
        <source>invalid port "%1": give a number from 0 to 65535</source>
        <translation>ungültiger Port „%1“: eine Zahl von 0 bis 65535 angeben</translation>
    </message>
    <message>
        <source>invalid address "%1"</source>
        <translation>ungültige Adresse „%1“</translation>
    </message>
</context>
</TS>
