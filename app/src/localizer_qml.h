#pragma once

// app/text's words for QML, as the singleton Localizer: QML passes the stable keys it has
// (zone, rule, question, reason) and gets the sentence in the current language.

#include <QObject>
#include <QString>
#include <QtQmlIntegration>

namespace rollwise::app {

class QmlLocalizer : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Localizer)
    QML_SINGLETON

public:
    explicit QmlLocalizer(QObject* parent = nullptr);

    // Empty for an unknown key.
    Q_INVOKABLE QString zoneName(const QString& zoneKey) const;
    Q_INVOKABLE QString ruleTitle(const QString& ruleKey) const;
    Q_INVOKABLE QString question(const QString& questionKey) const;
    Q_INVOKABLE QString millimetres(int micrometres) const;
    // A reason known only by its stored key and zone (a finding from the journal).
    Q_INVOKABLE QString reason(const QString& reasonKey, const QString& zoneKey = {}) const;
};

} // namespace rollwise::app
