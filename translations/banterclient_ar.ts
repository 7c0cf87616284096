<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Banter::ChatLog</name>
    <message>
        <source>it is larger than %1, the most Banter opens</source>
        <translation>حجمه أكبر من %1، وهو أقصى ما يفتحه Banter</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>ليس JSON: %1 عند الحرف %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be a date and time such as 2026-01-31T12:00:00.000Z</source>
        <translation>يجب أن تكون قيمة &quot;time&quot; تاريخًا ووقتًا مثل 2026-01-31T12:00:00.000Z</translation>
    </message>
    <message>
        <source>&quot;direction&quot; must be &quot;sent&quot;, &quot;received&quot; or &quot;status&quot;</source>
        <translation>يجب أن تكون قيمة &quot;direction&quot; إحدى القيم &quot;sent&quot; أو &quot;received&quot; أو &quot;status&quot;</translation>
    </message>
    <message>
        <source>a text entry needs a &quot;text&quot; string</source>
        <translation>يحتاج الإدخال النصي إلى سلسلة &quot;text&quot;</translation>
    </message>
    <message>
        <source>the &quot;text&quot; holds half a UTF-16 surrogate pair, which is no Unicode text</source>
        <translation>يحتوي الحقل &quot;text&quot; على نصف زوج بديل UTF-16، وهذا ليس نص Unicode صالحًا</translation>
    </message>
    <message>
        <source>a status line cannot be binary</source>
        <translation>لا يمكن أن يكون سطر الحالة ثنائيًا</translation>
    </message>
    <message>
        <source>a binary entry needs a &quot;base64&quot; string of Base64 data</source>
        <translation>يحتاج الإدخال الثنائي إلى سلسلة &quot;base64&quot; تحتوي بيانات Base64</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;text&quot; or &quot;binary&quot;</source>
        <translation>يجب أن تكون قيمة &quot;kind&quot; إما &quot;text&quot; أو &quot;binary&quot;</translation>
    </message>
    <message>
        <source>&quot;delivery&quot; must be &quot;pending&quot; or &quot;cancelled&quot;</source>
        <translation>يجب أن تكون قيمة &quot;delivery&quot; إما &quot;pending&quot; أو &quot;cancelled&quot;</translation>
    </message>
    <message>
        <source>only a sent message has a &quot;delivery&quot;</source>
        <translation>الحقل &quot;delivery&quot; خاص بالرسائل المرسلة وحدها</translation>
    </message>
    <message>
        <source>cannot save the log to %1: %2</source>
        <translation>تعذّر حفظ السجل في %1: %2</translation>
    </message>
    <message>
        <source>cannot open the log %1: %2</source>
        <translation>تعذّر فتح السجل %1: %2</translation>
    </message>
    <message>
        <source>&quot;time&quot; must lie between the years 1 and 9999 in UTC</source>
        <translation>يجب أن يقع «time» بين السنتين 1 و9999 بالتوقيت العالمي المنسق</translation>
    </message>
    <message>
        <source>&quot;history&quot; must be true or false</source>
        <translation>يجب أن تكون قيمة &quot;history&quot; هي true أو false</translation>
    </message>
    <message>
        <source>only a received message has a &quot;history&quot;</source>
        <translation>الحقل &quot;history&quot; خاص بالرسائل المستلمة وحدها</translation>
    </message>
    <message>
        <source>&quot;attributes&quot; must be an object</source>
        <translation>يجب أن تكون قيمة &quot;attributes&quot; كائنًا</translation>
    </message>
    <message>
        <source>only a received message has &quot;attributes&quot;</source>
        <translation>الحقل &quot;attributes&quot; خاص بالرسائل المستلمة وحدها</translation>
    </message>
</context>
<context>
    <name>Banter::ChatModel</name>
    <message>
        <source>&lt;binary, 1 byte&gt;</source>
        <translation>&lt;ثنائي، بايت واحد&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;binary, %n bytes&gt;</source>
        <translation>
            <numerusform>&lt;ثنائي، %n بايت&gt;</numerusform>
            <numerusform>&lt;ثنائي، %n بايت&gt;</numerusform>
            <numerusform>&lt;ثنائي، %n بايتان&gt;</numerusform>
            <numerusform>&lt;ثنائي، %n بايتات&gt;</numerusform>
            <numerusform>&lt;ثنائي، %n بايتًا&gt;</numerusform>
            <numerusform>&lt;ثنائي، %n بايت&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 older rows dropped (the log keeps %2 rows, %3 MiB)</source>
        <translation>حُذف %1 من الأسطر الأقدم (يحتفظ السجل بـ %2 سطر، %3 ميغابايت)</translation>
    </message>
</context>
<context>
    <name>Banter::ChatRoomClient</name>
    <message numerus="yes">
        <source>joined room %1 as %2 (%n member(s))</source>
        <translation>
            <numerusform>انضممت إلى الغرفة %1 باسم %2 (%n عضو)</numerusform>
            <numerusform>انضممت إلى الغرفة %1 باسم %2 (%n عضو)</numerusform>
            <numerusform>انضممت إلى الغرفة %1 باسم %2 (%n عضوان)</numerusform>
            <numerusform>انضممت إلى الغرفة %1 باسم %2 (%n أعضاء)</numerusform>
            <numerusform>انضممت إلى الغرفة %1 باسم %2 (%n عضوًا)</numerusform>
            <numerusform>انضممت إلى الغرفة %1 باسم %2 (%n عضو)</numerusform>
        </translation>
    </message>
    <message>
        <source>the name %1 is taken in this room: you are %2</source>
        <translation>الاسم %1 مستخدم في هذه الغرفة: اسمك %2</translation>
    </message>
    <message numerus="yes">
        <source>resumed: %n message(s) missed while away</source>
        <translation>
            <numerusform>تم الاستئناف: %n رسالة فائتة</numerusform>
            <numerusform>تم الاستئناف: %n رسالة فائتة</numerusform>
            <numerusform>تم الاستئناف: %n رسالتان فائتتان</numerusform>
            <numerusform>تم الاستئناف: %n رسائل فائتة</numerusform>
            <numerusform>تم الاستئناف: %n رسالة فائتة</numerusform>
            <numerusform>تم الاستئناف: %n رسالة فائتة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not resume (%1): the room&apos;s last %n message(s) follow</source>
        <translation>
            <numerusform>تعذّر الاستئناف (%1): تتبع آخر %n رسالة من الغرفة</numerusform>
            <numerusform>تعذّر الاستئناف (%1): تتبع آخر %n رسالة من الغرفة</numerusform>
            <numerusform>تعذّر الاستئناف (%1): تتبع آخر %n رسالتين من الغرفة</numerusform>
            <numerusform>تعذّر الاستئناف (%1): تتبع آخر %n رسائل من الغرفة</numerusform>
            <numerusform>تعذّر الاستئناف (%1): تتبع آخر %n رسالة من الغرفة</numerusform>
            <numerusform>تعذّر الاستئناف (%1): تتبع آخر %n رسالة من الغرفة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the room&apos;s last %n message(s) follow</source>
        <translation>
            <numerusform>تتبع آخر %n رسالة من الغرفة</numerusform>
            <numerusform>تتبع آخر %n رسالة من الغرفة</numerusform>
            <numerusform>تتبع آخر %n رسالتين من الغرفة</numerusform>
            <numerusform>تتبع آخر %n رسائل من الغرفة</numerusform>
            <numerusform>تتبع آخر %n رسالة من الغرفة</numerusform>
            <numerusform>تتبع آخر %n رسالة من الغرفة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>انضم %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>غادر %1</translation>
    </message>
    <message>
        <source>you are now %1</source>
        <translation>اسمك الآن %1</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>أصبح اسم %1 الآن %2</translation>
    </message>
    <message>
        <source>the room refused a message: %1 (%2)</source>
        <translation>رفضت الغرفة رسالة: %1 (%2)</translation>
    </message>
    <message>
        <source>the server lost the room&apos;s history since</source>
        <translation>فقد الخادم سجل الغرفة منذ ذلك الحين</translation>
    </message>
    <message>
        <source>the room no longer keeps what was missed</source>
        <translation>لم تعد الغرفة تحتفظ بما فات</translation>
    </message>
    <message>
        <source>the room never reached that point</source>
        <translation>لم تبلغ الغرفة تلك النقطة قط</translation>
    </message>
</context>
<context>
    <name>Banter::ChatSession</name>
    <message>
        <source>reconnecting in %1 s (attempt %2; last error: %3)</source>
        <translation>إعادة الاتصال خلال %1 ث (المحاولة %2؛ آخر خطأ: %3)</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>إعادة الاتصال خلال %1 ث (المحاولة %2)</translation>
    </message>
    <message>
        <source>no connection after %1 s: giving up on this attempt</source>
        <translation>لا اتصال بعد %1 ث: التخلي عن هذه المحاولة</translation>
    </message>
    <message>
        <source>the server did not answer a ping within %1 s: the connection is dead</source>
        <translation>لم يردّ الخادم على ping خلال %1 ث: الاتصال منقطع</translation>
    </message>
    <message>
        <source>a URL needs a scheme and a host, such as ws://localhost:3000</source>
        <translation>يحتاج عنوان URL إلى مخطط ومضيف، مثل ws://localhost:3000</translation>
    </message>
    <message>
        <source>invalid URL %1: %2</source>
        <translation>عنوان URL غير صالح %1: %2</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>تعذّر الاتصال بـ %1: %2</translation>
    </message>
    <message>
        <source>cannot connect to %1: the plugin for &quot;%2&quot; created no connection</source>
        <translation>تعذّر الاتصال بـ %1: لم ينشئ ملحق «%2» أي اتصال</translation>
    </message>
    <message>
        <source>socket error %1</source>
        <translation>خطأ في المقبس %1</translation>
    </message>
    <message>
        <source>not connected: enter a URL such as ws://localhost:3000</source>
        <translation>غير متصل: أدخل عنوان URL مثل ws://localhost:3000</translation>
    </message>
    <message>
        <source>not connected: %1 cannot be opened</source>
        <translation>غير متصل: تعذّر فتح %1</translation>
    </message>
    <message>
        <source>socket open</source>
        <translation>المقبس مفتوح</translation>
    </message>
    <message>
        <source>socket closed (%1)</source>
        <translation>المقبس مغلق (%1)</translation>
    </message>
    <message>
        <source>socket closed</source>
        <translation>المقبس مغلق</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>going away</source>
        <translation>مغادرة الطرف الآخر</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>خطأ في البروتوكول</translation>
    </message>
    <message>
        <source>unsupported data</source>
        <translation>بيانات غير مدعومة</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>لا رمز حالة</translation>
    </message>
    <message>
        <source>abnormal closure</source>
        <translation>إغلاق غير طبيعي</translation>
    </message>
    <message>
        <source>invalid data</source>
        <translation>بيانات غير صالحة</translation>
    </message>
    <message>
        <source>policy violation</source>
        <translation>انتهاك السياسة</translation>
    </message>
    <message>
        <source>message too big</source>
        <translation>الرسالة كبيرة جدًا</translation>
    </message>
    <message>
        <source>missing extension</source>
        <translation>امتداد مفقود</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>خطأ في الخادم</translation>
    </message>
    <message>
        <source>service restart</source>
        <translation>إعادة تشغيل الخدمة</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>أعد المحاولة لاحقًا</translation>
    </message>
    <message>
        <source>application code</source>
        <translation>رمز خاص بالتطبيق</translation>
    </message>
    <message>
        <source>not retrying: the certificate is refused until you trust it for %1</source>
        <translation>لن تُعاد المحاولة: ستظل الشهادة مرفوضة إلى أن تثق بها لـ %1</translation>
    </message>
    <message>
        <source>not retrying: this certificate cannot be trusted</source>
        <translation>لن تُعاد المحاولة: لا يمكن الوثوق بهذه الشهادة</translation>
    </message>
    <message>
        <source>the unsent messages in %1 cannot be read: %2</source>
        <translation>تعذّرت قراءة الرسائل غير المرسلة في %1: %2</translation>
    </message>
    <message>
        <source>not an outbox file</source>
        <translation>ليس ملف صندوق صادر</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent message(s) from the last session will be sent once connected</source>
        <translation>
            <numerusform>%n رسالة غير مرسلة من الجلسة السابقة ستُرسل عند الاتصال</numerusform>
            <numerusform>%n رسالة غير مرسلة من الجلسة السابقة ستُرسل عند الاتصال</numerusform>
            <numerusform>%n رسالتان غير مرسلتين من الجلسة السابقة ستُرسلان عند الاتصال</numerusform>
            <numerusform>%n رسائل غير مرسلة من الجلسة السابقة ستُرسل عند الاتصال</numerusform>
            <numerusform>%n رسالة غير مرسلة من الجلسة السابقة ستُرسل عند الاتصال</numerusform>
            <numerusform>%n رسالة غير مرسلة من الجلسة السابقة ستُرسل عند الاتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a member&apos;s message in a chat room</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the client certificate cannot be used: %1</source>
        <translation>لا يمكن استخدام شهادة العميل: %1</translation>
    </message>
</context>
<context>
    <name>Banter::EchoCorrelator</name>
    <message>
        <source>%1 µs</source>
        <translation>%1 ميكروثانية</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 مللي ثانية</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ثانية</translation>
    </message>
    <message>
        <source>no echo</source>
        <translation>لا صدى</translation>
    </message>
    <message>
        <source>late: %1</source>
        <translation>متأخر: %1</translation>
    </message>
    <message>
        <source>%1, out of order</source>
        <translation>%1، خارج الترتيب</translation>
    </message>
    <message>
        <source>%1, echoed as binary</source>
        <translation>%1، عاد صداه ثنائيًا</translation>
    </message>
    <message>
        <source>%1, echoed as text</source>
        <translation>%1، عاد صداه نصًّا</translation>
    </message>
</context>
<context>
    <name>Banter::FieldExpression</name>
    <message>
        <source>“)” at character %1 has no “(”</source>
        <translation>«)» عند المحرف %1 بلا «(»</translation>
    </message>
    <message>
        <source>nested too deeply at character %1 (at most %2 levels)</source>
        <translation>تداخل عميق جدًا عند المحرف %1 (%2 مستوى على الأكثر)</translation>
    </message>
    <message>
        <source>expected a condition at character %1</source>
        <translation>يُتوقع شرط عند المحرف %1</translation>
    </message>
    <message>
        <source>expected a condition after “%1” at character %2</source>
        <translation>يُتوقع شرط بعد «%1» عند المحرف %2</translation>
    </message>
    <message>
        <source>“%1” at character %2: keywords are written in lower case, “%3”</source>
        <translation>«%1» عند المحرف %2: الكلمات المفتاحية تُكتب بأحرف صغيرة، «%3»</translation>
    </message>
    <message>
        <source>expected “and”, “or” or “)” at character %1</source>
        <translation>يُتوقع «and» أو «or» أو «)» عند المحرف %1</translation>
    </message>
    <message>
        <source>expected “and”, “or” or the end at character %1</source>
        <translation>يُتوقع «and» أو «or» أو النهاية عند المحرف %1</translation>
    </message>
    <message>
        <source>“)” missing for the “(” at character %1</source>
        <translation>«)» مفقود لـ«(» عند المحرف %1</translation>
    </message>
    <message>
        <source>unknown function “%1” at character %2 (the one function is exists($.path))</source>
        <translation>دالة غير معروفة «%1» عند المحرف %2 (الدالة الوحيدة هي exists($.path))</translation>
    </message>
    <message>
        <source>“%1” at character %2 is no path: write $.%1 for a field</source>
        <translation>«%1» عند المحرف %2 ليس مسارًا: اكتب $.%1 للحقل</translation>
    </message>
    <message>
        <source>expected “(” at character %1: write exists($.path)</source>
        <translation>يُتوقع «(» عند المحرف %1: اكتب exists($.path)</translation>
    </message>
    <message>
        <source>expected a path at character %1: write exists($.path)</source>
        <translation>يُتوقع مسار عند المحرف %1: اكتب exists($.path)</translation>
    </message>
    <message>
        <source>expected “)” after the path at character %1</source>
        <translation>يُتوقع «)» بعد المسار عند المحرف %1</translation>
    </message>
    <message>
        <source>“=” at character %1 is no operator: write == to compare</source>
        <translation>«=» عند المحرف %1 ليس عاملًا: اكتب == للمقارنة</translation>
    </message>
    <message>
        <source>a path alone is no condition at character %1: compare it (== != &lt; &lt;= &gt; &gt;= ~) or write exists($.path)</source>
        <translation>المسار وحده ليس شرطًا، عند المحرف %1: قارنه (== != &lt; &lt;= &gt; &gt;= ~) أو اكتب exists($.path)</translation>
    </message>
    <message>
        <source>expected an operator (== != &lt; &lt;= &gt; &gt;= ~ !~) after the path at character %1</source>
        <translation>يُتوقع عامل (== != &lt; &lt;= &gt; &gt;= ~ !~) بعد المسار عند المحرف %1</translation>
    </message>
    <message>
        <source>a path at character %1, where a value was expected: compare a path with a value, such as 100 or &quot;text&quot;</source>
        <translation>مسار عند المحرف %1 حيث تُتوقع قيمة: قارن مسارًا بقيمة، مثل 100 أو &quot;text&quot;</translation>
    </message>
    <message>
        <source>a value alone is no condition at character %1: compare a path with it, such as $.field == %2</source>
        <translation>القيمة وحدها ليست شرطًا، عند المحرف %1: قارن بها مسارًا، مثل $.field == %2</translation>
    </message>
    <message>
        <source>expected an operator (== != &lt; &lt;= &gt; &gt;=) after the value at character %1</source>
        <translation>يُتوقع عامل (== != &lt; &lt;= &gt; &gt;=) بعد القيمة عند المحرف %1</translation>
    </message>
    <message>
        <source>“%1” at character %2 takes a path on its left: $.field %1 /pattern/</source>
        <translation>«%1» عند المحرف %2 يأخذ مسارًا على يساره: $.field %1 /pattern/</translation>
    </message>
    <message>
        <source>expected a path after “%1” at character %2: one side of a comparison is a path, such as $.field</source>
        <translation>يُتوقع مسار بعد «%1» عند المحرف %2: أحد طرفي المقارنة مسار، مثل $.field</translation>
    </message>
    <message>
        <source>“%1” at character %2 orders numbers and text: %3 goes only with == and !=</source>
        <translation>«%1» عند المحرف %2 يرتّب الأعداد والنصوص: %3 لا يصلح إلا مع == و !=</translation>
    </message>
    <message>
        <source>“%1” at character %2 is no value: write text in quotes, &quot;%1&quot;</source>
        <translation>«%1» عند المحرف %2 ليس قيمة: اكتب النص بين علامتي تنصيص، &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a value at character %1</source>
        <translation>تُتوقع قيمة عند المحرف %1</translation>
    </message>
    <message>
        <source>expected a value after “%1” at character %2</source>
        <translation>تُتوقع قيمة بعد «%1» عند المحرف %2</translation>
    </message>
    <message>
        <source>expected a digit after the “-” at character %1</source>
        <translation>يُتوقع رقم بعد «-» عند المحرف %1</translation>
    </message>
    <message>
        <source>expected a digit after the “.” at character %1</source>
        <translation>يُتوقع رقم بعد «.» عند المحرف %1</translation>
    </message>
    <message>
        <source>expected the exponent&apos;s digits after the “%1” at character %2</source>
        <translation>تُتوقع أرقام الأس بعد «%1» عند المحرف %2</translation>
    </message>
    <message>
        <source>the number at character %1 is out of range: a double holds about 1e-308 to 1e308</source>
        <translation>العدد عند المحرف %1 خارج النطاق: يتسع النوع double لنحو 1e-308 إلى 1e308</translation>
    </message>
    <message>
        <source>expected /pattern/ after “%1” at character %2</source>
        <translation>يُتوقع /pattern/ بعد «%1» عند المحرف %2</translation>
    </message>
    <message>
        <source>the regular expression at character %1 has no closing “/”</source>
        <translation>التعبير النمطي عند المحرف %1 ليس له «/» ختامية</translation>
    </message>
    <message>
        <source>unknown flag “%1” at character %2 (the flags are i, m, s and x)</source>
        <translation>راية غير معروفة «%1» عند المحرف %2 (الرايات هي i و m و s و x)</translation>
    </message>
    <message>
        <source>not a regular expression at character %1: %2</source>
        <translation>تعبير نمطي غير صالح عند المحرف %1: %2</translation>
    </message>
    <message>
        <source>too long at character %1 (at most %2 characters)</source>
        <translation>طويل جدًا عند المحرف %1 (%2 محرفًا على الأكثر)</translation>
    </message>
    <message>
        <source>too long at character %1: written out in full it has %2 characters, at most %3</source>
        <translation>طويل جدًا عند المحرف %1: مكتوبًا كاملًا يبلغ %2 محرفًا، والحد الأقصى %3</translation>
    </message>
</context>
<context>
    <name>Banter::HexText</name>
    <message>
        <source>&quot;%1&quot; at position %2 is not a hex digit</source>
        <translation>«%1» في الموضع %2 ليس رقمًا ست عشريًا</translation>
    </message>
    <message>
        <source>a byte needs two hex digits, such as 0f, at position %1</source>
        <translation>يحتاج البايت إلى رقمين ست عشريين، مثل 0f، عند الموضع %1</translation>
    </message>
    <message>
        <source>a byte needs two hex digits, such as 0f: the last one has one</source>
        <translation>يحتاج البايت إلى رقمين ست عشريين، مثل 0f: البايت الأخير فيه رقم واحد فقط</translation>
    </message>
    <message>
        <source>no bytes: type pairs of hex digits, such as 00 01 ff</source>
        <translation>لا توجد بايتات: اكتب أزواجًا من الأرقام الست عشرية، مثل 00 01 ff</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more byte(s)</source>
        <translation>
            <numerusform>… و%Ln بايت إضافي</numerusform>
            <numerusform>… و%Ln بايت إضافي</numerusform>
            <numerusform>… و%Ln بايتان إضافيان</numerusform>
            <numerusform>… و%Ln بايتات إضافية</numerusform>
            <numerusform>… و%Ln بايتًا إضافيًا</numerusform>
            <numerusform>… و%Ln بايت إضافي</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::JsonPath</name>
    <message>
        <source>expected text in quotes at character %1</source>
        <translation>يُتوقع نص بين علامتي تنصيص عند المحرف %1</translation>
    </message>
    <message>
        <source>“\u” at character %1 needs four hex digits, such as \u00e9</source>
        <translation>«\u» عند المحرف %1 يحتاج إلى أربعة أرقام ست عشرية، مثل \u00e9</translation>
    </message>
    <message>
        <source>unknown escape “\%1” at character %2 (the escapes are \&quot; \&apos; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>تسلسل هروب غير معروف «\%1» عند المحرف %2 (تسلسلات الهروب هي \&quot; \&apos; \\ \/ \b \f \n \r \t \uXXXX)</translation>
    </message>
    <message>
        <source>the text in quotes at character %1 has no closing %2</source>
        <translation>النص بين علامتي التنصيص عند المحرف %1 ليس له %2 ختامي</translation>
    </message>
    <message>
        <source>expected a path, such as $.field, at character %1</source>
        <translation>يُتوقع مسار، مثل $.field، عند المحرف %1</translation>
    </message>
    <message>
        <source>expected a name or * after the “.” at character %1 (write other keys in quotes: $[&quot;a key&quot;])</source>
        <translation>يُتوقع اسم أو * بعد «.» عند المحرف %1 (اكتب المفاتيح الأخرى بين علامتي تنصيص: $[&quot;a key&quot;])</translation>
    </message>
    <message>
        <source>the index at character %1 is too large</source>
        <translation>الفهرس عند المحرف %1 كبير جدًا</translation>
    </message>
    <message>
        <source>expected a digit after the “-” at character %1</source>
        <translation>يُتوقع رقم بعد «-» عند المحرف %1</translation>
    </message>
    <message>
        <source>expected a key in quotes, an index or * after the “[” at character %1</source>
        <translation>يُتوقع مفتاح بين علامتي تنصيص أو فهرس أو * بعد «[» عند المحرف %1</translation>
    </message>
    <message>
        <source>“]” missing for the “[” at character %1</source>
        <translation>«]» مفقود لـ«[» عند المحرف %1</translation>
    </message>
    <message>
        <source>expected “]” at character %1</source>
        <translation>يُتوقع «]» عند المحرف %1</translation>
    </message>
    <message>
        <source>expected the end of the path at character %1</source>
        <translation>تُتوقع نهاية المسار عند المحرف %1</translation>
    </message>
</context>
<context>
    <name>Banter::JsonText</name>
    <message>
        <source>an object not closed with }</source>
        <translation>كائن لم يُغلق بـ }</translation>
    </message>
    <message>
        <source>a , or } missing after a member</source>
        <translation>ينقص , أو } بعد عضو</translation>
    </message>
    <message>
        <source>a : missing after a key</source>
        <translation>ينقص : بعد مفتاح</translation>
    </message>
    <message>
        <source>an array not closed with ]</source>
        <translation>مصفوفة لم تُغلق بـ ]</translation>
    </message>
    <message>
        <source>a , or ] missing after an item</source>
        <translation>ينقص , أو ] بعد عنصر</translation>
    </message>
    <message>
        <source>a , missing between two values</source>
        <translation>ينقص , بين قيمتين</translation>
    </message>
    <message>
        <source>no JSON value here</source>
        <translation>لا توجد قيمة JSON هنا</translation>
    </message>
    <message>
        <source>the text ends inside a number</source>
        <translation>ينتهي النص داخل عدد</translation>
    </message>
    <message>
        <source>a number JSON does not allow</source>
        <translation>عدد لا يسمح به JSON</translation>
    </message>
    <message>
        <source>an escape sequence JSON does not allow</source>
        <translation>تسلسل هروب لا يسمح به JSON</translation>
    </message>
    <message>
        <source>a string that is no valid Unicode</source>
        <translation>سلسلة نصية ليست Unicode صالحًا</translation>
    </message>
    <message>
        <source>a string not closed with &quot;</source>
        <translation>سلسلة نصية لم تُغلق بـ &quot;</translation>
    </message>
    <message>
        <source>an object or an array expected</source>
        <translation>يُتوقع كائن أو مصفوفة</translation>
    </message>
    <message>
        <source>nested deeper than JSON is read here</source>
        <translation>تداخل أعمق مما يُقرأ هنا من JSON</translation>
    </message>
    <message>
        <source>too large to read as JSON</source>
        <translation>أكبر من أن يُقرأ بوصفه JSON</translation>
    </message>
    <message>
        <source>more text after the end of the JSON value</source>
        <translation>نص إضافي بعد نهاية قيمة JSON</translation>
    </message>
    <message>
        <source>too long to read as JSON (over %1 characters)</source>
        <translation>أطول من أن يُقرأ بوصفه JSON (أكثر من %1 محرف)</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1 عند السطر %2، العمود %3</translation>
    </message>
</context>
<context>
    <name>Banter::LogRecorder</name>
    <message>
        <source>cannot record the log to %1: %2</source>
        <translation>تعذر تسجيل السجل في %1: %2</translation>
    </message>
    <message>
        <source>recording the log to %1 stopped: %2</source>
        <translation>توقف تسجيل السجل في %1: %2</translation>
    </message>
</context>
<context>
    <name>Banter::MessageTemplate</name>
    <message>
        <source>{{ at character %1 has no }}: write \{{ to send {{ as it is</source>
        <translation>{{ عند المحرف %1 بلا }}: اكتب \{{ لإرسال {{ كما هي</translation>
    </message>
    <message>
        <source>{{%1}} at character %2: write {{random A B}} with two whole numbers, A not above B, each within ±%3</source>
        <translation>{{%1}} عند المحرف %2: اكتب {{random A B}} بعددين صحيحين، A لا يزيد على B، وكل منهما ضمن ±%3</translation>
    </message>
    <message>
        <source>{{%1}} at character %2 is no variable</source>
        <translation>{{%1}} عند المحرف %2 ليس متغيرًا</translation>
    </message>
    <message>
        <source>unknown variable {{%1}} at character %2 (Connection → Variables… names yours)</source>
        <translation>متغير غير معروف {{%1}} عند المحرف %2 (اتصال ← المتغيرات… تسمّي متغيراتك)</translation>
    </message>
</context>
<context>
    <name>Banter::SavedConnection</name>
    <message>
        <source>There is already a connection named “%1”.</source>
        <translation>يوجد اتصال باسم «%1» من قبل.</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>ليس JSON: %1 عند المحرف %2</translation>
    </message>
    <message>
        <source>not a file of Banter&apos;s connections (its &quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>ليس ملف اتصالات Banter (قيمة &quot;format&quot; فيه ليست &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>written by another version of Banter (version %1; this one reads %2)</source>
        <translation>كتبه إصدار آخر من Banter (الإصدار %1؛ وهذا يقرأ %2)</translation>
    </message>
    <message>
        <source>connection %1: %2</source>
        <translation>الاتصال %1: %2</translation>
    </message>
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
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; ليس نصًا</translation>
    </message>
    <message>
        <source>&quot;headers&quot; is not a list</source>
        <translation>&quot;headers&quot; ليس قائمة</translation>
    </message>
    <message>
        <source>&quot;subprotocols&quot; is not a list</source>
        <translation>&quot;subprotocols&quot; ليس قائمة</translation>
    </message>
    <message>
        <source>a header is not written as [&quot;name&quot;, &quot;value&quot;]</source>
        <translation>ترويسة ليست مكتوبة بصيغة [&quot;الاسم&quot;, &quot;القيمة&quot;]</translation>
    </message>
    <message>
        <source>a subprotocol is not a string</source>
        <translation>بروتوكول فرعي ليس نصًا</translation>
    </message>
    <message>
        <source>&quot;receiveBuffer&quot; is not a whole number</source>
        <translation>&quot;receiveBuffer&quot; ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>ليس له اسم</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL such as ws://host:port/path</source>
        <translation>&quot;%1&quot; ليس عنوان URL مثل ws://host:port/path</translation>
    </message>
</context>
<context>
    <name>Banter::ScheduledSend</name>
    <message>
        <source>%1 of %2 sent</source>
        <translation>أُرسل %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>أُرسل %n</numerusform>
            <numerusform>أُرسلت واحدة</numerusform>
            <numerusform>أُرسلت اثنتان</numerusform>
            <numerusform>أُرسلت %n</numerusform>
            <numerusform>أُرسلت %n</numerusform>
            <numerusform>أُرسلت %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, paused while disconnected</source>
        <translation>%1، متوقف مؤقتًا ما دام الاتصال منقطعًا</translation>
    </message>
    <message>
        <source>stopped after %1 of %2</source>
        <translation>توقف بعد %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>sent %n time(s)</source>
        <translation>
            <numerusform>أُرسل %n مرة</numerusform>
            <numerusform>أُرسل مرة واحدة</numerusform>
            <numerusform>أُرسل مرتين</numerusform>
            <numerusform>أُرسل %n مرات</numerusform>
            <numerusform>أُرسل %n مرة</numerusform>
            <numerusform>أُرسل %n مرة</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped after %1</source>
        <translation>توقف بعد %1</translation>
    </message>
    <message>
        <source>stopped after %1: %2</source>
        <translation>توقف بعد %1: %2</translation>
    </message>
    <message>
        <source>stopped after %1: there is no connection to send to</source>
        <translation>توقف بعد %1: لا اتصال للإرسال إليه</translation>
    </message>
</context>
<context>
    <name>Banter::Snippet</name>
    <message>
        <source>A snippet needs a name.</source>
        <translation>يحتاج المقتطف إلى اسم.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>الرسالة فارغة.</translation>
    </message>
    <message>
        <source>The bytes are not hex: %1.</source>
        <translation>البايتات ليست بالست عشري: %1.</translation>
    </message>
    <message>
        <source>There is already a snippet named “%1”.</source>
        <translation>يوجد مقتطف باسم «%1» من قبل.</translation>
    </message>
</context>
</TS>
