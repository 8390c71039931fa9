#pragma once

// What every rollwise-cli command that opens a journal shares: its arguments, the secrets read
// from file descriptors, the journal opened with them, and exit codes for store errors.

#include "store_commands.h"

#include <rollwise/core/database.h>

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace rollwise::cli {

struct UsageError {
    QString message;
};

// Secrets are read a line at a time from file descriptors; several may share one descriptor.
class SecretReader {
public:
    SecretReader() = default;
    SecretReader(const SecretReader&) = delete;
    SecretReader& operator=(const SecretReader&) = delete;
    ~SecretReader();
    std::optional<std::string> line(int fd);

private:
    std::map<int, std::string> m_pending;
};

class Args {
public:
    explicit Args(QStringList args)
        : m_args(std::move(args)) {}
    // The value after `--name`, removed from the list.
    std::optional<QString> take(const QString& name) {
        const auto index = m_args.indexOf(name);
        if (index < 0) {
            return std::nullopt;
        }
        if (index + 1 >= m_args.size()) {
            throw UsageError{name + QStringLiteral(" needs a value")};
        }
        const QString value = m_args.at(index + 1);
        m_args.remove(index, 2);
        return value;
    }
    bool flag(const QString& name) { return m_args.removeAll(name) > 0; }
    std::optional<int> fd(const QString& name) {
        const auto value = take(name);
        if (!value) {
            return std::nullopt;
        }
        bool ok = false;
        const int fd = value->toInt(&ok);
        if (!ok || fd < 0) {
            throw UsageError{
                name + QStringLiteral(" wants a file descriptor number (0 is standard input)")};
        }
        return fd;
    }
    QString positional() {
        for (qsizetype i = 0; i < m_args.size(); ++i) {
            if (!m_args.at(i).startsWith(QStringLiteral("--"))) {
                return m_args.takeAt(i);
            }
        }
        return {};
    }
    void done() const {
        if (!m_args.isEmpty()) {
            throw UsageError{QStringLiteral("unexpected argument '%1'").arg(m_args.first())};
        }
    }

private:
    QStringList m_args;
};

// A key from --<prefix>passphrase-fd, --<prefix>key-fd, or (when allowed) the keychain.
std::optional<DatabaseKey> readKey(Args& args, SecretReader& reader, const QString& prefix);
int exitCodeFor(DatabaseErrorCode code);
int report(QTextStream& err, const DatabaseError& error);
// Opens the database named by --db with the key given, or the keychain's.
// With `create`, `created` is set when there was no file before (the command then removes it
// again if it fails).
std::optional<Database> openDatabase(Args& args, SecretReader& reader, QTextStream& err,
                                     int& exitCode, bool create = false,
                                     std::optional<std::filesystem::path>* created = nullptr);
TimePoint now();

// The commands that work on the journal's contents (journal_commands.cpp).
int importCommand(Args& args, SecretReader& reader, QTextStream& out, QTextStream& err);
int calendarCommand(Args& args, SecretReader& reader, QTextStream& out, QTextStream& err);

} // namespace rollwise::cli
