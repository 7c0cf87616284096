<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Banter::ChatModel</name>
    <message numerus="yes">
        <source>&lt;binary, %n byte(s)&gt;</source>
        <translation><numerusform>&lt;binary, %n byte&gt;</numerusform><numerusform>&lt;binary, %n bytes&gt;</numerusform></translation>
    </message>
</context>
</TS>
