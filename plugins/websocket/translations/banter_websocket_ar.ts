<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BanterWs::WebSocketConnection</name>
    <message>
        <source>the server sent close code %1, which is invalid</source>
        <translation>أرسل الخادم رمز الإغلاق %1، وهو غير صالح</translation>
    </message>
    <message>
        <source>the server sent a masked frame, which only a client may send</source>
        <translation>أرسل الخادم إطارًا مقنّعًا، ولا يحق ذلك إلا للعميل</translation>
    </message>
    <message>
        <source>the server answered %1 instead of switching to WebSocket (is this a WebSocket endpoint?)</source>
        <translation>أجاب الخادم بـ %1 بدلًا من التحول إلى WebSocket (هل هذه نقطة نهاية WebSocket؟)</translation>
    </message>
    <message>
        <source>the server&apos;s handshake response is too large (over %1 KiB)</source>
        <translation>استجابة المصافحة من الخادم كبيرة جدًا (أكثر من %1 كيلوبايت)</translation>
    </message>
    <message>
        <source>the server sends pings but does not read the answers: over %1 MiB waiting, connection dropped</source>
        <translation>يرسل الخادم رسائل ping لكنه لا يقرأ الردود: أكثر من %1 ميغابايت في الانتظار، تم قطع الاتصال</translation>
    </message>
    <message>
        <source>the client certificate cannot be used: %1</source>
        <translation>لا يمكن استخدام شهادة العميل: %1</translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake: it may have refused the client certificate</source>
        <translation>أغلق الخادم الاتصال مباشرةً بعد مصافحة TLS: ربما رفض شهادة العميل</translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake: it may want a client certificate (Options…, or --client-cert)</source>
        <translation>أغلق الخادم الاتصال مباشرةً بعد مصافحة TLS: ربما يريد شهادة عميل (خيارات…، أو ‎--client-cert)</translation>
    </message>
    <message>
        <source>through the proxy %1:%2: %3</source>
        <translation>عبر الوكيل %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>BanterWs::WebSocketListener</name>
    <message>
        <source>serving %1:// is not supported; use ws:// or wss://</source>
        <translation>تقديم %1:// غير مدعوم؛ استخدم ws:// أو wss://</translation>
    </message>
    <message>
        <source>serving wss:// needs a certificate and a private key (PEM files); without them, use ws://</source>
        <translation>يتطلب تقديم wss:// شهادة ومفتاحًا خاصًا (ملفات PEM)؛ ومن دونهما استخدم ws://</translation>
    </message>
    <message>
        <source>cannot listen on &quot;%1&quot;: give an IP address (such as 127.0.0.1 or 0.0.0.0) or localhost</source>
        <translation>تعذّر الاستماع على «%1»: أدخل عنوان IP (مثل 127.0.0.1 أو 0.0.0.0) أو localhost</translation>
    </message>
    <message>
        <source>serving wss:// needs TLS, which Qt cannot use here</source>
        <translation>يتطلب تقديم wss:// بروتوكول TLS، ولا يستطيع Qt استخدامه هنا</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>تعذّر الاستماع على %1: %2</translation>
    </message>
    <message>
        <source>cannot accept a client: %1</source>
        <translation>تعذّر قبول عميل: %1</translation>
    </message>
</context>
</TS>
