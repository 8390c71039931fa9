#pragma once

// Reads back what `rollwise-cli export` writes (docs/cli.md): the CSV (one row per pass) and the
// JSON export. Anything else is refused with the line or JSON path that is wrong.

#include <rollwise/core/database.h>

#include <QString>

#include <string>
#include <utility>
#include <vector>

namespace rollwise::cli {

struct ExportContents {
    std::vector<std::pair<std::string, SessionRecord>> sessions; // by uid, in file order
    std::vector<Answer> answers;
    std::vector<ReactionEntry> reactions;
};

struct ExportReadError {
    QString message; // where and what, never the values read
};

[[nodiscard]] Result<ExportContents, ExportReadError> readCsvExport(const std::string& text);
[[nodiscard]] Result<ExportContents, ExportReadError> readJsonExport(const std::string& text);

} // namespace rollwise::cli
