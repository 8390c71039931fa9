#include "temp_dir.h"

#include <random>
#include <stdexcept>
#include <string>

namespace rollwise::test {

TempDir::TempDir() {
    std::random_device entropy;
    for (int attempt = 0; attempt < 16; ++attempt) {
        auto candidate = std::filesystem::temp_directory_path() /
                         ("rollwise-test-" + std::to_string(entropy()) + std::to_string(entropy()));
        if (std::filesystem::create_directory(candidate)) {
            std::filesystem::permissions(candidate, std::filesystem::perms::owner_all,
                                         std::filesystem::perm_options::replace);
            m_path = std::move(candidate);
            return;
        }
    }
    throw std::runtime_error("could not create a temporary folder");
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::permissions(m_path, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::replace, ignored);
    std::filesystem::remove_all(m_path, ignored);
}

} // namespace rollwise::test
