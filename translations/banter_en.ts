<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Banter::MainWindow</name>
    <message numerus="yes">
        <source>Echo server on %1 (%n client(s))</source>
        <translation><numerusform>Echo server on %1 (%n client)</numerusform><numerusform>Echo server on %1 (%n clients)</numerusform></translation>
    </message>
</context>
</TS>
