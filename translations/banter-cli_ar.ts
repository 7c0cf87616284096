<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Banter::CliRunner</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>line %1 not sent: %2</source>
        <translation>لم يُرسل السطر %1: %2</translation>
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
        <translation>عميل Banter للطرفيات والسكربتات: يرسل كل سطر من الإدخال القياسي كرسالة نصية واحدة ويكتب كل رسالة مستلمة كسطر واحد في الإخراج القياسي.

رموز الخروج:
  0  تم
  1  خطأ في الاستخدام، أو عنوان URL غير صالح، أو لا توجد إضافة لمخططه
  2  تعذّر الاتصال
  3  انقطع الاتصال (بدون --reconnect)
  4  أغلق الخادم برمز غير 1000 أو 1001</translation>
    </message>
    <message>
        <source>Where to connect, such as ws://localhost:3000.</source>
        <translation>مكان الاتصال، مثل ws://localhost:3000.</translation>
    </message>
    <message>
        <source>Send this message instead of reading input; repeatable.</source>
        <translation>أرسل هذه الرسالة بدلًا من قراءة الإدخال؛ يمكن تكراره.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Exit after this many messages received (the greeting counts).</source>
        <translation>اخرج بعد استلام هذا العدد من الرسائل (تُحتسب رسالة الترحيب).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>Exit after this long.</source>
        <translation>اخرج بعد هذه المدة.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>ثوانٍ</translation>
    </message>
    <message>
        <source>At the end of input, keep receiving until nothing has arrived for this long.</source>
        <translation>في نهاية الإدخال، واصل الاستلام حتى لا يصل شيء طوال هذه المدة.</translation>
    </message>
    <message>
        <source>Write no status lines to standard error.</source>
        <translation>لا تكتب أسطر الحالة في الخطأ القياسي.</translation>
    </message>
    <message>
        <source>How to write a binary message received: hex (one line), raw (the bytes as they are) or base64.</source>
        <translation>طريقة كتابة رسالة ثنائية مستلمة: hex (سطر واحد)، أو raw (البايتات كما هي)، أو base64.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>تنسيق</translation>
    </message>
    <message>
        <source>Write every event as one JSON object a line, the format of the window&apos;s Save Log.</source>
        <translation>اكتب كل حدث ككائن JSON واحد في كل سطر، بتنسيق «حفظ السجل» في النافذة.</translation>
    </message>
    <message>
        <source>Send this file as one binary message instead of reading input.</source>
        <translation>أرسل هذا الملف كرسالة ثنائية واحدة بدلًا من قراءة الإدخال.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Read input lines as hex bytes (&quot;00 01 ff&quot;) and send each as one binary message.</source>
        <translation>اقرأ أسطر الإدخال كبايتات ست عشرية («00 01 ff») وأرسل كل سطر كرسالة ثنائية واحدة.</translation>
    </message>
    <message>
        <source>Send this request header (&quot;Name: value&quot;); repeatable.</source>
        <translation>أرسل ترويسة الطلب هذه («Name: value»)؛ يمكن تكراره.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>ترويسة</translation>
    </message>
    <message>
        <source>Offer this subprotocol; repeatable.</source>
        <translation>اعرض هذا البروتوكول الفرعي؛ يمكن تكراره.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>اسم</translation>
    </message>
    <message>
        <source>Send this Origin.</source>
        <translation>أرسل قيمة Origin هذه.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>أصل</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate if its SHA-256 fingerprint is this one, although the system does not.</source>
        <translation>ثق بشهادة الخادم إذا كانت بصمتها SHA-256 هي هذه، حتى إن لم يثق بها النظام.</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>Ping the server this often; 0 turns it off.</source>
        <translation>أرسل ping إلى الخادم بهذا التواتر؛ 0 يعطّله.</translation>
    </message>
    <message>
        <source>Give up on a connection that is not open after this long.</source>
        <translation>تخلَّ عن اتصال لم يُفتح بعد هذه المدة.</translation>
    </message>
    <message>
        <source>Connect again after a loss, with backoff; nothing read from input is lost.</source>
        <translation>أعد الاتصال بعد الانقطاع مع مهلة متزايدة؛ لا يضيع شيء مما قُرئ من الإدخال.</translation>
    </message>
    <message>
        <source>no URL given, such as ws://localhost:3000</source>
        <translation>لم يُعطَ عنوان URL، مثل ws://localhost:3000</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>وسيط غير متوقع «%1»</translation>
    </message>
    <message>
        <source>invalid count &quot;%1&quot;: give a number from 1 on</source>
        <translation>عدد غير صالح «%1»: أعطِ رقمًا من 1 فما فوق</translation>
    </message>
    <message>
        <source>invalid --binary &quot;%1&quot;: give hex, raw or base64</source>
        <translation>قيمة --binary غير صالحة «%1»: أعطِ hex أو raw أو base64</translation>
    </message>
    <message>
        <source>invalid --%1 &quot;%2&quot;: give seconds, such as 5 or 0.5</source>
        <translation>قيمة --%1 غير صالحة «%2»: أعطِ عدد ثوانٍ، مثل 5 أو 0.5</translation>
    </message>
    <message>
        <source>invalid header &quot;%1&quot;: give &quot;Name: value&quot;</source>
        <translation>ترويسة غير صالحة «%1»: أعطِ «Name: value»</translation>
    </message>
    <message>
        <source>invalid fingerprint &quot;%1&quot;: give the certificate&apos;s SHA-256 digest in hex, 32 bytes</source>
        <translation>بصمة غير صالحة «%1»: أعطِ ملخص SHA-256 للشهادة بالنظام الست عشري، 32 بايت</translation>
    </message>
    <message>
        <source>Give the socket a receive buffer of this many KiB instead of letting the system size it; over a long link, throughput is at most this much per round trip.</source>
        <translation>امنح المقبس مخزن استقبال بهذا العدد من الكيلوبايت بدلًا من ترك النظام يحدد حجمه؛ على رابط بعيد، لا يتجاوز معدل النقل هذا القدر في كل رحلة ذهاب وإياب.</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>كيلوبايت</translation>
    </message>
    <message>
        <source>invalid --receive-buffer &quot;%1&quot;: give KiB, 0 (automatic) or %2 to %3</source>
        <translation>قيمة ‎--receive-buffer غير صالحة &quot;%1&quot;: أعطِ عددًا بالكيلوبايت، 0 (تلقائي) أو من %2 إلى %3</translation>
    </message>
    <message>
        <source>Show a server that asks for one this client certificate: a PEM file with --client-key, or a PKCS#12 file alone. The passphrase of an encrypted key or PKCS#12 file is read from the environment variable %1.</source>
        <translation>أظهِر شهادة العميل هذه لخادم يطلب واحدة: ملف PEM مع ‎--client-key، أو ملف PKCS#12 وحده. تُقرأ عبارة المرور لمفتاح مشفّر أو لملف PKCS#12 من متغير البيئة %1.</translation>
    </message>
    <message>
        <source>The PEM private key of --client-cert.</source>
        <translation>المفتاح الخاص بصيغة PEM لـ ‎--client-cert.</translation>
    </message>
    <message>
        <source>--client-cert: %1</source>
        <translation>--client-cert: %1</translation>
    </message>
    <message>
        <source>Connect through this proxy: direct (none), http://[user@]host:port or socks5://[user@]host:port; its password is read from the environment variable %1. Without it, the system&apos;s proxy settings apply (http_proxy, all_proxy, no_proxy).</source>
        <translation>الاتصال عبر هذا الوكيل: direct (بلا وكيل)، أو http://[مستخدم@]مضيف:منفذ أو socks5://[مستخدم@]مضيف:منفذ؛ تُقرأ كلمة مروره من متغير البيئة %1. من دونه تُطبّق إعدادات الوكيل في النظام (http_proxy وall_proxy وno_proxy).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Network conditions: delay every message this long in each direction, such as 100ms (an echo&apos;s round trip grows by twice).</source>
        <translation>ظروف الشبكة: أخّر كل رسالة هذه المدة في كل اتجاه، مثل 100ms (يزداد زمن ذهاب الصدى وإيابه بضعفها).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>زمن</translation>
    </message>
    <message>
        <source>Network conditions: vary each delay by up to this much, such as 20ms; order is kept.</source>
        <translation>ظروف الشبكة: غيّر كل تأخير بما يصل إلى هذا القدر، مثل 20ms؛ يُحفظ الترتيب.</translation>
    </message>
    <message>
        <source>Network conditions: at most this many bytes per second in each direction, such as 64KiB.</source>
        <translation>ظروف الشبكة: بحد أقصى هذا العدد من البايتات في الثانية في كل اتجاه، مثل 64KiB.</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>معدل</translation>
    </message>
    <message>
        <source>Network conditions: drop this share of messages, such as 1%.</source>
        <translation>ظروف الشبكة: أسقط هذه النسبة من الرسائل، مثل 1%.</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>نسبة مئوية</translation>
    </message>
    <message>
        <source>Network conditions: cut the connection after a time (30s) or a number of messages (100msgs).</source>
        <translation>ظروف الشبكة: اقطع الاتصال بعد زمن (30s) أو عدد من الرسائل (100msgs).</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>حد</translation>
    </message>
    <message>
        <source>Network conditions: after a time (10s) or a number of messages (100msgs), let nothing through either way, the connection open.</source>
        <translation>ظروف الشبكة: بعد زمن (10s) أو عدد من الرسائل (100msgs)، لا تمرّر شيئًا في أي اتجاه، مع بقاء الاتصال مفتوحًا.</translation>
    </message>
    <message>
        <source>Network conditions: the seed of their random choices, such as 42, so that a run can be repeated.</source>
        <translation>ظروف الشبكة: بذرة اختياراتها العشوائية، مثل 42، ليمكن تكرار التشغيل.</translation>
    </message>
</context>
</TS>
