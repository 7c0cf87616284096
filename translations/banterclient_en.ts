<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Banter::ChatModel</name>
    <message numerus="yes">
        <source>&lt;binary, %n bytes&gt;</source>
        <translation>
            <numerusform>&lt;binary, %n byte&gt;</numerusform>
            <numerusform>&lt;binary, %n bytes&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::ChatRoomClient</name>
    <message numerus="yes">
        <source>joined room %1 as %2 (%n member(s))</source>
        <translation>
            <numerusform>joined room %1 as %2 (%n member)</numerusform>
            <numerusform>joined room %1 as %2 (%n members)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>resumed: %n message(s) missed while away</source>
        <translation>
            <numerusform>resumed: %n message missed while away</numerusform>
            <numerusform>resumed: %n messages missed while away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not resume (%1): the room&apos;s last %n message(s) follow</source>
        <translation>
            <numerusform>could not resume (%1): the room&apos;s last %n message follows</numerusform>
            <numerusform>could not resume (%1): the room&apos;s last %n messages follow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the room&apos;s last %n message(s) follow</source>
        <translation>
            <numerusform>the room&apos;s last %n message follows</numerusform>
            <numerusform>the room&apos;s last %n messages follow</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::ChatSession</name>
    <message numerus="yes">
        <source>%n unsent message(s) from the last session will be sent once connected</source>
        <translation>
            <numerusform>%n unsent message from the last session will be sent once connected</numerusform>
            <numerusform>%n unsent messages from the last session will be sent once connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::HexText</name>
    <message numerus="yes">
        <source>… and %Ln more byte(s)</source>
        <translation>
            <numerusform>… and %Ln more byte</numerusform>
            <numerusform>… and %Ln more bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::ScheduledSend</name>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n time(s)</source>
        <translation>
            <numerusform>sent %n time</numerusform>
            <numerusform>sent %n times</numerusform>
        </translation>
    </message>
</context>
</TS>
