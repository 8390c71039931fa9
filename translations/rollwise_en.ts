<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DeviceSessionCard</name>
    <message numerus="yes">
        <source>Save %n zone(s)</source>
        <translation>
            <numerusform>Save %n zone</numerusform>
            <numerusform>Save %n zones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalStatusCard</name>
    <message numerus="yes">
        <source>%n session(s) recorded.</source>
        <translation>
            <numerusform>%n session recorded.</numerusform>
            <numerusform>%n sessions recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message numerus="yes">
        <source>Saved %n reminder(s) to %1.</source>
        <translation>
            <numerusform>Saved %n reminder to %1.</numerusform>
            <numerusform>Saved %n reminders to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rollwise::app::JournalController</name>
    <message numerus="yes">
        <source>This backup was made on %1 and holds %n sessions%2. New to this journal: %3 sessions, %4 pre-session answers, %5 skin reactions. Nothing here will be overwritten.</source>
        <translation>
            <numerusform>This backup was made on %1 and holds %n session%2. New to this journal: %3 sessions, %4 pre-session answers, %5 skin reactions. Nothing here will be overwritten.</numerusform>
            <numerusform>This backup was made on %1 and holds %n sessions%2. New to this journal: %3 sessions, %4 pre-session answers, %5 skin reactions. Nothing here will be overwritten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored: %n sessions added; nothing was overwritten.</source>
        <translation>
            <numerusform>Restored: %n session added; nothing was overwritten.</numerusform>
            <numerusform>Restored: %n sessions added; nothing was overwritten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying the sessions the device stored: %n so far…</source>
        <translation>
            <numerusform>Copying the sessions the device stored: %n so far…</numerusform>
            <numerusform>Copying the sessions the device stored: %n so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %n new sessions copied into your journal.</source>
        <translation>
            <numerusform>Up to date: %n new session copied into your journal.</numerusform>
            <numerusform>Up to date: %n new sessions copied into your journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passes with your smart device.</source>
        <translation>
            <numerusform>%n pass with your smart device.</numerusform>
            <numerusform>%n passes with your smart device.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passes with your smart device; its clock was not set, so the session is dated when it was copied.</source>
        <translation>
            <numerusform>%n pass with your smart device; its clock was not set, so the session is dated when it was copied.</numerusform>
            <numerusform>%n passes with your smart device; its clock was not set, so the session is dated when it was copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passes</source>
        <translation>
            <numerusform>%n pass</numerusform>
            <numerusform>%n passes</numerusform>
        </translation>
    </message>
</context>
</TS>
