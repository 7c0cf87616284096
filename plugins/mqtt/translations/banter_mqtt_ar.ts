<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BanterMqtt::MqttConnection</name>
    <message>
        <source>the MQTT transport goes through SOCKS5 proxies only, and %1 is an HTTP proxy: use a socks5:// one, or connect direct</source>
        <translation>ناقل MQTT لا يمر إلا عبر وكلاء SOCKS5، و%1 وكيل HTTP: استخدم وكيل socks5:// أو اتصل مباشرة</translation>
    </message>
    <message>
        <source>the proxy refused the user name or password</source>
        <translation>رفض الوكيل اسم المستخدم أو كلمة المرور</translation>
    </message>
    <message>
        <source>through the proxy %1:%2: %3</source>
        <translation>عبر الوكيل %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>BanterMqtt::MqttReasons</name>
    <message>
        <source>the broker does not speak this MQTT version (try ?version=3.1.1 or ?version=5)</source>
        <translation>لا يدعم الوسيط إصدار MQTT هذا (جرّب ?version=3.1.1 أو ?version=5)</translation>
    </message>
    <message>
        <source>the broker rejected the client id</source>
        <translation>رفض الوسيط معرّف العميل</translation>
    </message>
    <message>
        <source>the broker is unavailable</source>
        <translation>الوسيط غير متاح</translation>
    </message>
    <message>
        <source>bad user name or password</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة</translation>
    </message>
    <message>
        <source>not authorized: the broker refused this user name and password</source>
        <translation>غير مصرّح: رفض الوسيط اسم المستخدم وكلمة المرور هذين</translation>
    </message>
    <message>
        <source>the broker has banned this client</source>
        <translation>حظر الوسيط هذا العميل</translation>
    </message>
    <message>
        <source>the broker refused the connection: %1</source>
        <translation>رفض الوسيط الاتصال: %1</translation>
    </message>
    <message>
        <source>not authorized to subscribe to %1</source>
        <translation>غير مصرّح بالاشتراك في %1</translation>
    </message>
    <message>
        <source>the broker refused the subscription to %1 (not authorized, or a topic it does not allow)</source>
        <translation>رفض الوسيط الاشتراك في %1 (غير مصرّح، أو موضوع لا يسمح به)</translation>
    </message>
    <message>
        <source>the broker refused the subscription to %1: %2</source>
        <translation>رفض الوسيط الاشتراك في %1: %2</translation>
    </message>
    <message>
        <source>the broker ended the session: another client connected with the same client id</source>
        <translation>أنهى الوسيط الجلسة: اتصل عميل آخر بمعرّف العميل نفسه</translation>
    </message>
    <message>
        <source>the broker ended the session: %1</source>
        <translation>أنهى الوسيط الجلسة: %1</translation>
    </message>
    <message>
        <source>the broker did not answer within the keepalive time</source>
        <translation>لم يُجب الوسيط خلال مهلة keepalive</translation>
    </message>
    <message>
        <source>the broker closed the connection</source>
        <translation>أغلق الوسيط الاتصال</translation>
    </message>
    <message>
        <source>could not connect to the broker</source>
        <translation>تعذّر الاتصال بالوسيط</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>رُفض الاتصال</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>لم يُعثر على المضيف</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>فشلت مصافحة TLS</translation>
    </message>
    <message>
        <source>the message is larger than MQTT allows (256 MiB)</source>
        <translation>الرسالة أكبر مما يسمح به MQTT (256 MiB)</translation>
    </message>
    <message>
        <source>the message is larger than the broker accepts</source>
        <translation>الرسالة أكبر مما يقبله الوسيط</translation>
    </message>
    <message>
        <source>the broker broke the MQTT protocol</source>
        <translation>خالف الوسيط بروتوكول MQTT</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>نفدت الذاكرة</translation>
    </message>
</context>
<context>
    <name>BanterMqtt::MqttTarget</name>
    <message>
        <source>the URL names no topic: write it as the path, as in mqtt://localhost/sensors/kitchen</source>
        <translation>لا يسمّي عنوان URL أي موضوع: اكتبه مسارًا، كما في mqtt://localhost/sensors/kitchen</translation>
    </message>
    <message>
        <source>the topic %1 has # in it other than as its whole last level</source>
        <translation>يحتوي الموضوع %1 على # في غير موضعه مستوىً أخيرًا كاملًا</translation>
    </message>
    <message>
        <source>the topic %1 has + in it other than as a whole level</source>
        <translation>يحتوي الموضوع %1 على + في غير موضعه مستوىً كاملًا</translation>
    </message>
    <message>
        <source>the topic %1 holds a NUL character</source>
        <translation>يحتوي الموضوع %1 على محرف NUL</translation>
    </message>
    <message>
        <source>%1=%2 is not 0 or 1</source>
        <translation>%1=%2 ليست 0 أو 1</translation>
    </message>
    <message>
        <source>%1=%2 is not a whole number from %3 to %4</source>
        <translation>%1=%2 ليست عددًا صحيحًا من %3 إلى %4</translation>
    </message>
    <message>
        <source>the client id is longer than MQTT allows</source>
        <translation>معرّف العميل أطول مما يسمح به MQTT</translation>
    </message>
    <message>
        <source>publish=%1 is no topic to publish to: it must not be empty or hold + or #</source>
        <translation>publish=%1 ليس موضوعًا للنشر: يجب ألا يكون فارغًا أو يحتوي على + أو #</translation>
    </message>
    <message>
        <source>version=%1 is not an MQTT version Banter speaks (3.1.1 or 5)</source>
        <translation>version=%1 ليس إصدار MQTT يدعمه Banter (3.1.1 أو 5)</translation>
    </message>
    <message>
        <source>the URL option %1 is unknown; known are qos, retain, clientId, clean, keepalive, version, publish and cacert</source>
        <translation>خيار عنوان URL %1 غير معروف؛ الخيارات المعروفة هي qos وretain وclientId وclean وkeepalive وversion وpublish وcacert</translation>
    </message>
    <message>
        <source>%1 is no MQTT URL: write mqtt://host[:port]/topic</source>
        <translation>%1 ليس عنوان MQTT: اكتب mqtt://host[:port]/topic</translation>
    </message>
    <message>
        <source>write # in a topic as %23, or last in the URL: %1 has text after it</source>
        <translation>اكتب # في الموضوع بالشكل %23، أو في آخر عنوان URL: في %1 نص بعده</translation>
    </message>
    <message>
        <source>cannot send: %1 subscribes with a wildcard, so it names no topic to publish to; add ?publish=TOPIC to the URL</source>
        <translation>تعذّر الإرسال: يشترك %1 بحرف بدل، فلا يسمّي موضوعًا للنشر؛ أضف ?publish=TOPIC إلى عنوان URL</translation>
    </message>
</context>
<context>
    <name>BanterMqtt::MqttTls</name>
    <message>
        <source>the server&apos;s certificate was refused</source>
        <translation>رُفضت شهادة الخادم</translation>
    </message>
    <message>
        <source>cacert=%1 holds no PEM certificate that can be read</source>
        <translation>لا يحتوي cacert=%1 على شهادة PEM قابلة للقراءة</translation>
    </message>
    <message>
        <source>TLS is not available: OpenSSL made no context</source>
        <translation>TLS غير متاح: لم يُنشئ OpenSSL سياقًا</translation>
    </message>
    <message>
        <source>the client certificate cannot be used: %1</source>
        <translation>لا يمكن استخدام شهادة العميل: %1</translation>
    </message>
    <message>
        <source>OpenSSL refused it</source>
        <translation>رفضها OpenSSL</translation>
    </message>
    <message>
        <source>the private key is not the certificate&apos;s (%1)</source>
        <translation>المفتاح الخاص ليس مفتاح الشهادة (%1)</translation>
    </message>
    <message>
        <source>the broker ended the TLS handshake before the connection was made (a broker that wants a client certificate, or refuses the one given, does so)</source>
        <translation>أنهى الوسيط مصافحة TLS قبل إقامة الاتصال (هكذا يفعل وسيط يطلب شهادة عميل أو يرفض الشهادة المعطاة)</translation>
    </message>
</context>
</TS>
