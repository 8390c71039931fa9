#pragma once

// The schema and its migrations, private to core.

#include "connection.h"

namespace rollwise::detail {

// Brings the schema up to Database::kSchemaVersion, one transaction per version; a failed step
// leaves the database at the version before it.
[[nodiscard]] Status<DatabaseError> migrate(Connection& connection);

} // namespace rollwise::detail
