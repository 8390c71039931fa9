#pragma once

// The user's choices about the app itself (not the journal): the colour theme. Kept in the
// app's settings file, never health data. Published to QML as the singleton Preferences.

#include "existing_singleton.h"

#include <QObject>
#include <QSettings>
#include <QVariantList>
#include <QtQml/qqml.h>

namespace rollwise::app {

class Preferences : public QObject {
    Q_OBJECT
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY themeChanged)
    // The system's font size in pixels, which the app's type scales with.
    Q_PROPERTY(qreal systemFontPixels READ systemFontPixels NOTIFY systemFontChanged)
    // The language chosen in Settings ("" the system's, "en", "de"), used from the next start.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // The languages Rollwise speaks, each in its own words: [{value: "de", text: "Deutsch"}].
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)

public:
    // System follows the system's scheme as Qt reads it at start-up (Qt 6.4 cannot follow a
    // change while running).
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    explicit Preferences(const QString& settingsFile, QObject* parent = nullptr);
    ~Preferences() override;

    [[nodiscard]] Theme theme() const;
    void setTheme(Theme theme);
    [[nodiscard]] qreal systemFontPixels() const;
    [[nodiscard]] QString language() const;
    // "" (the system's) or one of availableLanguages(); anything else is ignored.
    void setLanguage(const QString& language);
    [[nodiscard]] static QVariantList languages();
    // The language kept in `settingsFile`, read before the app starts (no Preferences yet).
    [[nodiscard]] static QString storedLanguage(const QString& settingsFile);

    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void themeChanged();
    void systemFontChanged();
    void languageChanged();

private:
    QSettings m_settings;
};

struct PreferencesForeign : ExistingSingleton<Preferences> {
    Q_GADGET
    QML_FOREIGN(rollwise::app::Preferences)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Preferences)
};

} // namespace rollwise::app
