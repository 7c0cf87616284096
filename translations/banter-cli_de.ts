<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Banter::CliRunner</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1 not sent: %2</source>
        <translation>Zeile %1 nicht gesendet: %2</translation>
    </message>
</context>
<context>
    <name>BanterCli</name>
    <message>
        <source>Banter&apos;s client for terminals and scripts: sends each line of standard input as one text message and writes each message received as one line of standard output.

Exit codes:
  0  done
  1  usage error, bad URL or no plugin for its scheme
  2  could not connect
  3  the connection was lost (without --reconnect)
  4  the server closed with a code other than 1000 or 1001</source>
        <translation>Banters Client für Terminals und Skripte: sendet jede Zeile der Standardeingabe als eine Textnachricht und schreibt jede empfangene Nachricht als eine Zeile in die Standardausgabe.

Exit-Codes:
  0  fertig
  1  Bedienungsfehler, ungültige URL oder kein Plugin für ihr Schema
  2  keine Verbindung möglich
  3  die Verbindung ging verloren (ohne --reconnect)
  4  der Server schloss mit einem anderen Code als 1000 oder 1001</translation>
    </message>
    <message>
        <source>Where to connect, such as ws://localhost:3000.</source>
        <translation>Wohin verbinden, etwa ws://localhost:3000.</translation>
    </message>
    <message>
        <source>Send this message instead of reading input; repeatable.</source>
        <translation>Diese Nachricht senden, statt die Eingabe zu lesen; wiederholbar.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Exit after this many messages received (the greeting counts).</source>
        <translation>Nach so vielen empfangenen Nachrichten beenden (die Begrüßung zählt mit).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Exit after this long.</source>
        <translation>Nach dieser Zeit beenden.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>At the end of input, keep receiving until nothing has arrived for this long.</source>
        <translation>Am Ende der Eingabe weiter empfangen, bis so lange nichts mehr angekommen ist.</translation>
    </message>
    <message>
        <source>Write no status lines to standard error.</source>
        <translation>Keine Statuszeilen in die Standardfehlerausgabe schreiben.</translation>
    </message>
    <message>
        <source>How to write a binary message received: hex (one line), raw (the bytes as they are) or base64.</source>
        <translation>Wie eine empfangene Binärnachricht geschrieben wird: hex (eine Zeile), raw (die Bytes, wie sie sind) oder base64.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Write every event as one JSON object a line, the format of the window&apos;s Save Log.</source>
        <translation>Jedes Ereignis als ein JSON-Objekt pro Zeile schreiben, im Format von „Protokoll speichern“ des Fensters.</translation>
    </message>
    <message>
        <source>Send this file as one binary message instead of reading input.</source>
        <translation>Diese Datei als eine Binärnachricht senden, statt die Eingabe zu lesen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Read input lines as hex bytes (&quot;00 01 ff&quot;) and send each as one binary message.</source>
        <translation>Eingabezeilen als Hex-Bytes lesen („00 01 ff“) und jede als eine Binärnachricht senden.</translation>
    </message>
    <message>
        <source>Send this request header (&quot;Name: value&quot;); repeatable.</source>
        <translation>Diesen Request-Header senden („Name: Wert“); wiederholbar.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Offer this subprotocol; repeatable.</source>
        <translation>Dieses Subprotokoll anbieten; wiederholbar.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Send this Origin.</source>
        <translation>Diesen Origin senden.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate if its SHA-256 fingerprint is this one, although the system does not.</source>
        <translation>Dem Zertifikat des Servers vertrauen, wenn sein SHA-256-Fingerabdruck dieser ist, obwohl das System ihm nicht vertraut.</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>Ping the server this often; 0 turns it off.</source>
        <translation>Den Server so oft anpingen; 0 schaltet es ab.</translation>
    </message>
    <message>
        <source>Give up on a connection that is not open after this long.</source>
        <translation>Eine Verbindung aufgeben, die nach dieser Zeit nicht offen ist.</translation>
    </message>
    <message>
        <source>Connect again after a loss, with backoff; nothing read from input is lost.</source>
        <translation>Nach einem Verlust mit Backoff erneut verbinden; nichts aus der Eingabe geht verloren.</translation>
    </message>
    <message>
        <source>no URL given, such as ws://localhost:3000</source>
        <translation>keine URL angegeben, etwa ws://localhost:3000</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>invalid count &quot;%1&quot;: give a number from 1 on</source>
        <translation>ungültige Anzahl „%1“: eine Zahl ab 1 angeben</translation>
    </message>
    <message>
        <source>invalid --binary &quot;%1&quot;: give hex, raw or base64</source>
        <translation>ungültiges --binary „%1“: hex, raw oder base64 angeben</translation>
    </message>
    <message>
        <source>invalid --%1 &quot;%2&quot;: give seconds, such as 5 or 0.5</source>
        <translation>ungültiges --%1 „%2“: Sekunden angeben, etwa 5 oder 0.5</translation>
    </message>
    <message>
        <source>invalid header &quot;%1&quot;: give &quot;Name: value&quot;</source>
        <translation>ungültiger Header „%1“: „Name: Wert“ angeben</translation>
    </message>
    <message>
        <source>invalid fingerprint &quot;%1&quot;: give the certificate&apos;s SHA-256 digest in hex, 32 bytes</source>
        <translation>ungültiger Fingerabdruck „%1“: den SHA-256-Hash des Zertifikats in Hex angeben, 32 Bytes</translation>
    </message>
    <message>
        <source>Give the socket a receive buffer of this many KiB instead of letting the system size it; over a long link, throughput is at most this much per round trip.</source>
        <translation>Dem Socket einen Empfangspuffer von so vielen KiB geben, statt das System ihn bemessen zu lassen; über eine lange Strecke ist der Durchsatz höchstens so viel pro Umlaufzeit.</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>invalid --receive-buffer &quot;%1&quot;: give KiB, 0 (automatic) or %2 to %3</source>
        <translation>ungültiges --receive-buffer „%1“: KiB angeben, 0 (automatisch) oder %2 bis %3</translation>
    </message>
    <message>
        <source>Show a server that asks for one this client certificate: a PEM file with --client-key, or a PKCS#12 file alone. The passphrase of an encrypted key or PKCS#12 file is read from the environment variable %1.</source>
        <translation>Einem Server, der eines verlangt, dieses Client-Zertifikat zeigen: eine PEM-Datei mit --client-key oder eine PKCS#12-Datei allein. Die Passphrase eines verschlüsselten Schlüssels oder einer PKCS#12-Datei wird aus der Umgebungsvariablen %1 gelesen.</translation>
    </message>
    <message>
        <source>The PEM private key of --client-cert.</source>
        <translation>Der private PEM-Schlüssel von --client-cert.</translation>
    </message>
    <message>
        <source>--client-cert: %1</source>
        <translation>--client-cert: %1</translation>
    </message>
    <message>
        <source>Connect through this proxy: direct (none), http://[user@]host:port or socks5://[user@]host:port; its password is read from the environment variable %1. Without it, the system&apos;s proxy settings apply (http_proxy, all_proxy, no_proxy).</source>
        <translation>Über diesen Proxy verbinden: direct (keiner), http://[benutzer@]host:port oder socks5://[benutzer@]host:port; sein Passwort wird aus der Umgebungsvariablen %1 gelesen. Ohne diese Option gelten die Proxy-Einstellungen des Systems (http_proxy, all_proxy, no_proxy).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Network conditions: delay every message this long in each direction, such as 100ms (an echo&apos;s round trip grows by twice).</source>
        <translation>Netzbedingungen: jede Nachricht in jeder Richtung so lange verzögern, etwa 100ms (die Umlaufzeit eines Echos wächst um das Doppelte).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Network conditions: vary each delay by up to this much, such as 20ms; order is kept.</source>
        <translation>Netzbedingungen: jede Verzögerung um bis zu so viel schwanken lassen, etwa 20ms; die Reihenfolge bleibt.</translation>
    </message>
    <message>
        <source>Network conditions: at most this many bytes per second in each direction, such as 64KiB.</source>
        <translation>Netzbedingungen: höchstens so viele Bytes pro Sekunde in jeder Richtung, etwa 64KiB.</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Network conditions: drop this share of messages, such as 1%.</source>
        <translation>Netzbedingungen: diesen Anteil der Nachrichten verwerfen, etwa 1%.</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Network conditions: cut the connection after a time (30s) or a number of messages (100msgs).</source>
        <translation>Netzbedingungen: die Verbindung nach einer Zeit (30s) oder einer Anzahl Nachrichten (100msgs) kappen.</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Network conditions: after a time (10s) or a number of messages (100msgs), let nothing through either way, the connection open.</source>
        <translation>Netzbedingungen: nach einer Zeit (10s) oder einer Anzahl Nachrichten (100msgs) nichts mehr durchlassen, in keine Richtung, die Verbindung bleibt offen.</translation>
    </message>
    <message>
        <source>Network conditions: the seed of their random choices, such as 42, so that a run can be repeated.</source>
        <translation>Netzbedingungen: der Seed ihrer Zufallsentscheidungen, etwa 42, damit sich ein Lauf wiederholen lässt.</translation>
    </message>
</context>
</TS>
