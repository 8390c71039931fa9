#pragma once

// What the About screen shows about the build: the version from project(VERSION), the same one
// `rollwise --version` prints and every package carries. A QML singleton: AppInfo.version.

#include <rollwise/version.h>

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace rollwise::app {

class AppInfo : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString applicationId READ applicationId CONSTANT)

public:
    using QObject::QObject;
    [[nodiscard]] static QString version() { return QStringLiteral(ROLLWISE_VERSION); }
    // The reverse-DNS id shared by the desktop file, AppStream, Flatpak and the Apple bundles.
    [[nodiscard]] static QString applicationId() { return QStringLiteral("org.rollwise.Rollwise"); }
};

} // namespace rollwise::app
