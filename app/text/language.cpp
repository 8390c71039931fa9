#include "language.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTranslator>

namespace rollwise::text {
namespace {

// The one translator Rollwise installed, so a second call replaces it.
QPointer<QTranslator>& installed() {
    static QPointer<QTranslator> translator;
    return translator;
}

} // namespace

QStringList availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString languageName(const QString& language) {
    const QLocale locale(language);
    // CLDR names English by its American variant; the language itself is meant here.
    return locale.language() == QLocale::English ? QLocale::languageToString(QLocale::English)
                                                 : locale.nativeLanguageName();
}

bool useLanguage(const QLocale& locale) {
    QLocale::setDefault(locale);
    if (installed()) {
        QCoreApplication::removeTranslator(installed());
        delete installed();
    }
    // English is the source text; its file (in the app only) adds the plural forms.
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    auto* translator = new QTranslator(QCoreApplication::instance());
    const auto load = [translator](const QLocale& which) {
        return translator->load(which, QStringLiteral("rollwise"), QStringLiteral("_"),
                                QStringLiteral(":/i18n"));
    };
    const bool loaded = load(english ? QLocale(QLocale::English) : locale);
    // A language Rollwise does not speak gets English, with its plural forms ("1 session").
    if (!loaded && !load(QLocale(QLocale::English))) {
        delete translator;
        return english;
    }
    if (!loaded) {
        QCoreApplication::installTranslator(translator);
        installed() = translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed() = translator;
    return true;
}

QLocale localeFor(const QString& language) {
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

} // namespace rollwise::text
