<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Banter::ChatPane</name>
    <message numerus="yes">
        <source>↓ %n new messages</source>
        <translation>
            <numerusform>↓ %n new message</numerusform>
            <numerusform>↓ %n new messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::ConnectDialog</name>
    <message numerus="yes">
        <source>%n headers</source>
        <translation>
            <numerusform>%n header</numerusform>
            <numerusform>%n headers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionTab</name>
    <message numerus="yes">
        <source>Reconnecting to %1 in %n s (Ctrl+R: now)</source>
        <translation>
            <numerusform>Reconnecting to %1 in %n s (Ctrl+R: now)</numerusform>
            <numerusform>Reconnecting to %1 in %n s (Ctrl+R: now)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::ConnectionsController</name>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1.</source>
        <translation>
            <numerusform>Imported %n connection from %1.</numerusform>
            <numerusform>Imported %n connections from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1.</source>
        <translation>
            <numerusform>Exported %n connection to %1.</numerusform>
            <numerusform>Exported %n connections to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::DetailPane</name>
    <message numerus="yes">
        <source>%1 at %2, %n characters</source>
        <translation>
            <numerusform>%1 at %2, %n character</numerusform>
            <numerusform>%1 at %2, %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n lines</source>
        <translation>
            <numerusform>, %n line</numerusform>
            <numerusform>, %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; lines longer than %Ln character(s) are shown in pieces (Edit → Copy Message copies it as it is)</source>
        <translation>
            <numerusform>; lines longer than %Ln character are shown in pieces (Edit → Copy Message copies it as it is)</numerusform>
            <numerusform>; lines longer than %Ln characters are shown in pieces (Edit → Copy Message copies it as it is)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::JsonTreeModel</name>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::MainWindow</name>
    <message numerus="yes">
        <source>Echo server on %1 (%n client(s))</source>
        <translation>
            <numerusform>Echo server on %1 (%n client)</numerusform>
            <numerusform>Echo server on %1 (%n clients)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln row(s) to %1</source>
        <translation>
            <numerusform>Saved %Ln row to %1</numerusform>
            <numerusform>Saved %Ln rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %Ln row(s) from %1</source>
        <translation>
            <numerusform>Opened %Ln row from %1</numerusform>
            <numerusform>Opened %Ln rows from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chat server on %1 (%n client(s))</source>
        <translation>
            <numerusform>Chat server on %1 (%n client)</numerusform>
            <numerusform>Chat server on %1 (%n clients)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of %1 are not sent yet. Close the tab and drop them?</source>
        <translation>
            <numerusform>%n message of %1 is not sent yet. Close the tab and drop it?</numerusform>
            <numerusform>%n messages of %1 are not sent yet. Close the tab and drop them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banter::SnippetController</name>
    <message numerus="yes">
        <source>repeating “%1” every %2 ms, %n time(s)</source>
        <translation>
            <numerusform>repeating “%1” every %2 ms, %n time</numerusform>
            <numerusform>repeating “%1” every %2 ms, %n times</numerusform>
        </translation>
    </message>
</context>
</TS>
