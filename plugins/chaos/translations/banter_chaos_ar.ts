<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BanterChaos::ChaosConditions</name>
    <message>
        <source>a duration from 0 ms to %1 with a unit ms, s or min, such as %2</source>
        <translation>مدة من 0 ms إلى %1 بوحدة ms أو s أو min، مثل %2</translation>
    </message>
    <message>
        <source>network conditions: %1=%2 is not allowed; %1 must be %3</source>
        <translation>ظروف الشبكة: %1=%2 غير مسموح؛ يجب أن يكون %1 %3</translation>
    </message>
    <message>
        <source>network conditions: unknown parameter &quot;%1&quot;; the parameters are %2</source>
        <translation>ظروف الشبكة: معامل غير معروف «%1»؛ المعاملات هي %2</translation>
    </message>
    <message>
        <source>a rate from 1 B/s to 10 GiB/s with a unit B, KiB, MiB, GiB, kB, MB, GB, kbit, Mbit or Gbit (per second), such as 64KiB</source>
        <translation>معدل من 1 B/s إلى 10 GiB/s بوحدة B أو KiB أو MiB أو GiB أو kB أو MB أو GB أو kbit أو Mbit أو Gbit (في الثانية)، مثل 64KiB</translation>
    </message>
    <message>
        <source>a percentage from 0 to 100, such as 1%</source>
        <translation>نسبة مئوية من 0 إلى 100، مثل 1%</translation>
    </message>
    <message>
        <source>a time from 1 ms to 7 days with a unit ms, s or min, such as 30s, or a number of messages from 1, such as 100msgs</source>
        <translation>زمن من 1 ms إلى 7 أيام بوحدة ms أو s أو min، مثل 30s، أو عدد رسائل من 1، مثل 100msgs</translation>
    </message>
    <message>
        <source>a whole number from 0 to %1, such as 42</source>
        <translation>عدد صحيح من 0 إلى %1، مثل 42</translation>
    </message>
    <message>
        <source>network conditions: jitter (%1) cannot exceed latency (%2): a message&apos;s delay is latency plus or minus jitter, and never negative</source>
        <translation>ظروف الشبكة: لا يمكن أن يتجاوز التذبذب (%1) زمن الانتقال (%2): تأخير الرسالة هو زمن الانتقال زائدًا أو ناقصًا التذبذب، ولا يكون سالبًا أبدًا</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 مللي ث</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 MiB/ث</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/ث</translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation>%1 B/ث</translation>
    </message>
    <message>
        <source>latency %1 ± %2</source>
        <translation>زمن الانتقال %1 ± %2</translation>
    </message>
    <message>
        <source>latency %1</source>
        <translation>زمن الانتقال %1</translation>
    </message>
    <message>
        <source>loss %1 %</source>
        <translation>الفقد %1 %</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>رسالة واحدة</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 رسائل</translation>
    </message>
    <message>
        <source>disconnect after %1</source>
        <translation>قطع الاتصال بعد %1</translation>
    </message>
    <message>
        <source>black hole after %1</source>
        <translation>ثقب أسود بعد %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>البذرة %1</translation>
    </message>
    <message>
        <source>network conditions: %1</source>
        <translation>ظروف الشبكة: %1</translation>
    </message>
</context>
<context>
    <name>BanterChaos::ChaosConnection</name>
    <message>
        <source>network conditions: %1 names no transport to wrap; write chaos+ before its scheme, such as chaos+ws://localhost:3000/?latency=100ms</source>
        <translation>ظروف الشبكة: %1 لا يسمّي نقلًا لتغليفه؛ اكتب chaos+ قبل مخططه، مثل chaos+ws://localhost:3000/?latency=100ms</translation>
    </message>
    <message>
        <source>network conditions: no transport can be reached for %1</source>
        <translation>ظروف الشبكة: لا يمكن الوصول إلى أي نقل لـ %1</translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; created no connection</source>
        <translation>لم ينشئ الملحق الخاص بـ «%1» أي اتصال</translation>
    </message>
    <message>
        <source>network conditions: a sent message was dropped (injected loss)</source>
        <translation>ظروف الشبكة: أُسقطت رسالة مرسلة (فقد مُحقَن)</translation>
    </message>
    <message>
        <source>network conditions: a received message was dropped (injected loss)</source>
        <translation>ظروف الشبكة: أُسقطت رسالة مستلمة (فقد مُحقَن)</translation>
    </message>
    <message>
        <source>network conditions: black hole from now on, nothing moves either way (injected)</source>
        <translation>ظروف الشبكة: ثقب أسود من الآن، لا شيء يتحرك في أي اتجاه (مُحقَن)</translation>
    </message>
    <message>
        <source>network conditions: disconnected after %1 (injected)</source>
        <translation>ظروف الشبكة: قُطع الاتصال بعد %1 (مُحقَن)</translation>
    </message>
</context>
<context>
    <name>BanterChaos::ChaosListener</name>
    <message>
        <source>network conditions: %1 names no transport to wrap; write chaos+ before its scheme, such as chaos+ws://127.0.0.1:3000/?latency=50ms</source>
        <translation>ظروف الشبكة: %1 لا يسمّي نقلًا لتغليفه؛ اكتب chaos+ قبل مخططه، مثل chaos+ws://127.0.0.1:3000/?latency=50ms</translation>
    </message>
    <message>
        <source>network conditions: no transport can be reached for %1</source>
        <translation>ظروف الشبكة: لا يمكن الوصول إلى أي نقل لـ %1</translation>
    </message>
    <message>
        <source>the %1 transport cannot serve</source>
        <translation>لا يستطيع النقل %1 أن يخدم</translation>
    </message>
</context>
</TS>
