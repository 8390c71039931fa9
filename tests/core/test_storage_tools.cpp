// The database as other tools see it: plain SQLite cannot read it; the sqlcipher shell can,
// given the key. Uses real external programs, so it is an integration test.
#include "../support/temp_dir.h"

#include <rollwise/core/database.h>

#include <catch2/catch_test_macros.hpp>

#include <array>
#include <cstdio>
#include <string>

using namespace rollwise;

namespace {

struct Output {
    int status = -1;
    std::string text;
};

Output runShell(const std::string& command) {
    Output out;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 512> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe) != nullptr) {
        out.text += buffer.data();
    }
    out.status = pclose(pipe);
    return out;
}

const std::string kKeyHex(64, 'c');

std::filesystem::path makeDatabase(const rollwise::test::TempDir& dir) {
    const auto path = dir.file("rollwise.db");
    auto db = Database::open(path, *SecretKey::fromHex(kKeyHex));
    REQUIRE(db.ok());
    REQUIRE(db.value().settings().storeZones(faceZones()).ok());
    return path;
}

} // namespace

TEST_CASE("Plain SQLite (Python's sqlite3 module) cannot read the database", "[integration]") {
    rollwise::test::TempDir dir;
    const auto path = makeDatabase(dir);
    const auto result =
        runShell(std::string(ROLLWISE_PYTHON) +
                 " -c \"import sqlite3,sys; "
                 "sqlite3.connect(sys.argv[1]).execute('SELECT * FROM sqlite_master')"
                 ".fetchall()\" '" +
                 path.string() + "'");
    CHECK(result.status != 0);
    CHECK(result.text.find("file is not a database") != std::string::npos);
}

TEST_CASE("The sqlcipher shell opens the database with the key", "[integration]") {
    rollwise::test::TempDir dir;
    const auto path = makeDatabase(dir);
    const auto script = dir.file("read.sql");
    {
        std::FILE* file = std::fopen(script.string().c_str(), "w");
        REQUIRE(file != nullptr);
        std::fprintf(file, "PRAGMA key = \"x'%s'\";\nSELECT count(*) FROM zones;\n",
                     kKeyHex.c_str());
        std::fclose(file);
    }
    const auto withKey = runShell(std::string(ROLLWISE_SQLCIPHER) + " '" + path.string() + "' < '" +
                                  script.string() + "'");
    CHECK(withKey.status == 0);
    CHECK(withKey.text.find("\n9\n") != std::string::npos);

    const auto withoutKey = runShell(std::string(ROLLWISE_SQLCIPHER) + " '" + path.string() +
                                     "' 'SELECT count(*) FROM zones;'");
    CHECK(withoutKey.text.find("file is not a database") != std::string::npos);
}
