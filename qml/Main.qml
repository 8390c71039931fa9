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
    property int currentPage: AppPage.Zones

    // Shows `page` (an AppPage value), as a tap on the navigation does. False if there is none.
    function showPage(page: int): bool {
        const destination = Navigation.destination(page)
        if (destination === null)
            return false
        if (page !== window.currentPage || pages.depth === 0)
            pages.replace(null, destination.source, {}, StackView.Immediate)
        window.currentPage = page
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

    header: AppHeader {
        compact: window.compact
    }

    footer: NavigationBar {
        visible: window.compact
        destinations: Navigation.destinations
        currentPage: window.currentPage
        onSelected: page => window.showPage(page)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationRail {
            visible: !window.compact
            Layout.fillHeight: true
            destinations: Navigation.destinations
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
    }
}
