// Every page of the app (each AppPage) rendered at phone and desktop size, light and dark, in
// English and in German, from a journal with months of sessions, reactions and a head in use:
// build/screenshots/<page>-<phone|desktop>-<light|dark>-<en|de>.png, to be looked at. Fails on
// any QML warning, on a file not written at its size, and on a page that German leaves English.
#include "history_seed.h"
#include "navigation.h"
#include "root/application.h"
#include "services/journal_manager.h"
#include "services/preferences.h"
#include "ui_helpers.h"

#include <QDir>
#include <QImage>
#include <QMap>
#include <QMetaEnum>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <language.h>

using namespace rollwise;
using namespace rollwise::app;

namespace {

// The words a page shows: its visible texts that have a word in them (not only symbols) and no
// digits (dates and counts, which the locale alone changes, do not count as translated).
void collectWords(QQuickItem* item, QSet<QString>& out) {
    if (item == nullptr || !item->isVisible()) {
        return;
    }
    static const QRegularExpression digit(QStringLiteral("\\d"));
    static const QRegularExpression word(QStringLiteral("\\p{L}{2,}"));
    const QString text = item->property("text").toString().trimmed();
    if (text.contains(word) && !text.contains(digit)) {
        out.insert(text);
    }
    for (QQuickItem* child : item->childItems()) {
        collectWords(child, out);
    }
}

// Texts the window shows cut off: elided, wider than their box (a word that cannot wrap), or
// running out of the window's side.
void collectCut(QQuickItem* item, QStringList& out) {
    if (item == nullptr || !item->isVisible() || item->opacity() == 0) {
        return;
    }
    if (item->inherits("QQuickText")) {
        const QString text = item->property("text").toString();
        const qreal contentWidth = item->property("contentWidth").toReal();
        // Where the letters are (a centred label's box may be wider than its text).
        const int alignment = item->property("horizontalAlignment").toInt();
        const qreal slack = std::max<qreal>(0, item->width() - contentWidth);
        const qreal offset = (alignment & Qt::AlignHCenter) != 0 ? slack / 2
                             : (alignment & Qt::AlignRight) != 0 ? slack
                                                                 : 0;
        const QRectF inWindow = item->mapRectToScene(
            QRectF(offset, 0, std::min(contentWidth, item->width()), item->height()));
        const qreal windowWidth = item->window()->width();
        if (!text.isEmpty() &&
            (item->property("truncated").toBool() || contentWidth > item->width() + 1 ||
             inWindow.left() < -0.5 || inWindow.right() > windowWidth + 0.5)) {
            out << QStringLiteral("'%1' (%2 wide in %3, at %4 to %5)")
                       .arg(text)
                       .arg(contentWidth)
                       .arg(item->width())
                       .arg(inWindow.left())
                       .arg(inWindow.right());
        }
    }
    for (QQuickItem* child : item->childItems()) {
        collectCut(child, out);
    }
}

QQuickItem* topPage(QQuickWindow& window) {
    QQuickItem* pages = test::findItem(window.contentItem(), QStringLiteral("pages"));
    return pages == nullptr ? nullptr : pages->property("currentItem").value<QQuickItem*>();
}

// Main.qml's showPage with the properties a page needs (the session detail opens a session).
bool openPage(QQuickWindow& window, int page) {
    QVariantMap properties;
    if (page == AppPage::SessionDetail) {
        properties.insert(QStringLiteral("sessionUid"), QStringLiteral("day-1"));
    }
    bool shown = false;
    return QMetaObject::invokeMethod(&window, "showPage", Q_RETURN_ARG(bool, shown),
                                     Q_ARG(int, page), Q_ARG(QVariant, properties)) &&
           shown;
}

struct Form {
    const char* name;
    QSize size;
};
constexpr Form kForms[] = {{"phone", {390, 844}}, {"desktop", {1280, 800}}};

// Shows every page in `language` over a freshly seeded journal (the services are made after the
// language is chosen, as at a real start) and returns each page's words. With `save`, renders
// each page in both themes at both sizes into the screenshot folder.
QMap<QString, QSet<QString>> renderEveryPage(const QString& language, bool save) {
    QMap<QString, QSet<QString>> words;
    REQUIRE(text::useLanguage(QLocale(language)));
    WarningCollector collector;
    {
        auto journal = test::openServices();
        REQUIRE(journal.db != nullptr);
        REQUIRE(test::seedDailyHistory(*journal.db, 120, test::nowSeconds()) == 120);
        journal.services->journal->merged();
        REQUIRE(journal.services->journal->addHead(DeviceFamily::PlainRoller, 500, 192));
        Preferences& preferences = *journal.services->preferences;

        LoadedUi ui = loadMainUi();
        REQUIRE(ui.window != nullptr);
        const QDir out(QStringLiteral(ROLLWISE_SCREENSHOT_DIR));
        REQUIRE(QDir().mkpath(out.path()));
        const QMetaEnum pages = QMetaEnum::fromType<AppPage::Page>();
        for (int i = 0; i < pages.keyCount(); ++i) {
            const QString page = QString::fromLatin1(pages.key(i)).toLower();
            INFO(page.toStdString() << " in " << language.toStdString());
            preferences.setTheme(Preferences::Theme::Light);
            REQUIRE(openPage(*ui.window, pages.value(i)));
            test::settleWindow(*ui.window, kForms[0].size);
            REQUIRE(topPage(*ui.window) != nullptr);
            collectWords(topPage(*ui.window), words[page]);
            if (!save) {
                continue;
            }
            for (const auto& [theme, look] : {std::pair{Preferences::Theme::Light, "light"},
                                              std::pair{Preferences::Theme::Dark, "dark"}}) {
                preferences.setTheme(theme);
                for (const Form& form : kForms) {
                    const QString path = out.filePath(
                        QStringLiteral("%1-%2-%3-%4.png")
                            .arg(page, QLatin1String(form.name), QLatin1String(look), language));
                    QFile::remove(path);
                    REQUIRE(saveScreenshot(*ui.window, form.size, path));
                    CHECK(QImage(path).size() == form.size);
                    // Long German words must wrap, shrink or reflow, not be cut off.
                    QStringList cut;
                    collectCut(ui.window->contentItem(), cut);
                    INFO(path.toStdString());
                    INFO("cut off: " << cut.join(QStringLiteral(" | ")).toStdString());
                    CHECK(cut.isEmpty());
                }
            }
        }
        preferences.setTheme(Preferences::Theme::Light);
    }
    INFO(collector.warnings().join(QLatin1Char('\n')).toStdString());
    CHECK(collector.warnings().isEmpty());
    // Back to the source language for whatever runs next in this process.
    text::useLanguage(QLocale(QLocale::English));
    return words;
}

} // namespace

TEST_CASE("Every page renders in English in both themes at phone and desktop size",
          "[ui][screenshot][language]") {
    const auto words = renderEveryPage(QStringLiteral("en"), true);
    CHECK(words.size() == QMetaEnum::fromType<AppPage::Page>().keyCount());
}

TEST_CASE("Every page renders in German in both themes at phone and desktop size and speaks German",
          "[ui][screenshot][language]") {
    const auto english = renderEveryPage(QStringLiteral("en"), false);
    const auto german = renderEveryPage(QStringLiteral("de"), true);
    REQUIRE(german.size() == QMetaEnum::fromType<AppPage::Page>().keyCount());
    for (auto it = english.begin(); it != english.end(); ++it) {
        INFO("page " << it.key().toStdString());
        const QSet<QString>& en = it.value();
        const QSet<QString>& de = german.value(it.key());
        REQUIRE_FALSE(en.isEmpty());
        REQUIRE_FALSE(de.isEmpty());
        // German is really loaded: most of what the page says in English is gone in German
        // (names such as "Rollwise" may stay).
        const auto kept = QSet<QString>(en).intersect(de);
        INFO("kept in German: "
             << QStringList(kept.values()).join(QStringLiteral(" | ")).toStdString());
        CHECK(kept.size() * 2 < en.size());
    }
}
