import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rollwise.App

// The window: a header, the navigation (a bottom bar on a phone, a side rail on a desktop) and
// the current page, created when it is first shown. Pages get their services themselves.
ApplicationWindow {
    id: window

    readonly property bool compact: window.width < Theme.compactBreakpoint
    // An AppPage value.
    property int currentPage: AppPage.Home

    // The page on top, as var: pages add their own properties (immersive, title), which the
    // tooling cannot see on Item.
    readonly property var topPage: pages.currentItem
    // The page on top asks to be shown without header and navigation (the guided session).
    readonly property bool immersive: window.topPage !== null && window.topPage.immersive === true

    // Shows `page` (an AppPage value), as a tap on the navigation does: a destination of the
    // navigation replaces every page; any other page opens on top of the current one, with
    // `properties` set on it. False if there is no such page.
    function showPage(page: int, properties: var): bool {
        const destination = Navigation.destination(page)
        if (destination === null)
            return false
        const initial = properties === undefined ? {} : properties
        if (!destination.inNavigation) {
            if (pages.depth === 0)
                window.showPage(Navigation.navigationDestinations[0].page)
            pages.push(destination.source, initial, StackView.Immediate)
            return true
        }
        if (page !== window.currentPage || pages.depth !== 1)
            pages.replace(null, destination.source, initial, StackView.Immediate)
        window.currentPage = page
        return true
    }

    // Closes the page on top, back to the one below. False on a destination of the navigation.
    function goBack(): bool {
        if (pages.depth <= 1)
            return false
        pages.pop(StackView.Immediate)
        return true
    }

    objectName: "mainWindow"
    width: 1024
    height: 700
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Rollwise")
    color: Theme.background

    Material.theme: Preferences.theme === Preferences.Dark ? Material.Dark
                    : Preferences.theme === Preferences.Light ? Material.Light
                    : Material.System
    Material.accent: Theme.accent
    Material.primary: Theme.headerBackground
    Material.background: Theme.background
    Material.foreground: Theme.text

    // The theme the Material style resolved (System becomes Light or Dark), for Theme's colours.
    readonly property bool darkTheme: window.Material.theme === Material.Dark
    onDarkThemeChanged: Theme.dark = window.darkTheme

    // The first start: the onboarding, once the journal is open (never in scratch runs).
    function offerOnboarding() {
        if (JournalAccess.unlocked && !Journal.onboardingDone
                && (pages.currentItem === null || pages.currentItem.objectName !== "onboardingPage"))
            window.showPage(AppPage.Onboarding)
    }
    Connections {
        target: Journal
        function onOnboardingChanged() {
            window.offerOnboarding()
        }
    }
    Connections {
        target: JournalAccess
        function onStateChanged() {
            window.offerOnboarding()
        }
    }

    Connections {
        target: Navigation
        function onOpenRequested(page: int, properties: var) {
            window.showPage(page, properties)
        }
        function onBackRequested() {
            window.goBack()
        }
    }

    header: AppHeader {
        visible: !window.immersive
        compact: window.compact
        canGoBack: pages.depth > 1
        pageTitle: pages.depth > 1 && window.topPage !== null && window.topPage.title !== undefined
                   ? window.topPage.title : ""
        onBackRequested: window.goBack()
    }

    footer: NavigationBar {
        visible: window.compact && !window.immersive
        destinations: Navigation.navigationDestinations
        currentPage: window.currentPage
        onSelected: page => window.showPage(page)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationRail {
            visible: !window.compact && !window.immersive
            Layout.fillHeight: true
            destinations: Navigation.navigationDestinations
            currentPage: window.currentPage
            onSelected: page => window.showPage(page)
        }

        StackView {
            id: pages
            objectName: "pages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
        }
    }

    Component.onCompleted: {
        Theme.dark = window.darkTheme
        window.showPage(window.currentPage)
        window.offerOnboarding()
    }
}
