<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutPage</name>
    <message>
        <source>About Rollwise</source>
        <translation>Über Rollwise</translation>
    </message>
    <message>
        <source>Rollwise %1</source>
        <translation>Rollwise %1</translation>
    </message>
    <message>
        <source>A home microneedling companion. It paces your sessions and keeps your skin&apos;s healing time; it is a cosmetic companion and does not diagnose or treat any condition.</source>
        <translation>Ein Begleiter für Microneedling zu Hause. Er gibt das Tempo Ihrer Sitzungen vor und achtet auf die Heilungszeit Ihrer Haut; er ist ein kosmetischer Begleiter und diagnostiziert oder behandelt keine Erkrankung.</translation>
    </message>
    <message>
        <source>Your journal stays on this device, encrypted. No account, no cloud, no network.</source>
        <translation>Ihr Journal bleibt verschlüsselt auf diesem Gerät. Kein Konto, keine Cloud, kein Netzwerk.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Rollwise: © 2026 Rollwise developers, all rights reserved; it may be installed and used as distributed. It is built on Qt 6 (GNU LGPL 3), SQLCipher (BSD-style licence) and QtKeychain (BSD 3-clause licence), whose licences come with it.</source>
        <translation>Rollwise: © 2026 Rollwise-Entwickler, alle Rechte vorbehalten; es darf so, wie es verteilt wird, installiert und verwendet werden. Es baut auf Qt 6 (GNU LGPL 3), SQLCipher (BSD-artige Lizenz) und QtKeychain (3-Klausel-BSD-Lizenz) auf, deren Lizenzen beiliegen.</translation>
    </message>
    <message>
        <source>Where the safety rules come from</source>
        <translation>Woher die Sicherheitsregeln stammen</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <source>Rollwise</source>
        <translation>Rollwise</translation>
    </message>
    <message>
        <source>Home microneedling companion</source>
        <translation>Begleiter für Microneedling zu Hause</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>BackupCard</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source>Every day into %1, encrypted with your backup passphrase. The %2 newest are kept.</source>
        <translation>Jeden Tag nach %1, verschlüsselt mit Ihrer Sicherungs-Passphrase. Die %2 neuesten werden aufbewahrt.</translation>
    </message>
    <message>
        <source>Backups are encrypted with a passphrase you choose. Keep it safe: you need it to restore them on a new device.</source>
        <translation>Sicherungen werden mit einer Passphrase Ihrer Wahl verschlüsselt. Bewahren Sie sie gut auf: Sie brauchen sie, um Sicherungen auf einem neuen Gerät wiederherzustellen.</translation>
    </message>
    <message>
        <source>Folder, e.g. a synced or external drive</source>
        <translation>Ordner (synchronisiert oder extern)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Sicherungs-Passphrase</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
</context>
<context>
    <name>CheckInCard</name>
    <message>
        <source>How is your skin?</source>
        <translation>Wie geht es Ihrer Haut?</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Backups and export</source>
        <translation>Sicherungen und Export</translation>
    </message>
    <message>
        <source>Choose the folder for your backups</source>
        <translation>Ordner für Ihre Sicherungen wählen</translation>
    </message>
    <message>
        <source>Choose a Rollwise backup</source>
        <translation>Rollwise-Sicherung wählen</translation>
    </message>
    <message>
        <source>Rollwise backups (*.rwbackup *.db)</source>
        <translation>Rollwise-Sicherungen (*.rwbackup *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting your journal…</source>
        <translation>Ihr Journal wird exportiert…</translation>
    </message>
    <message>
        <source>Making the first backup…</source>
        <translation>Die erste Sicherung wird erstellt…</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Die Sicherung wird geöffnet…</translation>
    </message>
    <message>
        <source>Unlock your journal on the Journal page first: backups and exports are made from it.</source>
        <translation>Entsperren Sie zuerst Ihr Journal auf der Journal-Seite: Sicherungen und Exporte werden daraus erstellt.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source>Every day into %1, encrypted with your backup passphrase. The %2 newest are kept.</source>
        <translation>Jeden Tag nach %1, verschlüsselt mit Ihrer Sicherungs-Passphrase. Die %2 neuesten werden aufbewahrt.</translation>
    </message>
    <message>
        <source>Backups are encrypted with a passphrase you choose. Keep it safe: you need it to restore them on a new device.</source>
        <translation>Sicherungen werden mit einer Passphrase Ihrer Wahl verschlüsselt. Bewahren Sie sie gut auf: Sie brauchen sie, um Sicherungen auf einem neuen Gerät wiederherzustellen.</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Ordner ändern…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Backup passphrase (at least %1 characters)</source>
        <translation>Sicherungs-Passphrase (mindestens %1 Zeichen)</translation>
    </message>
    <message>
        <source>Use this folder</source>
        <translation>Diesen Ordner nutzen</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Adds what the backup holds and this journal lacks. Nothing is overwritten; you see what will be added first.</source>
        <translation>Fügt hinzu, was die Sicherung enthält und diesem Journal fehlt. Nichts wird überschrieben; Sie sehen zuerst, was hinzukommt.</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Sicherung wählen…</translation>
    </message>
    <message>
        <source>Its backup passphrase</source>
        <translation>Ihre Sicherungs-Passphrase</translation>
    </message>
    <message>
        <source>Look inside</source>
        <translation>Inhalt ansehen</translation>
    </message>
    <message>
        <source>Add to my journal</source>
        <translation>Zu meinem Journal hinzufügen</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>A readable copy of every session, for a spreadsheet or another app. It is not encrypted: only export when you need it.</source>
        <translation>Eine lesbare Kopie jeder Sitzung, für eine Tabellenkalkulation oder eine andere App. Sie ist nicht verschlüsselt: Exportieren Sie nur, wenn Sie sie brauchen.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellen)</translation>
    </message>
    <message>
        <source>JSON (other apps)</source>
        <translation>JSON (andere Apps)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>SIMULATED</source>
        <translation>SIMULIERT</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Connect and sync</source>
        <translation>Verbinden und abgleichen</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
</context>
<context>
    <name>DeviceRow</name>
    <message>
        <source>Not in range</source>
        <translation>Nicht in Reichweite</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Verwendung</translation>
    </message>
    <message>
        <source>SIMULATED</source>
        <translation>SIMULIERT</translation>
    </message>
    <message>
        <source>PAIRED</source>
        <translation>GEKOPPELT</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Koppeln</translation>
    </message>
    <message>
        <source>Use this device</source>
        <translation>Dieses Gerät nutzen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>DeviceSessionCard</name>
    <message numerus="yes">
        <source>Save %n zone(s)</source>
        <translation>
            <numerusform>%n Zone speichern</numerusform>
            <numerusform>%n Zonen speichern</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the zones</source>
        <translation>Zonen wählen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <source>Open Bluetooth settings</source>
        <translation>Bluetooth-Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Your devices and devices nearby</source>
        <translation>Ihre Geräte und Geräte in der Nähe</translation>
    </message>
    <message>
        <source>Wake your roller or pen (press its button) and search. Only Rollwise devices are listed.</source>
        <translation>Wecken Sie Ihren Roller oder Pen (drücken Sie seine Taste) und suchen Sie. Es werden nur Rollwise-Geräte aufgeführt.</translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation>Suche beenden</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>A trial run never searches: Bluetooth is left alone.</source>
        <translation>Ein Probelauf sucht nie: Bluetooth bleibt unberührt.</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Heads and cartridges</source>
        <translation>Köpfe und Kartuschen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No key was given for the journal.</source>
        <translation>Für das Journal wurde kein Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>The key or passphrase does not open this journal, or the file is not a Rollwise journal.</source>
        <translation>Der Schlüssel oder die Passphrase öffnet dieses Journal nicht, oder die Datei ist kein Rollwise-Journal.</translation>
    </message>
    <message>
        <source>This file is an unencrypted database; Rollwise only opens its own encrypted journal.</source>
        <translation>Diese Datei ist eine unverschlüsselte Datenbank; Rollwise öffnet nur sein eigenes verschlüsseltes Journal.</translation>
    </message>
    <message>
        <source>This journal was written by a newer version of Rollwise: update Rollwise to open it.</source>
        <translation>Dieses Journal stammt von einer neueren Rollwise-Version: Aktualisieren Sie Rollwise, um es zu öffnen.</translation>
    </message>
    <message>
        <source>The journal file cannot be opened: check that the folder exists and may be used.</source>
        <translation>Die Journaldatei lässt sich nicht öffnen: Prüfen Sie, ob der Ordner existiert und verwendet werden darf.</translation>
    </message>
    <message>
        <source>This build of Rollwise lacks its encryption library and cannot open the journal.</source>
        <translation>Diesem Rollwise-Build fehlt die Verschlüsselungsbibliothek; das Journal kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The journal could not be written. Nothing was changed.</source>
        <translation>Das Journal konnte nicht geschrieben werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space and try again.</source>
        <translation>Der Speicher ist voll: Es wurde nichts geändert. Geben Sie etwas Platz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The journal or its folder cannot be written to.</source>
        <translation>In das Journal oder seinen Ordner kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The journal could not be read.</source>
        <translation>Das Journal konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The journal is damaged. Restore a backup.</source>
        <translation>Das Journal ist beschädigt. Stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This file is not a Rollwise backup.</source>
        <translation>Diese Datei ist keine Rollwise-Sicherung.</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>Der Eintrag wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation>Die Anfrage war ungültig.</translation>
    </message>
    <message>
        <source>Access to the journal&apos;s key in the keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüssel des Journals im Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The journal&apos;s key is missing from the keychain. Open it with your passphrase or a recovery code, or restore a backup.</source>
        <translation>Der Schlüssel des Journals fehlt im Schlüsselbund. Öffnen Sie es mit Ihrer Passphrase oder einem Wiederherstellungscode, oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The journal could not be opened.</source>
        <translation>Das Journal konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached. Unlock it, or use a passphrase instead.</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar. Entsperren Sie ihn oder verwenden Sie stattdessen eine Passphrase.</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup: it was made with another one.</source>
        <translation>Die Passphrase öffnet diese Sicherung nicht: Sie wurde mit einer anderen erstellt.</translation>
    </message>
    <message>
        <source>The key could not be changed; the old key still opens the journal.</source>
        <translation>Der Schlüssel konnte nicht geändert werden; der alte Schlüssel öffnet das Journal weiterhin.</translation>
    </message>
    <message>
        <source>Sessions from the device are up to date.</source>
        <translation>Die Sitzungen vom Gerät sind aktuell.</translation>
    </message>
    <message>
        <source>The connection to the device was lost. Sessions already received are saved; the rest will come at the next connection.</source>
        <translation>Die Verbindung zum Gerät wurde unterbrochen. Bereits empfangene Sitzungen sind gespeichert; der Rest kommt bei der nächsten Verbindung.</translation>
    </message>
    <message>
        <source>The device refused access because it is not paired with this phone or computer. Put the device in pairing mode and pair it again from Devices.</source>
        <translation>Das Gerät hat den Zugriff verweigert, weil es nicht mit diesem Telefon oder Computer gekoppelt ist. Versetzen Sie das Gerät in den Kopplungsmodus und koppeln Sie es unter „Geräte“ erneut.</translation>
    </message>
    <message>
        <source>The device&apos;s description could not be read. Turn the device off and on, then connect again.</source>
        <translation>Die Beschreibung des Geräts konnte nicht gelesen werden. Schalten Sie das Gerät aus und wieder ein und verbinden Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This device uses a newer protocol than this version of Rollwise. Update Rollwise to read its sessions.</source>
        <translation>Dieses Gerät verwendet ein neueres Protokoll als diese Version von Rollwise. Aktualisieren Sie Rollwise, um seine Sitzungen zu lesen.</translation>
    </message>
    <message>
        <source>The device refused to send its sessions. Disconnect it, then connect again.</source>
        <translation>Das Gerät hat das Senden seiner Sitzungen verweigert. Trennen Sie es und verbinden Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Sessions from the device could not be saved on this phone or computer, so the device keeps them. Free some space, then sync again.</source>
        <translation>Die Sitzungen vom Gerät konnten auf diesem Telefon oder Computer nicht gespeichert werden, daher behält das Gerät sie. Geben Sie etwas Platz frei und gleichen Sie dann erneut ab.</translation>
    </message>
    <message>
        <source>The device could not send its sessions. They stay on the device; sync again later.</source>
        <translation>Das Gerät konnte seine Sitzungen nicht senden. Sie bleiben auf dem Gerät; gleichen Sie später erneut ab.</translation>
    </message>
    <message>
        <source>The device stopped answering. Sessions already received are saved; bring the device closer and sync again.</source>
        <translation>Das Gerät antwortet nicht mehr. Bereits empfangene Sitzungen sind gespeichert; bringen Sie das Gerät näher heran und gleichen Sie erneut ab.</translation>
    </message>
    <message>
        <source>The device sent data Rollwise could not read. Sessions already received are saved; sync again, and update the device if this keeps happening.</source>
        <translation>Das Gerät hat Daten gesendet, die Rollwise nicht lesen konnte. Bereits empfangene Sitzungen sind gespeichert; gleichen Sie erneut ab, und aktualisieren Sie das Gerät, falls das wiederholt passiert.</translation>
    </message>
    <message>
        <source>The device did not accept the request for its sessions. Disconnect it, then connect again.</source>
        <translation>Das Gerät hat die Anfrage nach seinen Sitzungen nicht angenommen. Trennen Sie es und verbinden Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The sync was stopped. Sessions already received are saved.</source>
        <translation>Der Abgleich wurde abgebrochen. Bereits empfangene Sitzungen sind gespeichert.</translation>
    </message>
</context>
<context>
    <name>GuardText</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A guard&apos;s reason followed by why an override did not lift it</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation>Eine Ausnahme braucht eine Begründung.</translation>
    </message>
    <message>
        <source>An override needs a professional recorded in your profile.</source>
        <translation>Eine Ausnahme setzt voraus, dass in Ihrem Profil eine Fachkraft eingetragen ist.</translation>
    </message>
    <message>
        <source>This block cannot be overridden.</source>
        <translation>Diese Sperre lässt sich nicht aufheben.</translation>
    </message>
    <message>
        <source>The device clock jumped ahead by %1: set the correct date and time, then try again.</source>
        <translation>Die Uhr des Geräts ist um %1 vorgesprungen: Stellen Sie Datum und Uhrzeit richtig ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The device clock moved back by %1: set the correct date and time, then try again.</source>
        <translation>Die Uhr des Geräts wurde um %1 zurückgestellt: Stellen Sie Datum und Uhrzeit richtig ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The device clock is behind the latest time Rollwise has seen (%1): set the correct date and time, then try again.</source>
        <translation>Die Uhr des Geräts liegt vor der spätesten Zeit, die Rollwise gesehen hat (%1): Stellen Sie Datum und Uhrzeit richtig ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A past session is dated in the future (%1); its zones stay closed until their interval has passed from that date. Check the date and time settings.</source>
        <translation>Eine frühere Sitzung ist in die Zukunft datiert (%1); ihre Zonen bleiben gesperrt, bis ihr Abstand ab diesem Datum verstrichen ist. Prüfen Sie die Einstellungen für Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>A needle length of %1 is not plausible for a home device (%2 - %3); check the device or head settings.</source>
        <translation>Eine Nadellänge von %1 ist für ein Gerät für zu Hause nicht plausibel (%2 – %3); prüfen Sie die Einstellungen des Geräts oder des Kopfes.</translation>
    </message>
    <message>
        <source>This session is planned at %1. 1.0 mm is the deepest that is advised at home; consider a professional for deeper work.</source>
        <translation>Diese Sitzung ist mit %1 geplant. 1,0 mm ist die größte Tiefe, die für zu Hause empfohlen wird; für mehr Tiefe wenden Sie sich an eine Fachkraft.</translation>
    </message>
    <message>
        <source>This session is planned at %1. Clinics use 1.5 mm only every 4 - 6 weeks, and depths over 1.5 mm have not been evaluated for home use.</source>
        <translation>Diese Sitzung ist mit %1 geplant. Praxen verwenden 1,5 mm nur alle 4 – 6 Wochen, und Tiefen über 1,5 mm sind für die Anwendung zu Hause nicht geprüft.</translation>
    </message>
    <message>
        <source>This session is planned at %1. 2.0 mm and deeper is clinical depth: only when a professional is treating you.</source>
        <translation>Diese Sitzung ist mit %1 geplant. Ab 2,0 mm ist das eine Tiefe für die Praxis: nur, wenn eine Fachkraft Sie behandelt.</translation>
    </message>
    <message>
        <source>Your settings allow at most %1; this session is planned at %2.</source>
        <translation>Ihre Einstellungen erlauben höchstens %1; diese Sitzung ist mit %2 geplant.</translation>
    </message>
    <message>
        <source>Plan at least one pass per zone.</source>
        <translation>Planen Sie mindestens einen Durchgang pro Zone.</translation>
    </message>
    <message>
        <source>Plan at most %1 passes per zone (%2 planned).</source>
        <translation>Planen Sie höchstens %1 Durchgänge pro Zone (%2 geplant).</translation>
    </message>
    <message>
        <source>The plan has %1 passes; a session allows at most %2. Plan fewer zones or passes.</source>
        <translation>Der Plan hat %1 Durchgänge; eine Sitzung erlaubt höchstens %2. Planen Sie weniger Zonen oder Durchgänge.</translation>
    </message>
    <message>
        <source>A session lasts at most %1 (%2 planned).</source>
        <translation>Eine Sitzung dauert höchstens %1 (%2 geplant).</translation>
    </message>
    <message>
        <source>Sessions usually take at most %1; this one is planned at %2.</source>
        <translation>Sitzungen dauern meist höchstens %1; diese ist mit %2 geplant.</translation>
    </message>
    <message>
        <source>Disinfect the new head before its first use: rinse it, soak it in 70 % isopropyl alcohol for about 10 minutes, then confirm.</source>
        <translation>Desinfizieren Sie den neuen Kopf vor der ersten Verwendung: abspülen, etwa 10 Minuten in 70-prozentigen Isopropylalkohol legen, dann bestätigen.</translation>
    </message>
    <message>
        <source>The head has not been disinfected since its last use: rinse it, soak it in 70 % isopropyl alcohol for about 10 minutes, then confirm.</source>
        <translation>Der Kopf wurde seit der letzten Verwendung nicht desinfiziert: abspülen, etwa 10 Minuten in 70-prozentigen Isopropylalkohol legen, dann bestätigen.</translation>
    </message>
    <message>
        <source>The head has been used and no disinfection is recorded: rinse it, soak it in 70 % isopropyl alcohol for about 10 minutes, then confirm.</source>
        <translation>Der Kopf wurde verwendet, und es ist keine Desinfektion eingetragen: abspülen, etwa 10 Minuten in 70-prozentigen Isopropylalkohol legen, dann bestätigen.</translation>
    </message>
    <message>
        <source>The head&apos;s needle length (%1) is not plausible (%2 - %3): record the length printed on the head or its packaging.</source>
        <translation>Die Nadellänge des Kopfes (%1) ist nicht plausibel (%2 – %3): Tragen Sie die Länge ein, die auf dem Kopf oder der Verpackung steht.</translation>
    </message>
    <message>
        <source>This cartridge reaches at most %1; the session is planned at %2. Plan a shallower depth or fit a suitable cartridge.</source>
        <translation>Diese Kartusche reicht höchstens %1 tief; die Sitzung ist mit %2 geplant. Planen Sie eine geringere Tiefe oder setzen Sie eine passende Kartusche ein.</translation>
    </message>
    <message>
        <source>This head&apos;s needles are %1 long, but the session is planned at %2: a roller&apos;s needles decide the depth. Correct the plan or choose the right head.</source>
        <translation>Die Nadeln dieses Kopfes sind %1 lang, die Sitzung ist aber mit %2 geplant: Beim Roller bestimmen die Nadeln die Tiefe. Korrigieren Sie den Plan oder wählen Sie den richtigen Kopf.</translation>
    </message>
    <message>
        <source>A past session on %1 holds an impossible pass count for %2: the journal may be damaged. Check it (rollwise-cli verify) or restore a backup.</source>
        <translation>Eine frühere Sitzung am %1 enthält eine unmögliche Zahl von Durchgängen für %2: Das Journal ist möglicherweise beschädigt. Prüfen Sie es (rollwise-cli verify) oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The head&apos;s record holds an impossible count: record the head again.</source>
        <translation>Der Eintrag des Kopfes enthält eine unmögliche Zahl: Tragen Sie den Kopf neu ein.</translation>
    </message>
    <message>
        <source>Record the roller head or cartridge you will use, and confirm it was disinfected.</source>
        <translation>Tragen Sie den Rollerkopf oder die Kartusche ein, die Sie verwenden, und bestätigen Sie, dass sie desinfiziert wurde.</translation>
    </message>
    <message>
        <source>This head was reported damaged (bent tips or dragging): replace it before the next session.</source>
        <translation>Dieser Kopf wurde als beschädigt gemeldet (verbogene Spitzen oder Ziehen): Ersetzen Sie ihn vor der nächsten Sitzung.</translation>
    </message>
    <message>
        <source>Pen cartridges are single use: fit a new cartridge.</source>
        <translation>Pen-Kartuschen sind für den einmaligen Gebrauch: Setzen Sie eine neue Kartusche ein.</translation>
    </message>
    <message>
        <source>more than %1 since first use</source>
        <translation>mehr als %1 seit der ersten Verwendung</translation>
    </message>
    <message>
        <source>its pass count</source>
        <translation>seine Zahl an Durchgängen</translation>
    </message>
    <message>
        <source>This head is worn out (%1): replace it. Heads are retired after %2 or %3 weeks, whichever comes first.</source>
        <translation>Dieser Kopf ist abgenutzt (%1): Ersetzen Sie ihn. Köpfe werden nach %2 oder %3 Wochen ausgemustert, je nachdem, was zuerst eintritt.</translation>
    </message>
    <message>
        <source>This head is %1 % worn: have a new one ready.</source>
        <translation>Dieser Kopf ist zu %1 % abgenutzt: Halten Sie einen neuen bereit.</translation>
    </message>
    <message>
        <source>Answer the pre-session check: %1</source>
        <translation>Beantworten Sie die Abfrage vor der Sitzung: %1</translation>
    </message>
    <message>
        <source>Your answer has expired; answer again: %1</source>
        <translation>Ihre Antwort ist abgelaufen; bitte erneut beantworten: %1</translation>
    </message>
    <message>
        <source>Microneedling is not for use during pregnancy or breast-feeding.</source>
        <translation>Microneedling ist in Schwangerschaft und Stillzeit nicht vorgesehen.</translation>
    </message>
    <message>
        <source>Name the zones with an active skin condition or sunburn; they will be left out.</source>
        <translation>Nennen Sie die Zonen mit einer akuten Hautveränderung oder einem Sonnenbrand; sie werden ausgelassen.</translation>
    </message>
    <message>
        <source>%1 has an active skin condition or sunburn: leave it out until it has cleared.</source>
        <translation>%1: akute Hautveränderung oder Sonnenbrand. Lassen Sie die Zone aus, bis sie abgeklungen ist.</translation>
    </message>
    <message>
        <source>Not while taking oral isotretinoin: ask your doctor when you may start.</source>
        <translation>Nicht während der Einnahme von Isotretinoin: Fragen Sie Ihre Ärztin oder Ihren Arzt, wann Sie beginnen können.</translation>
    </message>
    <message>
        <source>Oral isotretinoin was stopped less than 6 months ago: ask your doctor before needling.</source>
        <translation>Isotretinoin wurde vor weniger als 6 Monaten abgesetzt: Fragen Sie vor dem Needling Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <source>Retinoids, AHA and BHA should be stopped a few days before a session.</source>
        <translation>Retinoide, AHA und BHA sollten einige Tage vor einer Sitzung abgesetzt werden.</translation>
    </message>
    <message>
        <source>Not with anticoagulants or a bleeding disorder: ask your doctor.</source>
        <translation>Nicht mit Gerinnungshemmern oder einer Blutgerinnungsstörung: Fragen Sie Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <source>Not with a tendency to keloid scars: ask a dermatologist.</source>
        <translation>Nicht bei Neigung zu Keloidnarben: Fragen Sie eine Hautärztin oder einen Hautarzt.</translation>
    </message>
    <message>
        <source>You reported a metal allergy: check what your needles are made of.</source>
        <translation>Sie haben eine Metallallergie angegeben: Prüfen Sie, woraus Ihre Nadeln bestehen.</translation>
    </message>
    <message>
        <source>Not with uncontrolled diabetes or a weakened immune system: ask your doctor.</source>
        <translation>Nicht bei nicht eingestelltem Diabetes oder geschwächtem Immunsystem: Fragen Sie Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <source>Do not needle vitamin C serum into the skin: it has been linked to skin reactions. Use it again once the skin has settled.</source>
        <translation>Arbeiten Sie kein Vitamin-C-Serum mit den Nadeln in die Haut ein: Es wird mit Hautreaktionen in Verbindung gebracht. Verwenden Sie es wieder, wenn sich die Haut beruhigt hat.</translation>
    </message>
    <message>
        <source>The skin around the eyes is too thin for needling, so it is always left out.</source>
        <translation>Die Haut um die Augen ist zu dünn für das Needling und wird deshalb immer ausgelassen.</translation>
    </message>
    <message>
        <source>%1 showed signs of infection: see a doctor, and log it as healed before needling it again.</source>
        <translation>%1 zeigte Anzeichen einer Infektion: Gehen Sie zu einer Ärztin oder einem Arzt, und tragen Sie die Zone als abgeheilt ein, bevor Sie sie erneut behandeln.</translation>
    </message>
    <message>
        <source>%1 was needled on %2; a %3 session needs %4 of rest: wait until %5.</source>
        <translation>%1 wurde am %2 behandelt; eine Sitzung mit %3 braucht %4 Pause: Warten Sie bis %5.</translation>
    </message>
    <message>
        <source>%1 is still healing from your %2 session on %3: wait until %4 (%5 interval, lengthened by %6 after the skin reaction you logged).</source>
        <translation>%1 erholt sich noch von Ihrer Sitzung mit %2 am %3: Warten Sie bis %4 (Abstand %5, verlängert um %6 nach der Hautreaktion, die Sie eingetragen haben).</translation>
    </message>
    <message>
        <source>%1 is still healing from your %2 session on %3: wait until %4 (%5 interval).</source>
        <translation>%1 erholt sich noch von Ihrer Sitzung mit %2 am %3: Warten Sie bis %4 (Abstand %5).</translation>
    </message>
    <message>
        <source>%1 had %2 in the last 7 days (at most %3 a week): wait until %4.</source>
        <translation>%1 hatte in den letzten 7 Tagen %2 (höchstens %3 pro Woche): Warten Sie bis %4.</translation>
    </message>
    <message>
        <source>Choose at least one zone for the session.</source>
        <translation>Wählen Sie mindestens eine Zone für die Sitzung.</translation>
    </message>
    <message>
        <source>Your interval multiplier (%1) is above the largest Rollwise supports (%2): set it to %2 or less in the settings.</source>
        <translation>Ihr Faktor für die Abstände (%1) liegt über dem größten, den Rollwise unterstützt (%2): Stellen Sie in den Einstellungen %2 oder weniger ein.</translation>
    </message>
    <message>
        <source>Your history could not be read, so no session can be checked. Nothing is allowed until it can be read.</source>
        <translation>Ihr Verlauf konnte nicht gelesen werden, daher lässt sich keine Sitzung prüfen. Nichts ist erlaubt, bis er wieder lesbar ist.</translation>
    </message>
    <message>
        <source>No planned zone can be needled now. %1</source>
        <translation>Keine geplante Zone kann jetzt behandelt werden. %1</translation>
    </message>
    <message>
        <source>You may start after reading and acknowledging this: %1</source>
        <translation>Sie können beginnen, nachdem Sie Folgendes gelesen und bestätigt haben: %1</translation>
    </message>
    <message>
        <source>You may start after reading and acknowledging %1 notes, first: %2</source>
        <translation>Sie können beginnen, nachdem Sie %1 Hinweise gelesen und bestätigt haben, zuerst: %2</translation>
    </message>
    <message>
        <source>%1 of %2 zones are ready; one is left out. %3</source>
        <translation>%1 von %2 Zonen sind bereit; eine wird ausgelassen. %3</translation>
    </message>
    <message>
        <source>%1 of %2 zones are ready; %3 are left out. %4</source>
        <translation>%1 von %2 Zonen sind bereit; %3 werden ausgelassen. %4</translation>
    </message>
    <message>
        <source>The planned zone is ready.</source>
        <translation>Die geplante Zone ist bereit.</translation>
    </message>
    <message>
        <source>All %1 planned zones are ready.</source>
        <translation>Alle %1 geplanten Zonen sind bereit.</translation>
    </message>
    <message>
        <source>%1 is not part of this session.</source>
        <translation>%1 gehört nicht zu dieser Sitzung.</translation>
    </message>
    <message>
        <source>%1 is ready (its healing interval ended on %2) once you have acknowledged the session&apos;s warnings.</source>
        <translation>%1 ist bereit (die Erholungszeit endete am %2), sobald Sie die Warnungen der Sitzung bestätigt haben.</translation>
    </message>
    <message>
        <source>%1 is ready (its healing interval ended on %2).</source>
        <translation>%1 ist bereit (die Erholungszeit endete am %2).</translation>
    </message>
    <message>
        <source>%1 is ready once you have acknowledged the session&apos;s warnings.</source>
        <translation>%1 ist bereit, sobald Sie die Warnungen der Sitzung bestätigt haben.</translation>
    </message>
    <message>
        <source>%1 is ready.</source>
        <translation>%1 ist bereit.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Read the warnings first</source>
        <translation>Lesen Sie zuerst die Warnungen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>HeadCard</name>
    <message>
        <source>Damage reported: Rollwise will not use this head again. Replace it.</source>
        <translation>Schaden gemeldet: Rollwise verwendet diesen Kopf nicht mehr. Ersetzen Sie ihn.</translation>
    </message>
    <message>
        <source>Disinfected: %1</source>
        <translation>Desinfiziert: %1</translation>
    </message>
    <message>
        <source>I disinfected it</source>
        <translation>Ich habe ihn desinfiziert</translation>
    </message>
    <message>
        <source>Report damage</source>
        <translation>Schaden melden</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Did you soak the head in 70 % isopropyl alcohol for 10 minutes and let it air-dry?</source>
        <translation>Haben Sie den Kopf 10 Minuten in 70 % Isopropylalkohol eingelegt und an der Luft trocknen lassen?</translation>
    </message>
    <message>
        <source>Bent or hooked tips, a roller that drags or scratches, rust or missing needles? A damaged head is not used again.</source>
        <translation>Verbogene oder hakige Spitzen, ein Roller, der zieht oder kratzt, Rost oder fehlende Nadeln? Ein beschädigter Kopf wird nicht mehr verwendet.</translation>
    </message>
    <message>
        <source>Why are you replacing it?</source>
        <translation>Warum ersetzen Sie ihn?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Yes, it is clean</source>
        <translation>Ja, er ist sauber</translation>
    </message>
    <message>
        <source>Retire this head</source>
        <translation>Kopf ausmustern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>HeadWearRow</name>
    <message>
        <source>Wear</source>
        <translation>Abnutzung</translation>
    </message>
    <message>
        <source>Worn out: replace it.</source>
        <translation>Abgenutzt: bitte ersetzen.</translation>
    </message>
    <message>
        <source>%1 % worn</source>
        <translation>zu %1 % abgenutzt</translation>
    </message>
    <message>
        <source>Disinfect it before the next session.</source>
        <translation>Vor der nächsten Sitzung desinfizieren.</translation>
    </message>
</context>
<context>
    <name>HeadsPage</name>
    <message>
        <source>Heads and cartridges</source>
        <translation>Köpfe und Kartuschen</translation>
    </message>
    <message>
        <source>Unlock your journal on the Journal page first: your heads are kept in it.</source>
        <translation>Entsperren Sie zuerst Ihr Journal auf der Journal-Seite: Ihre Köpfe sind darin gespeichert.</translation>
    </message>
    <message>
        <source>No head yet. Add the one you roll with, so Rollwise can count its wear and remind you to clean and replace it.</source>
        <translation>Noch kein Kopf. Fügen Sie den hinzu, mit dem Sie rollen, damit Rollwise seine Abnutzung zählen und Sie ans Reinigen und Ersetzen erinnern kann.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Add a head or cartridge</source>
        <translation>Kopf oder Kartusche hinzufügen</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>Was ist es?</translation>
    </message>
    <message>
        <source>Roller head</source>
        <translation>Rollerkopf</translation>
    </message>
    <message>
        <source>Smart roller head</source>
        <translation>Smarter Rollerkopf</translation>
    </message>
    <message>
        <source>Pen cartridge</source>
        <translation>Pen-Kartusche</translation>
    </message>
    <message>
        <source>Needle length (on the packaging)</source>
        <translation>Nadellänge (auf der Verpackung)</translation>
    </message>
    <message>
        <source>Number of needles</source>
        <translation>Anzahl der Nadeln</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Heads used before</source>
        <translation>Früher verwendete Köpfe</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Every session</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>Part of your history could not be read. Nothing was changed; restart Rollwise, or restore a backup if it keeps happening.</source>
        <translation>Ein Teil Ihres Verlaufs konnte nicht gelesen werden. Nichts wurde geändert; starten Sie Rollwise neu, oder stellen Sie eine Sicherung wieder her, wenn es wieder passiert.</translation>
    </message>
    <message>
        <source>Unlock your journal on the Journal page to see your history.</source>
        <translation>Entsperren Sie Ihr Journal auf der Journal-Seite, um Ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>%1, with a session</source>
        <translation>%1, mit einer Sitzung</translation>
    </message>
    <message>
        <source>The last 12 weeks</source>
        <translation>Die letzten 12 Wochen</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sitzungen pro Woche</translation>
    </message>
    <message>
        <source>Skin reactions logged per week</source>
        <translation>Erfasste Hautreaktionen pro Woche</translation>
    </message>
    <message>
        <source>One zone over time</source>
        <translation>Eine Zone im Zeitverlauf</translation>
    </message>
    <message>
        <source>This zone has not been needled yet.</source>
        <translation>Diese Zone wurde noch nicht behandelt.</translation>
    </message>
    <message>
        <source>smart device</source>
        <translation>smartes Gerät</translation>
    </message>
    <message>
        <source>No session yet. Your sessions show here once you have had one.</source>
        <translation>Noch keine Sitzung. Ihre Sitzungen erscheinen hier, sobald Sie eine hatten.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Tap a zone to see when it is ready.</source>
        <translation>Tippen Sie auf eine Zone, um zu sehen, wann sie bereit ist.</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>opens soon</source>
        <translation>bald bereit</translation>
    </message>
    <message>
        <source>healing</source>
        <translation>heilt</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>never (eye area)</source>
        <translation>nie (Augenpartie)</translation>
    </message>
    <message>
        <source>Start a session</source>
        <translation>Sitzung starten</translation>
    </message>
    <message>
        <source>Open your journal</source>
        <translation>Ihr Journal öffnen</translation>
    </message>
    <message>
        <source>Wear</source>
        <translation>Abnutzung</translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation>Ihre Sitzungen</translation>
    </message>
</context>
<context>
    <name>InterruptedSessionCard</name>
    <message>
        <source>Session interrupted</source>
        <translation>Sitzung unterbrochen</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Heads and cartridges</source>
        <translation>Köpfe und Kartuschen</translation>
    </message>
</context>
<context>
    <name>JournalStatusCard</name>
    <message numerus="yes">
        <source>%n session(s) recorded.</source>
        <translation>
            <numerusform>%n Sitzung aufgezeichnet.</numerusform>
            <numerusform>%n Sitzungen aufgezeichnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Use a passphrase</source>
        <translation>Passphrase verwenden</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters)</source>
        <translation>Neue Passphrase (mindestens %1 Zeichen)</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Journal key</source>
        <translation>Journal-Schlüssel</translation>
    </message>
    <message>
        <source>Unlock your journal on the Journal page first.</source>
        <translation>Entsperren Sie zuerst Ihr Journal auf der Journal-Seite.</translation>
    </message>
    <message>
        <source>Your journal opens with a passphrase</source>
        <translation>Ihr Journal öffnet sich mit einer Passphrase</translation>
    </message>
    <message>
        <source>Rollwise asks for it at every start. If you forget it, your journal cannot be opened: only a backup helps then.</source>
        <translation>Rollwise fragt bei jedem Start danach. Wenn Sie sie vergessen, lässt sich Ihr Journal nicht öffnen: Dann hilft nur eine Sicherung.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters)</source>
        <translation>Neue Passphrase (mindestens %1 Zeichen)</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Use the system keychain instead</source>
        <translation>Stattdessen den Schlüsselbund des Systems verwenden</translation>
    </message>
    <message>
        <source>Your journal&apos;s key is in the system keychain</source>
        <translation>Der Schlüssel Ihres Journals liegt im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Rollwise opens your journal without asking. Keep the recovery code somewhere safe, on paper: it opens your journal if the keychain is lost.</source>
        <translation>Rollwise öffnet Ihr Journal ohne Nachfrage. Bewahren Sie den Wiederherstellungscode auf Papier an einem sicheren Ort auf: Er öffnet Ihr Journal, falls der Schlüsselbund verloren geht.</translation>
    </message>
    <message>
        <source>Show the recovery code</source>
        <translation>Wiederherstellungscode anzeigen</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>Wiederherstellungscode: %1</translation>
    </message>
    <message>
        <source>A passphrase instead (at least %1 characters)</source>
        <translation>Oder eine Passphrase (mind. %1 Zeichen)</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Diese Passphrase nutzen</translation>
    </message>
</context>
<context>
    <name>LimitRow</name>
    <message>
        <source>Safe default, the loosest allowed: %1</source>
        <translation>Sichere Vorgabe, die lockerste erlaubte: %1</translation>
    </message>
    <message>
        <source>Stricter</source>
        <translation>Strenger</translation>
    </message>
    <message>
        <source>%1: stricter</source>
        <translation>%1: strenger</translation>
    </message>
    <message>
        <source>Looser</source>
        <translation>Lockerer</translation>
    </message>
    <message>
        <source>%1: looser</source>
        <translation>%1: lockerer</translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Rollwise&apos;s limits are its safe defaults. You can make any of them stricter, for example to give your skin more time between sessions; you cannot make them looser.</source>
        <translation>Die Grenzen von Rollwise sind seine sicheren Vorgaben. Sie können jede davon strenger machen, zum Beispiel um Ihrer Haut mehr Zeit zwischen den Sitzungen zu geben; lockerer machen können Sie sie nicht.</translation>
    </message>
    <message>
        <source>Unlock your journal on the Journal page first: your limits are kept in it.</source>
        <translation>Entsperren Sie zuerst Ihr Journal auf der Journal-Seite: Ihre Grenzen sind darin gespeichert.</translation>
    </message>
</context>
<context>
    <name>Localizer</name>
    <message>
        <source>Forehead</source>
        <translation>Stirn</translation>
    </message>
    <message>
        <source>Left cheek</source>
        <translation>Linke Wange</translation>
    </message>
    <message>
        <source>Right cheek</source>
        <translation>Rechte Wange</translation>
    </message>
    <message>
        <source>Nose</source>
        <translation>Nase</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>Kinn</translation>
    </message>
    <message>
        <source>Upper lip</source>
        <translation>Oberlippe</translation>
    </message>
    <message>
        <source>Jawline</source>
        <translation>Kieferlinie</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Hals</translation>
    </message>
    <message>
        <source>Eye area</source>
        <translation>Augenpartie</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Hüften</translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>Upper arms</source>
        <translation>Oberarme</translation>
    </message>
    <message>
        <source>Crown</source>
        <translation>Oberkopf</translation>
    </message>
    <message>
        <source>Hairline</source>
        <translation>Haaransatz</translation>
    </message>
    <message>
        <source>Sides of the scalp</source>
        <translation>Seiten der Kopfhaut</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Körper</translation>
    </message>
    <message>
        <source>Scalp</source>
        <translation>Kopfhaut</translation>
    </message>
    <message>
        <source>The eye area is never needled</source>
        <translation>Die Augenpartie wird nie behandelt</translation>
    </message>
    <message>
        <source>Needle length must be plausible</source>
        <translation>Die Nadellänge muss plausibel sein</translation>
    </message>
    <message>
        <source>Healing interval per zone</source>
        <translation>Erholungszeit pro Zone</translation>
    </message>
    <message>
        <source>At most 3 sessions a week at cosmetic depth</source>
        <translation>Höchstens 3 Sitzungen pro Woche bei kosmetischer Tiefe</translation>
    </message>
    <message>
        <source>Depth limits for home use</source>
        <translation>Tiefengrenzen für die Anwendung zu Hause</translation>
    </message>
    <message>
        <source>Pass cap per zone</source>
        <translation>Höchstzahl an Durchgängen pro Zone</translation>
    </message>
    <message>
        <source>Pass cap per session</source>
        <translation>Höchstzahl an Durchgängen pro Sitzung</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Dauer der Sitzung</translation>
    </message>
    <message>
        <source>Staged pressure feedback</source>
        <translation>Gestufte Rückmeldung zum Druck</translation>
    </message>
    <message>
        <source>Retire worn or single-use heads</source>
        <translation>Abgenutzte und Einweg-Köpfe ausmustern</translation>
    </message>
    <message>
        <source>Head wear</source>
        <translation>Abnutzung des Kopfes</translation>
    </message>
    <message>
        <source>Disinfected since last use</source>
        <translation>Seit der letzten Verwendung desinfiziert</translation>
    </message>
    <message>
        <source>Pre-session check answered</source>
        <translation>Abfrage vor der Sitzung beantwortet</translation>
    </message>
    <message>
        <source>Pregnancy or breast-feeding</source>
        <translation>Schwangerschaft oder Stillzeit</translation>
    </message>
    <message>
        <source>Active skin condition in a zone</source>
        <translation>Akute Hautveränderung in einer Zone</translation>
    </message>
    <message>
        <source>Oral isotretinoin now</source>
        <translation>Derzeit Einnahme von Isotretinoin</translation>
    </message>
    <message>
        <source>Oral isotretinoin stopped under 6 months ago</source>
        <translation>Isotretinoin vor weniger als 6 Monaten abgesetzt</translation>
    </message>
    <message>
        <source>Retinoids, AHA or BHA in the last days</source>
        <translation>Retinoide, AHA oder BHA in den letzten Tagen</translation>
    </message>
    <message>
        <source>Anticoagulants or a bleeding disorder</source>
        <translation>Gerinnungshemmer oder Blutgerinnungsstörung</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>Neigung zu Keloiden</translation>
    </message>
    <message>
        <source>Metal allergy</source>
        <translation>Metallallergie</translation>
    </message>
    <message>
        <source>Uncontrolled diabetes or immunosuppression</source>
        <translation>Nicht eingestellter Diabetes oder geschwächte Abwehr</translation>
    </message>
    <message>
        <source>Vitamin C serum during needling</source>
        <translation>Vitamin-C-Serum beim Needling</translation>
    </message>
    <message>
        <source>Skin reactions lengthen intervals</source>
        <translation>Hautreaktionen verlängern die Abstände</translation>
    </message>
    <message>
        <source>The clock is not trusted</source>
        <translation>Der Uhr wird nicht vertraut</translation>
    </message>
    <message>
        <source>Settings may only be stricter</source>
        <translation>Einstellungen dürfen nur strenger sein</translation>
    </message>
    <message>
        <source>The guard must see the whole journal</source>
        <translation>Die Prüfung muss das ganze Journal sehen</translation>
    </message>
    <message>
        <source>Are you pregnant or breast-feeding?</source>
        <translation>Sind Sie schwanger oder stillen Sie?</translation>
    </message>
    <message>
        <source>Is there active acne, rosacea, eczema, psoriasis, an infection, a cold sore, an open wound or sunburn in any zone?</source>
        <translation>Gibt es in einer Zone akute Akne, Rosazea, ein Ekzem, Schuppenflechte, eine Infektion, einen Lippenherpes, eine offene Wunde oder einen Sonnenbrand?</translation>
    </message>
    <message>
        <source>Are you taking oral isotretinoin?</source>
        <translation>Nehmen Sie Isotretinoin ein?</translation>
    </message>
    <message>
        <source>Did you stop oral isotretinoin in the last 6 months?</source>
        <translation>Haben Sie Isotretinoin in den letzten 6 Monaten abgesetzt?</translation>
    </message>
    <message>
        <source>Have you used a retinoid, AHA or BHA product in the last 3 days?</source>
        <translation>Haben Sie in den letzten 3 Tagen ein Produkt mit Retinoid, AHA oder BHA verwendet?</translation>
    </message>
    <message>
        <source>Do you take anticoagulants or have a bleeding disorder?</source>
        <translation>Nehmen Sie Gerinnungshemmer ein oder haben Sie eine Blutgerinnungsstörung?</translation>
    </message>
    <message>
        <source>Do you tend to form keloid scars?</source>
        <translation>Neigen Sie zu Keloidnarben?</translation>
    </message>
    <message>
        <source>Are you allergic to any metal?</source>
        <translation>Sind Sie gegen ein Metall allergisch?</translation>
    </message>
    <message>
        <source>Do you have uncontrolled diabetes or a weakened immune system?</source>
        <translation>Haben Sie einen nicht eingestellten Diabetes oder ein geschwächtes Immunsystem?</translation>
    </message>
    <message>
        <source>side to side</source>
        <translation>seitlich hin und her</translation>
    </message>
    <message>
        <source>up and down</source>
        <translation>auf und ab</translation>
    </message>
    <message>
        <source>diagonally, lower left to upper right</source>
        <translation>diagonal, von links unten nach rechts oben</translation>
    </message>
    <message>
        <source>diagonally, upper left to lower right</source>
        <translation>diagonal, von links oben nach rechts unten</translation>
    </message>
    <message>
        <source>texture and fine lines</source>
        <translation>Hautbild und feine Linien</translation>
    </message>
    <message>
        <source>the look of scars</source>
        <translation>das Aussehen von Narben</translation>
    </message>
    <message>
        <source>even tone</source>
        <translation>einen ebenmäßigen Teint</translation>
    </message>
    <message>
        <source>the look of pores</source>
        <translation>das Aussehen der Poren</translation>
    </message>
    <message>
        <source>stretch marks</source>
        <translation>Dehnungsstreifen</translation>
    </message>
    <message>
        <source>scalp</source>
        <translation>die Kopfhaut</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <extracomment>A length in millimetres: %1 is the number, already in the locale&apos;s format</extracomment>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A date and a time of day, each already in the locale&apos;s format</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 pass</source>
        <translation>1 Durchgang</translation>
    </message>
    <message>
        <source>%1 passes</source>
        <translation>%1 Durchgänge</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 Sitzungen</translation>
    </message>
    <message>
        <source>The interval multiplier cannot be looser than the default; the default is used.</source>
        <translation>Der Faktor für die Abstände darf nicht lockerer als der Standard sein; der Standard wird verwendet.</translation>
    </message>
    <message>
        <source>The pass cap per zone cannot be looser than the default; the default is used.</source>
        <translation>Die Höchstzahl an Durchgängen pro Zone darf nicht lockerer als der Standard sein; der Standard wird verwendet.</translation>
    </message>
    <message>
        <source>The pass cap per session cannot be looser than the default; the default is used.</source>
        <translation>Die Höchstzahl an Durchgängen pro Sitzung darf nicht lockerer als der Standard sein; der Standard wird verwendet.</translation>
    </message>
    <message>
        <source>The session length warning cannot be looser than the default; the default is used.</source>
        <translation>Die Warnung zur Sitzungsdauer darf nicht lockerer als der Standard sein; der Standard wird verwendet.</translation>
    </message>
    <message>
        <source>The session length limit cannot be looser than the default; the default is used.</source>
        <translation>Die Höchstdauer einer Sitzung darf nicht lockerer als der Standard sein; der Standard wird verwendet.</translation>
    </message>
    <message>
        <source>The depth limit cannot be looser than the default; the default is used.</source>
        <translation>Die Tiefengrenze darf nicht lockerer als der Standard sein; der Standard wird verwendet.</translation>
    </message>
    <message>
        <source>The head&apos;s session limit cannot be looser than the default; the default is used.</source>
        <translation>Die Höchstzahl an Sitzungen pro Kopf darf nicht lockerer als der Standard sein; der Standard wird verwendet.</translation>
    </message>
    <message>
        <source>The head&apos;s age limit cannot be looser than the default; the default is used.</source>
        <translation>Das Höchstalter eines Kopfes darf nicht lockerer als der Standard sein; der Standard wird verwendet.</translation>
    </message>
    <message>
        <source>The light pressure cue cannot be looser than the default; the default is used.</source>
        <translation>Der Hinweis auf leichten Druck darf nicht lockerer als der Standard sein; der Standard wird verwendet.</translation>
    </message>
    <message>
        <source>The pressure warning cannot be looser than the default; the default is used.</source>
        <translation>Die Druckwarnung darf nicht lockerer als der Standard sein; der Standard wird verwendet.</translation>
    </message>
    <message>
        <source>The pressure stop cannot be looser than the default; the default is used.</source>
        <translation>Der Druckstopp darf nicht lockerer als der Standard sein; der Standard wird verwendet.</translation>
    </message>
    <message>
        <source>Skipped by you.</source>
        <translation>Von Ihnen übersprungen.</translation>
    </message>
    <message>
        <source>Stopped for too much pressure.</source>
        <translation>Wegen zu starken Drucks beendet.</translation>
    </message>
    <message>
        <source>Stopped at the session length limit.</source>
        <translation>An der Höchstdauer der Sitzung beendet.</translation>
    </message>
    <message>
        <source>The session was stopped early.</source>
        <translation>Die Sitzung wurde vorzeitig beendet.</translation>
    </message>
    <message>
        <source>Left out: the guard blocked this zone.</source>
        <translation>Ausgelassen: Die Prüfung hat diese Zone gesperrt.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Rollwise</source>
        <translation>Rollwise</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Heads &amp; devices</source>
        <translation>Köpfe &amp; Geräte</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Backups and export</source>
        <translation>Sicherungen und Export</translation>
    </message>
    <message>
        <source>Journal key</source>
        <translation>Journal-Schlüssel</translation>
    </message>
    <message>
        <source>About Rollwise</source>
        <translation>Über Rollwise</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Köpfe</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Plan a session</source>
        <translation>Sitzung planen</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Nachpflege</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Welcome to Rollwise</source>
        <translation>Willkommen bei Rollwise</translation>
    </message>
    <message>
        <source>Rollwise paces your microneedling sessions zone by zone, counts the passes, and keeps the time your skin needs between sessions, so you get the texture and glow you are after without overdoing it.</source>
        <translation>Rollwise gibt Ihren Microneedling-Sitzungen Zone für Zone den Takt vor, zählt die Durchgänge und hält die Zeit ein, die Ihre Haut zwischen den Sitzungen braucht, damit Sie das gewünschte Hautbild und den Glow erreichen, ohne es zu übertreiben.</translation>
    </message>
    <message>
        <source>It is a cosmetic companion: it does not diagnose or treat any skin condition, and it never needles the area around the eyes.</source>
        <translation>Rollwise ist ein kosmetischer Begleiter: Es stellt keine Diagnosen, behandelt keine Hautbeschwerden und sieht nie ein Needling der Augenpartie vor.</translation>
    </message>
    <message>
        <source>Your journal stays with you</source>
        <translation>Ihr Journal bleibt bei Ihnen</translation>
    </message>
    <message>
        <source>Everything you record stays on this device, encrypted. There is no account, no cloud and no network: nothing leaves unless you make a backup or an export yourself.</source>
        <translation>Alles, was Sie aufzeichnen, bleibt verschlüsselt auf diesem Gerät. Es gibt kein Konto, keine Cloud und kein Netzwerk: Nichts verlässt das Gerät, außer Sie erstellen selbst eine Sicherung oder einen Export.</translation>
    </message>
    <message>
        <source>The key to your journal</source>
        <translation>Der Schlüssel zu Ihrem Journal</translation>
    </message>
    <message>
        <source>Its key is kept in your system&apos;s keychain, so Rollwise opens without asking. Write this recovery code on paper and keep it safe: it opens your journal if the keychain is lost. It is shown again only in Settings.</source>
        <translation>Sein Schlüssel wird im Schlüsselbund des Systems aufbewahrt, daher öffnet sich Rollwise ohne Nachfrage. Schreiben Sie diesen Wiederherstellungscode auf Papier und bewahren Sie ihn sicher auf: Er öffnet Ihr Journal, falls der Schlüsselbund verloren geht. Er wird nur in den Einstellungen erneut angezeigt.</translation>
    </message>
    <message>
        <source>To check you wrote it down, type group %1 and group %2.</source>
        <translation>Zur Kontrolle, dass Sie ihn notiert haben, geben Sie Gruppe %1 und Gruppe %2 ein.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>✓ That matches. Keep the paper somewhere safe.</source>
        <translation>✓ Das stimmt. Bewahren Sie das Papier sicher auf.</translation>
    </message>
    <message>
        <source>That does not match. Compare it with the code above and try again.</source>
        <translation>Das stimmt nicht. Vergleichen Sie es mit dem Code oben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your journal opens with your passphrase. You can change it in Settings.</source>
        <translation>Ihr Journal öffnet sich mit Ihrer Passphrase. Sie können sie in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Prefer a passphrase you type at every start? You can switch in Settings, under Journal key.</source>
        <translation>Lieber eine Passphrase, die Sie bei jedem Start eingeben? Sie können in den Einstellungen unter „Journal-Schlüssel“ wechseln.</translation>
    </message>
    <message>
        <source>What do you roll with?</source>
        <translation>Womit rollen Sie?</translation>
    </message>
    <message>
        <source>My device</source>
        <translation>Mein Gerät</translation>
    </message>
    <message>
        <source>A plain roller</source>
        <translation>Ein einfacher Roller</translation>
    </message>
    <message>
        <source>A smart roller or pen</source>
        <translation>Ein smarter Roller oder Pen</translation>
    </message>
    <message>
        <source>Pair it later from the devices screen: its heads are added when it first syncs.</source>
        <translation>Koppeln Sie es später in der Geräteübersicht: Seine Köpfe werden beim ersten Abgleich hinzugefügt.</translation>
    </message>
    <message>
        <source>Needle length (on the packaging)</source>
        <translation>Nadellänge (auf der Verpackung)</translation>
    </message>
    <message>
        <source>Number of needles</source>
        <translation>Anzahl der Nadeln</translation>
    </message>
    <message>
        <source>Add this roller</source>
        <translation>Diesen Roller hinzufügen</translation>
    </message>
    <message>
        <source>A few questions before your first session</source>
        <translation>Ein paar Fragen vor Ihrer ersten Sitzung</translation>
    </message>
    <message>
        <source>Your answers are dated; Rollwise asks again when they may have changed. The rest is asked before each session.</source>
        <translation>Ihre Antworten werden mit Datum gespeichert; Rollwise fragt erneut, wenn sie sich geändert haben könnten. Der Rest wird vor jeder Sitzung gefragt.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the questions</source>
        <translation>Fragen überspringen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Save your reminders as a calendar file</source>
        <translation>Ihre Erinnerungen als Kalenderdatei speichern</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Reminders for a day come at</source>
        <translation>Erinnerungen für einen Tag kommen um</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>A reminder due in quiet hours waits until they end.</source>
        <translation>Eine Erinnerung in den Ruhezeiten wartet, bis sie vorbei sind.</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Ruhe ab</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Ruhe bis</translation>
    </message>
    <message>
        <source>One reminder per zone</source>
        <translation>Eine Erinnerung pro Zone</translation>
    </message>
    <message>
        <source>Otherwise one reminder when every zone of your last session is ready.</source>
        <translation>Sonst eine Erinnerung, wenn alle Zonen Ihrer letzten Sitzung wieder bereit sind.</translation>
    </message>
    <message>
        <source>In your calendar</source>
        <translation>In Ihrem Kalender</translation>
    </message>
    <message>
        <source>Save the coming reminders as a calendar file for any calendar app. Each event says only &quot;Rollwise&quot; and the time, since calendars are often kept on a server.</source>
        <translation>Speichern Sie die kommenden Erinnerungen als Kalenderdatei für jede Kalender-App. Jeder Termin nennt nur „Rollwise“ und die Uhrzeit, da Kalender oft auf einem Server liegen.</translation>
    </message>
    <message>
        <source>Save a calendar file…</source>
        <translation>Kalenderdatei speichern…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n reminder(s) to %1.</source>
        <translation>
            <numerusform>%n Erinnerung in %1 gespeichert.</numerusform>
            <numerusform>%n Erinnerungen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which reminders</source>
        <translation>Welche Erinnerungen</translation>
    </message>
    <message>
        <source>Also when Rollwise is closed</source>
        <translation>Auch wenn Rollwise geschlossen ist</translation>
    </message>
    <message>
        <source>A small timer of your system checks every quarter hour and shows what is due, also what it missed while the computer was off.</source>
        <translation>Ein kleiner Zeitgeber Ihres Systems prüft jede Viertelstunde und zeigt, was fällig ist, auch was er verpasst hat, während der Computer aus war.</translation>
    </message>
</context>
<context>
    <name>RestoreCard</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Adds what the backup holds and this journal lacks. Nothing is overwritten; you see what will be added first.</source>
        <translation>Fügt hinzu, was die Sicherung enthält und diesem Journal fehlt. Nichts wird überschrieben; Sie sehen zuerst, was hinzukommt.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>Its backup passphrase</source>
        <translation>Ihre Sicherungs-Passphrase</translation>
    </message>
    <message>
        <source>Look inside</source>
        <translation>Inhalt ansehen</translation>
    </message>
    <message>
        <source>Add to my journal</source>
        <translation>Zu meinem Journal hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SessionAftercarePage</name>
    <message>
        <source>Aftercare</source>
        <translation>Nachpflege</translation>
    </message>
    <message>
        <source>Needling again</source>
        <translation>Erneutes Needling</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SessionDetailPage</name>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n Durchgang</numerusform>
            <numerusform>%n Durchgänge</numerusform>
        </translation>
    </message>
    <message>
        <source>Skin reaction: %1</source>
        <translation>Hautreaktion: %1</translation>
    </message>
    <message>
        <source>Warnings and overrides</source>
        <translation>Warnungen und Ausnahmen</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Bestätigt: %1</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Übergangen: %1</translation>
    </message>
    <message>
        <source>Log a skin reaction</source>
        <translation>Hautreaktion eintragen</translation>
    </message>
    <message>
        <source>Which zone?</source>
        <translation>Welche Zone?</translation>
    </message>
    <message>
        <source>What did the skin do?</source>
        <translation>Wie hat die Haut reagiert?</translation>
    </message>
    <message>
        <source>Save the reaction</source>
        <translation>Reaktion speichern</translation>
    </message>
</context>
<context>
    <name>SessionGuidedPage</name>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Skip zone</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Tonsignale</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>%1 · zone %2 of %3 · %4 left</source>
        <translation>%1 · Zone %2 von %3 · noch %4</translation>
    </message>
    <message>
        <source>Pass %1 of %2</source>
        <translation>Durchgang %1 von %2</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>⚠ That pass went %1</source>
        <translation>⚠ Dieser Durchgang: %1</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Ease off</source>
        <translation>Sanfter</translation>
    </message>
    <message>
        <source>Too much</source>
        <translation>Zu viel</translation>
    </message>
    <message>
        <source>Depth %1</source>
        <translation>Tiefe %1</translation>
    </message>
    <message>
        <source>The device is not connected: Rollwise paces the passes now. Confirm each one.</source>
        <translation>Das Gerät ist nicht verbunden: Rollwise gibt jetzt den Takt der Durchgänge vor. Bestätigen Sie jeden einzeln.</translation>
    </message>
    <message>
        <source>The device counts the passes</source>
        <translation>Das Gerät zählt die Durchgänge</translation>
    </message>
    <message>
        <source>Next pass (Space)</source>
        <translation>Nächster Durchgang (Leertaste)</translation>
    </message>
    <message>
        <source>Skip %1?</source>
        <translation>%1 überspringen?</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Warum (optional)</translation>
    </message>
    <message>
        <source>Simulate this pass</source>
        <translation>Diesen Durchgang simulieren</translation>
    </message>
    <message>
        <source>Next pass</source>
        <translation>Nächster Durchgang</translation>
    </message>
</context>
<context>
    <name>SessionPlanPage</name>
    <message>
        <source>Plan a session</source>
        <translation>Sitzung planen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Depth (mm)</source>
        <translation>Tiefe (mm)</translation>
    </message>
    <message>
        <source>Needle length (mm)</source>
        <translation>Nadellänge (mm)</translation>
    </message>
    <message>
        <source>Needle length in millimetres</source>
        <translation>Nadellänge in Millimetern</translation>
    </message>
    <message>
        <source>Needles on the roller</source>
        <translation>Nadeln auf dem Roller</translation>
    </message>
    <message>
        <source>Continue to the checks</source>
        <translation>Weiter zu den Prüfungen</translation>
    </message>
</context>
<context>
    <name>SessionPreparePage</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Skin cleansed and dry</source>
        <translation>Haut gereinigt und trocken</translation>
    </message>
    <message>
        <source>Retinoids and acids stopped for 2 days</source>
        <translation>Retinoide und Säuren seit 2 Tagen pausiert</translation>
    </message>
    <message>
        <source>Numbing cream applied, or not used</source>
        <translation>Betäubungscreme aufgetragen oder nicht verwendet</translation>
    </message>
    <message>
        <source>Questions to answer again</source>
        <translation>Erneut zu beantwortende Fragen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>%1 · %2 % worn</source>
        <translation>%1 · %2 % abgenutzt</translation>
    </message>
    <message>
        <source>disinfect before use</source>
        <translation>vor Gebrauch desinfizieren</translation>
    </message>
    <message>
        <source>Add this roller (%1)</source>
        <translation>Diesen Roller hinzufügen (%1)</translation>
    </message>
    <message>
        <source>I disinfected it now</source>
        <translation>Ich habe ihn jetzt desinfiziert</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>A vitamin C serum</source>
        <translation>Ein Vitamin-C-Serum</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>Ich habe das gelesen</translation>
    </message>
    <message>
        <source>Why you go ahead anyway</source>
        <translation>Warum Sie trotzdem fortfahren</translation>
    </message>
    <message>
        <source>Go ahead with this reason</source>
        <translation>Mit dieser Begründung fortfahren</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Sitzung starten</translation>
    </message>
    <message>
        <source>Device (simulated)</source>
        <translation>Gerät (simuliert)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>No smart device is chosen. Pair one under Heads &amp; devices, or start anyway: Rollwise paces the passes and you confirm each one.</source>
        <translation>Kein smartes Gerät ausgewählt. Koppeln Sie eines unter „Köpfe &amp; Geräte“, oder starten Sie trotzdem: Rollwise gibt den Takt der Durchgänge vor, und Sie bestätigen jeden einzeln.</translation>
    </message>
    <message>
        <source>The device in use is not the kind this plan is for. Choose it under Heads &amp; devices, or change the plan&apos;s device.</source>
        <translation>Das verwendete Gerät passt nicht zu diesem Plan. Wählen Sie das richtige unter „Köpfe &amp; Geräte“, oder ändern Sie das Gerät im Plan.</translation>
    </message>
    <message>
        <source>Connecting to your device and copying the sessions it stored…</source>
        <translation>Verbindung zum Gerät wird hergestellt, gespeicherte Sitzungen werden übernommen…</translation>
    </message>
    <message>
        <source>Connected. The device counts the passes, measures them and buzzes at each cue.</source>
        <translation>Verbunden. Das Gerät zählt und misst die Durchgänge und vibriert bei jedem Hinweis.</translation>
    </message>
    <message>
        <source>The device could not be reached. Check that it is on and near, then try again; or start anyway: Rollwise paces the passes.</source>
        <translation>Das Gerät war nicht erreichbar. Prüfen Sie, ob es eingeschaltet und in der Nähe ist, und versuchen Sie es erneut; oder starten Sie trotzdem: Rollwise gibt den Takt der Durchgänge vor.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Heads &amp; devices</source>
        <translation>Köpfe &amp; Geräte</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>%1: %2, %3 first. Hold the skin taut and lift the roller between passes.</source>
        <translation>%1: %2, zuerst %3. Halten Sie die Haut straff und heben Sie den Roller zwischen den Durchgängen ab.</translation>
    </message>
    <message>
        <source>Pass %1 of %2, %3.</source>
        <translation>Durchgang %1 von %2, %3.</translation>
    </message>
    <message>
        <source>Lift the roller and confirm the pass.</source>
        <translation>Heben Sie den Roller ab und bestätigen Sie den Durchgang.</translation>
    </message>
    <message>
        <source>Now %1.</source>
        <translation>Jetzt %1.</translation>
    </message>
    <message>
        <source>That pass went %1; the guide says %2. It counts; follow the guide for the next one.</source>
        <translation>Dieser Durchgang ging %1; die Anleitung sagt %2. Er zählt; folgen Sie beim nächsten der Anleitung.</translation>
    </message>
    <message>
        <source>%1 done.</source>
        <translation>%1 fertig.</translation>
    </message>
    <message>
        <source>%1 skipped.</source>
        <translation>%1 übersprungen.</translation>
    </message>
    <message>
        <source>Ease off a little.</source>
        <translation>Etwas weniger Druck.</translation>
    </message>
    <message>
        <source>Far too much pressure: lift the roller now.</source>
        <translation>Viel zu viel Druck: Heben Sie den Roller jetzt ab.</translation>
    </message>
    <message>
        <source>Too much pressure: lighten your hand.</source>
        <translation>Zu viel Druck: Führen Sie die Hand leichter.</translation>
    </message>
    <message>
        <source>Too much pressure: %1 ends here. Let the roller&apos;s weight do the work.</source>
        <translation>Zu viel Druck: %1 endet hier. Lassen Sie das Gewicht des Rollers die Arbeit machen.</translation>
    </message>
    <message>
        <source>Sessions usually take at most %1: finish this zone and move to aftercare.</source>
        <translation>Sitzungen dauern meist höchstens %1: Schließen Sie diese Zone ab und gehen Sie zur Nachpflege über.</translation>
    </message>
    <message>
        <source>That is the longest a session may last: time for aftercare.</source>
        <translation>Länger darf eine Sitzung nicht dauern: Zeit für die Nachpflege.</translation>
    </message>
    <message>
        <source>The device disconnected. Resume to go on with Rollwise pacing each pass, or stop the session.</source>
        <translation>Die Verbindung zum Gerät ist getrennt. Setzen Sie fort, dann gibt Rollwise das Tempo jedes Durchgangs vor, oder beenden Sie die Sitzung.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>Resumed: Rollwise paces the passes now; confirm each one.</source>
        <translation>Fortgesetzt: Rollwise gibt jetzt das Tempo der Durchgänge vor; bestätigen Sie jeden einzeln.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <source>Aftercare: a gentle serum now; no makeup or actives for 24 hours; mineral sunscreen from day 2; no sauna or swimming for 24 - 72 hours. See a doctor for spreading redness, pus or fever.</source>
        <translation>Nachpflege: jetzt ein mildes Serum; 24 Stunden kein Make-up und keine Wirkstoffe; ab Tag 2 mineralischer Sonnenschutz; 24 – 72 Stunden keine Sauna und kein Schwimmen. Bei sich ausbreitender Rötung, Eiter oder Fieber gehen Sie zu einer Ärztin oder einem Arzt.</translation>
    </message>
    <message>
        <source>The session is over: put the roller down.</source>
        <translation>Die Sitzung ist vorbei: Legen Sie den Roller weg.</translation>
    </message>
    <message>
        <source>That is not possible at this step of the session.</source>
        <translation>Das ist in diesem Schritt der Sitzung nicht möglich.</translation>
    </message>
    <message>
        <source>Read and acknowledge every warning first.</source>
        <translation>Lesen und bestätigen Sie zuerst alle Warnungen.</translation>
    </message>
    <message>
        <source>No such warning is waiting.</source>
        <translation>Diese Warnung steht nicht aus.</translation>
    </message>
    <message>
        <source>No zone is in progress.</source>
        <translation>Gerade ist keine Zone in Arbeit.</translation>
    </message>
    <message>
        <source>Choose at least one zone to needle.</source>
        <translation>Wählen Sie mindestens eine Zone für das Needling.</translation>
    </message>
    <message>
        <source>%1 is not part of a %2 session.</source>
        <translation>%1 gehört nicht zu einer Sitzung für %2.</translation>
    </message>
    <message>
        <source>These zones do not fit in a %1 session: choose fewer.</source>
        <translation>Diese Zonen passen nicht in eine Sitzung von %1: Wählen Sie weniger.</translation>
    </message>
</context>
<context>
    <name>SettingSwitch</name>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&quot;Like the system&quot; follows the system&apos;s choice when Rollwise starts.</source>
        <translation>„Wie das System“ folgt der Wahl des Systems beim Start von Rollwise.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Make the safety limits stricter</source>
        <translation>Die Sicherheitsgrenzen verschärfen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>What comes up between sessions, and when</source>
        <translation>Was zwischen den Sitzungen ansteht, und wann</translation>
    </message>
    <message>
        <source>Backups and export</source>
        <translation>Sicherungen und Export</translation>
    </message>
    <message>
        <source>Daily encrypted backups, restore, CSV or JSON</source>
        <translation>Tägliche verschlüsselte Sicherungen, wiederherstellen, CSV oder JSON</translation>
    </message>
    <message>
        <source>Journal key</source>
        <translation>Journal-Schlüssel</translation>
    </message>
    <message>
        <source>Passphrase or system keychain, recovery code</source>
        <translation>Passphrase oder Schlüsselbund des Systems, Wiederherstellungscode</translation>
    </message>
    <message>
        <source>About Rollwise</source>
        <translation>Über Rollwise</translation>
    </message>
    <message>
        <source>Version, licences, where the safety rules come from</source>
        <translation>Version, Lizenzen, Herkunft der Sicherheitsregeln</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Rollwise speaks</source>
        <translation>Rollwise spricht</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Rollwise.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Rollwise.</translation>
    </message>
</context>
<context>
    <name>SyncProgressCard</name>
    <message>
        <source>No device in use</source>
        <translation>Kein Gerät in Gebrauch</translation>
    </message>
    <message>
        <source>SIMULATED</source>
        <translation>SIMULIERT</translation>
    </message>
    <message>
        <source>Head wear</source>
        <translation>Abnutzung des Kopfes</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
</context>
<context>
    <name>WearGauge</name>
    <message>
        <source>✕ Worn out: replace it now</source>
        <translation>✕ Abgenutzt: jetzt ersetzen</translation>
    </message>
    <message>
        <source>⚠ Replace it soon</source>
        <translation>⚠ Bald ersetzen</translation>
    </message>
    <message>
        <source>✓ In good shape</source>
        <translation>✓ In gutem Zustand</translation>
    </message>
</context>
<context>
    <name>ZoneCard</name>
    <message>
        <source>%1, included in sessions</source>
        <translation>%1, in Sitzungen enthalten</translation>
    </message>
    <message>
        <source>%1, never needled. %2</source>
        <translation>%1, wird nie behandelt. %2</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Enthalten</translation>
    </message>
    <message>
        <source>Never needled</source>
        <translation>Wird nie behandelt</translation>
    </message>
    <message>
        <source>Included in guided sessions</source>
        <translation>In geführten Sitzungen enthalten</translation>
    </message>
</context>
<context>
    <name>ZoneMap</name>
    <message>
        <source>Map of the face</source>
        <translation>Karte des Gesichts</translation>
    </message>
    <message>
        <source>Map of the body</source>
        <translation>Karte des Körpers</translation>
    </message>
    <message>
        <source>Map of the scalp</source>
        <translation>Karte der Kopfhaut</translation>
    </message>
</context>
<context>
    <name>ZonesPage</name>
    <message>
        <source>Face zones</source>
        <translation>Zonen des Gesichts</translation>
    </message>
    <message>
        <source>A guided session visits %1 zones, from the forehead down to the neck. The eye area is always left out.</source>
        <translation>Eine geführte Sitzung besucht %1 Zonen, von der Stirn bis zum Hals. Die Augenpartie wird immer ausgelassen.</translation>
    </message>
    <message>
        <source>Rollwise is a cosmetic companion. It does not diagnose or treat any condition.</source>
        <translation>Rollwise ist ein kosmetischer Begleiter. Es stellt keine Diagnosen und behandelt keine Erkrankungen.</translation>
    </message>
</context>
<context>
    <name>rollwise::app::DevicesController</name>
    <message>
        <source>This computer has no Bluetooth adapter. Plug in a Bluetooth LE adapter (or use a computer or phone with one); until then, only the simulated roller is here.</source>
        <translation>Dieser Computer hat keinen Bluetooth-Adapter. Schließen Sie einen Bluetooth-LE-Adapter an (oder verwenden Sie einen Computer oder ein Telefon mit einem); bis dahin ist hier nur der simulierte Roller verfügbar.</translation>
    </message>
    <message>
        <source>Bluetooth is off. Turn it on in the system settings; Rollwise finds your device as soon as it is on.</source>
        <translation>Bluetooth ist aus. Schalten Sie es in den Systemeinstellungen ein; Rollwise findet Ihr Gerät, sobald es an ist.</translation>
    </message>
    <message>
        <source>Bluetooth is off. Turn it on in your desktop&apos;s Bluetooth settings (or run &quot;bluetoothctl power on&quot; in a terminal); Rollwise notices by itself.</source>
        <translation>Bluetooth ist aus. Schalten Sie es in den Bluetooth-Einstellungen Ihres Desktops ein (oder führen Sie „bluetoothctl power on“ in einem Terminal aus); Rollwise bemerkt das von selbst.</translation>
    </message>
    <message>
        <source>Rollwise may not use Bluetooth. Allow it in the system settings, then search again.</source>
        <translation>Rollwise darf Bluetooth nicht verwenden. Erlauben Sie es in den Systemeinstellungen und suchen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Rollwise may not use Bluetooth. Ask your administrator to let your user use Bluetooth (on most systems: the &quot;bluetooth&quot; group), then log in again and search.</source>
        <translation>Rollwise darf Bluetooth nicht verwenden. Bitten Sie Ihren Administrator, Ihrem Benutzer Bluetooth zu erlauben (auf den meisten Systemen: die Gruppe „bluetooth“), melden Sie sich dann erneut an und suchen Sie.</translation>
    </message>
    <message>
        <source>Strong signal</source>
        <translation>Starkes Signal</translation>
    </message>
    <message>
        <source>Fair signal</source>
        <translation>Mittleres Signal</translation>
    </message>
    <message>
        <source>Weak signal: bring it closer</source>
        <translation>Schwaches Signal: näher heranbringen</translation>
    </message>
    <message>
        <source>Ready to pair</source>
        <translation>Bereit zum Koppeln</translation>
    </message>
    <message>
        <source>Has sessions to sync</source>
        <translation>Hat Sitzungen zum Abgleichen</translation>
    </message>
    <message>
        <source>Simulated roller (%1)</source>
        <translation>Simulierter Roller (%1)</translation>
    </message>
    <message>
        <source>Smart roller</source>
        <translation>Smarter Roller</translation>
    </message>
    <message>
        <source>Unnamed Rollwise device</source>
        <translation>Unbenanntes Rollwise-Gerät</translation>
    </message>
    <message>
        <source>Roller</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Pen</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Stempel</translation>
    </message>
    <message>
        <source>A kind Rollwise does not know (manual mode)</source>
        <translation>Eine Art, die Rollwise nicht kennt (manueller Modus)</translation>
    </message>
    <message>
        <source>Battery: known after the next sync</source>
        <translation>Akku: bekannt nach dem nächsten Abgleich</translation>
    </message>
    <message>
        <source>Battery: %1 %</source>
        <translation>Akku: %1 %</translation>
    </message>
    <message>
        <source>Firmware: known after the next sync</source>
        <translation>Firmware: bekannt nach dem nächsten Abgleich</translation>
    </message>
    <message>
        <source>Firmware: %1</source>
        <translation>Firmware: %1</translation>
    </message>
    <message>
        <source>Features: known after the next sync</source>
        <translation>Funktionen: bekannt nach dem nächsten Abgleich</translation>
    </message>
    <message>
        <source>counts passes</source>
        <translation>zählt Durchgänge</translation>
    </message>
    <message>
        <source>senses pressure</source>
        <translation>erkennt Druck</translation>
    </message>
    <message>
        <source>senses speed</source>
        <translation>erkennt Tempo</translation>
    </message>
    <message>
        <source>measures depth</source>
        <translation>misst Tiefe</translation>
    </message>
    <message>
        <source>vibrates to pace you</source>
        <translation>gibt per Vibration den Takt vor</translation>
    </message>
    <message>
        <source>takes replaceable heads</source>
        <translation>nimmt austauschbare Köpfe auf</translation>
    </message>
    <message>
        <source>Features: none beyond storing sessions</source>
        <translation>Funktionen: nur Speichern von Sitzungen</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Funktionen: %1</translation>
    </message>
    <message>
        <source>Head: known after the next sync</source>
        <translation>Kopf: bekannt nach dem nächsten Abgleich</translation>
    </message>
    <message numerus="yes">
        <source>Head: %1, %n needles</source>
        <translation>
            <numerusform>Kopf: %1, %n Nadel</numerusform>
            <numerusform>Kopf: %1, %n Nadeln</numerusform>
        </translation>
    </message>
    <message>
        <source>worn %1 %</source>
        <translation>%1 % abgenutzt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Reading the device…</source>
        <translation>Gerät wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions</source>
        <translation>
            <numerusform>%1 von %n Sitzung</numerusform>
            <numerusform>%1 von %n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pair a device, or use the simulated roller.</source>
        <translation>Koppeln Sie ein Gerät, oder verwenden Sie den simulierten Roller.</translation>
    </message>
    <message>
        <source>Up to date: the device held no new sessions.</source>
        <translation>Aktuell: Auf dem Gerät waren keine neuen Sitzungen.</translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %n sessions copied into your journal.</source>
        <translation>
            <numerusform>Aktuell: %n Sitzung in Ihr Journal kopiert.</numerusform>
            <numerusform>Aktuell: %n Sitzungen in Ihr Journal kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions copied. The others failed their checks and stay on the device; sync again, and if they keep failing, the device needs its maker&apos;s help.</source>
        <translation>
            <numerusform>%1 von %n Sitzung kopiert. Sie hat die Prüfung nicht bestanden und bleibt auf dem Gerät; gleichen Sie erneut ab, und wenn sie weiterhin scheitert, braucht das Gerät die Hilfe seines Herstellers.</numerusform>
            <numerusform>%1 von %n Sitzungen kopiert. Die übrigen haben die Prüfung nicht bestanden und bleiben auf dem Gerät; gleichen Sie erneut ab, und wenn sie weiterhin scheitern, braucht das Gerät die Hilfe seines Herstellers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync stopped: %1 of %n sessions are in your journal; the next sync copies the rest.</source>
        <translation>
            <numerusform>Abgleich angehalten: %1 von %n Sitzung ist in Ihrem Journal; der nächste Abgleich kopiert den Rest.</numerusform>
            <numerusform>Abgleich angehalten: %1 von %n Sitzungen sind in Ihrem Journal; der nächste Abgleich kopiert den Rest.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync did not finish: %1 of its sessions are in your journal. Try again.</source>
        <translation>Der Abgleich wurde nicht abgeschlossen: %1 seiner Sitzungen sind in Ihrem Journal. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>rollwise::app::HeadsController</name>
    <message>
        <source>Unlock your journal first: your heads are kept in it.</source>
        <translation>Entsperren Sie zuerst Ihr Journal: Ihre Köpfe werden darin aufbewahrt.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Free some space and try again; nothing was lost.</source>
        <translation>Der Speicher ist voll, daher wurde dies nicht gespeichert. Geben Sie etwas Platz frei und versuchen Sie es erneut; nichts ging verloren.</translation>
    </message>
    <message>
        <source>This could not be saved in your journal. Try again; nothing was lost.</source>
        <translation>Dies konnte nicht in Ihrem Journal gespeichert werden. Versuchen Sie es erneut; nichts ging verloren.</translation>
    </message>
    <message>
        <source>Choose the needle length and the number of needles on the head&apos;s packaging.</source>
        <translation>Wählen Sie die Nadellänge und die Nadelanzahl, die auf der Verpackung des Kopfes stehen.</translation>
    </message>
    <message>
        <source>Added. Your next session counts on this head.</source>
        <translation>Hinzugefügt. Ihre nächste Sitzung wird auf diesen Kopf angerechnet.</translation>
    </message>
    <message>
        <source>Noted: disinfected now.</source>
        <translation>Vermerkt: jetzt desinfiziert.</translation>
    </message>
    <message>
        <source>Retired. Add the new head so your sessions count on it.</source>
        <translation>Ausgemustert. Fügen Sie den neuen Kopf hinzu, damit Ihre Sitzungen auf ihn angerechnet werden.</translation>
    </message>
    <message>
        <source>Noted. A damaged head is not used again: replace it.</source>
        <translation>Vermerkt. Ein beschädigter Kopf wird nicht wieder verwendet: Ersetzen Sie ihn.</translation>
    </message>
    <message>
        <source>Cartridge, %1, %2 needles</source>
        <translation>Kartusche, %1, %2 Nadeln</translation>
    </message>
    <message>
        <source>Cartridge, %1</source>
        <translation>Kartusche, %1</translation>
    </message>
    <message>
        <source>Roller head, %1, %2 needles</source>
        <translation>Rollerkopf, %1, %2 Nadeln</translation>
    </message>
    <message>
        <source>Roller head, %1</source>
        <translation>Rollerkopf, %1</translation>
    </message>
    <message>
        <source>Disinfect it before the next session: it was used since it was last cleaned.</source>
        <translation>Vor der nächsten Sitzung desinfizieren: seit der letzten Reinigung benutzt.</translation>
    </message>
    <message>
        <source>Not disinfected yet.</source>
        <translation>Noch nicht desinfiziert.</translation>
    </message>
    <message>
        <source>Clean: disinfected %1.</source>
        <translation>Sauber: desinfiziert %1.</translation>
    </message>
    <message>
        <source>Retired on %1.</source>
        <translation>Ausgemustert am %1.</translation>
    </message>
    <message>
        <source>Retired on %1: %2</source>
        <translation>Ausgemustert am %1: %2</translation>
    </message>
    <message>
        <source>%1, %2 with high pressure</source>
        <translation>%1, %2 mit hohem Druck</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Worn out</source>
        <translation>Abgenutzt</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Changing the needle length</source>
        <translation>Wechsel der Nadellänge</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Anderer Grund</translation>
    </message>
</context>
<context>
    <name>rollwise::app::HistoryController</name>
    <message>
        <source>skin reaction logged</source>
        <translation>Hautreaktion erfasst</translation>
    </message>
    <message>
        <source>closed until it has healed</source>
        <translation>gesperrt bis zur Heilung</translation>
    </message>
    <message>
        <source>rested until %1 (%2 longer after the reaction)</source>
        <translation>Ruhe bis %1 (%2 länger nach der Reaktion)</translation>
    </message>
    <message>
        <source>rested until %1</source>
        <translation>Ruhe bis %1</translation>
    </message>
</context>
<context>
    <name>rollwise::app::HistoryListModel</name>
    <message>
        <source>Zones not given yet</source>
        <translation>Zonen noch nicht angegeben</translation>
    </message>
    <message>
        <source>No zone</source>
        <translation>Keine Zone</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Nicht beendet</translation>
    </message>
</context>
<context>
    <name>rollwise::app::HomeController</name>
    <message>
        <source>Your journal is locked, so Rollwise cannot tell which zones have healed. Every zone stays closed until you unlock it on the Journal page.</source>
        <translation>Ihr Journal ist gesperrt, daher kann Rollwise nicht erkennen, welche Zonen verheilt sind. Jede Zone bleibt gesperrt, bis Sie es auf der Seite „Journal“ entsperren.</translation>
    </message>
    <message>
        <source>Your journal could not be read, so Rollwise cannot tell which zones have healed. Every zone stays closed; restart Rollwise, or restore a backup if it keeps happening.</source>
        <translation>Ihr Journal konnte nicht gelesen werden, daher kann Rollwise nicht erkennen, welche Zonen verheilt sind. Jede Zone bleibt gesperrt; starten Sie Rollwise neu, oder stellen Sie eine Sicherung wieder her, wenn es wieder passiert.</translation>
    </message>
    <message>
        <source>No streak yet: each session inside its window adds one. Sessions too early never count.</source>
        <translation>Noch keine Serie: Jede Sitzung in ihrem Zeitfenster zählt eins dazu. Zu frühe Sitzungen zählen nie.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in a row inside their window. Sessions too early never count.</source>
        <translation>
            <numerusform>%n Sitzung in Folge in ihrem Zeitfenster. Zu frühe Sitzungen zählen nie.</numerusform>
            <numerusform>%n Sitzungen in Folge in ihrem Zeitfenster. Zu frühe Sitzungen zählen nie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cartridge, %1</source>
        <translation>Kartusche, %1</translation>
    </message>
    <message>
        <source>Roller head, %1</source>
        <translation>Rollerkopf, %1</translation>
    </message>
    <message>
        <source>%1% worn after %2.</source>
        <translation>%1 % abgenutzt nach %2.</translation>
    </message>
    <message>
        <source>Disinfect it before the next session.</source>
        <translation>Vor der nächsten Sitzung desinfizieren.</translation>
    </message>
    <message numerus="yes">
        <source>Last session: %1, %n zone(s), %2.</source>
        <translation>
            <numerusform>Letzte Sitzung: %1, %n Zone, %2.</numerusform>
            <numerusform>Letzte Sitzung: %1, %n Zonen, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No session yet.</source>
        <translation>Noch keine Sitzung.</translation>
    </message>
    <message>
        <source>%1: never needled; the skin there is too thin.</source>
        <translation>%1: wird nie behandelt; die Haut ist dort zu dünn.</translation>
    </message>
    <message>
        <source>%1: closed until you unlock your journal.</source>
        <translation>%1: gesperrt, bis Sie Ihr Journal entsperren.</translation>
    </message>
    <message>
        <source>%1: closed, because your journal could not be read.</source>
        <translation>%1: gesperrt, weil Ihr Journal nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>%1: closed until the skin has healed.</source>
        <translation>%1: gesperrt, bis die Haut verheilt ist.</translation>
    </message>
    <message>
        <source>%1: ready.</source>
        <translation>%1: bereit.</translation>
    </message>
    <message>
        <source>No session until your journal can be read</source>
        <translation>Keine Sitzung, bis Ihr Journal lesbar ist</translation>
    </message>
    <message numerus="yes">
        <source>A session is possible now: %n zone(s) ready</source>
        <translation>
            <numerusform>Eine Sitzung ist jetzt möglich: %n Zone bereit</numerusform>
            <numerusform>Eine Sitzung ist jetzt möglich: %n Zonen bereit</numerusform>
        </translation>
    </message>
    <message>
        <source>Next session: from %1 (%2)</source>
        <translation>Nächste Sitzung: ab %1 (%2)</translation>
    </message>
    <message>
        <source>No zone can be needled at the moment</source>
        <translation>Derzeit kann keine Zone behandelt werden</translation>
    </message>
    <message>
        <source>Before you start: %1</source>
        <translation>Vor dem Start: %1</translation>
    </message>
</context>
<context>
    <name>rollwise::app::JournalController</name>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>That passphrase does not open your journal. Check it and try again; nothing was changed.</source>
        <translation>Diese Passphrase öffnet Ihr Journal nicht. Prüfen Sie sie und versuchen Sie es erneut; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached, so the key to your journal cannot be kept there. Use a passphrase instead.</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar, daher kann der Schlüssel zu Ihrem Journal dort nicht aufbewahrt werden. Verwenden Sie stattdessen eine Passphrase.</translation>
    </message>
    <message>
        <source>The system keychain refused access to your journal&apos;s key. Allow it, or use a passphrase instead.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff auf den Schlüssel Ihres Journals verweigert. Erlauben Sie ihn, oder verwenden Sie stattdessen eine Passphrase.</translation>
    </message>
    <message>
        <source>Your journal exists, but its key is gone from the system keychain. Unlock it with your passphrase or recovery code, or restore a backup; nothing was changed.</source>
        <translation>Ihr Journal ist vorhanden, aber sein Schlüssel fehlt im Schlüsselbund des Systems. Entsperren Sie es mit Ihrer Passphrase oder Ihrem Wiederherstellungscode, oder stellen Sie eine Sicherung wieder her; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Rollwise was stopped while it switched your journal to a passphrase. Enter your new passphrase to finish.</source>
        <translation>Rollwise wurde beendet, während es Ihr Journal auf eine Passphrase umgestellt hat. Geben Sie Ihre neue Passphrase ein, um den Vorgang abzuschließen.</translation>
    </message>
    <message>
        <source>Your journal still uses the key in the system keychain: the switch to a passphrase did not happen. Try again.</source>
        <translation>Ihr Journal verwendet weiterhin den Schlüssel im Schlüsselbund des Systems: Die Umstellung auf eine Passphrase hat nicht stattgefunden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The journal file is not encrypted, so Rollwise will not use it. Move it away and restore a backup.</source>
        <translation>Die Journal-Datei ist nicht verschlüsselt, daher verwendet Rollwise sie nicht. Verschieben Sie sie und stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Your journal was written by a newer Rollwise. Update Rollwise to open it; nothing was changed.</source>
        <translation>Ihr Journal wurde von einer neueren Version von Rollwise geschrieben. Aktualisieren Sie Rollwise, um es zu öffnen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The journal file cannot be opened. Check that its folder exists and can be read.</source>
        <translation>Die Journal-Datei lässt sich nicht öffnen. Prüfen Sie, ob ihr Ordner existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and open Rollwise again; nothing was lost.</source>
        <translation>Der Speicher ist voll. Geben Sie etwas Platz frei und öffnen Sie Rollwise erneut; nichts ging verloren.</translation>
    </message>
    <message>
        <source>The journal&apos;s folder cannot be written. Check its permissions.</source>
        <translation>In den Ordner des Journals kann nicht geschrieben werden. Prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>The journal file is damaged. Restore your latest backup; the damaged file is left as it is.</source>
        <translation>Die Journal-Datei ist beschädigt. Stellen Sie Ihre letzte Sicherung wieder her; die beschädigte Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Your journal could not be opened. Try again; nothing was changed.</source>
        <translation>Ihr Journal konnte nicht geöffnet werden. Versuchen Sie es erneut; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Unlock your journal first.</source>
        <translation>Entsperren Sie zuerst Ihr Journal.</translation>
    </message>
    <message>
        <source>That folder does not exist: choose an existing folder.</source>
        <translation>Diesen Ordner gibt es nicht: Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>Automatic backups need the system keychain to keep the backup passphrase. Make the keychain available and turn them on again.</source>
        <translation>Automatische Sicherungen brauchen den Schlüsselbund des Systems, um die Sicherungs-Passphrase aufzubewahren. Machen Sie den Schlüsselbund verfügbar und schalten Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>The backup passphrase is missing from the system keychain: turn automatic backups on again.</source>
        <translation>Die Sicherungs-Passphrase fehlt im Schlüsselbund des Systems: Schalten Sie die automatischen Sicherungen erneut ein.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Check it and try again; nothing was changed.</source>
        <translation>Diese Passphrase öffnet die Sicherung nicht. Prüfen Sie sie und versuchen Sie es erneut; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>That file is not a Rollwise backup. Choose a .rwbackup file.</source>
        <translation>Diese Datei ist keine Rollwise-Sicherung. Wählen Sie eine .rwbackup-Datei.</translation>
    </message>
    <message>
        <source>That backup is damaged and cannot be restored. Try an older one; your journal was not changed.</source>
        <translation>Diese Sicherung ist beschädigt und lässt sich nicht wiederherstellen. Versuchen Sie eine ältere; Ihr Journal wurde nicht geändert.</translation>
    </message>
    <message>
        <source>That backup was made by a newer Rollwise. Update Rollwise to restore it.</source>
        <translation>Diese Sicherung stammt von einer neueren Version von Rollwise. Aktualisieren Sie Rollwise, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>That file cannot be opened. Check that it exists and can be read.</source>
        <translation>Diese Datei lässt sich nicht öffnen. Prüfen Sie, ob sie existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was written. Free some space and try again.</source>
        <translation>Der Speicher ist voll: Nichts wurde geschrieben. Geben Sie etwas Platz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The backup folder cannot be written. Choose another one.</source>
        <translation>In den Sicherungsordner kann nicht geschrieben werden. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>That did not work. Try again; nothing was changed.</source>
        <translation>Das hat nicht geklappt. Versuchen Sie es erneut; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>No device link is available.</source>
        <translation>Keine Geräteverbindung verfügbar.</translation>
    </message>
    <message>
        <source>Unlock your journal first: sessions from the device are stored there.</source>
        <translation>Entsperren Sie zuerst Ihr Journal: Dort werden die Sitzungen vom Gerät gespeichert.</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Ihr Journal wird geöffnet…</translation>
    </message>
    <message>
        <source>Your journal is encrypted and unlocked</source>
        <translation>Ihr Journal ist verschlüsselt und entsperrt</translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation>Geben Sie Ihre Passphrase ein</translation>
    </message>
    <message>
        <source>Choose how to lock your journal</source>
        <translation>Wählen Sie, wie Ihr Journal geschützt wird</translation>
    </message>
    <message>
        <source>The key to your journal is missing</source>
        <translation>Der Schlüssel zu Ihrem Journal fehlt</translation>
    </message>
    <message>
        <source>Your journal could not be opened</source>
        <translation>Ihr Journal konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Only someone with your passphrase can read it.</source>
        <translation>Nur wer Ihre Passphrase kennt, kann es lesen.</translation>
    </message>
    <message>
        <source>Only this device can read it.</source>
        <translation>Nur dieses Gerät kann es lesen.</translation>
    </message>
    <message>
        <source>Your journal is protected by a passphrase.</source>
        <translation>Ihr Journal ist durch eine Passphrase geschützt.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Letzte Sicherung: %1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
    <message>
        <source> from %1 to %2</source>
        <translation> vom %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>This backup was made on %1 and holds %n sessions%2. New to this journal: %3 sessions, %4 pre-session answers, %5 skin reactions. Nothing here will be overwritten.</source>
        <translation>
            <numerusform>Diese Sicherung wurde am %1 erstellt und enthält %n Sitzung%2. Neu für dieses Journal: %3 Sitzungen, %4 Antworten vor der Sitzung, %5 Hautreaktionen. Hier wird nichts überschrieben.</numerusform>
            <numerusform>Diese Sicherung wurde am %1 erstellt und enthält %n Sitzungen%2. Neu für dieses Journal: %3 Sitzungen, %4 Antworten vor der Sitzung, %5 Hautreaktionen. Hier wird nichts überschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored: %n sessions added; nothing was overwritten.</source>
        <translation>
            <numerusform>Wiederhergestellt: %n Sitzung hinzugefügt; nichts wurde überschrieben.</numerusform>
            <numerusform>Wiederhergestellt: %n Sitzungen hinzugefügt; nichts wurde überschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <source>Simulated smart roller (%1, %2 pins, %3)</source>
        <translation>Simulierter smarter Roller (%1, %2 Nadeln, %3)</translation>
    </message>
    <message>
        <source>Rollwise was started with --simulate: nothing here comes from a real device.</source>
        <translation>Rollwise wurde mit --simulate gestartet: Nichts hier stammt von einem echten Gerät.</translation>
    </message>
    <message>
        <source>This computer has no Bluetooth adapter, so Rollwise uses a simulated roller: nothing here comes from a real device.</source>
        <translation>Dieser Computer hat keinen Bluetooth-Adapter, daher verwendet Rollwise einen simulierten Roller: Nichts hier stammt von einem echten Gerät.</translation>
    </message>
    <message>
        <source>Bluetooth is off, so Rollwise uses a simulated roller: nothing here comes from a real device. Turn Bluetooth on and restart Rollwise to use yours.</source>
        <translation>Bluetooth ist aus, daher verwendet Rollwise einen simulierten Roller: Nichts hier stammt von einem echten Gerät. Schalten Sie Bluetooth ein und starten Sie Rollwise neu, um Ihres zu verwenden.</translation>
    </message>
    <message>
        <source>Rollwise may not use Bluetooth, so it uses a simulated roller: nothing here comes from a real device. Allow Bluetooth in the system settings.</source>
        <translation>Rollwise darf Bluetooth nicht verwenden und nutzt daher einen simulierten Roller: Nichts hier stammt von einem echten Gerät. Erlauben Sie Bluetooth in den Systemeinstellungen.</translation>
    </message>
    <message>
        <source>Bluetooth cannot be used, so Rollwise uses a simulated roller: nothing here comes from a real device.</source>
        <translation>Bluetooth kann nicht verwendet werden, daher nutzt Rollwise einen simulierten Roller: Nichts hier stammt von einem echten Gerät.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Connected: reading the device…</source>
        <translation>Verbunden: Gerät wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Copying the sessions the device stored: %n so far…</source>
        <translation>
            <numerusform>Die auf dem Gerät gespeicherten Sitzungen werden kopiert: bisher %n…</numerusform>
            <numerusform>Die auf dem Gerät gespeicherten Sitzungen werden kopiert: bisher %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the sessions the device stored…</source>
        <translation>Die auf dem Gerät gespeicherten Sitzungen werden kopiert…</translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %n new sessions copied into your journal.</source>
        <translation>
            <numerusform>Aktuell: %n neue Sitzung in Ihr Journal kopiert.</numerusform>
            <numerusform>Aktuell: %n neue Sitzungen in Ihr Journal kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date: every session the device stored is in your journal.</source>
        <translation>Aktuell: Jede Sitzung, die das Gerät gespeichert hat, ist in Ihrem Journal.</translation>
    </message>
    <message>
        <source>Part of your journal could not be read. Every zone stays closed until it can; restart Rollwise, or restore a backup if it keeps happening.</source>
        <translation>Ein Teil Ihres Journals konnte nicht gelesen werden. Jede Zone bleibt gesperrt, bis das wieder geht; starten Sie Rollwise neu, oder stellen Sie eine Sicherung wieder her, wenn es wieder passiert.</translation>
    </message>
    <message>
        <source>The zones could not be saved. Try again; nothing was lost.</source>
        <translation>Die Zonen konnten nicht gespeichert werden. Versuchen Sie es erneut; nichts ging verloren.</translation>
    </message>
    <message>
        <source>The disk is full, so the zones could not be saved. Free some space and try again; nothing was lost.</source>
        <translation>Der Speicher ist voll, daher konnten die Zonen nicht gespeichert werden. Geben Sie etwas Platz frei und versuchen Sie es erneut; nichts ging verloren.</translation>
    </message>
    <message>
        <source>Choose at least one zone, or choose Not now to keep them all closed.</source>
        <translation>Wählen Sie mindestens eine Zone, oder wählen Sie „Jetzt nicht“, damit alle gesperrt bleiben.</translation>
    </message>
    <message>
        <source>Saved: only the zones you chose keep their healing time.</source>
        <translation>Gespeichert: Nur die gewählten Zonen behalten ihre Erholungszeit.</translation>
    </message>
    <message>
        <source>Every zone stays closed for that session until you say where it went.</source>
        <translation>Jede Zone bleibt für diese Sitzung gesperrt, bis Sie angeben, wo Sie gerollt haben.</translation>
    </message>
    <message>
        <source>Where did you roll on %1?</source>
        <translation>Wo haben Sie am %1 gerollt?</translation>
    </message>
    <message numerus="yes">
        <source>%n passes with your smart device.</source>
        <translation>
            <numerusform>%n Durchgang mit Ihrem smarten Gerät.</numerusform>
            <numerusform>%n Durchgänge mit Ihrem smarten Gerät.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passes with your smart device; its clock was not set, so the session is dated when it was copied.</source>
        <translation>
            <numerusform>%n Durchgang mit Ihrem smarten Gerät; seine Uhr war nicht gestellt, daher trägt die Sitzung das Datum des Kopierens.</numerusform>
            <numerusform>%n Durchgänge mit Ihrem smarten Gerät; seine Uhr war nicht gestellt, daher trägt die Sitzung das Datum des Kopierens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Until you say, every zone stays closed for its healing time.</source>
        <translation>Bis Sie es angeben, bleibt jede Zone für ihre Erholungszeit gesperrt.</translation>
    </message>
    <message>
        <source>Cartridge, %1</source>
        <translation>Kartusche, %1</translation>
    </message>
    <message>
        <source>Roller head, %1</source>
        <translation>Rollerkopf, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passes</source>
        <translation>
            <numerusform>%n Durchgang</numerusform>
            <numerusform>%n Durchgänge</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation>Wählen Sie eine Passphrase mit mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>That looks like a raw key (x&apos;…&apos;), not a passphrase. Choose another one.</source>
        <translation>Das sieht wie ein Rohschlüssel (x&apos;…&apos;) aus, nicht wie eine Passphrase. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Choose a backup passphrase of at least %1 characters (and not of the form x&apos;…&apos;). You need it to restore a backup on another device.</source>
        <translation>Wählen Sie eine Sicherungs-Passphrase mit mindestens %1 Zeichen (und nicht in der Form x&apos;…&apos;). Sie brauchen sie, um eine Sicherung auf einem anderen Gerät wiederherzustellen.</translation>
    </message>
    <message>
        <source>You chose the simulated roller on the devices screen: nothing here comes from a real device.</source>
        <translation>Sie haben auf der Geräteseite den simulierten Roller gewählt: Nichts hier stammt von einem echten Gerät.</translation>
    </message>
    <message>
        <source>This is a trial run with a simulated roller: nothing here comes from a real device, and nothing is kept.</source>
        <translation>Dies ist ein Probelauf mit einem simulierten Roller: Nichts hier stammt von einem echten Gerät, und nichts wird aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 of %2 sessions copied; the others failed their checks and stay on the device. Sync again; if they keep failing, the device needs its maker&apos;s help.</source>
        <translation>%1 von %2 Sitzungen kopiert; die übrigen haben die Prüfung nicht bestanden und bleiben auf dem Gerät. Gleichen Sie erneut ab; wenn sie weiterhin scheitern, braucht das Gerät die Hilfe seines Herstellers.</translation>
    </message>
    <message>
        <source>No device is chosen yet. Pair one under Heads &amp; devices, or use the simulated roller there.</source>
        <translation>Noch kein Gerät ausgewählt. Koppeln Sie eines unter „Köpfe &amp; Geräte“, oder verwenden Sie dort den simulierten Roller.</translation>
    </message>
</context>
<context>
    <name>rollwise::app::LimitListModel</name>
    <message>
        <source>Wait between sessions (times the safe wait)</source>
        <translation>Pause zwischen Sitzungen (Vielfaches der sicheren Pause)</translation>
    </message>
    <message>
        <source>Passes per zone</source>
        <translation>Durchgänge pro Zone</translation>
    </message>
    <message>
        <source>Passes per session</source>
        <translation>Durchgänge pro Sitzung</translation>
    </message>
    <message>
        <source>Session length before a warning</source>
        <translation>Sitzungsdauer bis zur Warnung</translation>
    </message>
    <message>
        <source>Longest session</source>
        <translation>Längste Sitzung</translation>
    </message>
    <message>
        <source>Longest needle</source>
        <translation>Längste Nadel</translation>
    </message>
    <message>
        <source>Sessions per head</source>
        <translation>Sitzungen pro Kopf</translation>
    </message>
    <message>
        <source>Days a head is used</source>
        <translation>Nutzungstage pro Kopf</translation>
    </message>
    <message>
        <source>Pressure for &quot;ease off&quot;</source>
        <translation>Druck für „Sanfter drücken“</translation>
    </message>
    <message>
        <source>Pressure for a warning</source>
        <translation>Druck für eine Warnung</translation>
    </message>
    <message>
        <source>Pressure that stops the zone</source>
        <translation>Druck, der die Zone beendet</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>%1 N</source>
        <translation>%1 N</translation>
    </message>
    <message>
        <source>%1 cannot be looser than %2, the safe default. You can only make it stricter; nothing was changed.</source>
        <translation>%1 kann nicht lockerer sein als %2, der sichere Standardwert. Sie können den Wert nur strenger machen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be stricter than %2. Nothing was changed.</source>
        <translation>%1 kann nicht strenger sein als %2. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Unlock your journal first: the limits are kept in it.</source>
        <translation>Entsperren Sie zuerst Ihr Journal: Die Grenzwerte werden darin aufbewahrt.</translation>
    </message>
    <message>
        <source>The journal could not save the limit (is the disk full?). Nothing was changed.</source>
        <translation>Das Journal konnte den Grenzwert nicht speichern (ist der Speicher voll?). Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>rollwise::app::RemindersController</name>
    <message>
        <source>Unlock your journal to see and set your reminders: they follow from it.</source>
        <translation>Entsperren Sie Ihr Journal, um Ihre Erinnerungen zu sehen und einzustellen: Sie ergeben sich daraus.</translation>
    </message>
    <message>
        <source>Unlock your journal first.</source>
        <translation>Entsperren Sie zuerst Ihr Journal.</translation>
    </message>
    <message>
        <source>Your reminders could not be worked out from the journal. No reminder invites a session until they can; restart Rollwise if it keeps happening.</source>
        <translation>Ihre Erinnerungen konnten nicht aus dem Journal ermittelt werden. Bis das wieder geht, lädt keine Erinnerung zu einer Sitzung ein; starten Sie Rollwise neu, wenn es wieder passiert.</translation>
    </message>
    <message>
        <source>That setting could not be saved. Try again; nothing else changed.</source>
        <translation>Diese Einstellung konnte nicht gespeichert werden. Versuchen Sie es erneut; sonst hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>The calendar file could not be written there. Choose another folder; any earlier file was left as it was.</source>
        <translation>Die Kalenderdatei konnte dort nicht geschrieben werden. Wählen Sie einen anderen Ordner; eine frühere Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>This system shows no notifications, so reminders only appear here.</source>
        <translation>Dieses System zeigt keine Benachrichtigungen, daher erscheinen Erinnerungen nur hier.</translation>
    </message>
    <message>
        <source>Reminders never invite a session the guard would block, and stay quiet in your quiet hours. Notifications show only &quot;Rollwise&quot; and the kind of reminder.</source>
        <translation>Erinnerungen laden nie zu einer Sitzung ein, die der Schutz sperren würde, und bleiben in Ihren Ruhezeiten still. Benachrichtigungen zeigen nur „Rollwise“ und die Art der Erinnerung.</translation>
    </message>
    <message>
        <source>Nothing is coming up.</source>
        <translation>Demnächst steht nichts an.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nächste: %1</translation>
    </message>
    <message>
        <source>Zones ready again</source>
        <translation>Zonen wieder bereit</translation>
    </message>
    <message>
        <source>Next session of your course</source>
        <translation>Nächste Sitzung Ihrer Kur</translation>
    </message>
    <message>
        <source>Prepare for a session</source>
        <translation>Auf eine Sitzung vorbereiten</translation>
    </message>
    <message>
        <source>Aftercare: the first day</source>
        <translation>Nachpflege: der erste Tag</translation>
    </message>
    <message>
        <source>Aftercare: day 2</source>
        <translation>Nachpflege: Tag 2</translation>
    </message>
    <message>
        <source>Aftercare: days 3 to 7</source>
        <translation>Nachpflege: Tag 3 bis 7</translation>
    </message>
    <message>
        <source>How did your skin react?</source>
        <translation>Wie hat Ihre Haut reagiert?</translation>
    </message>
    <message>
        <source>Replace the head or cartridge</source>
        <translation>Kopf oder Kartusche ersetzen</translation>
    </message>
    <message>
        <source>Disinfect the head</source>
        <translation>Den Kopf desinfizieren</translation>
    </message>
    <message>
        <source>Say where a device session went</source>
        <translation>Angeben, wo eine Gerätesitzung war</translation>
    </message>
    <message>
        <source>When the zones of your last session have rested long enough.</source>
        <translation>Wenn die Zonen Ihrer letzten Sitzung lange genug geruht haben.</translation>
    </message>
    <message>
        <source>For a course you planned, for example one session a month.</source>
        <translation>Für eine geplante Kur, zum Beispiel eine Sitzung im Monat.</translation>
    </message>
    <message>
        <source>A few days before: pause retinoids and strong exfoliants.</source>
        <translation>Einige Tage vorher: Retinoide und starke Peelings pausieren.</translation>
    </message>
    <message>
        <source>Gentle care after a session: what to use and what to leave out.</source>
        <translation>Sanfte Pflege nach einer Sitzung: was Sie verwenden und was Sie weglassen.</translation>
    </message>
    <message>
        <source>The day after, a quick check-in that can lengthen the next rest.</source>
        <translation>Am Tag danach eine kurze Rückmeldung, die die nächste Ruhezeit verlängern kann.</translation>
    </message>
    <message>
        <source>When its use reaches the limit.</source>
        <translation>Wenn seine Nutzung die Grenze erreicht.</translation>
    </message>
    <message>
        <source>When it was used and not disinfected since.</source>
        <translation>Wenn er benutzt und seitdem nicht desinfiziert wurde.</translation>
    </message>
    <message>
        <source>A session from your smart device keeps every zone closed until you do.</source>
        <translation>Eine Sitzung von Ihrem smarten Gerät hält jede Zone gesperrt, bis Sie das tun.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (snoozed)</source>
        <translation>%1 (verschoben)</translation>
    </message>
    <message>
        <source>Reminders while Rollwise is closed could not be switched. Nothing else changed; try again, or use: systemctl --user enable --now rollwise-reminders.timer</source>
        <translation>Erinnerungen bei geschlossenem Rollwise ließen sich nicht umschalten. Sonst hat sich nichts geändert; versuchen Sie es erneut, oder verwenden Sie: systemctl --user enable --now rollwise-reminders.timer</translation>
    </message>
</context>
<context>
    <name>rollwise::app::SessionController</name>
    <message>
        <source>%1: never needled</source>
        <translation>%1: wird nie behandelt</translation>
    </message>
    <message>
        <source>%1: not in this session</source>
        <translation>%1: nicht in dieser Sitzung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Plain roller</source>
        <translation>Einfacher Roller</translation>
    </message>
    <message>
        <source>Smart roller</source>
        <translation>Smarter Roller</translation>
    </message>
    <message>
        <source>Smart pen</source>
        <translation>Smarter Pen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2 each way: %3</source>
        <translation>%1, %2 pro Richtung: %3</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Etwa %1</translation>
    </message>
    <message>
        <source>Last answered on %1; asked again because answers expire.</source>
        <translation>Zuletzt beantwortet am %1; erneut gefragt, weil Antworten ablaufen.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>%1, %2 needles</source>
        <translation>%1, %2 Nadeln</translation>
    </message>
    <message>
        <source>Open your journal first: sessions are kept there.</source>
        <translation>Öffnen Sie zuerst Ihr Journal: Dort werden Sitzungen aufbewahrt.</translation>
    </message>
    <message>
        <source>Read and accept each warning before you start.</source>
        <translation>Lesen und bestätigen Sie vor dem Start jede Warnung.</translation>
    </message>
    <message>
        <source>That is not possible right now.</source>
        <translation>Das ist gerade nicht möglich.</translation>
    </message>
    <message>
        <source>The last pass could not be saved. Keep going: Rollwise saves it again with the next one.</source>
        <translation>Der letzte Durchgang konnte nicht gespeichert werden. Machen Sie weiter: Rollwise speichert ihn mit dem nächsten erneut.</translation>
    </message>
    <message>
        <source>The disk is full, so the last pass could not be saved. Free some space; Rollwise saves it again with the next one.</source>
        <translation>Der Speicher ist voll, daher konnte der letzte Durchgang nicht gespeichert werden. Geben Sie etwas Platz frei; Rollwise speichert ihn mit dem nächsten erneut.</translation>
    </message>
    <message>
        <source>Say why you lift this block; the reason is kept with the session.</source>
        <translation>Geben Sie an, warum Sie diese Sperre aufheben; der Grund wird mit der Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>This block cannot be lifted.</source>
        <translation>Diese Sperre kann nicht aufgehoben werden.</translation>
    </message>
    <message>
        <source>First 24 hours</source>
        <translation>Erste 24 Stunden</translation>
    </message>
    <message>
        <source>Rinse with lukewarm water only. A gentle, fragrance-free serum; no makeup, acids, retinoids or vitamin C. Expect redness like a mild sunburn.</source>
        <translation>Nur mit lauwarmem Wasser abspülen. Ein mildes, parfümfreies Serum; kein Make-up, keine Säuren, Retinoide oder Vitamin C. Rechnen Sie mit einer Rötung wie bei einem leichten Sonnenbrand.</translation>
    </message>
    <message>
        <source>Day 2</source>
        <translation>Tag 2</translation>
    </message>
    <message>
        <source>Mineral sunscreen outdoors. No sauna, swimming pool or workout that makes you sweat.</source>
        <translation>Draußen mineralischen Sonnenschutz verwenden. Keine Sauna, kein Schwimmbad und kein Training, bei dem Sie schwitzen.</translation>
    </message>
    <message>
        <source>Days 3 - 7</source>
        <translation>Tag 3 - 7</translation>
    </message>
    <message>
        <source>Back to your usual routine, actives last. Tell Rollwise tomorrow how your skin reacted.</source>
        <translation>Zurück zu Ihrer gewohnten Pflege, Wirkstoffe zuletzt. Sagen Sie Rollwise morgen, wie Ihre Haut reagiert hat.</translation>
    </message>
    <message>
        <source>%1: ready again on %2</source>
        <translation>%1: wieder bereit am %2</translation>
    </message>
    <message>
        <source>%1: healing</source>
        <translation>%1: heilt</translation>
    </message>
    <message>
        <source>Stopped early after %1. Zones needled: %2. It is in your journal.</source>
        <translation>Vorzeitig beendet nach %1. Behandelte Zonen: %2. Die Sitzung steht in Ihrem Journal.</translation>
    </message>
    <message>
        <source>Done: %1. Zones needled: %2. It is in your journal.</source>
        <translation>Fertig: %1. Behandelte Zonen: %2. Die Sitzung steht in Ihrem Journal.</translation>
    </message>
    <message>
        <source>The session of %1 was interrupted after %2 (zones needled: %3). Everything done so far is in your journal, and those zones are healing.</source>
        <translation>Die Sitzung vom %1 wurde nach %2 unterbrochen (behandelte Zonen: %3). Alles bisher Erledigte steht in Ihrem Journal, und diese Zonen heilen.</translation>
    </message>
    <message>
        <source>How does your skin look since your last session? Your answer sets when the zones may be needled again.</source>
        <translation>Wie sieht Ihre Haut seit Ihrer letzten Sitzung aus? Ihre Antwort bestimmt, wann die Zonen wieder behandelt werden dürfen.</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <source>Mild redness</source>
        <translation>Leichte Rötung</translation>
    </message>
    <message>
        <source>Redness that lasts</source>
        <translation>Anhaltende Rötung</translation>
    </message>
    <message>
        <source>Irritated</source>
        <translation>Gereizt</translation>
    </message>
    <message>
        <source>Warm, swollen or pus</source>
        <translation>Warm, geschwollen oder Eiter</translation>
    </message>
</context>
<context>
    <name>rollwise::app::SessionDetailController</name>
    <message>
        <source>No reaction</source>
        <translation>Keine Reaktion</translation>
    </message>
    <message>
        <source>Mild redness</source>
        <translation>Leichte Rötung</translation>
    </message>
    <message>
        <source>Redness that lasted</source>
        <translation>Anhaltende Rötung</translation>
    </message>
    <message>
        <source>Irritation</source>
        <translation>Reizung</translation>
    </message>
    <message>
        <source>Signs of infection</source>
        <translation>Anzeichen einer Infektion</translation>
    </message>
    <message>
        <source>%1 N</source>
        <translation>%1 N</translation>
    </message>
    <message>
        <source>No session chosen</source>
        <translation>Keine Sitzung gewählt</translation>
    </message>
    <message>
        <source>This session could not be read</source>
        <translation>Diese Sitzung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Choose a session in History to see it here.</source>
        <translation>Wählen Sie im Verlauf eine Sitzung, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Go back and try again; if it keeps happening, restart Rollwise. Nothing was changed.</source>
        <translation>Gehen Sie zurück und versuchen Sie es erneut; wenn es wieder passiert, starten Sie Rollwise neu. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>from your smart device</source>
        <translation>von Ihrem smarten Gerät</translation>
    </message>
    <message>
        <source>Not finished: Rollwise was closed during this session.</source>
        <translation>Nicht beendet: Rollwise wurde während dieser Sitzung geschlossen.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 (logged %2)</source>
        <translation>%1 (erfasst: %2)</translation>
    </message>
    <message>
        <source>pressure: mean %1, peak %2</source>
        <translation>Druck: Mittel %1, Spitze %2</translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>Tiefe %1</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>The reaction could not be saved. Try again; nothing was lost.</source>
        <translation>Die Reaktion konnte nicht gespeichert werden. Versuchen Sie es erneut; nichts ging verloren.</translation>
    </message>
    <message>
        <source>Saved. Rollwise could not read your journal to say what it changes, so every zone stays closed.</source>
        <translation>Gespeichert. Rollwise konnte Ihr Journal nicht lesen, um die Auswirkungen zu ermitteln, daher bleibt jede Zone gesperrt.</translation>
    </message>
    <message>
        <source>Saved. %1 stays closed until you log that it has healed; see a professional if it gets worse.</source>
        <translation>Gespeichert. %1 bleibt gesperrt, bis Sie die Heilung erfassen; wenden Sie sich an eine Fachperson, wenn es schlimmer wird.</translation>
    </message>
    <message>
        <source>Saved. %1 now rests %2 longer: ready from %3.</source>
        <translation>Gespeichert. %1 ruht jetzt %2 länger: bereit ab %3.</translation>
    </message>
    <message>
        <source>Saved. This does not lengthen the rest of %1.</source>
        <translation>Gespeichert. Die Ruhezeit von %1 verlängert sich dadurch nicht.</translation>
    </message>
</context>
<context>
    <name>rollwise::app::SettingsController</name>
    <message>
        <source>Exported to %1. This file is not encrypted: keep it somewhere private.</source>
        <translation>Exportiert nach %1. Diese Datei ist nicht verschlüsselt: Bewahren Sie sie an einem privaten Ort auf.</translation>
    </message>
    <message>
        <source>The disk is full, so the export was not written. Free some space or choose another place; your journal is unchanged.</source>
        <translation>Der Speicher ist voll, daher wurde der Export nicht geschrieben. Geben Sie etwas Platz frei oder wählen Sie einen anderen Ort; Ihr Journal ist unverändert.</translation>
    </message>
    <message>
        <source>That folder cannot be written to. Choose another place; your journal is unchanged.</source>
        <translation>In diesen Ordner kann nicht geschrieben werden. Wählen Sie einen anderen Ort; Ihr Journal ist unverändert.</translation>
    </message>
    <message>
        <source>Unlock your journal first, then export it.</source>
        <translation>Entsperren Sie zuerst Ihr Journal und exportieren Sie es dann.</translation>
    </message>
    <message>
        <source>The export could not be written. Choose another place and try again; your journal is unchanged.</source>
        <translation>Der Export konnte nicht geschrieben werden. Wählen Sie einen anderen Ort und versuchen Sie es erneut; Ihr Journal ist unverändert.</translation>
    </message>
    <message>
        <source>Done: your journal now opens with your new passphrase.</source>
        <translation>Fertig: Ihr Journal öffnet sich jetzt mit Ihrer neuen Passphrase.</translation>
    </message>
    <message>
        <source>Done: your journal&apos;s key is in the system keychain again. Write down the recovery code below.</source>
        <translation>Fertig: Der Schlüssel Ihres Journals liegt wieder im Schlüsselbund des Systems. Notieren Sie sich den Wiederherstellungscode unten.</translation>
    </message>
    <message>
        <source>That is not your current passphrase. Nothing was changed.</source>
        <translation>Das ist nicht Ihre aktuelle Passphrase. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Choose a new passphrase of at least %1 characters.</source>
        <translation>Wählen Sie eine neue Passphrase mit mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>That looks like a raw key (x&apos;…&apos;), not a passphrase. Choose another one.</source>
        <translation>Das sieht wie ein roher Schlüssel (x&apos;…&apos;) aus, nicht wie eine Passphrase. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so your journal keeps its passphrase.</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden, daher behält Ihr Journal seine Passphrase.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; your old key still opens your journal.</source>
        <translation>Der Speicher ist voll. Geben Sie etwas Platz frei und versuchen Sie es erneut; Ihr alter Schlüssel öffnet Ihr Journal weiterhin.</translation>
    </message>
    <message>
        <source>The key did not change; your old key still opens your journal. Try again.</source>
        <translation>Der Schlüssel wurde nicht geändert; Ihr alter Schlüssel öffnet Ihr Journal weiterhin. Versuchen Sie es erneut.</translation>
    </message>
</context>
</TS>
