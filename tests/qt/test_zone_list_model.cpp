#include "models/zone_list_model.h"

#include <rollwise/core/zone.h>

#include <QAbstractItemModelTester>

#include <catch2/catch_test_macros.hpp>

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
        CHECK(index.data(ZoneListModel::NameRole).toString().toStdString() == zone.displayName);
        CHECK(index.data(Qt::DisplayRole) == index.data(ZoneListModel::NameRole));
        CHECK(index.data(ZoneListModel::NeedlingAllowedRole).toBool() == zone.needlingAllowed);
        CHECK(index.data(ZoneListModel::NoteRole).toString().toStdString() == zone.exclusionReason);
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
