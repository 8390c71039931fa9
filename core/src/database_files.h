#pragma once

// The files of a database as the store handles them, private to core: names SQLite never reads
// as URIs, the journal's own files recognised however they are spelled, private snapshots to
// check a database without touching it, and the clean-up of temporaries left by a crash.

#include <rollwise/core/database.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace rollwise::detail {

// A `file:` URI for `path` (made absolute), with every byte outside the URI's unreserved set
// percent-encoded: SQLite opens exactly that file, whatever its name looks like. `query` is
// appended after '?' when not empty (e.g. "immutable=1").
[[nodiscard]] std::string sqliteUri(const std::filesystem::path& path, std::string_view query = {});

// Whether a component of `path` is longer than a file system allows (255 bytes): SQLite would
// report that as a file it cannot open.
[[nodiscard]] bool nameTooLong(const std::filesystem::path& path);
[[nodiscard]] DatabaseError nameTooLongError(std::string_view what);

// Whether `target` is the database at `database` or one of its -wal, -shm or -journal files,
// however it is spelled (relative, with "..", through symbolic links, a hard link).
[[nodiscard]] bool isDatabaseFile(const std::filesystem::path& database,
                                  const std::filesystem::path& target);

// The error for an export, backup or restore that names the journal's own files; nullopt if
// `target` is another file. `what` is e.g. "The export file".
[[nodiscard]] std::optional<DatabaseError> refuseDatabaseFile(const std::filesystem::path& database,
                                                              const std::filesystem::path& target,
                                                              std::string_view what);

// Whether `name` is one of the temporaries siblingTemporary() makes (".<name>.part-<8 hex>",
// and SQLite's -journal, -wal, -shm beside it).
[[nodiscard]] bool isOwnTemporaryName(std::string_view name);
// Removes temporaries of that pattern in `folder` not modified for `age`: what an interrupted
// backup or export left. Other files are never touched; failures are ignored.
void removeStaleTemporaries(const std::filesystem::path& folder, std::chrono::minutes age);

// A copy of a database and its WAL in a new private folder, removed on destruction: what the
// database holds (the WAL included) can be read and checked without changing any of its files.
class Snapshot {
public:
    [[nodiscard]] static Result<Snapshot, DatabaseError> take(const std::filesystem::path& file);
    Snapshot(Snapshot&& other) noexcept;
    Snapshot& operator=(Snapshot&&) = delete;
    Snapshot(const Snapshot&) = delete;
    Snapshot& operator=(const Snapshot&) = delete;
    ~Snapshot();
    [[nodiscard]] const std::filesystem::path& file() const noexcept { return m_file; }

private:
    Snapshot() = default;
    std::filesystem::path m_folder;
    std::filesystem::path m_file;
};

// A passphrase of the form x'<64 or 96 hex digits>' is taken by SQLCipher as a raw key, never
// stretched: such passphrases are refused for anything new.
[[nodiscard]] bool looksLikeRawKeyText(std::string_view passphrase) noexcept;

// An owned copy of a key (wiped on destruction like the original).
[[nodiscard]] DatabaseKey copyKey(const DatabaseKey& key);

} // namespace rollwise::detail
