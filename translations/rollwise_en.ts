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
    <name>rollwise::app::DeviceSessionsService</name>
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
</context>
<context>
    <name>rollwise::app::HeadsService</name>
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
