<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Banter::ServerHost</name>
    <message>
        <source>invalid URL %1</source>
        <translation>عنوان URL غير صالح %1</translation>
    </message>
    <message>
        <source>the %1 transport cannot serve</source>
        <translation>لا يستطيع ملحق النقل %1 العمل كخادم</translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; created no service</source>
        <translation>لم ينشئ ملحق «%1» أي خدمة</translation>
    </message>
</context>
</TS>
