<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BanterServer</name>
    <message>
        <source>Banter&apos;s headless echo server: greets every client with &quot;Welcome to Awesome Chat&quot; and sends each message back to its sender.</source>
        <translation>خادم الصدى من Banter دون واجهة رسومية: يرحّب بكل عميل بعبارة «Welcome to Awesome Chat» ويعيد كل رسالة إلى مرسلها.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>المنفذ الذي يُستمع عليه؛ القيمة 0 تختار منفذًا متاحًا.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>منفذ</translation>
    </message>
    <message>
        <source>Address to listen on: localhost (127.0.0.1 and ::1), an IP address, or 0.0.0.0 for every interface.</source>
        <translation>العنوان الذي يُستمع عليه: localhost (127.0.0.1 و ::1)، أو عنوان IP، أو 0.0.0.0 لجميع الواجهات.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Serve wss:// with this certificate (PEM; the chain may follow it).</source>
        <translation>تقديم wss:// بهذه الشهادة (بصيغة PEM؛ ويمكن أن تليها سلسلة الشهادات).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>The private key of the certificate (PEM, no passphrase).</source>
        <translation>المفتاح الخاص للشهادة (بصيغة PEM، دون عبارة مرور).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>بايتات</translation>
    </message>
    <message>
        <source>Clients served at the same time; more are closed with 1013, try again later (default: %1).</source>
        <translation>عدد العملاء الذين يُخدمون في الوقت نفسه؛ ويُغلق اتصال من يزيد عليهم بالرمز 1013، أعد المحاولة لاحقًا (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>Ping a client that has been silent for half this time; drop one that shows no sign of life for this long; 0 turns it off (default: %1).</source>
        <translation>إرسال ping إلى العميل الصامت طوال نصف هذه المدة، وقطع اتصال العميل الذي لا تظهر منه أي علامة نشاط طوال هذه المدة؛ القيمة 0 تعطّل ذلك (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>ثوانٍ</translation>
    </message>
    <message>
        <source>Time a client has to complete its opening handshake, TLS included (default: %1).</source>
        <translation>المهلة المتاحة للعميل لإتمام مصافحة الافتتاح، بما فيها TLS (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>Accept only clients that send this Origin, such as https://example.org; give it once per origin. Without it, every origin is accepted.</source>
        <translation>قبول العملاء الذين يرسلون ترويسة Origin هذه فقط، مثل https://example.org؛ ويُحدَّد الخيار مرة لكل أصل. ومن دونه يُقبل أي أصل.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>أصل</translation>
    </message>
    <message>
        <source>Print the clients, messages and bytes counters this often (also on SIGUSR1).</source>
        <translation>طباعة عدّادات العملاء والرسائل والبايتات على هذه الفترات (وكذلك عند استلام SIGUSR1).</translation>
    </message>
    <message>
        <source>Service to run for every client.</source>
        <translation>الخدمة التي تُشغَّل لكل عميل.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>اسم</translation>
    </message>
    <message>
        <source>Log every message (&quot;Message: &lt;text&gt;&quot;).</source>
        <translation>تسجيل كل رسالة («Message: &lt;النص&gt;»).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>وسيط غير متوقع «%1»</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;: give a number from 0 to 65535</source>
        <translation>منفذ غير صالح «%1»: أدخل رقمًا من 0 إلى 65535</translation>
    </message>
    <message>
        <source>wss:// needs both --tls-cert and --tls-key</source>
        <translation>يتطلب wss:// الخيارين --tls-cert و --tls-key معًا</translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot;</source>
        <translation>عنوان غير صالح «%1»</translation>
    </message>
    <message>
        <source>invalid message size &quot;%1&quot;: give a number of bytes from 1 to 2 GiB, such as 16MiB</source>
        <translation>حجم رسالة غير صالح «%1»: أدخل عدد بايتات من 1 إلى 2 GiB، مثل 16MiB</translation>
    </message>
    <message>
        <source>invalid output cap &quot;%1&quot;: give a number of bytes, such as 8MiB</source>
        <translation>حد مخرجات غير صالح «%1»: أدخل عدد بايتات، مثل 8MiB</translation>
    </message>
    <message>
        <source>invalid number of clients &quot;%1&quot;: give a number from 1 up</source>
        <translation>عدد عملاء غير صالح «%1»: أدخل رقمًا يساوي 1 أو أكثر</translation>
    </message>
    <message>
        <source>invalid time: give a number of seconds, such as 60 or 0.5 (the handshake timeout cannot be 0)</source>
        <translation>مدة غير صالحة: أدخل عدد الثواني، مثل 60 أو 0.5 (لا يمكن أن تكون مهلة المصافحة 0)</translation>
    </message>
    <message>
        <source>Largest message a client may send; a larger one closes its connection with 1009 (default: %1).</source>
        <translation>أكبر حجم لرسالة يرسلها العميل؛ الرسالة الأكبر تُغلق اتصاله بالرمز 1009 (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>Unsent output a client may let pile up by not reading; beyond it, it is dropped with 1008 (default: %1).</source>
        <translation>حجم المخرجات غير المرسلة التي قد تتراكم لدى عميل لا يقرأ؛ وعند تجاوزه يُقطع اتصال العميل بالرمز 1008 (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>Park a ws:// client that has been idle this long: it keeps its connection but gives up most of the memory it costs until it is heard from again; a new client is parked as soon as it has been greeted; 0 turns it off (default: %1).</source>
        <translation>إيقاف عميل ws:// مؤقتًا إذا بقي خاملًا طوال هذه المدة: يحتفظ باتصاله لكنه يتخلى عن معظم الذاكرة التي يكلّفها حتى يصدر عنه شيء من جديد؛ ويُوقَف العميل الجديد مؤقتًا بمجرد إرسال الترحيب إليه؛ القيمة 0 تعطّل ذلك (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>Chat: messages a room keeps for those who join or come back (default: %1).</source>
        <translation>الدردشة: الرسائل التي تحتفظ بها الغرفة لمن ينضم أو يعود (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>Chat: rooms at the same time; a client that would open one more is closed with 1013 (default: %1).</source>
        <translation>الدردشة: عدد الغرف في الوقت نفسه؛ يُغلق العميل الذي سيفتح غرفة إضافية بالرمز 1013 (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>Chat: members in one room; one more is closed with 1013 (default: %1).</source>
        <translation>الدردشة: عدد الأعضاء في غرفة واحدة؛ يُغلق العضو الإضافي بالرمز 1013 (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>Chat: messages a client may send a second, with bursts of twice as many; over it a banter.chat.v1 client gets an error, a plain client is closed with 1008; 0 turns it off (default: %1/s).</source>
        <translation>الدردشة: عدد الرسائل التي يمكن للعميل إرسالها في الثانية، مع دفعات تصل إلى ضعفها؛ عند تجاوزه يتلقى عميل banter.chat.v1 خطأ، ويُغلق العميل العادي بالرمز 1008؛ القيمة 0 تعطّله (الافتراضي: %1/s).</translation>
    </message>
    <message>
        <source>N/s</source>
        <translation>N/s</translation>
    </message>
    <message>
        <source>invalid history &quot;%1&quot;: give a number of messages from 0 up</source>
        <translation>سجل غير صالح «%1»: أدخل عددًا من الرسائل يبدأ من 0</translation>
    </message>
    <message>
        <source>invalid number of rooms or members: give a number from 1 up</source>
        <translation>عدد غير صالح من الغرف أو الأعضاء: أدخل عددًا يبدأ من 1</translation>
    </message>
    <message>
        <source>invalid rate &quot;%1&quot;: give a number of messages a second, such as 100/s, or 0 for no limit</source>
        <translation>معدل غير صالح «%1»: أدخل عدد الرسائل في الثانية، مثل 100/s، أو 0 لعدم التقييد</translation>
    </message>
    <message>
        <source>Chat: share the rooms with every server given the same Redis: redis://[user:password@]host:port[/db], rediss://... (TLS) or unix:///path/redis.sock.</source>
        <translation>الدردشة: مشاركة الغرف مع كل خادم يُعطى Redis نفسه: redis://[user:password@]host:port[/db] أو rediss://... (TLS) أو unix:///path/redis.sock.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Chat: wait for Redis when it cannot be reached at start, instead of exiting.</source>
        <translation>الدردشة: انتظار Redis إن تعذّر الوصول إليه عند البدء، بدلًا من الخروج.</translation>
    </message>
    <message>
        <source>--redis is for chat rooms: give it with --service chat</source>
        <translation>--redis مخصص لغرف الدردشة: استخدمه مع --service chat</translation>
    </message>
    <message>
        <source>Listen on this URL instead of --host and --port: ws://127.0.0.1:3000, wss://... (with --tls-cert), or through network conditions for every client, such as chaos+ws://127.0.0.1:3000/?latency=50ms (see the README).</source>
        <translation>استمع على هذا العنوان بدلًا من --host و--port: ws://127.0.0.1:3000 أو wss://... (مع --tls-cert)، أو عبر ظروف شبكة لكل عميل، مثل chaos+ws://127.0.0.1:3000/?latency=50ms (انظر README).</translation>
    </message>
    <message>
        <source>invalid URL &quot;%1&quot; for --listen: give a scheme, a host and a port, such as ws://127.0.0.1:3000</source>
        <translation>عنوان URL غير صالح «%1» لـ --listen: أعطِ مخططًا ومضيفًا ومنفذًا، مثل ws://127.0.0.1:3000</translation>
    </message>
</context>
</TS>
