<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BanterChaos::ChaosConditions</name>
    <message>
        <source>a duration from 0 ms to %1 with a unit ms, s or min, such as %2</source>
        <translation>una duración de 0 ms a %1 con una unidad ms, s o min, por ejemplo %2</translation>
    </message>
    <message>
        <source>network conditions: %1=%2 is not allowed; %1 must be %3</source>
        <translation>condiciones de red: %1=%2 no está permitido; %1 debe ser %3</translation>
    </message>
    <message>
        <source>network conditions: unknown parameter &quot;%1&quot;; the parameters are %2</source>
        <translation>condiciones de red: parámetro «%1» desconocido; los parámetros son %2</translation>
    </message>
    <message>
        <source>a rate from 1 B/s to 10 GiB/s with a unit B, KiB, MiB, GiB, kB, MB, GB, kbit, Mbit or Gbit (per second), such as 64KiB</source>
        <translation>una tasa de 1 B/s a 10 GiB/s con una unidad B, KiB, MiB, GiB, kB, MB, GB, kbit, Mbit o Gbit (por segundo), por ejemplo 64KiB</translation>
    </message>
    <message>
        <source>a percentage from 0 to 100, such as 1%</source>
        <translation>un porcentaje de 0 a 100, por ejemplo 1%</translation>
    </message>
    <message>
        <source>a time from 1 ms to 7 days with a unit ms, s or min, such as 30s, or a number of messages from 1, such as 100msgs</source>
        <translation>un tiempo de 1 ms a 7 días con una unidad ms, s o min, por ejemplo 30s, o un número de mensajes desde 1, por ejemplo 100msgs</translation>
    </message>
    <message>
        <source>a whole number from 0 to %1, such as 42</source>
        <translation>un número entero de 0 a %1, por ejemplo 42</translation>
    </message>
    <message>
        <source>network conditions: jitter (%1) cannot exceed latency (%2): a message&apos;s delay is latency plus or minus jitter, and never negative</source>
        <translation>condiciones de red: la fluctuación (%1) no puede superar la latencia (%2): el retardo de un mensaje es la latencia más o menos la fluctuación, y nunca negativo</translation>
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
        <translation>latencia %1 ± %2</translation>
    </message>
    <message>
        <source>latency %1</source>
        <translation>latencia %1</translation>
    </message>
    <message>
        <source>loss %1 %</source>
        <translation>pérdida %1 %</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 mensaje</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensajes</translation>
    </message>
    <message>
        <source>disconnect after %1</source>
        <translation>desconexión tras %1</translation>
    </message>
    <message>
        <source>black hole after %1</source>
        <translation>agujero negro tras %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>semilla %1</translation>
    </message>
    <message>
        <source>network conditions: %1</source>
        <translation>condiciones de red: %1</translation>
    </message>
</context>
<context>
    <name>BanterChaos::ChaosConnection</name>
    <message>
        <source>network conditions: %1 names no transport to wrap; write chaos+ before its scheme, such as chaos+ws://localhost:3000/?latency=100ms</source>
        <translation>condiciones de red: %1 no nombra ningún transporte que envolver; escriba chaos+ delante de su esquema, por ejemplo chaos+ws://localhost:3000/?latency=100ms</translation>
    </message>
    <message>
        <source>network conditions: no transport can be reached for %1</source>
        <translation>condiciones de red: no se puede alcanzar ningún transporte para %1</translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; created no connection</source>
        <translation>el plugin de «%1» no creó ninguna conexión</translation>
    </message>
    <message>
        <source>network conditions: a sent message was dropped (injected loss)</source>
        <translation>condiciones de red: se descartó un mensaje enviado (pérdida inyectada)</translation>
    </message>
    <message>
        <source>network conditions: a received message was dropped (injected loss)</source>
        <translation>condiciones de red: se descartó un mensaje recibido (pérdida inyectada)</translation>
    </message>
    <message>
        <source>network conditions: black hole from now on, nothing moves either way (injected)</source>
        <translation>condiciones de red: agujero negro a partir de ahora, nada se mueve en ningún sentido (inyectado)</translation>
    </message>
    <message>
        <source>network conditions: disconnected after %1 (injected)</source>
        <translation>condiciones de red: desconectado tras %1 (inyectado)</translation>
    </message>
</context>
<context>
    <name>BanterChaos::ChaosListener</name>
    <message>
        <source>network conditions: %1 names no transport to wrap; write chaos+ before its scheme, such as chaos+ws://127.0.0.1:3000/?latency=50ms</source>
        <translation>condiciones de red: %1 no nombra ningún transporte que envolver; escriba chaos+ delante de su esquema, por ejemplo chaos+ws://127.0.0.1:3000/?latency=50ms</translation>
    </message>
    <message>
        <source>network conditions: no transport can be reached for %1</source>
        <translation>condiciones de red: no se puede alcanzar ningún transporte para %1</translation>
    </message>
    <message>
        <source>the %1 transport cannot serve</source>
        <translation>el transporte %1 no puede servir</translation>
    </message>
</context>
</TS>
