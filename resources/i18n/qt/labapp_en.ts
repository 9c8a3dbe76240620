<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BenchPage</name>
    <message numerus="yes">
        <source>Not yet: %n check(s) still to answer.</source>
        <translation>
            <numerusform>Not yet: %n check still to answer.</numerusform>
            <numerusform>Not yet: %n checks still to answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeWording</name>
    <message numerus="yes">
        <source>%n critical failure(s)</source>
        <translation>
            <numerusform>%n critical failure</numerusform>
            <numerusform>%n critical failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n major failure(s)</source>
        <translation>
            <numerusform>%n major failure</numerusform>
            <numerusform>%n major failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor failure(s)</source>
        <translation>
            <numerusform>%n minor failure</numerusform>
            <numerusform>%n minor failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n major</source>
        <translation>
            <numerusform>%n major</numerusform>
            <numerusform>%n major</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor</source>
        <translation>
            <numerusform>%n minor</numerusform>
            <numerusform>%n minor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) still to answer</source>
        <translation>
            <numerusform>%n check still to answer</numerusform>
            <numerusform>%n checks still to answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n bad line(s) skipped:</source>
        <translation>
            <numerusform>%n bad line skipped:</numerusform>
            <numerusform>%n bad lines skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaboratorySection</name>
    <message numerus="yes">
        <source>Saved: %n setting(s) changed.</source>
        <translation>
            <numerusform>Saved: %n setting changed.</numerusform>
            <numerusform>Saved: %n settings changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n phone(s) attached</source>
        <translation>
            <numerusform>%n phone attached</numerusform>
            <numerusform>%n phones attached</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SellersPage</name>
    <message numerus="yes">
        <source>%n seller(s)</source>
        <translation>
            <numerusform>%n seller</numerusform>
            <numerusform>%n sellers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit(s)</source>
        <translation>
            <numerusform>%n audit</numerusform>
            <numerusform>%n audits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message numerus="yes">
        <source>%n finalised audit(s)</source>
        <translation>
            <numerusform>%n finalised audit</numerusform>
            <numerusform>%n finalised audits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a failed check</source>
        <translation>
            <numerusform>%n with a failed check</numerusform>
            <numerusform>%n with a failed check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n graded surveillance or worse</source>
        <translation>
            <numerusform>%n graded surveillance or worse</numerusform>
            <numerusform>%n graded surveillance or worse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to {folder}</source>
        <translation>
            <numerusform>%n file written to {folder}</numerusform>
            <numerusform>%n files written to {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>protocol</name>
    <message numerus="yes">
        <source>%n step(s) up, at most {cap}</source>
        <translation>
            <numerusform>%n step up, at most {cap}</numerusform>
            <numerusform>%n steps up, at most {cap}</numerusform>
        </translation>
    </message>
</context>
</TS>
