#pragma once

// The app's pages, as a typed enum for QML (AppPage.Journal) and C++ (--page journal). Which
// file shows a page, its title and its place in the navigation are in qml/Navigation.qml.

#include <QObject>
#include <QtQmlIntegration>

namespace rollwise::app {

namespace AppPage {
Q_NAMESPACE
QML_ELEMENT

enum Page {
    Zones,
    Journal,
    Reminders,
    Settings,
    Limits,     // opened from Settings
    Data,       // backups, restore and export, opened from Settings
    Key,        // the journal's key, opened from Settings
    About,      // opened from Settings
    Heads,      // heads and cartridges
    Onboarding, // the first start
    SessionPlan,
    SessionPrepare,
    SessionGuided,
    SessionAftercare,
    Devices,
    Home,
    History,
    SessionDetail, // opened from History with {sessionUid}
    Equipment,     // heads and cartridges, and devices: one destination
};
Q_ENUM_NS(Page)

} // namespace AppPage

} // namespace rollwise::app
