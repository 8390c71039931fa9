#pragma once

namespace rollwise::platform {

// Keeps health data and keys out of crash dumps: no core files, and (on Linux) the process
// cannot be read by other processes of the same user. Call once, first thing in main().
// Returns false if the operating system refused; the app still runs.
[[nodiscard]] bool hardenProcess();

// Whether core dumps are off for this process (for tests and diagnostics).
[[nodiscard]] bool coreDumpsDisabled();

} // namespace rollwise::platform
