<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Banter::MainWindow</name>
    <message numerus="yes">
        <source>Echo server on %1 (%n client(s))</source>
        <translation><numerusform>Echo server on %1 (%n client)</numerusform><numerusform>Echo server on %1 (%n clients)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to %1 in %n s (Ctrl+R: now)</source>
        <translation><numerusform>Reconnecting to %1 in %n s (Ctrl+R: now)</numerusform><numerusform>Reconnecting to %1 in %n s (Ctrl+R: now)</numerusform></translation>
    </message>
</context>
</TS>
