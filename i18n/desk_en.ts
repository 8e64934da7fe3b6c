<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnswerTools</name>
    <message numerus="yes">
        <source>%n linked ticket(s)</source>
        <translation>
            <numerusform>%n linked ticket</numerusform>
            <numerusform>%n linked tickets</numerusform>
        </translation>
    </message>
</context>
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
    <name>BulkDialog</name>
    <message numerus="yes">
        <source>Change %n selected ticket(s). Each ticket keeps its own version: one that someone else changed since it was loaded is left as it is, and listed.</source>
        <translation>
            <numerusform>Change %n selected ticket. Each ticket keeps its own version: one that someone else changed since it was loaded is left as it is, and listed.</numerusform>
            <numerusform>Change %n selected tickets. Each ticket keeps its own version: one that someone else changed since it was loaded is left as it is, and listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkResult</name>
    <message numerus="yes">
        <source>%n ticket(s) changed.</source>
        <translation>
            <numerusform>%n ticket changed.</numerusform>
            <numerusform>%n tickets changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had these values.</source>
        <translation>
            <numerusform>%n already had these values.</numerusform>
            <numerusform>%n already had these values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed.</source>
        <translation>
            <numerusform>%n not changed.</numerusform>
            <numerusform>%n not changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkTriage</name>
    <message numerus="yes">
        <source>%n ticket(s) selected</source>
        <translation>
            <numerusform>%n ticket selected</numerusform>
            <numerusform>%n tickets selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sent…</source>
        <translation>
            <numerusform>%n ticket sent…</numerusform>
            <numerusform>%n tickets sent…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%n agent(s): assigned tickets active, waiting for the customer and breached now; solved in the period</source>
        <translation>
            <numerusform>%n agent: assigned tickets active, waiting for the customer and breached now; solved in the period</numerusform>
            <numerusform>%n agents: assigned tickets active, waiting for the customer and breached now; solved in the period</numerusform>
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
    <name>MacroManager</name>
    <message numerus="yes">
        <source>%n macro(s)</source>
        <translation>
            <numerusform>%n macro</numerusform>
            <numerusform>%n macros</numerusform>
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
    <name>MessageListModel</name>
    <message numerus="yes">
        <source>[%n attachment(s): %1]</source>
        <translation>
            <numerusform>[%n attachment: %1]</numerusform>
            <numerusform>[%n attachments: %1]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message numerus="yes">
        <source>⚠ Offline: %n message(s) queued, sent when the service is back</source>
        <translation>
            <numerusform>⚠ Offline: %n message queued, sent when the service is back</numerusform>
            <numerusform>⚠ Offline: %n messages queued, sent when the service is back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued message(s) wait for you to sign in again</source>
        <translation>
            <numerusform>%n queued message waits for you to sign in again</numerusform>
            <numerusform>%n queued messages wait for you to sign in again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n queued message(s)…</source>
        <translation>
            <numerusform>Sending %n queued message…</numerusform>
            <numerusform>Sending %n queued messages…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyAllDialog</name>
    <message numerus="yes">
        <source>%n linked ticket(s) will each get a normal reply.</source>
        <translation>
            <numerusform>%n linked ticket will get a normal reply.</numerusform>
            <numerusform>%n linked tickets will each get a normal reply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n ticket(s).</source>
        <translation>
            <numerusform>Sent to %n ticket.</numerusform>
            <numerusform>Sent to %n tickets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent to %n ticket(s): %1 Send again to retry only those.</source>
        <translation>
            <numerusform>Not sent to %n ticket: %1 Send again to retry only those.</numerusform>
            <numerusform>Not sent to %n tickets: %1 Send again to retry only those.</numerusform>
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
    <name>TicketHistoryView</name>
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
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>%1 of 5 from %n rating(s)</source>
        <translation>
            <numerusform>%1 of 5 from %n rating</numerusform>
            <numerusform>%1 of 5 from %n ratings</numerusform>
        </translation>
    </message>
</context>
</TS>
