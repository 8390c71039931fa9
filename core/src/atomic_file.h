#pragma once

// Writes a whole file or nothing: a temporary file beside the target, flushed to disk, then
// renamed over it. Readable by the owner only.

#include <rollwise/core/database.h>

#include <filesystem>
#include <string_view>

namespace rollwise::detail {

[[nodiscard]] Status<DatabaseError> writeFileAtomically(const std::filesystem::path& file,
                                                        std::string_view content);
// A temporary name in the same folder as `file` (so a rename is atomic).
[[nodiscard]] std::filesystem::path siblingTemporary(const std::filesystem::path& file);
// The typed error for a failed file operation (errno value).
[[nodiscard]] DatabaseError fileError(int errorNumber, std::string_view what);

} // namespace rollwise::detail
