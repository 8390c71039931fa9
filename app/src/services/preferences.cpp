#include "preferences.h"

#include "language.h"

#include <QEvent>
#include <QFont>
#include <QGuiApplication>
#include <QMetaEnum>

namespace rollwise::app {
namespace {
constexpr auto kThemeSetting = "app/theme";
constexpr auto kLanguageSetting = "app/language";
} // namespace

QString Preferences::storedLanguage(const QString& settingsFile) {
    return QSettings(settingsFile, QSettings::IniFormat).value(kLanguageSetting).toString();
}

QString Preferences::language() const {
    return m_settings.value(kLanguageSetting).toString();
}

QVariantList Preferences::languages() {
    QVariantList all;
    for (const QString& code : text::availableLanguages()) {
        all.append(QVariantMap{{QStringLiteral("value"), code},
                               {QStringLiteral("text"), text::languageName(code)}});
    }
    return all;
}

void Preferences::setLanguage(const QString& language) {
    if (language == this->language() ||
        (!language.isEmpty() && !text::availableLanguages().contains(language))) {
        return;
    }
    m_settings.setValue(kLanguageSetting, language);
    m_settings.sync();
    emit languageChanged();
}

Preferences::Preferences(const QString& settingsFile, QObject* parent)
    : QObject(parent)
    , m_settings(settingsFile, QSettings::IniFormat) {
    if (qGuiApp != nullptr) {
        qGuiApp->installEventFilter(this);
    }
}

bool Preferences::eventFilter(QObject* watched, QEvent* event) {
    if (watched == qGuiApp && event->type() == QEvent::ApplicationFontChange) {
        emit systemFontChanged();
    }
    return QObject::eventFilter(watched, event);
}

qreal Preferences::systemFontPixels() const {
    const QFont font = QGuiApplication::font();
    return font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 4.0 / 3.0;
}

Preferences::~Preferences() {
    PreferencesForeign::forget(this);
}

Preferences::Theme Preferences::theme() const {
    const QByteArray key = m_settings.value(kThemeSetting).toString().toLatin1();
    bool ok = false;
    const int value = QMetaEnum::fromType<Theme>().keyToValue(key.constData(), &ok);
    return ok ? static_cast<Theme>(value) : Theme::System;
}

void Preferences::setTheme(Theme theme) {
    if (theme == this->theme()) {
        return;
    }
    m_settings.setValue(kThemeSetting, QString::fromLatin1(QMetaEnum::fromType<Theme>().valueToKey(
                                           static_cast<int>(theme))));
    m_settings.sync();
    emit themeChanged();
}

} // namespace rollwise::app
