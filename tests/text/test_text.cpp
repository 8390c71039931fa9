// The language layer (app/text): every value core returns has an English and a German sentence,
// read through the real translator compiled from translations/rollwise_de.ts, and numbers and
// dates follow the locale.
#include <rollwise/core/guard.h>
#include <rollwise/core/session.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <catch2/catch_session.hpp>
#include <catch2/catch_test_macros.hpp>

#include <error_text.h>
#include <functional>
#include <guard_text.h>
#include <language.h>
#include <localizer.h>
#include <session_text.h>

using namespace rollwise;
using namespace rollwise::text;

namespace {

const QLocale kGerman(QLocale::German, QLocale::Germany);
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

// The same words in English and in German (the translator switched for the call).
struct Both {
    QString english;
    QString german;
};

Both inBoth(const std::function<QString()>& say) {
    REQUIRE(useLanguage(kEnglish));
    Both out;
    out.english = say();
    REQUIRE(useLanguage(kGerman));
    out.german = say();
    REQUIRE(useLanguage(kEnglish));
    return out;
}

// Said in both languages, translated, and with every placeholder filled.
void checkTranslated(const std::function<QString()>& say) {
    const Both both = inBoth(say);
    CAPTURE(both.english.toStdString(), both.german.toStdString());
    CHECK_FALSE(both.english.trimmed().isEmpty());
    CHECK_FALSE(both.german.trimmed().isEmpty());
    CHECK(both.english != both.german);
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    CHECK_FALSE(both.english.contains(placeholder));
    CHECK_FALSE(both.german.contains(placeholder));
}

constexpr TimePoint kDay = TimePoint(std::chrono::seconds(1795600800)); // 2026-11-25 10:00 UTC

Reason sampleReason(ReasonCode code) {
    return Reason{.code = code,
                  .zone = Zone::Forehead,
                  .question = Question::Pregnancy,
                  .micrometres = 500,
                  .limitMicrometres = 250,
                  .count = 4,
                  .limit = 3,
                  .duration = Days(7),
                  .extension = Days(7),
                  .at = kDay - Days(7),
                  .until = kDay,
                  .multiplier = 12};
}

} // namespace

TEST_CASE("The German translation is compiled in and loads", "[text][language]") {
    CHECK(useLanguage(kGerman));
    CHECK(Localizer::zoneName(Zone::Forehead) == QStringLiteral("Stirn"));
    CHECK(useLanguage(kEnglish));
    CHECK(Localizer::zoneName(Zone::Forehead) == QStringLiteral("Forehead"));
    CHECK(availableLanguages().contains(QStringLiteral("de")));
}

TEST_CASE(
    "Every zone, region, rule, question, direction, goal and outcome has words in both languages",
    "[text][language]") {
    for (const auto& zone : allZones()) {
        CAPTURE(zone.key);
        checkTranslated([&] { return Localizer::zoneName(zone.zone); });
    }
    for (const Region region : {Region::Face, Region::Body, Region::Scalp}) {
        checkTranslated([&] { return Localizer::regionName(region); });
    }
    for (const auto& rule : allRules()) {
        CAPTURE(rule.key);
        checkTranslated([&] { return Localizer::ruleTitle(rule.id); });
    }
    for (const auto& question : allQuestions()) {
        CAPTURE(question.key);
        checkTranslated([&] { return Localizer::question(question.question); });
    }
    for (const Direction d : {Direction::Horizontal, Direction::Vertical, Direction::DiagonalUp,
                              Direction::DiagonalDown}) {
        checkTranslated([&] { return Localizer::direction(d); });
    }
    for (const Goal g : {Goal::TextureAndFineLines, Goal::LookOfScars, Goal::Tone, Goal::Pores,
                         Goal::StretchMarks, Goal::Scalp}) {
        checkTranslated([&] { return Localizer::goal(g); });
    }
    for (const SessionOutcome o :
         {SessionOutcome::Completed, SessionOutcome::StoppedEarly, SessionOutcome::Interrupted}) {
        checkTranslated([&] { return Localizer::outcome(o); });
    }
    for (std::size_t i = 0; i < kLimitSettingCount; ++i) {
        checkTranslated([&] { return Localizer::limitRaised(static_cast<LimitSetting>(i)); });
    }
    for (const SkipCause cause :
         {SkipCause::ByUser, SkipCause::Pressure, SkipCause::LengthCap, SkipCause::StoppedEarly}) {
        checkTranslated([&] { return Localizer::skipReason(skipCauseKey(cause)); });
    }
}

TEST_CASE("Every guard reason and explanation has a sentence in both languages",
          "[text][language][guard]") {
    for (std::size_t i = 0; i < kReasonCodeCount; ++i) {
        const Reason reason = sampleReason(static_cast<ReasonCode>(i));
        CAPTURE(reasonKey(reason.code));
        checkTranslated([&] { return GuardText::reason(reason); });
    }
    for (const OverrideRefusal refusal :
         {OverrideRefusal::NeedsReason, OverrideRefusal::NeedsProfessional,
          OverrideRefusal::NotAllowed}) {
        Reason reason = sampleReason(ReasonCode::DepthClinical);
        reason.refusal = refusal;
        const Both both = inBoth([&] { return GuardText::reason(reason); });
        const Both plain = inBoth([&] { return GuardText::reason(sampleReason(reason.code)); });
        CHECK(both.german.startsWith(plain.german));
        CHECK(both.german.size() > plain.german.size() + 10);
    }
    for (const auto kind : {ExplanationKind::SessionBlocked, ExplanationKind::NoZoneOpen,
                            ExplanationKind::Acknowledge, ExplanationKind::SomeZonesLeftOut,
                            ExplanationKind::AllReady, ExplanationKind::ZoneNotPlanned,
                            ExplanationKind::ZoneFinding, ExplanationKind::ZoneReady}) {
        for (const int count : {1, 3}) {
            const Explanation e{.kind = kind,
                                .reason = sampleReason(ReasonCode::StillHealing),
                                .zone = Zone::Chin,
                                .ready = count - 1,
                                .total = count,
                                .warnings = count,
                                .healedOn = kDay,
                                .afterSessionWarnings = count == 3};
            CAPTURE(static_cast<int>(kind), count);
            checkTranslated([&] { return GuardText::explanation(e); });
        }
    }
    for (const Verdict v : {Verdict::Allow, Verdict::Warn, Verdict::Block}) {
        checkTranslated([&] { return GuardText::verdict(v); });
    }
}

TEST_CASE("Every cue and session error has a sentence in both languages",
          "[text][language][session]") {
    for (std::size_t i = 0; i < kCueKindCount; ++i) {
        for (const bool flag : {false, true}) {
            const Cue cue{.kind = static_cast<CueKind>(i),
                          .zone = Zone::Chin,
                          .pass = 2,
                          .passes = 8,
                          .direction = Direction::Vertical,
                          .expected = Direction::Horizontal,
                          .urgent = flag,
                          .pacedByApp = flag,
                          .minutes = Minutes(30)};
            CAPTURE(i, flag);
            checkTranslated([&] { return SessionText::cue(cue); });
        }
    }
    for (const auto code : {EngineErrorCode::WrongState, EngineErrorCode::UnacknowledgedWarnings,
                            EngineErrorCode::UnknownWarning, EngineErrorCode::NothingToDo}) {
        checkTranslated([&] { return SessionText::engineError(code); });
    }
    for (const auto code :
         {PlanErrorCode::NoZones, PlanErrorCode::WrongRegion, PlanErrorCode::TooLong}) {
        const PlanError error{code, {}, Zone::Chin, Goal::Scalp, Minutes(30)};
        checkTranslated([&] { return SessionText::planError(error); });
    }
}

TEST_CASE("Every database and journal error code has a sentence in both languages",
          "[text][language][errors]") {
    for (int i = 0; i <= static_cast<int>(DatabaseErrorCode::InvalidArgument); ++i) {
        CAPTURE(i);
        checkTranslated([&] { return ErrorText::database(static_cast<DatabaseErrorCode>(i)); });
    }
    for (int i = 0; i <= static_cast<int>(JournalErrorCode::Database); ++i) {
        CAPTURE(i);
        checkTranslated([&] { return ErrorText::journal(static_cast<JournalErrorCode>(i)); });
    }
    for (int i = 0; i <= static_cast<int>(DatabaseErrorCode::InvalidArgument); ++i) {
        CAPTURE(i);
        checkTranslated([&] { return ErrorText::backup(static_cast<DatabaseErrorCode>(i)); });
    }
    for (int i = 0; i <= static_cast<int>(SyncProblem::Aborted); ++i) {
        CAPTURE(i);
        checkTranslated([&] { return ErrorText::sync(static_cast<SyncProblem>(i)); });
    }
    // A wrong key on a backup is about the backup's passphrase, not the journal's.
    CHECK(ErrorText::backup(DatabaseErrorCode::WrongKey) !=
          ErrorText::database(DatabaseErrorCode::WrongKey));
    checkTranslated([] {
        return ErrorText::rekey(JournalError{JournalErrorCode::Database, "busy", std::nullopt});
    });
    // A journal error that comes from the database is worded by the database's code.
    const JournalError error{JournalErrorCode::Database, "English for logs",
                             DatabaseError{DatabaseErrorCode::DiskFull, "disk full"}};
    CHECK(ErrorText::journal(error) == ErrorText::database(DatabaseErrorCode::DiskFull));
}

TEST_CASE("Lengths, numbers and dates follow the locale", "[text][locale]") {
    CHECK(Localizer::millimetres(500, kGerman) == QStringLiteral("0,5 mm"));
    CHECK(Localizer::millimetres(500, kEnglish) == QStringLiteral("0.5 mm"));
    CHECK(Localizer::millimetres(250, kGerman) == QStringLiteral("0,25 mm"));
    CHECK(Localizer::millimetres(1000, kEnglish) == QStringLiteral("1.0 mm"));
    CHECK(Localizer::number(12345, kGerman) == QStringLiteral("12.345"));
    CHECK(Localizer::number(12345, kEnglish) == QStringLiteral("12,345"));
    const QDate day = Localizer::toDateTime(kDay).date();
    CHECK(Localizer::date(kDay, kGerman) == kGerman.toString(day, QLocale::ShortFormat));
    CHECK(Localizer::date(kDay, kGerman)
              .contains(QStringLiteral("%1.%2.")
                            .arg(day.day(), 2, 10, QLatin1Char('0'))
                            .arg(day.month(), 2, 10, QLatin1Char('0'))));
    CHECK(Localizer::date(kDay, kEnglish)
              .contains(QStringLiteral("%1/%2/").arg(day.month()).arg(day.day())));
    CHECK(Localizer::duration(Days(7), kEnglish) == QStringLiteral("7 days"));
    CHECK(Localizer::duration(Hours(1), kEnglish) == QStringLiteral("1 hour"));
}

TEST_CASE("A guard sentence says the parameters it was given, in the locale's form",
          "[text][guard]") {
    const Reason reason = sampleReason(ReasonCode::RestForPlannedDepth);
    REQUIRE(useLanguage(kGerman));
    const QString german = GuardText::reason(reason);
    REQUIRE(useLanguage(kEnglish));
    const QString english = GuardText::reason(reason);
    CHECK(german.contains(QStringLiteral("Stirn")));
    CHECK(german.contains(QStringLiteral("0,5 mm")));
    CHECK(german.contains(QStringLiteral("7 Tage")));
    CHECK(german.contains(Localizer::dateTime(kDay, kGerman)));
    CHECK(english.contains(QStringLiteral("Forehead")));
    CHECK(english.contains(QStringLiteral("0.5 mm")));
    CHECK(english.contains(Localizer::dateTime(kDay, kEnglish)));
}

TEST_CASE("A stored skip reason: a cause, a guard reason, or the user's own words",
          "[text][session]") {
    REQUIRE(useLanguage(kEnglish));
    CHECK(Localizer::skipReason("too sensitive today") == QStringLiteral("too sensitive today"));
    CHECK(Localizer::skipReason(reasonKey(ReasonCode::StillHealing)) !=
          Localizer::fromUtf8(reasonKey(ReasonCode::StillHealing)));
}

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    return Catch::Session().run(argc, argv);
}
