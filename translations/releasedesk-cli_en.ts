<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>Fixed: %n file(s) written. Run project health again to see what is left.</source>
        <translation>
            <numerusform>Fixed: %n file written. Run project health again to see what is left.</numerusform>
            <numerusform>Fixed: %n files written. Run project health again to see what is left.</numerusform>
        </translation>
    </message>
</context>
</TS>
