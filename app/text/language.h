#pragma once

// Choosing the language: the translator compiled into rollwise_text (":/i18n/rollwise_<lang>.qm")
// installed on the application, and QLocale's default for numbers and dates.

#include <QLocale>
#include <QString>
#include <QStringList>

namespace rollwise::text {

// The languages Rollwise speaks; English is the source text and needs no translator.
[[nodiscard]] QStringList availableLanguages();

// A language's name in that language ("English", "Deutsch"), as a language menu shows it.
[[nodiscard]] QString languageName(const QString& language);

// Installs the translation for `locale`'s language (none for English) on the running
// QCoreApplication, replacing one installed before, and makes `locale` the default. Returns
// false when that language has no translation: the texts stay English, the locale still applies.
bool useLanguage(const QLocale& locale);

// "de" or "en" from --language; empty: the system's locale.
[[nodiscard]] QLocale localeFor(const QString& language);

} // namespace rollwise::text
