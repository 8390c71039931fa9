#pragma once

#include <rollwise/core/secret_key.h>

namespace rollwise::platform {

// A fresh random 256-bit key from the operating system's cryptographic generator.
[[nodiscard]] SecretKey generateKey();

} // namespace rollwise::platform
