// AppInfo, the About screen's source: QML sees the version project(VERSION) sets.
#include <QQmlComponent>
#include <QQmlEngine>

#include <catch2/catch_test_macros.hpp>

#include <memory>

TEST_CASE("QML reads the project's version and id from AppInfo", "[ui][version]") {
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml")); // the default only from Qt 6.5
    QQmlComponent component(&engine);
    component.setData("import QtQml\nimport Rollwise.App\n"
                      "QtObject { property string version: AppInfo.version;"
                      " property string appId: AppInfo.applicationId }",
                      QUrl());
    std::unique_ptr<QObject> object(component.create());
    INFO(component.errorString().toStdString());
    REQUIRE(object != nullptr);
    CHECK(object->property("version").toString() == QStringLiteral(ROLLWISE_PROJECT_VERSION));
    CHECK(object->property("appId").toString() == QStringLiteral("org.rollwise.Rollwise"));
}
