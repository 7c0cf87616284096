<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Banter::CertificateProblem</name>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused: %2</source>
        <translation>رُفضت شهادة %1: %2</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused: %2 (SHA-256 fingerprint %3)</source>
        <translation>رُفضت شهادة %1: %2 (بصمة SHA-256: %3)</translation>
    </message>
</context>
<context>
    <name>Banter::ConnectOptions</name>
    <message>
        <source>&quot;%1&quot; is not a header name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>«%1» ليس اسم ترويسة صالحًا: استخدم الحروف والأرقام والرموز !#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <source>the handshake sets the %1 header itself</source>
        <translation>تضبط المصافحة الترويسة %1 بنفسها</translation>
    </message>
    <message>
        <source>give the origin as the origin option, not as a header</source>
        <translation>حدّد الأصل بخيار الأصل، لا كترويسة</translation>
    </message>
    <message>
        <source>give the subprotocols as the subprotocol option, not as a header</source>
        <translation>حدّد البروتوكولات الفرعية بخيار البروتوكولات الفرعية، لا كترويسة</translation>
    </message>
    <message>
        <source>the value of the %1 header holds a line break or another control character</source>
        <translation>تحتوي قيمة الترويسة %1 على فاصل أسطر أو حرف تحكم آخر</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subprotocol name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>«%1» ليس اسم بروتوكول فرعي صالحًا: استخدم الحروف والأرقام والرموز !#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <source>the origin &quot;%1&quot; holds a space, a line break or another control character</source>
        <translation>يحتوي الأصل «%1» على مسافة أو فاصل أسطر أو حرف تحكم آخر</translation>
    </message>
    <message>
        <source>a receive buffer of %1 bytes: give 0 (automatic) or %2 KiB to %3 MiB</source>
        <translation>مخزن استقبال بحجم %1 بايت: أعطِ 0 (تلقائي) أو من %2 كيلوبايت إلى %3 ميغابايت</translation>
    </message>
    <message>
        <source>the private key %1 needs its client certificate</source>
        <translation>المفتاح الخاص %1 يحتاج إلى شهادة العميل الخاصة به</translation>
    </message>
    <message>
        <source>a passphrase needs a client certificate or key to open</source>
        <translation>تحتاج عبارة المرور إلى شهادة عميل أو مفتاح لتفتحه</translation>
    </message>
    <message>
        <source>the proxy &quot;%1&quot; is not one: give direct, http://host:port or socks5://host:port (a user may come before the host, the password goes apart)</source>
        <translation>الوكيل &quot;%1&quot; ليس وكيلًا صالحًا: أعطِ direct أو http://host:port أو socks5://host:port (يمكن أن يسبق المستخدمُ المضيفَ، وتُعطى كلمة المرور على حدة)</translation>
    </message>
    <message>
        <source>a proxy password needs a proxy URL with a user, such as socks5://user@host:1080</source>
        <translation>تحتاج كلمة مرور الوكيل إلى عنوان وكيل فيه مستخدم، مثل socks5://user@host:1080</translation>
    </message>
</context>
<context>
    <name>Banter::Localization</name>
    <message>
        <source>Use this language instead of the system&apos;s, e.g. de, fr, es, ja, ar or en.</source>
        <translation>استخدم هذه اللغة بدلًا من لغة النظام، مثل de أو fr أو es أو ja أو ar أو en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
</context>
<context>
    <name>Banter::PluginMetaData</name>
    <message>
        <source>unsupported plugin interface &quot;%1&quot; (this Banter loads %2 and %3)</source>
        <translation>واجهة ملحق غير مدعومة «%1» (يحمّل إصدار Banter هذا %2 و %3)</translation>
    </message>
    <message>
        <source>the plugin has no JSON metadata</source>
        <translation>لا يحتوي الملحق على بيانات وصفية بصيغة JSON</translation>
    </message>
    <message>
        <source>metadata field &quot;%1&quot; must be a non-empty text</source>
        <translation>يجب أن يكون حقل البيانات الوصفية &quot;%1&quot; نصًا غير فارغ</translation>
    </message>
    <message>
        <source>metadata field &quot;Keys&quot; must be a non-empty list of names</source>
        <translation>يجب أن يكون حقل البيانات الوصفية &quot;Keys&quot; قائمة أسماء غير فارغة</translation>
    </message>
    <message>
        <source>metadata field &quot;Keys&quot; holds an invalid name: %1</source>
        <translation>يحتوي حقل البيانات الوصفية &quot;Keys&quot; على اسم غير صالح: %1</translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation>(ليس نصًا)</translation>
    </message>
    <message>
        <source>metadata field &quot;%1&quot; must be a text</source>
        <translation>يجب أن يكون حقل البيانات الوصفية &quot;%1&quot; نصًا</translation>
    </message>
    <message>
        <source>metadata field &quot;Wraps&quot; must be true or false</source>
        <translation>يجب أن يكون حقل البيانات الوصفية «Wraps» true أو false</translation>
    </message>
    <message>
        <source>metadata field &quot;Wraps&quot; is for transports only</source>
        <translation>حقل البيانات الوصفية «Wraps» للنقل فقط</translation>
    </message>
</context>
<context>
    <name>Banter::PluginRegistry</name>
    <message>
        <source>plugin folder %1 does not exist</source>
        <translation>مجلد الملحقات %1 غير موجود</translation>
    </message>
    <message>
        <source>not a Banter plugin: %1</source>
        <translation>ليس ملحقًا لـ Banter: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already provided by %2; this plugin&apos;s claim is ignored</source>
        <translation>«%1» يوفّره %2 بالفعل؛ ويُتجاهل ادعاء هذا الملحق</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot;: no transport plugins were found in %2</source>
        <translation>لا يوجد ملحق يوفّر «%1»: لم يُعثر على ملحقات نقل في %2</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot;: no service plugins were found in %2</source>
        <translation>لا يوجد ملحق يوفّر «%1»: لم يُعثر على ملحقات خدمة في %2</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot; (available: %2)</source>
        <translation>لا يوجد ملحق يوفّر «%1» (المتاح: %2)</translation>
    </message>
    <message>
        <source>threw an exception while creating its plugin object</source>
        <translation>أطلق استثناءً أثناء إنشاء كائن الملحق</translation>
    </message>
    <message>
        <source>was loaded but created no plugin object</source>
        <translation>حُمِّل لكنه لم ينشئ كائن ملحق</translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation>تعذّر تحميله: %1</translation>
    </message>
    <message>
        <source>its root object does not implement %1</source>
        <translation>كائنه الجذر لا ينفّذ %1</translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; (%2) %3</source>
        <translation>ملحق «%1» (%2): %3</translation>
    </message>
    <message>
        <source>List the plugins found, one a line: id, version, kind, interface, keys, file, and &quot;ok&quot; or why it cannot be used.</source>
        <translation>يسرد الإضافات التي عُثر عليها، واحدة في كل سطر: المعرّف والإصدار والنوع والواجهة والمفاتيح والملف، ثم «ok» أو سبب تعذّر استخدامها.</translation>
    </message>
    <message>
        <source>no plugin provides &quot;%1&quot;: the plugin registry is gone</source>
        <translation>لا يوفر أي ملحق «%1»: سجل الملحقات لم يعد موجودًا</translation>
    </message>
    <message>
        <source>says it wraps other transports, but its root object does not implement %1</source>
        <translation>يقول إنه يغلّف وسائل نقل أخرى، لكن كائنه الجذري لا ينفّذ %1</translation>
    </message>
</context>
<context>
    <name>Banter::ServerSettings</name>
    <message>
        <source>invalid URL %1</source>
        <translation>عنوان URL غير صالح %1</translation>
    </message>
    <message>
        <source>the maximum message size must be at least 1 byte</source>
        <translation>يجب ألا يقل الحد الأقصى لحجم الرسالة عن بايت واحد</translation>
    </message>
    <message>
        <source>the maximum number of clients must be at least 1</source>
        <translation>يجب ألا يقل الحد الأقصى لعدد العملاء عن 1</translation>
    </message>
    <message>
        <source>the output cap must be at least 1 byte</source>
        <translation>يجب ألا يقل حد المخرجات عن بايت واحد</translation>
    </message>
    <message>
        <source>the handshake and close timeouts must be positive</source>
        <translation>يجب أن تكون مهلتا المصافحة والإغلاق موجبتين</translation>
    </message>
    <message>
        <source>the idle timeout cannot be negative</source>
        <translation>لا يمكن أن تكون مهلة الخمول سالبة</translation>
    </message>
    <message>
        <source>the listen backlog must be at least 1</source>
        <translation>يجب ألا يقل طول قائمة انتظار الاستماع (backlog) عن 1</translation>
    </message>
</context>
<context>
    <name>Banter::TlsAlert</name>
    <message>
        <source>the server asks for a client certificate, and none was given (TLS alert: %1)</source>
        <translation>يطلب الخادم شهادة عميل، ولم تُعطَ أي شهادة (تنبيه TLS: %1)</translation>
    </message>
    <message>
        <source>the server refused the client certificate (TLS alert: %1)</source>
        <translation>رفض الخادم شهادة العميل (تنبيه TLS: %1)</translation>
    </message>
    <message>
        <source>the server ended the TLS connection (TLS alert: %1)</source>
        <translation>أنهى الخادم اتصال TLS (تنبيه TLS: %1)</translation>
    </message>
</context>
<context>
    <name>Banter::TlsIdentity</name>
    <message>
        <source>TLS is not available: Qt cannot load its TLS library</source>
        <translation>TLS غير متاح: لا يستطيع Qt تحميل مكتبة TLS الخاصة به</translation>
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
        <source>%1 holds no private key that can be used: give an RSA, EC or DSA key in PEM form</source>
        <translation>لا يحوي %1 مفتاحًا خاصًا يمكن استخدامه: أعطِ مفتاح RSA أو EC أو DSA بصيغة PEM</translation>
    </message>
    <message>
        <source>the private key %1 is encrypted, and no passphrase was given</source>
        <translation>المفتاح الخاص %1 مشفّر، ولم تُعطَ عبارة مرور</translation>
    </message>
    <message>
        <source>the passphrase does not open the private key %1</source>
        <translation>عبارة المرور لا تفتح المفتاح الخاص %1</translation>
    </message>
    <message>
        <source>%1 is a PEM certificate, which needs its private key file as well</source>
        <translation>%1 شهادة PEM، وتحتاج أيضًا إلى ملف مفتاحها الخاص</translation>
    </message>
    <message>
        <source>%1 is no PKCS#12 file that opens without a passphrase</source>
        <translation>%1 ليس ملف PKCS#12 يُفتح دون عبارة مرور</translation>
    </message>
    <message>
        <source>%1 is no PKCS#12 file that this passphrase opens</source>
        <translation>%1 ليس ملف PKCS#12 تفتحه عبارة المرور هذه</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>يعرض المساعدة حول خيارات سطر الأوامر.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>يعرض المساعدة بما فيها الخيارات الخاصة بـ Qt.</translation>
    </message>
</context>
</TS>
