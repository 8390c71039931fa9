// rollwise-cli's JSON situation parser (docs/guard-input.md). Properties: any input is either
// refused with a message naming where it went wrong, or read into a situation the guard decides
// on without crashing; the decision always says something, and a negative count never gets past
// the parser.
#include "fuzz_check.h"
#include "guard_json.h"

#include <rollwise/core/guard.h>

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto situation = rollwise::cli::situationFromJson(input);
    if (!situation) {
        ROLLWISE_FUZZ_CHECK(!situation.error().message.isEmpty());
        return 0;
    }
    const rollwise::Situation& s = situation.value();
    for (const auto& past : s.history) {
        for (const auto& zone : past.zones) {
            ROLLWISE_FUZZ_CHECK(zone.passes >= 0);
        }
    }
    const auto decision = rollwise::evaluate(s);
    const rollwise::Explanation explained = decision.explain();
    ROLLWISE_FUZZ_CHECK(explained.kind == rollwise::ExplanationKind::AllReady ||
                        explained.reason.has_value());
    ROLLWISE_FUZZ_CHECK(decision.effectiveNow <= s.now);
    const auto json = rollwise::cli::decisionToJson(decision, s);
    ROLLWISE_FUZZ_CHECK(!QJsonDocument(json).toJson().isEmpty());
    (void)rollwise::cli::planFromJson(input);
    return 0;
}
