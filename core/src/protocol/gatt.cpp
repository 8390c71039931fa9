// Names of the link states, for diagnostics.
#include <rollwise/core/protocol/gatt.h>

namespace rollwise::protocol {

std::string_view toString(LinkState state) noexcept {
    switch (state) {
    case LinkState::Disconnected:
        return "disconnected";
    case LinkState::Connecting:
        return "connecting";
    case LinkState::Connected:
        return "connected";
    case LinkState::Disconnecting:
        return "disconnecting";
    }
    return "disconnected";
}

} // namespace rollwise::protocol
