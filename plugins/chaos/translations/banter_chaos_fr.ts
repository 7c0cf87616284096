<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BanterChaos::ChaosConditions</name>
    <message>
        <source>a duration from 0 ms to %1 with a unit ms, s or min, such as %2</source>
        <translation>une durée de 0 ms à %1 avec une unité ms, s ou min, par exemple %2</translation>
    </message>
    <message>
        <source>network conditions: %1=%2 is not allowed; %1 must be %3</source>
        <translation>conditions réseau&#xa0;: %1=%2 n’est pas permis&#xa0;; %1 doit être %3</translation>
    </message>
    <message>
        <source>network conditions: unknown parameter &quot;%1&quot;; the parameters are %2</source>
        <translation>conditions réseau&#xa0;: paramètre «&#xa0;%1&#xa0;» inconnu&#xa0;; les paramètres sont %2</translation>
    </message>
    <message>
        <source>a rate from 1 B/s to 10 GiB/s with a unit B, KiB, MiB, GiB, kB, MB, GB, kbit, Mbit or Gbit (per second), such as 64KiB</source>
        <translation>un débit de 1 B/s à 10 GiB/s avec une unité B, KiB, MiB, GiB, kB, MB, GB, kbit, Mbit ou Gbit (par seconde), par exemple 64KiB</translation>
    </message>
    <message>
        <source>a percentage from 0 to 100, such as 1%</source>
        <translation>un pourcentage de 0 à 100, par exemple 1%</translation>
    </message>
    <message>
        <source>a time from 1 ms to 7 days with a unit ms, s or min, such as 30s, or a number of messages from 1, such as 100msgs</source>
        <translation>un temps de 1 ms à 7 jours avec une unité ms, s ou min, par exemple 30s, ou un nombre de messages à partir de 1, par exemple 100msgs</translation>
    </message>
    <message>
        <source>a whole number from 0 to %1, such as 42</source>
        <translation>un nombre entier de 0 à %1, par exemple 42</translation>
    </message>
    <message>
        <source>network conditions: jitter (%1) cannot exceed latency (%2): a message&apos;s delay is latency plus or minus jitter, and never negative</source>
        <translation>conditions réseau&#xa0;: la gigue (%1) ne peut dépasser la latence (%2)&#xa0;: le délai d’un message est la latence plus ou moins la gigue, jamais négatif</translation>
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
        <translation>%1 Mio/s</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 Kio/s</translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation>%1 o/s</translation>
    </message>
    <message>
        <source>latency %1 ± %2</source>
        <translation>latence %1 ± %2</translation>
    </message>
    <message>
        <source>latency %1</source>
        <translation>latence %1</translation>
    </message>
    <message>
        <source>loss %1 %</source>
        <translation>perte %1&#xa0;%</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 message</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <source>disconnect after %1</source>
        <translation>déconnexion après %1</translation>
    </message>
    <message>
        <source>black hole after %1</source>
        <translation>trou noir après %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>graine %1</translation>
    </message>
    <message>
        <source>network conditions: %1</source>
        <translation>conditions réseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BanterChaos::ChaosConnection</name>
    <message>
        <source>network conditions: %1 names no transport to wrap; write chaos+ before its scheme, such as chaos+ws://localhost:3000/?latency=100ms</source>
        <translation>conditions réseau&#xa0;: %1 ne nomme aucun transport à envelopper&#xa0;; écrivez chaos+ devant son schéma, par exemple chaos+ws://localhost:3000/?latency=100ms</translation>
    </message>
    <message>
        <source>network conditions: no transport can be reached for %1</source>
        <translation>conditions réseau&#xa0;: aucun transport n’est accessible pour %1</translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; created no connection</source>
        <translation>le plugin de «&#xa0;%1&#xa0;» n’a créé aucune connexion</translation>
    </message>
    <message>
        <source>network conditions: a sent message was dropped (injected loss)</source>
        <translation>conditions réseau&#xa0;: un message envoyé a été abandonné (perte injectée)</translation>
    </message>
    <message>
        <source>network conditions: a received message was dropped (injected loss)</source>
        <translation>conditions réseau&#xa0;: un message reçu a été abandonné (perte injectée)</translation>
    </message>
    <message>
        <source>network conditions: black hole from now on, nothing moves either way (injected)</source>
        <translation>conditions réseau&#xa0;: trou noir désormais, rien ne passe dans aucun sens (injecté)</translation>
    </message>
    <message>
        <source>network conditions: disconnected after %1 (injected)</source>
        <translation>conditions réseau&#xa0;: déconnecté après %1 (injecté)</translation>
    </message>
</context>
<context>
    <name>BanterChaos::ChaosListener</name>
    <message>
        <source>network conditions: %1 names no transport to wrap; write chaos+ before its scheme, such as chaos+ws://127.0.0.1:3000/?latency=50ms</source>
        <translation>conditions réseau&#xa0;: %1 ne nomme aucun transport à envelopper&#xa0;; écrivez chaos+ devant son schéma, par exemple chaos+ws://127.0.0.1:3000/?latency=50ms</translation>
    </message>
    <message>
        <source>network conditions: no transport can be reached for %1</source>
        <translation>conditions réseau&#xa0;: aucun transport n’est accessible pour %1</translation>
    </message>
    <message>
        <source>the %1 transport cannot serve</source>
        <translation>le transport %1 ne peut pas servir</translation>
    </message>
</context>
</TS>
