#include "store_support.h"

namespace rollwise::detail {

std::string zoneList(const std::vector<Zone>& zones) {
    std::string text;
    for (const Zone zone : zones) {
        if (!text.empty()) {
            text += ',';
        }
        text += zoneInfo(zone).key;
    }
    return text;
}

std::vector<Zone> parseZoneList(std::string_view text) {
    std::vector<Zone> zones;
    while (!text.empty()) {
        const auto comma = text.find(',');
        if (const auto zone = zoneFromKey(text.substr(0, comma))) {
            zones.push_back(*zone);
        }
        text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    }
    return zones;
}

DatabaseError unreadable(std::string_view what) {
    return DatabaseError{DatabaseErrorCode::ReadFailed,
                         "The database holds a value this version does not understand (" +
                             std::string(what) + ")."};
}

} // namespace rollwise::detail
