#include "command_support.h"

#include <rollwise/core/journal.h>
#include <rollwise/platform/key_generator.h>
#include <rollwise/platform/keychain_secret_store.h>
#include <rollwise/platform/text.h>

#include <QDateTime>

#include <cerrno>
#include <map>

#if defined(_WIN32)
#include <io.h>
#define ROLLWISE_READ _read
#else
#include <unistd.h>
#define ROLLWISE_READ ::read
#endif

namespace rollwise::cli {
namespace {

// A line ending in CR LF (a file saved on Windows) ends before the CR, as it does in the app's
// text fields: a CR is never part of a secret.
std::string withoutCarriageReturn(std::string line) {
    if (!line.empty() && line.back() == '\r') {
        line.back() = '\0';
        line.pop_back();
    }
    return line;
}

} // namespace

std::optional<std::string> SecretReader::line(int fd) {
    std::string& buffer = m_pending[fd];
    for (;;) {
        if (const auto newline = buffer.find('\n'); newline != std::string::npos) {
            std::string result = buffer.substr(0, newline);
            secureWipe(buffer.data(), newline + 1);
            buffer.erase(0, newline + 1);
            return withoutCarriageReturn(std::move(result));
        }
        char chunk[256];
        const auto got = ROLLWISE_READ(fd, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            if (buffer.empty()) {
                return std::nullopt;
            }
            std::string result = std::move(buffer);
            buffer.clear();
            return withoutCarriageReturn(std::move(result));
        }
        buffer.append(chunk, static_cast<std::size_t>(got));
        secureWipe(chunk, sizeof chunk);
    }
}

SecretReader::~SecretReader() {
    for (auto& [fd, buffer] : m_pending) {
        secureWipe(buffer.data(), buffer.capacity());
    }
}

std::optional<DatabaseKey> readKey(Args& args, SecretReader& reader, const QString& prefix) {
    const auto passphraseFd = args.fd(QStringLiteral("--%1passphrase-fd").arg(prefix));
    const auto keyFd = args.fd(QStringLiteral("--%1key-fd").arg(prefix));
    if (passphraseFd && keyFd) {
        throw UsageError{QStringLiteral("give a passphrase or a key, not both")};
    }
    if (passphraseFd) {
        auto line = reader.line(*passphraseFd);
        if (!line || line->empty()) {
            throw UsageError{
                QStringLiteral("no passphrase on file descriptor %1").arg(*passphraseFd)};
        }
        return DatabaseKey::passphrase(Passphrase::adopt(*line));
    }
    if (keyFd) {
        auto line = reader.line(*keyFd);
        auto key = line ? parseRecoveryCode(*line) : std::nullopt;
        if (line) {
            secureWipe(line->data(), line->size());
        }
        if (!key) {
            throw UsageError{QStringLiteral("file descriptor %1 does not hold a key (64 hex digits "
                                            "or a recovery code)")
                                 .arg(*keyFd)};
        }
        return DatabaseKey::raw(std::move(*key));
    }
    return std::nullopt;
}

int exitCodeFor(DatabaseErrorCode code) {
    switch (code) {
    case DatabaseErrorCode::NoKey:
    case DatabaseErrorCode::WrongKey:
        return kKeyError;
    case DatabaseErrorCode::NotEncrypted:
    case DatabaseErrorCode::Corrupt:
    case DatabaseErrorCode::NotABackup:
    case DatabaseErrorCode::CipherMissing:
        return kDamaged;
    case DatabaseErrorCode::NewerThanApp:
        return kTooNew;
    case DatabaseErrorCode::CannotOpen:
    case DatabaseErrorCode::ReadFailed:
    case DatabaseErrorCode::NotFound:
        return kFileError;
    case DatabaseErrorCode::InvalidArgument:
        return kUsage;
    case DatabaseErrorCode::WriteFailed:
    case DatabaseErrorCode::DiskFull:
    case DatabaseErrorCode::ReadOnly:
        return kFailed;
    }
    return kFailed;
}

int report(QTextStream& err, const DatabaseError& error) {
    err << "rollwise-cli: " << platform::toQString(error.message) << '\n';
    return exitCodeFor(error.code);
}

std::optional<Database> openDatabase(Args& args, SecretReader& reader, QTextStream& err,
                                     int& exitCode, bool create,
                                     std::optional<std::filesystem::path>* created) {
    const auto path = args.take(QStringLiteral("--db"));
    if (!path) {
        throw UsageError{QStringLiteral("--db FILE is required")};
    }
    auto key = readKey(args, reader, QString());
    const std::filesystem::path file = path->toStdString();
    std::error_code ec;
    if (created != nullptr && !std::filesystem::exists(std::filesystem::symlink_status(file, ec))) {
        *created = file;
    }
    if (!create && !std::filesystem::exists(file, ec)) {
        err << "rollwise-cli: there is no database at " << *path << '\n';
        exitCode = kFileError;
        return std::nullopt;
    }
    if (key) {
        auto db = Database::open(file, *key);
        if (!db) {
            exitCode = report(err, db.error());
            return std::nullopt;
        }
        return std::move(db).value();
    }
    platform::KeychainSecretStore store;
    auto db = openWithKeychain(file, store, platform::generateKey);
    if (!db) {
        err << "rollwise-cli: " << platform::toQString(db.error().message) << '\n';
        exitCode = db.error().database ? exitCodeFor(db.error().database->code) : kKeyError;
        return std::nullopt;
    }
    return std::move(db).value();
}

TimePoint now() {
    return TimePoint(Seconds(QDateTime::currentSecsSinceEpoch()));
}

} // namespace rollwise::cli
