#pragma once

// A situation in which everything is in order, for tests to change one thing at a time.

#include <rollwise/core/guard.h>

namespace rollwise::test {

inline TimePoint at(const char* iso) {
    return *parseIso(iso);
}

inline Situation readySituation(TimePoint now = at("2026-11-21T10:00:00Z")) {
    Situation s;
    s.now = now;
    for (const auto& question : allQuestions()) {
        s.answers.push_back(Answer{question.question, false, now - Hours(1), std::nullopt, {}});
    }
    Head head;
    head.id = "head-1";
    head.family = DeviceFamily::PlainRoller;
    head.needleLengthUm = 500;
    head.needleCount = 192;
    head.firstUse = now - Days(10);
    head.lastUse = now - Days(8);
    head.lastDisinfected = now - Days(8) + Hours(1);
    head.sessions = 2;
    head.passes = 150;
    s.head = head;
    s.plan.zones = {Zone::Forehead, Zone::LeftCheek, Zone::RightCheek};
    s.plan.needleLengthUm = 500;
    s.plan.passesPerZone = 12;
    s.plan.duration = Minutes(20);
    return s;
}

// Plans the session at a depth with a head of that length (a roller head decides the depth).
inline void planDepth(Situation& s, int um) {
    s.plan.needleLengthUm = um;
    if (s.head) {
        s.head->needleLengthUm = um;
    }
}

inline PastSession pastSession(TimePoint start, int needleUm, std::initializer_list<Zone> zones,
                               Reaction reaction = Reaction::None) {
    PastSession session;
    session.start = start;
    session.needleLengthUm = needleUm;
    for (const Zone zone : zones) {
        session.zones.push_back(PastZone{zone, 12, reaction, std::nullopt});
    }
    return session;
}

inline bool hasFinding(const std::vector<Finding>& findings, RuleId rule, Verdict verdict) {
    for (const auto& f : findings) {
        if (f.rule == rule && f.verdict == verdict) {
            return true;
        }
    }
    return false;
}

inline bool sessionHas(const GuardDecision& d, RuleId rule, Verdict verdict) {
    return hasFinding(d.sessionFindings, rule, verdict);
}

inline bool zoneHas(const GuardDecision& d, Zone zone, RuleId rule, Verdict verdict) {
    const auto* z = d.zoneDecision(zone);
    return z != nullptr && hasFinding(z->findings, rule, verdict);
}

} // namespace rollwise::test
