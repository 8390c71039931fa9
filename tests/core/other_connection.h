#pragma once

// A connection to a journal file as another program would hold one (raw SQLCipher, a raw key of
// 64 `keyDigit`s), to hold its write lock in tests.
#include <catch2/catch_test_macros.hpp>

#include <sqlcipher/sqlite3.h>

#include <filesystem>
#include <string>

namespace rollwise::test {

class OtherConnection {
public:
    OtherConnection(const std::filesystem::path& path, char keyDigit) {
        REQUIRE(sqlite3_open(path.string().c_str(), &m_db) == SQLITE_OK);
        const std::string key = "x'" + std::string(64, keyDigit) + "'";
        REQUIRE(sqlite3_key(m_db, key.data(), static_cast<int>(key.size())) == SQLITE_OK);
    }
    OtherConnection(const OtherConnection&) = delete;
    OtherConnection& operator=(const OtherConnection&) = delete;
    ~OtherConnection() { sqlite3_close(m_db); }
    int exec(const char* sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }

private:
    sqlite3* m_db = nullptr;
};

} // namespace rollwise::test
