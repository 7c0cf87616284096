<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BanterChaos::ChaosConditions</name>
    <message>
        <source>a duration from 0 ms to %1 with a unit ms, s or min, such as %2</source>
        <translation>0 ms から %1 までの時間（単位 ms、s、min）、例：%2</translation>
    </message>
    <message>
        <source>network conditions: %1=%2 is not allowed; %1 must be %3</source>
        <translation>ネットワーク条件：%1=%2 は使えません。%1 は %3 でなければなりません</translation>
    </message>
    <message>
        <source>network conditions: unknown parameter &quot;%1&quot;; the parameters are %2</source>
        <translation>ネットワーク条件：不明なパラメーター「%1」。パラメーターは %2 です</translation>
    </message>
    <message>
        <source>a rate from 1 B/s to 10 GiB/s with a unit B, KiB, MiB, GiB, kB, MB, GB, kbit, Mbit or Gbit (per second), such as 64KiB</source>
        <translation>1 B/s から 10 GiB/s までの速度（単位 B、KiB、MiB、GiB、kB、MB、GB、kbit、Mbit、Gbit、毎秒）、例：64KiB</translation>
    </message>
    <message>
        <source>a percentage from 0 to 100, such as 1%</source>
        <translation>0 から 100 までの百分率、例：1%</translation>
    </message>
    <message>
        <source>a time from 1 ms to 7 days with a unit ms, s or min, such as 30s, or a number of messages from 1, such as 100msgs</source>
        <translation>1 ms から 7 日までの時間（単位 ms、s、min、例：30s）、または 1 以上のメッセージ数（例：100msgs）</translation>
    </message>
    <message>
        <source>a whole number from 0 to %1, such as 42</source>
        <translation>0 から %1 までの整数、例：42</translation>
    </message>
    <message>
        <source>network conditions: jitter (%1) cannot exceed latency (%2): a message&apos;s delay is latency plus or minus jitter, and never negative</source>
        <translation>ネットワーク条件：ジッター（%1）は遅延（%2）を超えられません。メッセージの遅れは遅延±ジッターで、負にはなりません</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 MiB/秒</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/秒</translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation>%1 B/秒</translation>
    </message>
    <message>
        <source>latency %1 ± %2</source>
        <translation>遅延 %1 ± %2</translation>
    </message>
    <message>
        <source>latency %1</source>
        <translation>遅延 %1</translation>
    </message>
    <message>
        <source>loss %1 %</source>
        <translation>損失 %1 %</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 件のメッセージ</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 件のメッセージ</translation>
    </message>
    <message>
        <source>disconnect after %1</source>
        <translation>%1 後に切断</translation>
    </message>
    <message>
        <source>black hole after %1</source>
        <translation>%1 後にブラックホール</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>シード %1</translation>
    </message>
    <message>
        <source>network conditions: %1</source>
        <translation>ネットワーク条件：%1</translation>
    </message>
</context>
<context>
    <name>BanterChaos::ChaosConnection</name>
    <message>
        <source>network conditions: %1 names no transport to wrap; write chaos+ before its scheme, such as chaos+ws://localhost:3000/?latency=100ms</source>
        <translation>ネットワーク条件：%1 は包むトランスポートを示していません。スキームの前に chaos+ を書いてください。例：chaos+ws://localhost:3000/?latency=100ms</translation>
    </message>
    <message>
        <source>network conditions: no transport can be reached for %1</source>
        <translation>ネットワーク条件：%1 のトランスポートに到達できません</translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; created no connection</source>
        <translation>「%1」のプラグインは接続を作成しませんでした</translation>
    </message>
    <message>
        <source>network conditions: a sent message was dropped (injected loss)</source>
        <translation>ネットワーク条件：送信したメッセージが破棄されました（注入された損失）</translation>
    </message>
    <message>
        <source>network conditions: a received message was dropped (injected loss)</source>
        <translation>ネットワーク条件：受信したメッセージが破棄されました（注入された損失）</translation>
    </message>
    <message>
        <source>network conditions: black hole from now on, nothing moves either way (injected)</source>
        <translation>ネットワーク条件：これ以降ブラックホール、どちらの方向にも何も流れません（注入）</translation>
    </message>
    <message>
        <source>network conditions: disconnected after %1 (injected)</source>
        <translation>ネットワーク条件：%1 後に切断されました（注入）</translation>
    </message>
</context>
<context>
    <name>BanterChaos::ChaosListener</name>
    <message>
        <source>network conditions: %1 names no transport to wrap; write chaos+ before its scheme, such as chaos+ws://127.0.0.1:3000/?latency=50ms</source>
        <translation>ネットワーク条件：%1 は包むトランスポートを示していません。スキームの前に chaos+ を書いてください。例：chaos+ws://127.0.0.1:3000/?latency=50ms</translation>
    </message>
    <message>
        <source>network conditions: no transport can be reached for %1</source>
        <translation>ネットワーク条件：%1 のトランスポートに到達できません</translation>
    </message>
    <message>
        <source>the %1 transport cannot serve</source>
        <translation>%1 トランスポートはサーバーになれません</translation>
    </message>
</context>
</TS>
