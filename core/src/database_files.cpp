#include "database_files.h"

#include "atomic_file.h"

#include <array>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <system_error>

namespace rollwise::detail {
namespace {

constexpr std::array<std::string_view, 3> kSidecars{"-wal", "-shm", "-journal"};

// The path with every symbolic link resolved, even one whose target does not exist yet.
std::filesystem::path resolved(const std::filesystem::path& path) {
    std::error_code ec;
    std::filesystem::path p = std::filesystem::absolute(path, ec);
    if (ec) {
        p = path;
    }
    for (int hops = 0; hops < 40; ++hops) {
        if (!std::filesystem::is_symlink(p, ec)) {
            break;
        }
        const auto target = std::filesystem::read_symlink(p, ec);
        if (ec) {
            break;
        }
        p = target.is_absolute() ? target : p.parent_path() / target;
    }
    auto canonical = std::filesystem::weakly_canonical(p, ec);
    return ec ? p.lexically_normal() : canonical;
}

bool sameExistingFile(const std::filesystem::path& a, const std::filesystem::path& b) {
    std::error_code ec;
    const bool same = std::filesystem::equivalent(a, b, ec);
    return !ec && same;
}

} // namespace

std::string sqliteUri(const std::filesystem::path& path, std::string_view query) {
    std::error_code ec;
    std::filesystem::path absolute = std::filesystem::absolute(path, ec);
    if (ec) {
        absolute = path;
    }
    std::string text = absolute.generic_string();
    if (text.empty() || text.front() != '/') {
        text.insert(text.begin(), '/'); // "C:/..." on Windows
    }
    std::string uri = "file:";
    uri.reserve(uri.size() + text.size() + query.size() + 1);
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) != 0 || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
            uri.push_back(c);
        } else {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", byte);
            uri += escaped;
        }
    }
    if (!query.empty()) {
        uri.push_back('?');
        uri += query;
    }
    return uri;
}

bool nameTooLong(const std::filesystem::path& path) {
    constexpr std::size_t kNameMax = 255;
    for (const auto& part : path) {
        if (part.native().size() > kNameMax) {
            return true;
        }
    }
    return false;
}

DatabaseError nameTooLongError(std::string_view what) {
    return DatabaseError{DatabaseErrorCode::InvalidArgument,
                         std::string(what) + ": the file name is too long. Choose a shorter name; "
                                             "nothing was changed."};
}

bool isDatabaseFile(const std::filesystem::path& database, const std::filesystem::path& target) {
    // Files that exist: the same device and inode, whatever the spelling (hard links too).
    if (sameExistingFile(database, target)) {
        return true;
    }
    const auto realDatabase = resolved(database);
    for (const auto suffix : kSidecars) {
        if (sameExistingFile(database.string() + std::string(suffix), target) ||
            sameExistingFile(realDatabase.string() + std::string(suffix), target)) {
            return true;
        }
    }
    // Files that do not exist yet (a WAL after a clean close): the same resolved name.
    const auto realTarget = resolved(target);
    if (realTarget == realDatabase) {
        return true;
    }
    for (const auto suffix : kSidecars) {
        if (realTarget == std::filesystem::path(realDatabase.string() + std::string(suffix))) {
            return true;
        }
    }
    return false;
}

std::optional<DatabaseError> refuseDatabaseFile(const std::filesystem::path& database,
                                                const std::filesystem::path& target,
                                                std::string_view what) {
    if (!isDatabaseFile(database, target)) {
        return std::nullopt;
    }
    return DatabaseError{DatabaseErrorCode::InvalidArgument,
                         std::string(what) + " (" + target.string() +
                             ") is the journal itself or one of its files: choose another "
                             "file. Nothing was changed."};
}

bool isOwnTemporaryName(std::string_view name) {
    for (const auto suffix : kSidecars) {
        if (name.size() > suffix.size() && name.ends_with(suffix)) {
            name.remove_suffix(suffix.size());
            break;
        }
    }
    constexpr std::string_view kPart = ".part-";
    constexpr std::size_t kHexDigits = 8;
    if (name.size() < 1 + 1 + kPart.size() + kHexDigits || name.front() != '.') {
        return false;
    }
    const auto hex = name.substr(name.size() - kHexDigits);
    for (const char c : hex) {
        if (std::isxdigit(static_cast<unsigned char>(c)) == 0) {
            return false;
        }
    }
    return name.substr(name.size() - kHexDigits - kPart.size(), kPart.size()) == kPart;
}

void removeStaleTemporaries(const std::filesystem::path& folder, std::chrono::minutes age) {
    std::error_code ec;
    const auto where = folder.empty() ? std::filesystem::path(".") : folder;
    std::filesystem::directory_iterator it(where, ec);
    if (ec) {
        return;
    }
    const auto now = std::filesystem::file_time_type::clock::now();
    for (const auto& entry : it) {
        const std::string name = entry.path().filename().string();
        if (!isOwnTemporaryName(name) || !entry.is_regular_file(ec) || entry.is_symlink(ec)) {
            continue;
        }
        const auto modified = entry.last_write_time(ec);
        if (!ec && now - modified > age) {
            std::filesystem::remove(entry.path(), ec);
        }
    }
}

Result<Snapshot, DatabaseError> Snapshot::take(const std::filesystem::path& file) {
    std::error_code ec;
    Snapshot snapshot;
    snapshot.m_folder =
        std::filesystem::temp_directory_path(ec) / ("rollwise-snapshot-" + newUid().substr(0, 13));
    if (ec || !std::filesystem::create_directory(snapshot.m_folder, ec) || ec) {
        snapshot.m_folder.clear();
        return Failure{fileError(ec ? ec.value() : EEXIST,
                                 "Could not make a private copy of the database to check it")};
    }
    std::filesystem::permissions(snapshot.m_folder, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::replace, ec);
    snapshot.m_file = snapshot.m_folder / "database";
    // The WAL first: what a writer commits meanwhile is then at worst missing from the copy.
    const std::filesystem::path wal = file.string() + "-wal";
    if (std::filesystem::exists(wal, ec)) {
        std::filesystem::copy_file(wal, snapshot.m_file.string() + "-wal", ec);
        if (ec) {
            return Failure{fileError(ec.value(), "Could not make a private copy of the database "
                                                 "to check it")};
        }
    }
    std::filesystem::copy_file(file, snapshot.m_file, ec);
    if (ec) {
        return Failure{
            fileError(ec.value(), "Could not make a private copy of the database to check it")};
    }
    return snapshot;
}

Snapshot::Snapshot(Snapshot&& other) noexcept
    : m_folder(std::move(other.m_folder))
    , m_file(std::move(other.m_file)) {
    other.m_folder.clear();
}

Snapshot::~Snapshot() {
    if (!m_folder.empty()) {
        std::error_code ec;
        std::filesystem::remove_all(m_folder, ec);
    }
}

bool looksLikeRawKeyText(std::string_view passphrase) noexcept {
    // SQLCipher: "x'" + 2 * key size (+ 2 * salt size) hex digits + "'" is a raw key.
    if (passphrase.size() != 3 + 64 && passphrase.size() != 3 + 96) {
        return false;
    }
    if ((passphrase[0] != 'x' && passphrase[0] != 'X') || passphrase[1] != '\'') {
        return false;
    }
    for (const char c : passphrase.substr(2, passphrase.size() - 3)) {
        if (std::isxdigit(static_cast<unsigned char>(c)) == 0) {
            return false;
        }
    }
    return true;
}

DatabaseKey copyKey(const DatabaseKey& key) {
    switch (key.kind()) {
    case DatabaseKey::Kind::Raw:
        return DatabaseKey::raw(key.rawKey().copy());
    case DatabaseKey::Kind::Passphrase: {
        std::string text(key.passphraseText());
        return DatabaseKey::passphrase(Passphrase::adopt(text));
    }
    case DatabaseKey::Kind::None:
        break;
    }
    return DatabaseKey{};
}

} // namespace rollwise::detail
