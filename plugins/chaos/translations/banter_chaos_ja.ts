<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BanterChaos::ChaosConditions</name>
    <message>
        <source>a duration from 0 ms to %1 with a unit ms, s or min, such as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network conditions: %1=%2 is not allowed; %1 must be %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network conditions: unknown parameter &quot;%1&quot;; the parameters are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rate from 1 B/s to 10 GiB/s with a unit B, KiB, MiB, GiB, kB, MB, GB, kbit, Mbit or Gbit (per second), such as 64KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage from 0 to 100, such as 1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time from 1 ms to 7 days with a unit ms, s or min, such as 30s, or a number of messages from 1, such as 100msgs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 0 to %1, such as 42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network conditions: jitter (%1) cannot exceed latency (%2): a message&apos;s delay is latency plus or minus jitter, and never negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency %1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnect after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>black hole after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network conditions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BanterChaos::ChaosConnection</name>
    <message>
        <source>network conditions: %1 names no transport to wrap; write chaos+ before its scheme, such as chaos+ws://localhost:3000/?latency=100ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network conditions: no transport can be reached for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; created no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network conditions: a sent message was dropped (injected loss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network conditions: a received message was dropped (injected loss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network conditions: black hole from now on, nothing moves either way (injected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network conditions: disconnected after %1 (injected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BanterChaos::ChaosListener</name>
    <message>
        <source>network conditions: %1 names no transport to wrap; write chaos+ before its scheme, such as chaos+ws://127.0.0.1:3000/?latency=50ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network conditions: no transport can be reached for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 transport cannot serve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
