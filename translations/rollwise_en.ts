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
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
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
    <name>SessionDetailPage</name>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n pass</numerusform>
            <numerusform>%n passes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rollwise::app::DevicesController</name>
    <message numerus="yes">
        <source>Head: %1, %n needles</source>
        <translation>
            <numerusform>Head: %1, %n needle</numerusform>
            <numerusform>Head: %1, %n needles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions</source>
        <translation>
            <numerusform>%1 of %n session</numerusform>
            <numerusform>%1 of %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %n sessions copied into your journal.</source>
        <translation>
            <numerusform>Up to date: %n session copied into your journal.</numerusform>
            <numerusform>Up to date: %n sessions copied into your journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions copied. The others failed their checks and stay on the device; sync again, and if they keep failing, the device needs its maker&apos;s help.</source>
        <translation>
            <numerusform>%1 of %n session copied. The others failed their checks and stay on the device; sync again, and if they keep failing, the device needs its maker&apos;s help.</numerusform>
            <numerusform>%1 of %n sessions copied. The others failed their checks and stay on the device; sync again, and if they keep failing, the device needs its maker&apos;s help.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync stopped: %1 of %n sessions are in your journal; the next sync copies the rest.</source>
        <translation>
            <numerusform>Sync stopped: %1 of %n session is in your journal; the next sync copies the rest.</numerusform>
            <numerusform>Sync stopped: %1 of %n sessions are in your journal; the next sync copies the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rollwise::app::HomeController</name>
    <message numerus="yes">
        <source>%n session(s) in a row inside their window. Sessions too early never count.</source>
        <translation>
            <numerusform>%n session in a row inside its window. Sessions too early never count.</numerusform>
            <numerusform>%n sessions in a row inside their window. Sessions too early never count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last session: %1, %n zone(s), %2.</source>
        <translation>
            <numerusform>Last session: %1, %n zone, %2.</numerusform>
            <numerusform>Last session: %1, %n zones, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A session is possible now: %n zone(s) ready</source>
        <translation>
            <numerusform>A session is possible now: %n zone ready</numerusform>
            <numerusform>A session is possible now: %n zones ready</numerusform>
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
