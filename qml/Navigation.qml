pragma Singleton
import QtQuick
import Rollwise.App

// Every page the navigation offers, in order. Adding a screen: a page in pages/, its view model
// in app/src/controllers/, a value in AppPage (app/src/navigation.h) and a line here.
// Each destination: page (an AppPage value), title, symbol (a glyph of the UI font), source
// (its file) and badge (a short mark such as "3" or "!", empty for none).
QtObject {
    readonly property var destinations: [
        {
            page: AppPage.Zones,
            title: qsTr("Zones"),
            symbol: "◎",
            source: Qt.resolvedUrl("pages/ZonesPage.qml"),
            badge: ""
        },
        {
            page: AppPage.Journal,
            title: qsTr("Journal"),
            symbol: "☰",
            source: Qt.resolvedUrl("pages/JournalPage.qml"),
            badge: !JournalAccess.unlocked ? "!"
                   : Journal.pendingDeviceSessionCount > 0 ? String(Journal.pendingDeviceSessionCount)
                   : ""
        },
        {
            page: AppPage.Reminders,
            title: qsTr("Reminders"),
            symbol: "◷",
            source: Qt.resolvedUrl("pages/RemindersPage.qml"),
            badge: ""
        },
        {
            page: AppPage.Settings,
            title: qsTr("Settings"),
            symbol: "⚙",
            source: Qt.resolvedUrl("pages/SettingsPage.qml"),
            badge: ""
        }
    ]

    function destination(page: int): var {
        for (let i = 0; i < destinations.length; ++i) {
            if (destinations[i].page === page)
                return destinations[i]
        }
        return null
    }
}
