pragma Singleton
import QtQuick
import Rollwise.App

// Every page of the app. Adding a screen: a page in pages/, its view model in
// app/src/controllers/, a value in AppPage (app/src/navigation.h) and an entry here.
// Each destination: page (an AppPage value), title, symbol (a glyph of the UI font), source
// (its file), badge (a short mark such as "3" or "!", empty for none) and inNavigation (shown
// in the bottom bar and the side rail; false: a page opened from another one, on top of it).
//
// Pages open and close other pages through open() and back(); Main.qml does the showing. A page
// with `property bool immersive: true` (the guided session) is shown without header and
// navigation.
QtObject {
    id: navigation

    // Main.qml shows `page` (an AppPage value) with `properties` set on it.
    signal openRequested(int page, var properties)
    // Main.qml closes the page on top and shows the one below it.
    signal backRequested()

    function open(page: int, properties: var) {
        navigation.openRequested(page, properties === undefined ? {} : properties)
    }
    function back() {
        navigation.backRequested()
    }

    readonly property var destinations: [
        {
            page: AppPage.Home,
            title: qsTr("Home"),
            symbol: "⌂",
            source: Qt.resolvedUrl("pages/HomePage.qml"),
            badge: !JournalAccess.unlocked ? "!"
                   : Journal.pendingDeviceSessionCount > 0 ? String(Journal.pendingDeviceSessionCount)
                   : "",
            inNavigation: true
        },
        {
            page: AppPage.History,
            title: qsTr("History"),
            symbol: "▦",
            source: Qt.resolvedUrl("pages/HistoryPage.qml"),
            badge: "",
            inNavigation: true
        },
        {
            page: AppPage.Equipment,
            title: qsTr("Heads & devices"),
            symbol: "⊚",
            source: Qt.resolvedUrl("pages/EquipmentPage.qml"),
            badge: "",
            inNavigation: true
        },
        {
            page: AppPage.Settings,
            title: qsTr("Settings"),
            symbol: "⚙",
            source: Qt.resolvedUrl("pages/SettingsPage.qml"),
            badge: "",
            inNavigation: true
        },
        {
            page: AppPage.Zones,
            title: qsTr("Zones"),
            symbol: "◎",
            source: Qt.resolvedUrl("pages/ZonesPage.qml"),
            badge: "",
            inNavigation: false
        },
        {
            page: AppPage.Journal,
            title: qsTr("Journal"),
            symbol: "☰",
            source: Qt.resolvedUrl("pages/JournalPage.qml"),
            badge: !JournalAccess.unlocked ? "!"
                   : Journal.pendingDeviceSessionCount > 0 ? String(Journal.pendingDeviceSessionCount)
                   : "",
            inNavigation: false
        },
        {
            page: AppPage.Reminders,
            title: qsTr("Reminders"),
            symbol: "◷",
            source: Qt.resolvedUrl("pages/RemindersPage.qml"),
            badge: "",
            inNavigation: false // opened from Settings
        },
        {
            page: AppPage.Limits,
            title: qsTr("Limits"),
            symbol: "⚖",
            source: Qt.resolvedUrl("pages/LimitsPage.qml"),
            badge: "",
            inNavigation: false
        },
        {
            page: AppPage.Data,
            title: qsTr("Backups and export"),
            symbol: "⇅",
            source: Qt.resolvedUrl("pages/DataPage.qml"),
            badge: "",
            inNavigation: false
        },
        {
            page: AppPage.Key,
            title: qsTr("Journal key"),
            symbol: "⚿",
            source: Qt.resolvedUrl("pages/KeyPage.qml"),
            badge: "",
            inNavigation: false
        },
        {
            page: AppPage.About,
            title: qsTr("About Rollwise"),
            symbol: "ⓘ",
            source: Qt.resolvedUrl("pages/AboutPage.qml"),
            badge: "",
            inNavigation: false
        },
        {
            page: AppPage.Heads,
            title: qsTr("Heads"),
            symbol: "⊚",
            source: Qt.resolvedUrl("pages/HeadsPage.qml"),
            badge: "",
            inNavigation: false
        },
        {
            page: AppPage.Onboarding,
            title: qsTr("Welcome"),
            symbol: "✿",
            source: Qt.resolvedUrl("pages/OnboardingPage.qml"),
            badge: "",
            inNavigation: false
        },
        {
            page: AppPage.SessionPlan,
            title: qsTr("Plan a session"),
            symbol: "◎",
            source: Qt.resolvedUrl("pages/SessionPlanPage.qml"),
            badge: "",
            inNavigation: false
        },
        {
            page: AppPage.SessionPrepare,
            title: qsTr("Before you start"),
            symbol: "◎",
            source: Qt.resolvedUrl("pages/SessionPreparePage.qml"),
            badge: "",
            inNavigation: false
        },
        {
            page: AppPage.SessionGuided,
            title: qsTr("Session"),
            symbol: "◎",
            source: Qt.resolvedUrl("pages/SessionGuidedPage.qml"),
            badge: "",
            inNavigation: false
        },
        {
            page: AppPage.SessionAftercare,
            title: qsTr("Aftercare"),
            symbol: "◎",
            source: Qt.resolvedUrl("pages/SessionAftercarePage.qml"),
            badge: "",
            inNavigation: false
        },
        {
            page: AppPage.Devices,
            title: qsTr("Devices"),
            symbol: "⇄",
            source: Qt.resolvedUrl("pages/DevicesPage.qml"),
            badge: "",
            inNavigation: false
        },
        {
            page: AppPage.SessionDetail,
            title: qsTr("Session"),
            symbol: "",
            source: Qt.resolvedUrl("pages/SessionDetailPage.qml"),
            badge: "",
            inNavigation: false
        }
    ]

    // The destinations in the bottom bar and the side rail.
    readonly property var navigationDestinations: destinations.filter(d => d.inNavigation)

    function destination(page: int): var {
        for (let i = 0; i < destinations.length; ++i) {
            if (destinations[i].page === page)
                return destinations[i]
        }
        return null
    }
}
