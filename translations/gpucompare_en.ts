<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>gpucompare::AutoUpdate</name>
    <message numerus="yes">
        <source>, %n exchange rate(s) saved</source>
        <translation>
            <numerusform>, %n exchange rate saved</numerusform>
            <numerusform>, %n exchange rates saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prices checked: nothing new; %n exchange rate(s) saved</source>
        <translation>
            <numerusform>Prices checked: nothing new; %n exchange rate saved</numerusform>
            <numerusform>Prices checked: nothing new; %n exchange rates saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpucompare::ChangesDialog</name>
    <message numerus="yes">
        <source>%1 (%n changes)</source>
        <translation>
            <numerusform>%1 (%n change)</numerusform>
            <numerusform>%1 (%n changes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes: %1 new offers, %2 price drops, %3 price rises, %4 no longer listed.</source>
        <translation>
            <numerusform>%n change: %1 new offers, %2 price drops, %3 price rises, %4 no longer listed.</numerusform>
            <numerusform>%n changes: %1 new offers, %2 price drops, %3 price rises, %4 no longer listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpucompare::UpdateNotices</name>
    <message numerus="yes">
        <source>%n prices changed — show</source>
        <translation>
            <numerusform>%n price changed — show</numerusform>
            <numerusform>%n prices changed — show</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpucompare::UpdatePricesDialog</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n catalog(s)…</source>
        <translation>
            <numerusform>Checking %n catalog…</numerusform>
            <numerusform>Checking %n catalogs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply</source>
        <translation>
            <numerusform>%n change to apply</numerusform>
            <numerusform>%n changes to apply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 maps to no GPU model (%n row(s))</source>
        <translation>
            <numerusform>%1 maps to no GPU model (%n row)</numerusform>
            <numerusform>%1 maps to no GPU model (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out: the machine&apos;s form factor matches no GPU model</source>
        <translation>
            <numerusform>%n row left out: the machine&apos;s form factor matches no GPU model</numerusform>
            <numerusform>%n rows left out: the machine&apos;s form factor matches no GPU model</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-entered offer(s) folded into the catalog&apos;s listing of the same machine, their prices kept as its history</source>
        <translation>
            <numerusform>%n hand-entered offer folded into the catalog&apos;s listing of the same machine, its prices kept as its history</numerusform>
            <numerusform>%n hand-entered offers folded into the catalog&apos;s listing of the same machine, their prices kept as its history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spot price(s) left out: the catalog&apos;s placeholder (equal to the on-demand price, or zero), not a spot offer</source>
        <translation>
            <numerusform>%n spot price left out: the catalog&apos;s placeholder (equal to the on-demand price, or zero), not a spot offer</numerusform>
            <numerusform>%n spot prices left out: the catalog&apos;s placeholder (equal to the on-demand price, or zero), not a spot offer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange rate(s) read</source>
        <translation>
            <numerusform>%n exchange rate read</numerusform>
            <numerusform>%n exchange rates read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new to the book</source>
        <translation>
            <numerusform>%n new to the book</numerusform>
            <numerusform>%n new to the book</numerusform>
        </translation>
    </message>
</context>
</TS>
