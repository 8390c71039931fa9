#pragma once

// Core speaks UTF-8 std::string_view; Qt speaks QString. The one conversion every Qt layer uses.

#include <QString>

#include <string_view>

namespace rollwise::platform {

[[nodiscard]] inline QString toQString(std::string_view utf8) {
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

} // namespace rollwise::platform
