#pragma once

#include <rollwise/core/database.h>

#include <string>

namespace rollwise::test {

inline DatabaseKey rawKey(char digit) {
    return DatabaseKey::raw(*SecretKey::fromHex(std::string(64, digit)));
}

inline DatabaseKey passphraseKey(std::string text) {
    return DatabaseKey::passphrase(Passphrase::adopt(text));
}

// A recorded session with distinctive values, for round trips and plaintext scans.
inline SessionRecord sampleSession(TimePoint start,
                                   std::vector<Zone> zones = {Zone::Forehead, Zone::Chin},
                                   int passesPerZone = 3) {
    SessionRecord r;
    r.start = start;
    r.end = start + Minutes(12);
    r.goal = Goal::LookOfScars;
    r.family = DeviceFamily::SmartRoller;
    r.headId = "HEAD-MARKER-7731";
    r.needleLengthUm = 500;
    r.outcome = SessionOutcome::Completed;
    r.highPressurePasses = 1;
    for (const Zone zone : zones) {
        ZoneRecord z;
        z.zone = zone;
        for (int i = 0; i < passesPerZone; ++i) {
            PassRecord p;
            p.direction = i % 2 == 0 ? Direction::Horizontal : Direction::Vertical;
            p.start = start + Seconds(10 * i);
            p.duration = Seconds(4);
            p.source = PassSource::Device;
            p.distanceMm = 61;
            p.speedMmPerS = 15;
            p.meanPressureCn = 180 + i;
            p.peakPressureCn = 240 + i;
            z.passes.push_back(p);
        }
        r.zones.push_back(z);
    }
    Finding ack;
    ack.rule = RuleId::VitaminC;
    ack.verdict = Verdict::Warn;
    ack.reason = "ACK-MARKER-5521 vitamin C";
    r.acknowledged.push_back(ack);
    return r;
}

} // namespace rollwise::test
