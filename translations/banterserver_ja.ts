<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Banter::ServerHost</name>
    <message>
        <source>invalid URL %1</source>
        <translation>URL %1 は無効です</translation>
    </message>
    <message>
        <source>the %1 transport cannot serve</source>
        <translation>%1 トランスポートはサーバーとして動作できません</translation>
    </message>
    <message>
        <source>the plugin for &quot;%1&quot; created no service</source>
        <translation>「%1」のプラグインがサービスを作成しませんでした</translation>
    </message>
</context>
</TS>
