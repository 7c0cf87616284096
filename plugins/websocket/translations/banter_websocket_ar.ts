<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
        <source>cannot read the certificate %1: %2</source>
        <translation>تعذّرت قراءة الشهادة %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>لا يحتوي %1 على شهادة PEM</translation>
    </message>
    <message>
        <source>cannot read the private key %1: %2</source>
        <translation>تعذّرت قراءة المفتاح الخاص %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no private key that can be used: give an RSA, EC or DSA key in PEM form, without a passphrase</source>
        <translation>لا يحتوي %1 على مفتاح خاص قابل للاستخدام: قدّم مفتاح RSA أو EC أو DSA بصيغة PEM دون عبارة مرور</translation>
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
