<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation>Ordner, z. B. ein synchronisiertes oder externes Laufwerk</translation>
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
        <source>No device is paired yet. Pairing from the app comes in a later version; start Rollwise with --simulate to try a simulated roller.</source>
        <translation>Es ist noch kein Gerät gekoppelt. Das Koppeln in der App kommt in einer späteren Version; starten Sie Rollwise mit --simulate, um einen simulierten Roller auszuprobieren.</translation>
    </message>
    <message>
        <source>Unlock your journal first: sessions from the device are stored there.</source>
        <translation>Entsperren Sie zuerst Ihr Journal: Dort werden die Sitzungen vom Gerät gespeichert.</translation>
    </message>
    <message>
        <source>The device went away during the sync. Bring it closer and sync again; nothing copied so far is lost.</source>
        <translation>Das Gerät war während des Abgleichs nicht mehr erreichbar. Bringen Sie es näher und gleichen Sie erneut ab; nichts bisher Kopiertes geht verloren.</translation>
    </message>
    <message>
        <source>The device refused access: pair it again, then sync.</source>
        <translation>Das Gerät hat den Zugriff verweigert: Koppeln Sie es erneut und gleichen Sie dann ab.</translation>
    </message>
    <message>
        <source>The device sent something Rollwise could not read. Sync again; if it keeps happening, restart the device.</source>
        <translation>Das Gerät hat etwas gesendet, das Rollwise nicht lesen konnte. Gleichen Sie erneut ab; wenn es wieder passiert, starten Sie das Gerät neu.</translation>
    </message>
    <message>
        <source>This device speaks a newer version of the Rollwise profile. Update Rollwise.</source>
        <translation>Dieses Gerät verwendet eine neuere Version des Rollwise-Profils. Aktualisieren Sie Rollwise.</translation>
    </message>
    <message>
        <source>The device refused the sync. Restart it and sync again.</source>
        <translation>Das Gerät hat den Abgleich abgelehnt. Starten Sie es neu und gleichen Sie erneut ab.</translation>
    </message>
    <message>
        <source>The sessions could not be saved in your journal, so the device keeps them. Free some space and sync again.</source>
        <translation>Die Sitzungen konnten nicht in Ihrem Journal gespeichert werden, daher behält das Gerät sie. Geben Sie etwas Platz frei und gleichen Sie erneut ab.</translation>
    </message>
    <message>
        <source>The device stopped answering. Sync again.</source>
        <translation>Das Gerät antwortet nicht mehr. Gleichen Sie erneut ab.</translation>
    </message>
    <message>
        <source>The sync was stopped. Sync again to copy the rest.</source>
        <translation>Der Abgleich wurde angehalten. Gleichen Sie erneut ab, um den Rest zu kopieren.</translation>
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
</TS>
