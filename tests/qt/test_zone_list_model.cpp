#include "localizer_qml.h"
#include "models/zone_list_model.h"

#include <rollwise/core/zone.h>

#include <QAbstractItemModelTester>

#include <catch2/catch_test_macros.hpp>

#include <localizer.h>

using rollwise::app::ZoneListModel;

TEST_CASE("The zone model passes Qt's model consistency checks", "[app][model]") {
    ZoneListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == static_cast<int>(rollwise::faceZones().size()));
}

TEST_CASE("The zone model shows core's zones, in order, with their roles", "[app][model]") {
    ZoneListModel model;
    const auto roles = model.roleNames();
    REQUIRE(roles.value(ZoneListModel::KeyRole) == "key");
    REQUIRE(roles.value(ZoneListModel::NameRole) == "name");
    REQUIRE(roles.value(ZoneListModel::NeedlingAllowedRole) == "needlingAllowed");
    REQUIRE(roles.value(ZoneListModel::NoteRole) == "note");

    const auto zones = rollwise::faceZones();
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto& zone = zones[static_cast<std::size_t>(row)];
        const auto index = model.index(row);
        CHECK(index.data(ZoneListModel::KeyRole).toString().toStdString() == zone.key);
        CHECK(index.data(ZoneListModel::NameRole).toString() ==
              rollwise::text::Localizer::zoneName(zone.zone));
        CHECK(index.data(Qt::DisplayRole) == index.data(ZoneListModel::NameRole));
        CHECK(index.data(ZoneListModel::NeedlingAllowedRole).toBool() == zone.needlingAllowed);
        // Only an excluded zone has a note, saying why.
        CHECK(index.data(ZoneListModel::NoteRole).toString().isEmpty() == zone.needlingAllowed);
    }
}

TEST_CASE("The zone model marks the eye area as excluded and counts the rest", "[app][model]") {
    ZoneListModel model;
    int excluded = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto index = model.index(row);
        if (!index.data(ZoneListModel::NeedlingAllowedRole).toBool()) {
            ++excluded;
            CHECK(index.data(ZoneListModel::KeyRole).toString() == QStringLiteral("eye-area"));
            CHECK_FALSE(index.data(ZoneListModel::NoteRole).toString().isEmpty());
        }
    }
    CHECK(excluded == 1);
    CHECK(model.needledCount() == model.rowCount() - 1);
    CHECK_FALSE(model.index(model.rowCount()).data(ZoneListModel::NameRole).isValid());
}

TEST_CASE("QML's Localizer names zones, rules, questions and reasons by their keys",
          "[app][text]") {
    const rollwise::app::QmlLocalizer localizer;
    CHECK(localizer.zoneName(QStringLiteral("left-cheek")) ==
          rollwise::text::Localizer::zoneName(rollwise::Zone::LeftCheek));
    CHECK(localizer.zoneName(QStringLiteral("no-such-zone")).isEmpty());
    CHECK_FALSE(localizer.ruleTitle(QStringLiteral("vitamin-c")).isEmpty());
    CHECK_FALSE(localizer.question(QStringLiteral("pregnancy")).isEmpty());
    // The same words the zone model shows as the eye area's note.
    ZoneListModel model;
    QString eyeNote;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(ZoneListModel::KeyRole).toString() ==
            QStringLiteral("eye-area")) {
            eyeNote = model.index(row).data(ZoneListModel::NoteRole).toString();
        }
    }
    CHECK_FALSE(eyeNote.isEmpty());
    CHECK(localizer.reason(QStringLiteral("eye-area"), QStringLiteral("eye-area")) == eyeNote);
    CHECK(localizer.reason(QStringLiteral("no-such-reason")).isEmpty());
}
