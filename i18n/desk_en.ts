<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApprovalsView</name>
    <message numerus="yes">
        <source>Open requests: %n.</source>
        <translation>
            <numerusform>Open requests: %n.</numerusform>
            <numerusform>Open requests: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests are waiting.</source>
        <translation>
            <numerusform>%n request is waiting.</numerusform>
            <numerusform>%n requests are waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message numerus="yes">
        <source>✔ Audit chain verified: %n entries</source>
        <translation>
            <numerusform>✔ Audit chain verified: %n entry</numerusform>
            <numerusform>✔ Audit chain verified: %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n. Older ones load as you scroll down.</source>
        <translation>
            <numerusform>Entries shown: %n. Older ones load as you scroll down.</numerusform>
            <numerusform>Entries shown: %n. Older ones load as you scroll down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n (all of them).</source>
        <translation>
            <numerusform>Entries shown: %n (all of them).</numerusform>
            <numerusform>Entries shown: %n (all of them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>%n ticket loaded; scroll for more</numerusform>
            <numerusform>%n tickets loaded; scroll for more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentExport</name>
    <message numerus="yes">
        <source>Timeline (%n event(s))</source>
        <translation>
            <numerusform>Timeline (%n event)</numerusform>
            <numerusform>Timeline (%n events)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n ticket(s) have unsent text, which signing out discards.</source>
        <translation>
            <numerusform>%n ticket has unsent text, which signing out discards.</numerusform>
            <numerusform>%n tickets have unsent text, which signing out discards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have unsent text, which quitting discards.</source>
        <translation>
            <numerusform>%n ticket has unsent text, which quitting discards.</numerusform>
            <numerusform>%n tickets have unsent text, which quitting discards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealableValue</name>
    <message numerus="yes">
        <source>hides in %n s</source>
        <translation>
            <numerusform>hides in %n s</numerusform>
            <numerusform>hides in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskTimeline</name>
    <message numerus="yes">
        <source>Highlighted: %n signals that happened within 24 hours of each other.</source>
        <translation>
            <numerusform>Highlighted: %n signal that happened within 24 hours of each other.</numerusform>
            <numerusform>Highlighted: %n signals that happened within 24 hours of each other.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityWording</name>
    <message numerus="yes">
        <source>Lock withdrawals (%n h)</source>
        <translation>
            <numerusform>Lock withdrawals (%n h)</numerusform>
            <numerusform>Lock withdrawals (%n h)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No withdrawals can leave this account for the next %n h. Deposits and trading continue.</source>
        <translation>
            <numerusform>No withdrawals can leave this account for the next %n h. Deposits and trading continue.</numerusform>
            <numerusform>No withdrawals can leave this account for the next %n h. Deposits and trading continue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhoViewedTab</name>
    <message numerus="yes">
        <source>Reveals recorded: %n.</source>
        <translation>
            <numerusform>Reveals recorded: %n.</numerusform>
            <numerusform>Reveals recorded: %n.</numerusform>
        </translation>
    </message>
</context>
</TS>
