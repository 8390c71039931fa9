pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.App
import Rollwise.Ui

// Settings: how the app looks and speaks here; everything else on its own page.
ScrollPage {
    id: page

    objectName: "settingsPage"

    Label {
        Layout.fillWidth: true
        text: qsTr("Settings")
        color: Theme.text
        font.pixelSize: Theme.titleSize
        font.bold: true
        Accessible.role: Accessible.Heading
    }

    Card {
        objectName: "pages"
        Layout.fillWidth: true
        SettingsLink {
            objectName: "limitsLink"
            title: qsTr("Limits")
            detail: qsTr("Make the safety limits stricter")
            onClicked: Navigation.open(AppPage.Limits)
        }
        SettingsLink {
            objectName: "remindersLink"
            title: qsTr("Reminders")
            detail: qsTr("What comes up between sessions, and when")
            onClicked: Navigation.open(AppPage.Reminders)
        }
        SettingsLink {
            objectName: "dataLink"
            title: qsTr("Backups and export")
            detail: qsTr("Daily encrypted backups, restore, CSV or JSON")
            onClicked: Navigation.open(AppPage.Data)
        }
        SettingsLink {
            objectName: "keyLink"
            title: qsTr("Journal key")
            detail: qsTr("Passphrase or system keychain, recovery code")
            onClicked: Navigation.open(AppPage.Key)
        }
        SettingsLink {
            objectName: "aboutLink"
            title: qsTr("About Rollwise")
            detail: qsTr("Version, licences, where the safety rules come from")
            onClicked: Navigation.open(AppPage.About)
        }
    }

    Card {
        objectName: "appearance"
        Layout.fillWidth: true
        title: qsTr("Appearance")
        ChoiceRow {
            Layout.fillWidth: true
            title: qsTr("Theme")
            choices: [
                { value: Preferences.System, text: qsTr("Like the system") },
                { value: Preferences.Light, text: qsTr("Light") },
                { value: Preferences.Dark, text: qsTr("Dark") }
            ]
            current: Preferences.theme
            onChosen: value => Preferences.theme = value
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("\"Like the system\" follows the system's choice when Rollwise starts.")
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.WordWrap
        }
    }

    Card {
        objectName: "language"
        Layout.fillWidth: true
        title: qsTr("Language")
        ChoiceRow {
            objectName: "languageChoice"
            Layout.fillWidth: true
            title: qsTr("Rollwise speaks")
            // Each language in its own words, after "like the system".
            choices: {
                const all = [{ value: "", text: qsTr("Like the system") }]
                const spoken = Preferences.languages
                for (let i = 0; i < spoken.length; ++i)
                    all.push(spoken[i])
                return all
            }
            current: Preferences.language
            onChosen: value => Preferences.language = value
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("A new language is used from the next start of Rollwise.")
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.WordWrap
        }
    }
}
