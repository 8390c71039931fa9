#pragma once

// A passphrase typed in QML: it is a QString only as long as the text field holds it; here it
// becomes UTF-8 bytes that wipe themselves.

#include <rollwise/core/secret_key.h>

#include <QByteArray>
#include <QString>

namespace rollwise::app {

[[nodiscard]] inline Passphrase passphraseFromUi(const QString& text) {
    QByteArray utf8 = text.toUtf8();
    std::string bytes(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    secureWipe(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return Passphrase::adopt(bytes);
}

// What core's one passphrase rule says of it (code points counted as core counts them).
[[nodiscard]] inline PassphraseProblem passphraseProblemOf(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    return passphraseProblem(
        std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

} // namespace rollwise::app
