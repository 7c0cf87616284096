<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Banter::AboutPluginsDialog</name>
    <message>
        <source>About Plugins</source>
        <translation>حول الملحقات</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>الملحقات</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>الملحق</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>يوفّر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>محمَّل</translation>
    </message>
    <message>
        <source>available</source>
        <translation>متاح</translation>
    </message>
    <message>
        <source>The URL schemes this transport opens</source>
        <translation>مخططات URL التي يفتحها ملحق النقل هذا</translation>
    </message>
    <message>
        <source>The services this plugin runs</source>
        <translation>الخدمات التي يشغّلها هذا الملحق</translation>
    </message>
    <message>
        <source>Searched: %1</source>
        <translation>المجلدات التي بُحث فيها: %1</translation>
    </message>
    <message>
        <source>Plugin folders searched</source>
        <translation>مجلدات الملحقات التي بُحث فيها</translation>
    </message>
    <message>
        <source>Problems with the plugin folders</source>
        <translation>مشكلات في مجلدات الملحقات</translation>
    </message>
</context>
<context>
    <name>Banter::CertificateDialog</name>
    <message>
        <source>Certificate Refused</source>
        <translation>رُفضت الشهادة</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused, and no connection was made:</source>
        <translation>رُفضت شهادة %1، ولم يُنشأ أي اتصال:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>none: the server presented no certificate</source>
        <translation>لا توجد: لم يقدّم الخادم أي شهادة</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>صادرة إلى:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>صادرة من:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>الصلاحية:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>بصمة SHA-256:</translation>
    </message>
    <message>
        <source>Trust it only if you know that this is the certificate of %1, for instance because its fingerprint is the one its administrator gave you. Banter will then accept this certificate, and no other, for %1, until you revoke it in Connection &gt; Trusted Certificates.</source>
        <translation>لا تثق بها إلا إذا كنت متأكدًا من أنها شهادة %1، كأن تكون بصمتها هي البصمة التي أعطاك إياها مسؤول الخادم. وعندئذٍ سيقبل Banter هذه الشهادة، دون غيرها، لـ %1، إلى أن تُبطلها من اتصال ← الشهادات الموثوقة.</translation>
    </message>
    <message>
        <source>This certificate cannot be trusted: it is revoked or blacklisted, or the problems concern more than one certificate of its chain.</source>
        <translation>لا يمكن الوثوق بهذه الشهادة: فهي مُبطلة أو مدرجة في قائمة الحظر، أو أن المشكلات تخص أكثر من شهادة واحدة في سلسلتها.</translation>
    </message>
    <message>
        <source>Trust This Certificate for %1</source>
        <translation>الوثوق بهذه الشهادة لـ %1</translation>
    </message>
</context>
<context>
    <name>Banter::ChatDelegate</name>
    <message>
        <source>pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>مُلغاة</translation>
    </message>
</context>
<context>
    <name>Banter::ChatFilterModel</name>
    <message>
        <source>Not a regular expression: %1 at character %2.</source>
        <translation>تعبير نمطي غير صالح: %1 عند الحرف %2.</translation>
    </message>
    <message>
        <source>Not a field condition: %1.</source>
        <translation>شرط حقل غير صالح: %1.</translation>
    </message>
</context>
<context>
    <name>Banter::ChatPane</name>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Scroll to the new messages</source>
        <translation>التمرير إلى الرسائل الجديدة</translation>
    </message>
    <message>
        <source>↓ 1 new message</source>
        <translation>↓ رسالة جديدة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new messages</source>
        <translation>
            <numerusform>↓ %n رسالة جديدة</numerusform>
            <numerusform>↓ %n رسالة جديدة</numerusform>
            <numerusform>↓ %n رسالتان جديدتان</numerusform>
            <numerusform>↓ %n رسائل جديدة</numerusform>
            <numerusform>↓ %n رسالة جديدة</numerusform>
            <numerusform>↓ %n رسالة جديدة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::CommandLine</name>
    <message>
        <source>Banter, a desktop WebSocket client.

Without a URL, Banter starts its own echo server on port 3000 (or uses the one already running there) and connects to %1.</source>
        <translation>Banter، عميل WebSocket لسطح المكتب.

عند عدم تحديد عنوان URL، يشغّل Banter خادم الصدى الخاص به على المنفذ 3000 (أو يستخدم الخادم الذي يعمل عليه مسبقًا) ويتصل بـ %1.</translation>
    </message>
    <message>
        <source>The colours: system (the desktop&apos;s), light or dark (both on the Fusion style).</source>
        <translation>الألوان: system (ألوان سطح المكتب)، أو light أو dark (كلاهما بنمط Fusion).</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>نظام الألوان</translation>
    </message>
    <message>
        <source>The server to connect to, such as ws://example.org:8080/chat.</source>
        <translation>الخادم المراد الاتصال به، مثل ws://example.org:8080/chat.</translation>
    </message>
    <message>
        <source>[url]</source>
        <translation>[url]</translation>
    </message>
    <message>
        <source>Unknown color scheme &quot;%1&quot;: use %2.</source>
        <translation>نظام ألوان غير معروف «%1»: استخدم %2.</translation>
    </message>
    <message>
        <source>Give one URL at the most, not %1.</source>
        <translation>حدّد عنوان URL واحدًا على الأكثر، لا %1.</translation>
    </message>
</context>
<context>
    <name>Banter::ComposeBar</name>
    <message>
        <source>&amp;Send</source>
        <translation>إ&amp;رسال</translation>
    </message>
    <message>
        <source>F&amp;ile…</source>
        <translation>مل&amp;ف…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Up and Down recall sent messages</source>
        <translation>مفتاح Enter يرسل، وShift+Enter يبدأ سطرًا جديدًا، والسهمان لأعلى ولأسفل يستعيدان الرسائل المرسلة</translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation>&amp;ست عشري</translation>
    </message>
    <message>
        <source>Hex input</source>
        <translation>إدخال ست عشري</translation>
    </message>
    <message>
        <source>Type bytes in hexadecimal, such as 00 01 ff, and send them as one binary message</source>
        <translation>اكتب البايتات بالنظام الست عشري، مثل 00 01 ff، وأرسلها رسالةً ثنائية واحدة</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>إرسال ملف</translation>
    </message>
    <message>
        <source>Send a file as one binary message</source>
        <translation>إرسال ملف رسالةً ثنائية واحدة</translation>
    </message>
    <message>
        <source>Why the message was not sent</source>
        <translation>سبب عدم إرسال الرسالة</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>لم تُرسل: %1.</translation>
    </message>
    <message>
        <source>Bytes in hex, such as 00 01 ff; Enter sends them</source>
        <translation>بايتات بالنظام الست عشري، مثل 00 01 ff؛ ويرسلها مفتاح Enter</translation>
    </message>
    <message>
        <source>Type a message and press Enter</source>
        <translation>اكتب رسالة واضغط Enter</translation>
    </message>
    <message>
        <source>The message with its variables filled in</source>
        <translation>الرسالة بعد ملء متغيراتها</translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>يرسل: %1</translation>
    </message>
    <message>
        <source>Cannot be sent: %1</source>
        <translation>لا يمكن الإرسال: %1</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectDialog</name>
    <message>
        <source>Connection Options</source>
        <translation>خيارات الاتصال</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>ترويسات الطلب</translation>
    </message>
    <message>
        <source>Authorization: Bearer …
X-Client: banter</source>
        <translation>Authorization: Bearer …
X-Client: banter</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>البروتوكولات الفرعية</translation>
    </message>
    <message>
        <source>chat.v2, chat.v1</source>
        <translation>chat.v2, chat.v1</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation>https://example.org</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>م&amp;سح</translation>
    </message>
    <message>
        <source>Clear all options</source>
        <translation>مسح جميع الخيارات</translation>
    </message>
    <message>
        <source>Request &amp;headers:</source>
        <translation>&amp;ترويسات الطلب:</translation>
    </message>
    <message>
        <source>&amp;Subprotocols:</source>
        <translation>البروتوكولات ال&amp;فرعية:</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>الأ&amp;صل:</translation>
    </message>
    <message>
        <source>Header line %1 is not written as Name: value.</source>
        <translation>سطر الترويسة %1 ليس مكتوبًا بالصيغة الاسم: القيمة.</translation>
    </message>
    <message>
        <source>Cannot be sent: %1.</source>
        <translation>لا يمكن الإرسال: %1.</translation>
    </message>
    <message>
        <source>1 header</source>
        <translation>ترويسة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%n headers</source>
        <translation>
            <numerusform>%n ترويسة</numerusform>
            <numerusform>%n ترويسة</numerusform>
            <numerusform>%n ترويستان</numerusform>
            <numerusform>%n ترويسات</numerusform>
            <numerusform>%n ترويسة</numerusform>
            <numerusform>%n ترويسة</numerusform>
        </translation>
    </message>
    <message>
        <source>subprotocols %1</source>
        <translation>البروتوكولات الفرعية %1</translation>
    </message>
    <message>
        <source>origin %1</source>
        <translation>الأصل %1</translation>
    </message>
    <message>
        <source>no options</source>
        <translation>لا خيارات</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>المستخدم %1</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>كلمة مرور</translation>
    </message>
    <message>
        <source>Receive buffer</source>
        <translation>مخزن الاستقبال</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> كيلوبايت</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>The socket&apos;s receive buffer. Automatic lets the system grow it as the link needs; a size caps throughput at that much per round trip (256 KiB at 50 ms: about 5 MB/s).</source>
        <translation>مخزن استقبال المقبس. «تلقائي» يترك النظام يكبّره حسب حاجة الرابط؛ والحجم المحدد يقيّد معدل النقل بهذا القدر في كل رحلة ذهاب وإياب (256 كيلوبايت عند 50 مللي ثانية: نحو 5 ميغابايت/ث).</translation>
    </message>
    <message>
        <source>&amp;Receive buffer:</source>
        <translation>مخزن الا&amp;ستقبال:</translation>
    </message>
    <message>
        <source>receive buffer %1 KiB</source>
        <translation>مخزن الاستقبال %1 كيلوبايت</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>ملف شهادة العميل</translation>
    </message>
    <message>
        <source>client.pem or client.p12</source>
        <translation>client.pem أو client.p12</translation>
    </message>
    <message>
        <source>Private key file of the client certificate</source>
        <translation>ملف المفتاح الخاص لشهادة العميل</translation>
    </message>
    <message>
        <source>client.key (none for PKCS#12)</source>
        <translation>client.key (لا شيء مع PKCS#12)</translation>
    </message>
    <message>
        <source>Passphrase of the key or PKCS#12 file</source>
        <translation>عبارة مرور المفتاح أو ملف PKCS#12</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>&amp;شهادة العميل:</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.p12 *.pfx)</source>
        <translation>الشهادات (*.pem *.crt *.cer *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>المفتاح ال&amp;خاص:</translation>
    </message>
    <message>
        <source>Private keys (*.key *.pem)</source>
        <translation>المفاتيح الخاصة (*.key *.pem)</translation>
    </message>
    <message>
        <source>Key p&amp;assphrase:</source>
        <translation>&amp;عبارة مرور المفتاح:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose the file of %1</source>
        <translation>اختيار الملف: %1</translation>
    </message>
    <message>
        <source>The client certificate cannot be used: %1.</source>
        <translation>لا يمكن استخدام شهادة العميل: %1.</translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation>شهادة العميل %1</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>الوكيل</translation>
    </message>
    <message>
        <source>the system&apos;s; direct, http://host:3128, socks5://user@host:1080</source>
        <translation>وكيل النظام؛ direct، http://host:3128، socks5://user@host:1080</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s proxy settings (http_proxy, all_proxy, no_proxy). direct: none. Or an HTTP proxy (CONNECT) or a SOCKS5 proxy, with a user before the host if it asks for a login. Connections to this machine itself never go through a proxy.</source>
        <translation>فارغ: إعدادات الوكيل في النظام (http_proxy وall_proxy وno_proxy). direct: بلا وكيل. أو وكيل HTTP (CONNECT) أو وكيل SOCKS5، مع مستخدم قبل المضيف إن طلب تسجيل دخول. الاتصالات بهذا الجهاز نفسه لا تمر أبدًا عبر وكيل.</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>كلمة مرور الوكيل</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>ال&amp;وكيل:</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>كلمة &amp;مرور الوكيل:</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>الوكيل %1</translation>
    </message>
    <message>
        <source>Shown to a wss:// server or mqtts:// broker that asks for one (mutual TLS): a PEM certificate with its key file, or a PKCS#12 file alone</source>
        <translation>تُعرض على خادم wss:// أو وسيط mqtts:// يطلبها (TLS متبادل): شهادة PEM مع ملف مفتاحها، أو ملف PKCS#12 وحده</translation>
    </message>
    <message>
        <source>Kept while Banter runs, never in banter.conf (a saved connection keeps it in the desktop&apos;s keyring)</source>
        <translation>يُحتفظ به ما دام Banter يعمل، ولا يُكتب أبدًا في banter.conf (الاتصال المحفوظ يحفظه في حلقة مفاتيح سطح المكتب)</translation>
    </message>
    <message>
        <source>Used from the next Connect on, by it and by every reconnection after it. The user name and password go to URLs that name no user (an MQTT broker&apos;s login). The passwords and the passphrase never go into banter.conf: View → Connections keeps them in the desktop&apos;s keyring.</source>
        <translation>يُستعمل من الاتصال التالي، فيه وفي كل إعادة اتصال بعده. يذهب اسم المستخدم وكلمة المرور إلى العناوين التي لا تسمّي مستخدمًا (تسجيل الدخول إلى وسيط MQTT). لا تُكتب كلمات المرور وعبارة المرور أبدًا في banter.conf: عرض ← الاتصالات يحفظها في حلقة مفاتيح سطح المكتب.</translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation>&amp;زمن الانتقال:</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>زمن الانتقال</translation>
    </message>
    <message>
        <source>none; such as 100ms</source>
        <translation>لا شيء؛ مثل 100ms</translation>
    </message>
    <message>
        <source>The delay of every message in each direction: an echo&apos;s round trip grows by twice it. 0 ms to 1 min (ms, s, min).</source>
        <translation>تأخير كل رسالة في كل اتجاه: يزداد زمن ذهاب الصدى وإيابه بضعفه. من 0 ms إلى 1 min (ms، s، min).</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>ال&amp;تذبذب:</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>التذبذب</translation>
    </message>
    <message>
        <source>none; such as 20ms</source>
        <translation>لا شيء؛ مثل 20ms</translation>
    </message>
    <message>
        <source>Each delay varies by up to this much, at most the latency; order is kept.</source>
        <translation>يتغير كل تأخير بما يصل إلى هذا القدر، وبحد أقصى زمن الانتقال؛ يُحفظ الترتيب.</translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation>عرض ال&amp;نطاق:</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>عرض النطاق</translation>
    </message>
    <message>
        <source>no cap; such as 64KiB</source>
        <translation>بلا حد؛ مثل 64KiB</translation>
    </message>
    <message>
        <source>Bytes per second in each direction: B, KiB, MiB, GiB, kB, MB, GB, kbit, Mbit or Gbit.</source>
        <translation>بايتات في الثانية في كل اتجاه: B أو KiB أو MiB أو GiB أو kB أو MB أو GB أو kbit أو Mbit أو Gbit.</translation>
    </message>
    <message>
        <source>Lo&amp;ss:</source>
        <translation>ال&amp;فقد:</translation>
    </message>
    <message>
        <source>Message loss</source>
        <translation>فقدان الرسائل</translation>
    </message>
    <message>
        <source>none; such as 1%</source>
        <translation>لا شيء؛ مثل 1%</translation>
    </message>
    <message>
        <source>The share of messages dropped, 0 to 100 %; the log says so for each.</source>
        <translation>نسبة الرسائل المُسقطة، من 0 إلى 100 %؛ يذكر السجل ذلك لكل واحدة.</translation>
    </message>
    <message>
        <source>Disconnect a&amp;fter:</source>
        <translation>ق&amp;طع الاتصال بعد:</translation>
    </message>
    <message>
        <source>Disconnect after</source>
        <translation>قطع الاتصال بعد</translation>
    </message>
    <message>
        <source>never; such as 30s or 100msgs</source>
        <translation>أبدًا؛ مثل 30s أو 100msgs</translation>
    </message>
    <message>
        <source>Cut the connection after a time or a number of messages.</source>
        <translation>اقطع الاتصال بعد زمن أو عدد من الرسائل.</translation>
    </message>
    <message>
        <source>Black &amp;hole after:</source>
        <translation>ثقب &amp;أسود بعد:</translation>
    </message>
    <message>
        <source>Black hole after</source>
        <translation>ثقب أسود بعد</translation>
    </message>
    <message>
        <source>never; such as 10s or 100msgs</source>
        <translation>أبدًا؛ مثل 10s أو 100msgs</translation>
    </message>
    <message>
        <source>After a time or a number of messages nothing moves either way, and the connection stays open: the heartbeat has to notice.</source>
        <translation>بعد زمن أو عدد من الرسائل لا يتحرك شيء في أي اتجاه ويبقى الاتصال مفتوحًا: على نبض القلب أن يلاحظ ذلك.</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>ال&amp;بذرة:</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <source>random; such as 42</source>
        <translation>عشوائية؛ مثل 42</translation>
    </message>
    <message>
        <source>The same seed gives the same delays and losses.</source>
        <translation>البذرة نفسها تعطي التأخيرات والفقد نفسها.</translation>
    </message>
    <message>
        <source>Network conditions</source>
        <translation>ظروف الشبكة</translation>
    </message>
    <message>
        <source>Simulates a bad network on this connection (chaos+ before the URL&apos;s scheme); empty fields leave it as it is.</source>
        <translation>يحاكي شبكة سيئة على هذا الاتصال (chaos+ قبل مخطط العنوان)؛ الحقول الفارغة تتركه كما هو.</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionBar</name>
    <message>
        <source>Op&amp;tions…</source>
        <translation>خ&amp;يارات…</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>عنوان URL للخادم</translation>
    </message>
    <message>
        <source>The server to connect to; the list holds the recent ones (Ctrl+L)</source>
        <translation>الخادم المراد الاتصال به؛ تحتوي القائمة على الخوادم المستخدمة مؤخرًا (Ctrl+L)</translation>
    </message>
    <message>
        <source>Recent URLs</source>
        <translation>عناوين URL المستخدمة مؤخرًا</translation>
    </message>
    <message>
        <source>ws://host:port/path</source>
        <translation>ws://host:port/path</translation>
    </message>
    <message>
        <source>Connection options</source>
        <translation>خيارات الاتصال</translation>
    </message>
    <message>
        <source>What is wrong with the URL</source>
        <translation>ما الخطأ في عنوان URL</translation>
    </message>
    <message>
        <source>Not a URL: %1.</source>
        <translation>ليس عنوان URL صالحًا: %1.</translation>
    </message>
    <message>
        <source>A URL starts with a scheme and a host, such as %1.</source>
        <translation>يبدأ عنوان URL بمخطط ومضيف، مثل %1.</translation>
    </message>
    <message>
        <source>No transport plugin is loaded, so no scheme can be opened (see Help → About Plugins).</source>
        <translation>لم يُحمَّل أي ملحق نقل، لذا لا يمكن فتح أي مخطط (انظر مساعدة ← حول الملحقات).</translation>
    </message>
    <message>
        <source>No plugin handles &quot;%1&quot;: Banter opens %2.</source>
        <translation>لا يوجد ملحق يتعامل مع «%1»: يفتح Banter %2.</translation>
    </message>
    <message>
        <source>The URL needs a host, such as %1.</source>
        <translation>يحتاج عنوان URL إلى مضيف، مثل %1.</translation>
    </message>
    <message>
        <source>Op&amp;tions (set)…</source>
        <translation>خ&amp;يارات (مضبوطة)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;قطع الاتصال</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>اتصا&amp;ل</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>قطع الاتصال</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Request headers, subprotocols, origin, receive buffer, client certificate, proxy and login: %1</source>
        <translation>ترويسات الطلب والبروتوكولات الفرعية والأصل ومخزن الاستقبال وشهادة العميل والوكيل وتسجيل الدخول: %1</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionTab</name>
    <message>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>اتصال جديد</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tab title (unread count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to %1 in %n s (Ctrl+R: now)</source>
        <translation>
            <numerusform>إعادة الاتصال بـ %1 خلال %n ثانية (Ctrl+R: الآن)</numerusform>
            <numerusform>إعادة الاتصال بـ %1 خلال %n ثانية (Ctrl+R: الآن)</numerusform>
            <numerusform>إعادة الاتصال بـ %1 خلال %n ثانيتين (Ctrl+R: الآن)</numerusform>
            <numerusform>إعادة الاتصال بـ %1 خلال %n ثوانٍ (Ctrl+R: الآن)</numerusform>
            <numerusform>إعادة الاتصال بـ %1 خلال %n ثانية (Ctrl+R: الآن)</numerusform>
            <numerusform>إعادة الاتصال بـ %1 خلال %n ثانية (Ctrl+R: الآن)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>جارٍ الاتصال بـ %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>متصل بـ %1</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>جارٍ الإغلاق…</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionsController</name>
    <message>
        <source>Connections</source>
        <translation>الاتصالات</translation>
    </message>
    <message>
        <source>C&amp;onnections</source>
        <translation>الا&amp;تصالات</translation>
    </message>
    <message>
        <source>Saved connections: a name for a URL and its options</source>
        <translation>الاتصالات المحفوظة: اسم لعنوان URL وخياراته</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>حُفظ «%1».</translation>
    </message>
    <message>
        <source>Saved “%1”. Not saved, to be given again when it is opened: %2.</source>
        <translation>حُفظ «%1». لم يُحفظ، ويُعطى مجددًا عند فتحه: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB: no file of connections is</source>
        <translation>%1 أكبر من 16 MiB: لا يكون ملف اتصالات بهذا الحجم</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1.</source>
        <translation>
            <numerusform>استُورد %n اتصال من %1.</numerusform>
            <numerusform>استُورد اتصال واحد من %1.</numerusform>
            <numerusform>استُورد اتصالان من %1.</numerusform>
            <numerusform>استُوردت %n اتصالات من %1.</numerusform>
            <numerusform>استُورد %n اتصالًا من %1.</numerusform>
            <numerusform>استُورد %n اتصال من %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1.</source>
        <translation>
            <numerusform>صُدّر %n اتصال إلى %1.</numerusform>
            <numerusform>صُدّر اتصال واحد إلى %1.</numerusform>
            <numerusform>صُدّر اتصالان إلى %1.</numerusform>
            <numerusform>صُدّرت %n اتصالات إلى %1.</numerusform>
            <numerusform>صُدّر %n اتصالًا إلى %1.</numerusform>
            <numerusform>صُدّر %n اتصال إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Connection</source>
        <translation>حفظ الاتصال</translation>
    </message>
    <message>
        <source>Rename Connection</source>
        <translation>إعادة تسمية الاتصال</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Not Renamed</source>
        <translation>لم تُغيَّر التسمية</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>حذف الاتصال</translation>
    </message>
    <message>
        <source>Delete the saved connection “%1”?</source>
        <translation>أتحذف الاتصال المحفوظ «%1»؟</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>استيراد اتصالات</translation>
    </message>
    <message>
        <source>Banter connections (*.json)</source>
        <translation>اتصالات Banter ‏(*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message>
        <source>Export Connections</source>
        <translation>تصدير الاتصالات</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>لم يُصدَّر</translation>
    </message>
    <message>
        <source>Saved “%1”; %2 going to the desktop&apos;s keyring…</source>
        <translation>حُفظ «%1»؛ %2 في طريقه إلى حلقة مفاتيح سطح المكتب…</translation>
    </message>
    <message>
        <source>Saved “%1”; %2 in the desktop&apos;s keyring.</source>
        <translation>حُفظ «%1»؛ %2 في حلقة مفاتيح سطح المكتب.</translation>
    </message>
    <message>
        <source>No Keyring</source>
        <translation>لا حلقة مفاتيح</translation>
    </message>
    <message>
        <source>No keyring could keep %1 of “%2”: %3.

Keep them for this session only? Banter forgets them when it quits; then they are given again when the connection is opened.</source>
        <translation>لم تستطع أي حلقة مفاتيح حفظ %1 الخاصة بـ«%2»: %3.

أتحتفظ بها لهذه الجلسة فقط؟ ينساها Banter عند خروجه؛ ثم تُعطى من جديد عند فتح الاتصال.</translation>
    </message>
    <message>
        <source>%1 of “%2” kept until Banter quits.</source>
        <translation>يُحتفظ بـ%1 الخاصة بـ«%2» حتى يخرج Banter.</translation>
    </message>
    <message>
        <source>The secrets of “%1” could not be read from the keyring: %2</source>
        <translation>تعذّرت قراءة أسرار «%1» من حلقة المفاتيح: %2</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionsPanel</name>
    <message>
        <source>Filter by name or URL</source>
        <translation>التصفية بالاسم أو URL</translation>
    </message>
    <message>
        <source>Filter the saved connections</source>
        <translation>تصفية الاتصالات المحفوظة</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>الاتصالات المحفوظة</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Open connection</source>
        <translation>فتح الاتصال</translation>
    </message>
    <message>
        <source>Save &amp;Current…</source>
        <translation>حفظ ال&amp;حالي…</translation>
    </message>
    <message>
        <source>Save the current connection</source>
        <translation>حفظ الاتصال الحالي</translation>
    </message>
    <message>
        <source>Keep the URL and options of the URL bar under a name; passwords, passphrases and credential headers are not kept</source>
        <translation>احتفظ بعنوان URL وخيارات شريط العنوان تحت اسم؛ لا تُحفظ كلمات المرور ولا عبارات المرور ولا ترويسات الاعتماد</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>إعادة ت&amp;سمية…</translation>
    </message>
    <message>
        <source>Rename connection</source>
        <translation>إعادة تسمية الاتصال</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>ت&amp;كرار</translation>
    </message>
    <message>
        <source>Duplicate connection</source>
        <translation>تكرار الاتصال</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>حذف الاتصال</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>استيراد اتصالات</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>تصدير الاتصالات</translation>
    </message>
</context>
<context>
    <name>Banter::DetailPane</name>
    <message>
        <source>Sent</source>
        <translation>مُرسَلة</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>مُستلَمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>الرسالة المحددة</translation>
    </message>
    <message>
        <source>Selected message in full</source>
        <translation>الرسالة المحددة كاملةً</translation>
    </message>
    <message>
        <source>Select a message to see it here in full.</source>
        <translation>حدّد رسالة لعرضها هنا كاملةً.</translation>
    </message>
    <message>
        <source>%1 at %2, binary, %3</source>
        <translation>%1 في %2، ثنائية، %3</translation>
    </message>
    <message>
        <source> (the first %1 shown)</source>
        <translation> (يُعرض أول %1 فقط)</translation>
    </message>
    <message>
        <source>%1 at %2, 1 character</source>
        <translation>%1 في %2، حرف واحد</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2, %n characters</source>
        <translation>
            <numerusform>%1 في %2، %n حرف</numerusform>
            <numerusform>%1 في %2، %n حرف</numerusform>
            <numerusform>%1 في %2، %n حرفان</numerusform>
            <numerusform>%1 في %2، %n أحرف</numerusform>
            <numerusform>%1 في %2، %n حرفًا</numerusform>
            <numerusform>%1 في %2، %n حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n lines</source>
        <translation>
            <numerusform>، %n سطر</numerusform>
            <numerusform>، %n سطر</numerusform>
            <numerusform>، %n سطران</numerusform>
            <numerusform>، %n أسطر</numerusform>
            <numerusform>، %n سطرًا</numerusform>
            <numerusform>، %n سطر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; lines longer than %Ln character(s) are shown in pieces (Edit → Copy Message copies it as it is)</source>
        <translation>
            <numerusform>؛ تُعرض الأسطر التي يزيد طولها على %Ln حرف مجزّأةً (الأمر تحرير ← نسخ الرسالة ينسخها كما هي)</numerusform>
            <numerusform>؛ تُعرض الأسطر التي يزيد طولها على %Ln حرف مجزّأةً (الأمر تحرير ← نسخ الرسالة ينسخها كما هي)</numerusform>
            <numerusform>؛ تُعرض الأسطر التي يزيد طولها على %Ln حرفين مجزّأةً (الأمر تحرير ← نسخ الرسالة ينسخها كما هي)</numerusform>
            <numerusform>؛ تُعرض الأسطر التي يزيد طولها على %Ln أحرف مجزّأةً (الأمر تحرير ← نسخ الرسالة ينسخها كما هي)</numerusform>
            <numerusform>؛ تُعرض الأسطر التي يزيد طولها على %Ln حرفًا مجزّأةً (الأمر تحرير ← نسخ الرسالة ينسخها كما هي)</numerusform>
            <numerusform>؛ تُعرض الأسطر التي يزيد طولها على %Ln حرف مجزّأةً (الأمر تحرير ← نسخ الرسالة ينسخها كما هي)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Selected message as indented JSON</source>
        <translation>الرسالة المحددة بصيغة JSON مع مسافات بادئة</translation>
    </message>
    <message>
        <source>Selected message as a JSON tree</source>
        <translation>الرسالة المحددة على هيئة شجرة JSON</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>نسخ القيمة</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>نسخ المسار</translation>
    </message>
    <message>
        <source>Selected message shown as</source>
        <translation>عرض الرسالة المحددة بصيغة</translation>
    </message>
    <message>
        <source>What is wrong with the JSON</source>
        <translation>ما الخطأ في JSON</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>شجرة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>JSON غير صالح: %1.</translation>
    </message>
    <message>
        <source>, JSON</source>
        <translation>، JSON</translation>
    </message>
</context>
<context>
    <name>Banter::EchoStatisticsPanel</name>
    <message>
        <source>Pair echoes</source>
        <translation>مطابقة الأصداء</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> مللي ثانية</translation>
    </message>
    <message>
        <source>Lost after</source>
        <translation>يُعدّ مفقودًا بعد</translation>
    </message>
    <message>
        <source>A message whose echo has not come back by then is counted lost</source>
        <translation>تُعدّ الرسالة التي لم يعد صداها حتى ذلك الحين مفقودة</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة الضبط</translation>
    </message>
    <message>
        <source>Start counting again</source>
        <translation>بدء العدّ من جديد</translation>
    </message>
    <message>
        <source>Pair echoes:</source>
        <translation>مطابقة الأصداء:</translation>
    </message>
    <message>
        <source>Lost after:</source>
        <translation>يُعدّ مفقودًا بعد:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>المُرسَلة:</translation>
    </message>
    <message>
        <source>Echoed:</source>
        <translation>عاد صداها:</translation>
    </message>
    <message>
        <source>Awaiting an echo:</source>
        <translation>بانتظار الصدى:</translation>
    </message>
    <message>
        <source>Lost (no echo in time):</source>
        <translation>مفقودة (لا صدى في الوقت):</translation>
    </message>
    <message>
        <source>Late (echo after the timeout):</source>
        <translation>متأخرة (صدى بعد المهلة):</translation>
    </message>
    <message>
        <source>Out of order:</source>
        <translation>خارج الترتيب:</translation>
    </message>
    <message>
        <source>Echoed as the other type:</source>
        <translation>عاد صداها بالنوع الآخر:</translation>
    </message>
    <message>
        <source>Round trip, median:</source>
        <translation>زمن الذهاب والإياب، الوسيط:</translation>
    </message>
    <message>
        <source>Round trip, 95th percentile:</source>
        <translation>زمن الذهاب والإياب، المئين 95:</translation>
    </message>
    <message>
        <source>Round trip, 99th percentile:</source>
        <translation>زمن الذهاب والإياب، المئين 99:</translation>
    </message>
    <message>
        <source>Round trip, longest:</source>
        <translation>زمن الذهاب والإياب، الأطول:</translation>
    </message>
    <message>
        <source>Automatic (once the server echoes)</source>
        <translation>تلقائي (بمجرد أن يعيد الخادم الصدى)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>مُفعّل</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>No connection.</source>
        <translation>لا يوجد اتصال.</translation>
    </message>
    <message>
        <source>Echoes are not paired.</source>
        <translation>لا تُطابَق الأصداء.</translation>
    </message>
    <message>
        <source>Every message sent awaits its echo.</source>
        <translation>كل رسالة مُرسَلة تنتظر صداها.</translation>
    </message>
    <message>
        <source>The server echoes: every message sent awaits its echo.</source>
        <translation>الخادم يعيد الصدى: كل رسالة مُرسَلة تنتظر صداها.</translation>
    </message>
    <message>
        <source>Waiting for the server to echo a message.</source>
        <translation>بانتظار أن يعيد الخادم صدى رسالة.</translation>
    </message>
</context>
<context>
    <name>Banter::FilterBar</name>
    <message>
        <source>Regular expression</source>
        <translation>تعبير نمطي</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مُرسَلة</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>مُستلَمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>البحث في السجل</translation>
    </message>
    <message>
        <source>Find (Escape closes)</source>
        <translation>بحث (Esc للإغلاق)</translation>
    </message>
    <message>
        <source>Show %1 rows</source>
        <translation>إظهار صفوف: %1</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>إغلاق البحث</translation>
    </message>
    <message>
        <source>Close find and show every row (Escape)</source>
        <translation>إغلاق البحث وإظهار جميع الصفوف (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Find by</source>
        <translation>البحث حسب</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>JSON field</source>
        <translation>حقل JSON</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop reading the log for matches</source>
        <translation>إيقاف قراءة السجل بحثًا عن تطابقات</translation>
    </message>
    <message>
        <source>Stop finding</source>
        <translation>إيقاف البحث</translation>
    </message>
    <message>
        <source>$.type == &quot;trade&quot; and $.price &gt; 100 (Escape closes)</source>
        <translation>$.type == &quot;trade&quot; and $.price &gt; 100 (Esc للإغلاق)</translation>
    </message>
    <message>
        <source>A condition on the fields of JSON messages: $.path == value (also != &lt; &lt;= &gt; &gt;=), $.path ~ /regular expression/i, exists($.path), combined with and, or, not and parentheses. $.items[0].id is the id of the first item, $.items[*].id any item&apos;s.</source>
        <translation>شرط على حقول رسائل JSON: $.path == قيمة (وأيضًا != &lt; &lt;= &gt; &gt;=)، $.path ~ /تعبير نمطي/i، exists($.path)، تُجمع باستخدام and و or و not والأقواس. $.items[0].id هو id العنصر الأول، و $.items[*].id هو id أي عنصر.</translation>
    </message>
    <message>
        <source>%1, reading the log: %2 %</source>
        <translation>%1، جارٍ قراءة السجل: %2%</translation>
    </message>
    <message>
        <source>%1, stopped at %2 % of the log</source>
        <translation>%1، توقف عند %2% من السجل</translation>
    </message>
</context>
<context>
    <name>Banter::JsonTreeModel</name>
    <message>
        <source>object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <source>array</source>
        <translation>مصفوفة</translation>
    </message>
    <message>
        <source>string</source>
        <translation>سلسلة نصية</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>قيمة منطقية</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>عضو واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضوان</numerusform>
            <numerusform>%n أعضاء</numerusform>
            <numerusform>%n عضوًا</numerusform>
            <numerusform>%n عضو</numerusform>
        </translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>عنصر واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n عنصر</numerusform>
            <numerusform>%n عنصر</numerusform>
            <numerusform>%n عنصران</numerusform>
            <numerusform>%n عناصر</numerusform>
            <numerusform>%n عنصرًا</numerusform>
            <numerusform>%n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
</context>
<context>
    <name>Banter::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;افتراضي النظام</translation>
    </message>
</context>
<context>
    <name>Banter::MainWindow</name>
    <message>
        <source>Banter</source>
        <translation>Banter</translation>
    </message>
    <message>
        <source>Round-trip time of the last ping</source>
        <translation>زمن الذهاب والإياب لآخر ping</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Open Log…</source>
        <translation>&amp;فتح سجل…</translation>
    </message>
    <message>
        <source>&amp;Save Log…</source>
        <translation>&amp;حفظ السجل…</translation>
    </message>
    <message>
        <source>Send &amp;File…</source>
        <translation>إرسال &amp;ملف…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy the selected rows as text</source>
        <translation>نسخ الصفوف المحددة نصًا</translation>
    </message>
    <message>
        <source>Copy &amp;Message</source>
        <translation>نسخ ال&amp;رسالة</translation>
    </message>
    <message>
        <source>Copy the whole message of the current row, as it is</source>
        <translation>نسخ الرسالة الكاملة للصف الحالي كما هي</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>&amp;مسح السجل</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Show &amp;Timestamps</source>
        <translation>إظهار ال&amp;طوابع الزمنية</translation>
    </message>
    <message>
        <source>Message &amp;Details</source>
        <translation>&amp;تفاصيل الرسالة</translation>
    </message>
    <message>
        <source>The selected message in full, below the log (Enter on a row)</source>
        <translation>الرسالة المحددة كاملةً أسفل السجل (Enter على صف)</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>&amp;اتصال</translation>
    </message>
    <message>
        <source>Go to &amp;URL</source>
        <translation>الانتقال إلى &amp;عنوان URL</translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>إعادة الا&amp;تصال الآن</translation>
    </message>
    <message>
        <source>&amp;Cancel Sending</source>
        <translation>إ&amp;لغاء الإرسال</translation>
    </message>
    <message>
        <source>Take back the selected messages that are still pending</source>
        <translation>إلغاء إرسال الرسائل المحددة التي لا تزال قيد الانتظار</translation>
    </message>
    <message>
        <source>&amp;Trusted Certificates…</source>
        <translation>ال&amp;شهادات الموثوقة…</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>&amp;خادم</translation>
    </message>
    <message>
        <source>&amp;Start Echo Server…</source>
        <translation>&amp;تشغيل خادم الصدى…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساع&amp;دة</translation>
    </message>
    <message>
        <source>About &amp;Plugins…</source>
        <translation>حول الم&amp;لحقات…</translation>
    </message>
    <message>
        <source>&amp;About Banter</source>
        <translation>&amp;حول Banter</translation>
    </message>
    <message>
        <source>About Banter</source>
        <translation>حول Banter</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Banter %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A desktop WebSocket client whose transports are plugins.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Banter %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;عميل WebSocket لسطح المكتب، وسائل النقل فيه ملحقات.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Port %1 is already served: using that server</source>
        <translation>المنفذ %1 يخدمه خادم بالفعل: يُستخدم ذلك الخادم</translation>
    </message>
    <message>
        <source>the embedded echo server did not start: %1</source>
        <translation>لم يبدأ خادم الصدى المدمج: %1</translation>
    </message>
    <message>
        <source>the echo server did not start on port %1: %2</source>
        <translation>لم يبدأ خادم الصدى على المنفذ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Echo server on %1 (%n client(s))</source>
        <translation>
            <numerusform>خادم الصدى على %1 (%n عميل)</numerusform>
            <numerusform>خادم الصدى على %1 (%n عميل)</numerusform>
            <numerusform>خادم الصدى على %1 (%n عميلان)</numerusform>
            <numerusform>خادم الصدى على %1 (%n عملاء)</numerusform>
            <numerusform>خادم الصدى على %1 (%n عميلًا)</numerusform>
            <numerusform>خادم الصدى على %1 (%n عميل)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start Echo Server</source>
        <translation>تشغيل خادم الصدى</translation>
    </message>
    <message>
        <source>Serve the echo service on localhost, port (0 picks a free one):</source>
        <translation>تقديم خدمة الصدى على localhost، المنفذ (0 يختار منفذًا متاحًا):</translation>
    </message>
    <message>
        <source>cannot send %1: it is larger than %2, the most Banter sends as one message</source>
        <translation>تعذّر إرسال %1: حجمه أكبر من %2، وهو أقصى ما يرسله Banter في رسالة واحدة</translation>
    </message>
    <message>
        <source>cannot send %1: %2</source>
        <translation>تعذّر إرسال %1: %2</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>حجمه كبير جدًا</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>حفظ السجل</translation>
    </message>
    <message>
        <source>NDJSON log, opens again (*.ndjson *.jsonl)</source>
        <translation>سجل NDJSON، يمكن فتحه مجددًا (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>Text (*.txt *.log)</source>
        <translation>نص (*.txt *.log)</translation>
    </message>
    <message>
        <source>Open Log</source>
        <translation>فتح سجل</translation>
    </message>
    <message>
        <source>NDJSON log (*.ndjson *.jsonl)</source>
        <translation>سجل NDJSON (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Send File</source>
        <translation>إرسال ملف</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln row(s) to %1</source>
        <translation>
            <numerusform>تم حفظ %Ln صف في %1</numerusform>
            <numerusform>تم حفظ %Ln صف في %1</numerusform>
            <numerusform>تم حفظ %Ln صفّين في %1</numerusform>
            <numerusform>تم حفظ %Ln صفوف في %1</numerusform>
            <numerusform>تم حفظ %Ln صفًّا في %1</numerusform>
            <numerusform>تم حفظ %Ln صف في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %Ln row(s) from %1</source>
        <translation>
            <numerusform>تم فتح %Ln صف من %1</numerusform>
            <numerusform>تم فتح %Ln صف من %1</numerusform>
            <numerusform>تم فتح %Ln صفّين من %1</numerusform>
            <numerusform>تم فتح %Ln صفوف من %1</numerusform>
            <numerusform>تم فتح %Ln صفًّا من %1</numerusform>
            <numerusform>تم فتح %Ln صف من %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record to File…</source>
        <translation>&amp;سجّل في ملف…</translation>
    </message>
    <message>
        <source>Write every new row into a file as well, as it comes (NDJSON, a new file every %1)</source>
        <translation>اكتب كل سطر جديد في ملف أيضًا فور وصوله (NDJSON، ملف جديد كل %1)</translation>
    </message>
    <message>
        <source>recording the log to %1</source>
        <translation>يُسجَّل السجل في %1</translation>
    </message>
    <message>
        <source>recording to %1 stopped</source>
        <translation>توقف التسجيل في %1</translation>
    </message>
    <message>
        <source>Record to File</source>
        <translation>سجّل في ملف</translation>
    </message>
    <message>
        <source>Start C&amp;hat Server…</source>
        <translation>تشغيل خادم ال&amp;دردشة…</translation>
    </message>
    <message>
        <source>S&amp;top Server</source>
        <translation>&amp;إيقاف الخادم</translation>
    </message>
    <message>
        <source>&amp;Connect to Server</source>
        <translation>ال&amp;اتصال بالخادم</translation>
    </message>
    <message>
        <source>the chat server did not start on port %1: %2</source>
        <translation>لم يبدأ خادم الدردشة على المنفذ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Chat server on %1 (%n client(s))</source>
        <translation>
            <numerusform>خادم الدردشة على %1 (%n عميل)</numerusform>
            <numerusform>خادم الدردشة على %1 (%n عميل)</numerusform>
            <numerusform>خادم الدردشة على %1 (%n عميلان)</numerusform>
            <numerusform>خادم الدردشة على %1 (%n عملاء)</numerusform>
            <numerusform>خادم الدردشة على %1 (%n عميلًا)</numerusform>
            <numerusform>خادم الدردشة على %1 (%n عميل)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start Chat Server</source>
        <translation>تشغيل خادم الدردشة</translation>
    </message>
    <message>
        <source>Serve chat rooms on localhost (ws://localhost:PORT/ROOM), port (0 picks a free one):</source>
        <translation>تقديم غرف الدردشة على localhost (ws://localhost:PORT/ROOM)، المنفذ (0 يختار منفذًا حرًا):</translation>
    </message>
    <message>
        <source>Banter follows the system&apos;s language now.</source>
        <translation>يتبع Banter الآن لغة النظام.</translation>
    </message>
    <message>
        <source>Banter speaks %1 now.</source>
        <translation>يتحدث Banter الآن %1.</translation>
    </message>
    <message>
        <source>&amp;Variables…</source>
        <translation>&amp;المتغيرات…</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>أغلق اللسان</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of %1 are not sent yet. Close the tab and drop them?</source>
        <translation>
            <numerusform>لم تُرسل أي رسالة من %1 بعد (%n). أتغلق اللسان وتتخلى عنها؟</numerusform>
            <numerusform>لم تُرسل رسالة واحدة من %1 بعد. أتغلق اللسان وتتخلى عنها؟</numerusform>
            <numerusform>لم تُرسل رسالتان من %1 بعد. أتغلق اللسان وتتخلى عنهما؟</numerusform>
            <numerusform>لم تُرسل %n رسائل من %1 بعد. أتغلق اللسان وتتخلى عنها؟</numerusform>
            <numerusform>لم تُرسل %n رسالة من %1 بعد. أتغلق اللسان وتتخلى عنها؟</numerusform>
            <numerusform>لم تُرسل %n رسالة من %1 بعد. أتغلق اللسان وتتخلى عنها؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>الاتصالات</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>لسان &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>أ&amp;غلق اللسان</translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation>اللسان ال&amp;تالي</translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation>اللسان ال&amp;سابق</translation>
    </message>
    <message>
        <source>Echo Statistics</source>
        <translation>إحصاءات الصدى</translation>
    </message>
    <message>
        <source>&amp;Echo Statistics</source>
        <translation>إحصاءات ال&amp;صدى</translation>
    </message>
    <message>
        <source>Each message paired with its echo: round trips, lost, out of order</source>
        <translation>كل رسالة مع صداها: أزمنة الذهاب والإياب، والمفقودة، وما جاء خارج الترتيب</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>حركة البيانات</translation>
    </message>
    <message>
        <source>Tra&amp;ffic</source>
        <translation>&amp;حركة البيانات</translation>
    </message>
    <message>
        <source>Messages and bytes a second and round trips, over the last minutes</source>
        <translation>الرسائل والبايتات في الثانية وأزمنة الذهاب والإياب، خلال الدقائق الأخيرة</translation>
    </message>
    <message>
        <source>JSON S&amp;ummary Field…</source>
        <translation>حقل مُل&amp;خّص JSON…</translation>
    </message>
    <message>
        <source>Show a field of each JSON message first in its row, such as $.type</source>
        <translation>عرض حقل من كل رسالة JSON في أول سطرها، مثل $.type</translation>
    </message>
    <message>
        <source>Not a JSON path: %1.</source>
        <translation>ليس مسار JSON: %1.</translation>
    </message>
    <message>
        <source>JSON Summary Field</source>
        <translation>حقل ملخّص JSON</translation>
    </message>
    <message>
        <source>The field of each JSON message to show first in its row, such as $.type or $.user.name (empty: none):</source>
        <translation>حقل كل رسالة JSON الذي يُعرض في أول سطرها، مثل $.type أو $.user.name (فارغ: لا شيء):</translation>
    </message>
    <message>
        <source>Network conditions</source>
        <translation>ظروف الشبكة</translation>
    </message>
    <message>
        <source>This connection goes through simulated network conditions; the log says which when it opens.</source>
        <translation>يمر هذا الاتصال عبر ظروف شبكة محاكاة؛ يذكر السجل أيها عند فتحه.</translation>
    </message>
</context>
<context>
    <name>Banter::RepeatBar</name>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Repeating “%1” every %2 ms: %3</source>
        <translation>تكرار «%1» كل %2 ms: %3</translation>
    </message>
    <message>
        <source>Stop repeating “%1”</source>
        <translation>إيقاف تكرار «%1»</translation>
    </message>
</context>
<context>
    <name>Banter::RepeatDialog</name>
    <message>
        <source>Repeat “%1”</source>
        <translation>تكرار «%1»</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>حتى الإيقاف</translation>
    </message>
    <message>
        <source>The first goes out at once. While the connection is down, sending pauses, and nothing is lost.</source>
        <translation>تُرسل الأولى فورًا. وما دام الاتصال منقطعًا يتوقف الإرسال مؤقتًا، ولا يضيع شيء.</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;كل:</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>&amp;عدد المرات:</translation>
    </message>
</context>
<context>
    <name>Banter::RoomController</name>
    <message>
        <source>Set &amp;Name…</source>
        <translation>تعيين الا&amp;سم…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Your name in chat rooms</source>
        <translation>اسمك في غرف الدردشة</translation>
    </message>
    <message>
        <source>Set Name</source>
        <translation>تعيين الاسم</translation>
    </message>
    <message>
        <source>Your name in chat rooms, 1 to 32 characters (empty: the server picks one):</source>
        <translation>اسمك في غرف الدردشة، من 1 إلى 32 حرفًا (فارغ: يختار الخادم اسمًا):</translation>
    </message>
    <message>
        <source>Room %1 as %2</source>
        <translation>الغرفة %1 باسم %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>room — Banter</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Members of the room</source>
        <translation>أعضاء الغرفة</translation>
    </message>
</context>
<context>
    <name>Banter::SecretStore</name>
    <message>
        <source>the keyring did not answer</source>
        <translation>لم تُجب حلقة المفاتيح</translation>
    </message>
    <message>
        <source>the keyring refused it</source>
        <translation>رفضتها حلقة المفاتيح</translation>
    </message>
</context>
<context>
    <name>Banter::SnippetController</name>
    <message>
        <source>Snippets</source>
        <translation>المقتطفات</translation>
    </message>
    <message>
        <source>&amp;Snippets</source>
        <translation>ال&amp;مقتطفات</translation>
    </message>
    <message>
        <source>Messages kept for sending again (Ctrl+1 to Ctrl+9)</source>
        <translation>رسائل محفوظة لإرسالها مجددًا (Ctrl+1 إلى Ctrl+9)</translation>
    </message>
    <message>
        <source>Send Snippet %1</source>
        <translation>إرسال المقتطف %1</translation>
    </message>
    <message>
        <source>snippet “%1” not sent: %2</source>
        <translation>لم يُرسل المقتطف «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>repeating “%1” every %2 ms, %n time(s)</source>
        <translation>
            <numerusform>تكرار «%1» كل %2 ms، %n مرة</numerusform>
            <numerusform>تكرار «%1» كل %2 ms، مرة واحدة</numerusform>
            <numerusform>تكرار «%1» كل %2 ms، مرتين</numerusform>
            <numerusform>تكرار «%1» كل %2 ms، %n مرات</numerusform>
            <numerusform>تكرار «%1» كل %2 ms، %n مرة</numerusform>
            <numerusform>تكرار «%1» كل %2 ms، %n مرة</numerusform>
        </translation>
    </message>
    <message>
        <source>repeating “%1” every %2 ms until stopped</source>
        <translation>تكرار «%1» كل %2 ms حتى الإيقاف</translation>
    </message>
    <message>
        <source>repeating “%1”: %2</source>
        <translation>تكرار «%1»: %2</translation>
    </message>
    <message>
        <source>No snippet on %1: View → Snippets keeps messages for sending again.</source>
        <translation>لا مقتطف على %1: عرض ← المقتطفات يحفظ رسائل لإرسالها مجددًا.</translation>
    </message>
</context>
<context>
    <name>Banter::SnippetDialog</name>
    <message>
        <source>New Snippet</source>
        <translation>مقتطف جديد</translation>
    </message>
    <message>
        <source>Edit Snippet</source>
        <translation>تعديل المقتطف</translation>
    </message>
    <message>
        <source>Text, with {{variables}}</source>
        <translation>نص، مع {{متغيرات}}</translation>
    </message>
    <message>
        <source>Binary, bytes in hex</source>
        <translation>ثنائي، بايتات بالست عشري</translation>
    </message>
    <message>
        <source>Every connection</source>
        <translation>كل الاتصالات</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>%1 فقط</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Sends:</source>
        <translation>&amp;يرسل:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;لـ:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>ال&amp;رسالة:</translation>
    </message>
</context>
<context>
    <name>Banter::SnippetsPanel</name>
    <message>
        <source>Snippets</source>
        <translation>المقتطفات</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>إ&amp;رسال</translation>
    </message>
    <message>
        <source>Send the selected snippet</source>
        <translation>إرسال المقتطف المحدد</translation>
    </message>
    <message>
        <source>&amp;Repeat…</source>
        <translation>&amp;تكرار…</translation>
    </message>
    <message>
        <source>Send the selected snippet every so often</source>
        <translation>إرسال المقتطف المحدد على فترات</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Delete Snippet</source>
        <translation>حذف المقتطف</translation>
    </message>
    <message>
        <source>Delete the snippet “%1”?</source>
        <translation>أتحذف المقتطف «%1»؟</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>ثنائي</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>every connection</source>
        <translation>كل الاتصالات</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>%1 فقط</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1، لـ %2</translation>
    </message>
    <message>
        <source>Send snippet</source>
        <translation>إرسال المقتطف</translation>
    </message>
    <message>
        <source>Repeat snippet</source>
        <translation>تكرار المقتطف</translation>
    </message>
    <message>
        <source>New snippet</source>
        <translation>مقتطف جديد</translation>
    </message>
    <message>
        <source>Edit snippet</source>
        <translation>تعديل المقتطف</translation>
    </message>
    <message>
        <source>Delete snippet</source>
        <translation>حذف المقتطف</translation>
    </message>
</context>
<context>
    <name>Banter::Sparkline</name>
    <message>
        <source>Messages a second</source>
        <translation>الرسائل في الثانية</translation>
    </message>
    <message>
        <source>Messages a second: %1 in, %2 out (View → Traffic)</source>
        <translation>الرسائل في الثانية: %1 واردة، %2 صادرة (عرض ← حركة البيانات)</translation>
    </message>
</context>
<context>
    <name>Banter::TrafficPanel</name>
    <message>
        <source>Save Chart…</source>
        <translation>حفظ الرسم البياني…</translation>
    </message>
    <message>
        <source>Save the charts as a PNG image</source>
        <translation>حفظ الرسوم البيانية صورةً بصيغة PNG</translation>
    </message>
    <message>
        <source>Save Data…</source>
        <translation>حفظ البيانات…</translation>
    </message>
    <message>
        <source>Save the last ten minutes, second by second, as CSV</source>
        <translation>حفظ الدقائق العشر الأخيرة، ثانيةً بثانية، بصيغة CSV</translation>
    </message>
    <message>
        <source>Messages a second</source>
        <translation>الرسائل في الثانية</translation>
    </message>
    <message>
        <source>Bytes a second</source>
        <translation>البايتات في الثانية</translation>
    </message>
    <message>
        <source>Round trip (ms)</source>
        <translation>زمن الذهاب والإياب (مللي ثانية)</translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation>ثوانٍ مضت</translation>
    </message>
    <message>
        <source>in</source>
        <translation>واردة</translation>
    </message>
    <message>
        <source>out</source>
        <translation>صادرة</translation>
    </message>
    <message>
        <source>echo</source>
        <translation>صدى</translation>
    </message>
    <message>
        <source>ping</source>
        <translation>ping</translation>
    </message>
    <message>
        <source>The chart was not saved to %1: %2</source>
        <translation>لم يُحفظ الرسم البياني في %1: %2</translation>
    </message>
    <message>
        <source>The data was not saved to %1: %2</source>
        <translation>لم تُحفظ البيانات في %1: %2</translation>
    </message>
    <message>
        <source>Save Data</source>
        <translation>حفظ البيانات</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>حفظ الرسم البياني</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>Banter::TrustedCertificatesDialog</name>
    <message>
        <source>No certificates are trusted. Banter accepts only the certificates your system trusts.</source>
        <translation>لا توجد شهادات موثوقة. لا يقبل Banter إلا الشهادات التي يثق بها نظامك.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>إ&amp;بطال</translation>
    </message>
    <message>
        <source>Trusted Certificates</source>
        <translation>الشهادات الموثوقة</translation>
    </message>
    <message>
        <source>Certificates your system does not trust, which you trusted for one host each:</source>
        <translation>شهادات لا يثق بها نظامك، ووثقت أنت بكل منها لمضيف واحد:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>المضيف</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>بصمة SHA-256</translation>
    </message>
</context>
<context>
    <name>Banter::VariablesDialog</name>
    <message>
        <source>Variables</source>
        <translation>المتغيرات</translation>
    </message>
    <message>
        <source>One &quot;name = value&quot; a line. A message typed with {{name}} sends the value; Banter has {{uuid}}, {{now}}, {{timestamp}}, {{counter}} and {{random 1 100}} of its own. Kept in banter.conf: no secrets here.</source>
        <translation>سطر «اسم = قيمة» لكل متغير. الرسالة المكتوبة بـ {{الاسم}} ترسل القيمة؛ ولدى Banter متغيراته {{uuid}} و{{now}} و{{timestamp}} و{{counter}} و{{random 1 100}}. تُحفظ في banter.conf: لا أسرار هنا.</translation>
    </message>
    <message>
        <source>Variables, one name = value a line</source>
        <translation>المتغيرات، سطر اسم = قيمة لكل منها</translation>
    </message>
    <message>
        <source>user = sam
room = lobby</source>
        <translation>user = sam
room = lobby</translation>
    </message>
    <message>
        <source>Line %1 is not written as name = value.</source>
        <translation>السطر %1 ليس بصيغة اسم = قيمة.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is no name: begin with a letter or _, then letters, digits, _ - and &apos;.&apos;.</source>
        <translation>السطر %1: «%2» ليس اسمًا: ابدأ بحرف أو _، ثم حروف وأرقام و_ و- و«.».</translation>
    </message>
    <message>
        <source>Line %1: {{%2}} is one of Banter&apos;s own.</source>
        <translation>السطر %1: {{%2}} من متغيرات Banter الخاصة.</translation>
    </message>
    <message>
        <source>Line %1: %2 is given twice.</source>
        <translation>السطر %1: %2 معطى مرتين.</translation>
    </message>
</context>
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>أغلق اللسان</translation>
    </message>
</context>
<context>
    <name>SavedConnection</name>
    <message>
        <source>the password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>the key passphrase</source>
        <translation>عبارة مرور المفتاح</translation>
    </message>
    <message>
        <source>the %1 header</source>
        <translation>ترويسة %1</translation>
    </message>
</context>
</TS>
