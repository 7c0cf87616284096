<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BanterChaos::ChaosConditions</name>
    <message>
        <source>a duration from 0 ms to %1 with a unit ms, s or min, such as %2</source>
        <translation>eine Dauer von 0 ms bis %1 mit einer Einheit ms, s oder min, etwa %2</translation>
    </message>
    <message>
        <source>network conditions: %1=%2 is not allowed; %1 must be %3</source>
        <translation>Netzbedingungen: %1=%2 ist nicht erlaubt; %1 muss %3 sein</translation>
    </message>
    <message>
        <source>network conditions: unknown parameter &quot;%1&quot;; the parameters are %2</source>
        <translation>Netzbedingungen: unbekannter Parameter „%1“; die Parameter sind %2</translation>
    </message>
    <message>
        <source>a rate from 1 B/s to 10 GiB/s with a unit B, KiB, MiB, GiB, kB, MB, GB, kbit, Mbit or Gbit (per second), such as 64KiB</source>
        <translation>eine Rate von 1 B/s bis 10 GiB/s mit einer Einheit B, KiB, MiB, GiB, kB, MB, GB, kbit, Mbit oder Gbit (pro Sekunde), etwa 64KiB</translation>
    </message>
    <message>
        <source>a percentage from 0 to 100, such as 1%</source>
        <translation>ein Prozentsatz von 0 bis 100, etwa 1%</translation>
    </message>
    <message>
        <source>a time from 1 ms to 7 days with a unit ms, s or min, such as 30s, or a number of messages from 1, such as 100msgs</source>
        <translation>eine Zeit von 1 ms bis 7 Tagen mit einer Einheit ms, s oder min, etwa 30s, oder eine Anzahl Nachrichten ab 1, etwa 100msgs</translation>
    </message>
    <message>
        <source>a whole number from 0 to %1, such as 42</source>
        <translation>eine ganze Zahl von 0 bis %1, etwa 42</translation>
    </message>
    <message>
        <source>network conditions: jitter (%1) cannot exceed latency (%2): a message&apos;s delay is latency plus or minus jitter, and never negative</source>
        <translation>Netzbedingungen: der Jitter (%1) kann die Latenz (%2) nicht übersteigen: die Verzögerung einer Nachricht ist Latenz plus oder minus Jitter und nie negativ</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 MiB/s</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <source>latency %1 ± %2</source>
        <translation>Latenz %1 ± %2</translation>
    </message>
    <message>
        <source>latency %1</source>
        <translation>Latenz %1</translation>
    </message>
    <message>
        <source>loss %1 %</source>
        <translation>Verlust %1 %</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 Nachricht</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>disconnect after %1</source>
        <translation>Trennung nach %1</translation>
    </message>
    <message>
        <source>black hole after %1</source>
        <translation>schwarzes Loch nach %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <source>network conditions: %1</source>
        <translation>Netzbedingungen: %1</translation>
    </message>
</context>
<context>
    <name>BanterChaos::ChaosConnection</name>
    <message>
        <source>network conditions: %1 names no transport to wrap; write chaos+ before its scheme, such as chaos+ws://localhost:3000/?latency=100ms</source>
        <translation>Netzbedingungen: %1 nennt keinen Transport, der umhüllt werden soll; chaos+ vor sein Schema schreiben, etwa chaos+ws://localhost:3000/?latency=100ms</translation>
    </message>
    <message>
        <source>network conditions: no transport can be reached for %1</source>
        <translation>Netzbedingungen: für %1 ist kein Transport erreichbar</translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; created no connection</source>
        <translation>das Plugin für „%1“ hat keine Verbindung erzeugt</translation>
    </message>
    <message>
        <source>network conditions: a sent message was dropped (injected loss)</source>
        <translation>Netzbedingungen: eine gesendete Nachricht wurde verworfen (eingespeister Verlust)</translation>
    </message>
    <message>
        <source>network conditions: a received message was dropped (injected loss)</source>
        <translation>Netzbedingungen: eine empfangene Nachricht wurde verworfen (eingespeister Verlust)</translation>
    </message>
    <message>
        <source>network conditions: black hole from now on, nothing moves either way (injected)</source>
        <translation>Netzbedingungen: ab jetzt schwarzes Loch, nichts bewegt sich in irgendeine Richtung (eingespeist)</translation>
    </message>
    <message>
        <source>network conditions: disconnected after %1 (injected)</source>
        <translation>Netzbedingungen: nach %1 getrennt (eingespeist)</translation>
    </message>
</context>
<context>
    <name>BanterChaos::ChaosListener</name>
    <message>
        <source>network conditions: %1 names no transport to wrap; write chaos+ before its scheme, such as chaos+ws://127.0.0.1:3000/?latency=50ms</source>
        <translation>Netzbedingungen: %1 nennt keinen Transport, der umhüllt werden soll; chaos+ vor sein Schema schreiben, etwa chaos+ws://127.0.0.1:3000/?latency=50ms</translation>
    </message>
    <message>
        <source>network conditions: no transport can be reached for %1</source>
        <translation>Netzbedingungen: für %1 ist kein Transport erreichbar</translation>
    </message>
    <message>
        <source>the %1 transport cannot serve</source>
        <translation>der Transport %1 kann nicht bedienen</translation>
    </message>
</context>
</TS>
