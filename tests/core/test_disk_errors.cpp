// A full disk and a read-only folder, for real: a small tmpfs (needs root, as in CI; skipped
// with a reason elsewhere). Each gets a specific error, and nothing already stored is lost.
#include "../support/files.h"
#include "../support/temp_dir.h"
#include "store_fixtures.h"

#include <rollwise/core/database.h>

#include <catch2/catch_test_macros.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

using namespace rollwise;
using namespace rollwise::test;

namespace {

const TimePoint kT0 = TimePoint(Seconds(1'780'000'000));

class SmallDisk {
public:
    explicit SmallDisk(const std::filesystem::path& where, const char* size)
        : m_path(where) {
        std::filesystem::create_directories(m_path);
        const std::string command = "mount -t tmpfs -o size=" + std::string(size) +
                                    ",mode=0700 tmpfs '" + m_path.string() + "' 2>/dev/null";
        m_mounted = ::geteuid() == 0 && std::system(command.c_str()) == 0;
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;
    ~SmallDisk() {
        if (m_mounted) {
            // Nothing to do about a failure here; the folder is removed with its parent anyway.
            [[maybe_unused]] const int status =
                std::system(("umount -l '" + m_path.string() + "'").c_str());
        }
    }
    [[nodiscard]] bool mounted() const { return m_mounted; }
    [[nodiscard]] bool makeReadOnly() const {
        return std::system(("mount -o remount,ro '" + m_path.string() + "'").c_str()) == 0;
    }
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
    bool m_mounted = false;
};

} // namespace

TEST_CASE("A full disk is a specific error and loses nothing already stored",
          "[store][disk-full]") {
    TempDir dir;
    SmallDisk disk(dir.path() / "small", "256k");
    if (!disk.mounted()) {
        SKIP("needs root to mount a small tmpfs");
    }
    const auto path = disk.path() / "journal.db";
    int saved = 0;
    DatabaseError failure;
    {
        auto db = Database::open(path, rawKey('1'));
        REQUIRE(db.ok());
        for (int i = 0; i < 10000; ++i) {
            auto result = db.value().sessions().save(
                "s" + std::to_string(i),
                sampleSession(kT0 + Days(i), {Zone::Forehead, Zone::Chin}, 16));
            if (!result) {
                failure = result.error();
                break;
            }
            ++saved;
        }
        REQUIRE(saved > 0);
        CHECK(failure.code == DatabaseErrorCode::DiskFull);
        CHECK(failure.message.find("disk is full") != std::string::npos);
        // Exports and backups onto the full disk fail the same way and leave no partial file.
        auto exported = db.value().backups().exportJson(disk.path() / "journal.json");
        REQUIRE_FALSE(exported.ok());
        CHECK(exported.error().code == DatabaseErrorCode::DiskFull);
        auto backup =
            db.value().backups().write(disk.path() / "journal.rwb", rawKey('2'), "0.1.0", kT0);
        REQUIRE_FALSE(backup.ok());
        CHECK(backup.error().code == DatabaseErrorCode::DiskFull);
    }
    for (const auto& name : listDir(disk.path())) {
        CAPTURE(name);
        CHECK((name == "journal.db" || name == "journal.db-wal" || name == "journal.db-shm"));
    }
    // Everything that was saved before the disk filled up is there, and the file is sound.
    auto db = Database::open(path, rawKey('1'));
    REQUIRE(db.ok());
    CHECK(static_cast<int>(db.value().sessions().history(100000).value().size()) == saved);
    CHECK(Database::verify(path, rawKey('1')).ok());
}

TEST_CASE("A read-only folder is a specific error", "[store][read-only]") {
    TempDir dir;
    SmallDisk disk(dir.path() / "ro", "1m");
    if (!disk.mounted()) {
        SKIP("needs root to mount a small tmpfs");
    }
    const auto path = disk.path() / "journal.db";
    {
        auto db = Database::open(path, rawKey('3'));
        REQUIRE(db.ok());
        REQUIRE(db.value().sessions().save("s1", sampleSession(kT0)).ok());
    }
    REQUIRE(disk.makeReadOnly());
    const auto before = readAll(path);
    auto opened = Database::open(path, rawKey('3'));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == DatabaseErrorCode::ReadOnly);
    CHECK(opened.error().message.find("cannot be written") != std::string::npos);
    CHECK(readAll(path) == before);
    // It can still be read, e.g. to verify it or make a backup elsewhere.
    CHECK(Database::verify(path, rawKey('3')).ok());

    auto elsewhere = Database::open(dir.file("other.db"), rawKey('4'));
    REQUIRE(elsewhere.ok());
    auto backup =
        elsewhere.value().backups().write(disk.path() / "b.rwb", rawKey('5'), "0.1.0", kT0);
    REQUIRE_FALSE(backup.ok());
    CHECK(backup.error().code == DatabaseErrorCode::ReadOnly);
    auto exported = elsewhere.value().backups().exportCsv(disk.path() / "out.csv");
    REQUIRE_FALSE(exported.ok());
    CHECK(exported.error().code == DatabaseErrorCode::ReadOnly);
}

TEST_CASE("A rekey on a full disk is refused; the old key still opens every session",
          "[store][disk-full][rekey]") {
    TempDir dir;
    SmallDisk disk(dir.path() / "full", "8m");
    if (!disk.mounted()) {
        SKIP("needs root to mount a small tmpfs");
    }
    const auto path = disk.path() / "journal.db";
    {
        auto db = Database::open(path, rawKey('1'));
        REQUIRE(db.ok());
        for (int i = 0; i < 40; ++i) {
            REQUIRE(db.value()
                        .sessions()
                        .save("s" + std::to_string(i),
                              sampleSession(kT0 + Days(i), {Zone::Forehead, Zone::Chin}, 16))
                        .ok());
        }
    }
    const auto opensWith = [&](const DatabaseKey& key) {
        OpenOptions options;
        options.readOnly = true;
        return Database::open(path, key, options).ok();
    };
    {
        auto db = Database::open(path, rawKey('1'));
        REQUIRE(db.ok());
        // Fill what is left of the disk; the rekey has to write every page to the WAL.
        {
            std::FILE* filler = std::fopen((disk.path() / "filler").string().c_str(), "wb");
            REQUIRE(filler != nullptr);
            const std::string block(4096, 'f');
            while (std::fwrite(block.data(), 1, block.size(), filler) == block.size() &&
                   std::fflush(filler) == 0) {
            }
            std::fclose(filler);
        }
        auto rekeyed = db.value().rekey(rawKey('2'));
        REQUIRE_FALSE(rekeyed.ok());
        CHECK(rekeyed.error().code == DatabaseErrorCode::DiskFull);
        CHECK(rekeyed.error().message.find("old key still opens") != std::string::npos);
        CHECK(opensWith(rawKey('1')));
        CHECK_FALSE(opensWith(rawKey('2')));
        // The connection is still the old key's: it reads everything.
        CHECK(db.value().sessions().count().value() == 40);
    }
    CHECK(opensWith(rawKey('1')));
    CHECK_FALSE(opensWith(rawKey('2')));
    std::filesystem::remove(disk.path() / "filler");
    {
        auto db = Database::open(path, rawKey('1'));
        REQUIRE(db.ok());
        CHECK(db.value().sessions().count().value() == 40);
        REQUIRE(db.value().rekey(rawKey('2')).ok());
    }
    CHECK(opensWith(rawKey('2')));
    CHECK_FALSE(opensWith(rawKey('1')));
    CHECK(Database::verify(path, rawKey('2')).ok());
}
