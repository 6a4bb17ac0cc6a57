#include "gui/window/WindowPlacement.h"

#include "OpenWindow.h"
#include "gui/window/Appearance.h"
#include "gui/window/MainWindow.h"
#include "services/SettingKeys.h"
#include "storage/db/Database.h"
#include "storage/diary/ProfileRepository.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QScreen>
#include <catch2/catch.hpp>

namespace ldn::test {

TEST_CASE("A first start fills a small screen and stops at a comfortable size on a large one", "[placement]")
{
    CHECK(WindowPlacement::firstStartSize(QRect(0, 0, 2560, 1440)) == QSize(1280, 800));
    CHECK(WindowPlacement::firstStartSize(QRect(0, 0, 1920, 1050)) == QSize(1280, 800));
    // A 1366x768 laptop with a panel: never beyond the free area, frame included.
    CHECK(WindowPlacement::firstStartSize(QRect(0, 28, 1366, 740), QMargins(1, 30, 1, 1)) ==
          QSize(1280, 709));
    // 1920x1080 at 200%.
    CHECK(WindowPlacement::firstStartSize(QRect(0, 0, 960, 540)) == QSize(960, 540));
    const QRect centred = WindowPlacement::firstStartGeometry(QRect(0, 0, 1920, 1080));
    CHECK(centred == QRect(320, 140, 1280, 800));
}

TEST_CASE("A remembered place is pulled onto the screen and shrunk to fit it", "[placement]")
{
    const QRect screen(0, 0, 1366, 740);
    // From a larger monitor that is gone: shrunk and moved in.
    CHECK(WindowPlacement::clamped(QRect(2000, 300, 1800, 1000), screen) == QRect(0, 0, 1366, 740));
    // Partly off the left edge: moved in, size kept.
    CHECK(WindowPlacement::clamped(QRect(-200, 100, 800, 500), screen) == QRect(0, 100, 800, 500));
    // Already inside: left alone.
    CHECK(WindowPlacement::clamped(QRect(50, 60, 800, 500), screen) == QRect(50, 60, 800, 500));
    // The frame counts.
    CHECK(WindowPlacement::clamped(QRect(0, 0, 1366, 740), screen, QMargins(2, 30, 2, 2)) ==
          QRect(2, 30, 1362, 708));
}

TEST_CASE("The window opens where it was left, on the tab left, clamped to this screen", "[placement]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    ProfileRepository(database).add(QStringLiteral("Sam"));
    OpenWindow opened(database);
    MainWindow& window = opened.window;
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();

    SECTION("a first start on a screen smaller than the comfortable size fills it")
    {
        window.restorePlacement();
        CHECK(window.isMaximized());
        CHECK(available.contains(window.geometry()));
        CHECK(window.currentTab() == MainWindow::TodayTab);
    }
    SECTION("a remembered size larger than this screen, far off it, comes back inside")
    {
        QWidget elsewhere;
        elsewhere.setGeometry(2500, 1800, 1700, 1200);
        opened.settings.setValue(SettingKeys::windowGeometry, elsewhere.saveGeometry());
        opened.settings.setValue(SettingKeys::lastTab, QStringLiteral("plan"));
        window.restorePlacement();
        window.show();
        INFO("geometry " << window.geometry().x() << "," << window.geometry().y() << " "
                         << window.geometry().width() << "x" << window.geometry().height());
        CHECK(available.contains(window.frameGeometry()));
        CHECK(window.currentTab() == MainWindow::PlanTab);
    }
    SECTION("the tab and size are remembered as they change, and --size is not")
    {
        window.restorePlacementAtSize(QSize(700, 500));
        window.show();
        CHECK(window.size() == QSize(700, 500));
        window.showTab(MainWindow::EvidenceTab);
        CHECK(opened.settings.value(SettingKeys::lastTab) == QStringLiteral("evidence"));
        window.close();
        CHECK(opened.settings.value(SettingKeys::windowGeometry).isEmpty());

        OpenWindow again(database);
        again.window.restorePlacement();
        again.window.show();
        again.window.resize(640, 480);
        again.window.close();
        QWidget restored;
        REQUIRE(restored.restoreGeometry(again.settings.value(SettingKeys::windowGeometry)));
        CHECK(restored.size() == QSize(640, 480));
    }
    SECTION("a window for a test or a screenshot remembers nothing")
    {
        window.show();
        window.showTab(MainWindow::ChartTab);
        window.close();
        CHECK(opened.settings.value(SettingKeys::lastTab).isEmpty());
        CHECK(opened.settings.value(SettingKeys::windowGeometry).isEmpty());
    }
}

TEST_CASE("View > Appearance turns the window dark and back, and remembers the choice", "[theme]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    ProfileRepository(database).add(QStringLiteral("Sam"));
    OpenWindow opened(database);
    MainWindow& window = opened.window;
    window.show();
    REQUIRE_FALSE(Appearance::isDark());

    window.chooseTheme(Appearance::Theme::Dark);
    CHECK(Appearance::isDark());
    CHECK(opened.settings.value(SettingKeys::theme) == QStringLiteral("dark"));
    CHECK(window.findChild<QAction*>(QStringLiteral("actionThemeDark"))->isChecked());

    window.chooseTheme(Appearance::Theme::Light);
    CHECK_FALSE(Appearance::isDark());
    window.chooseTheme(Appearance::Theme::System, false);
    CHECK(opened.settings.value(SettingKeys::theme) == QStringLiteral("light")); // not remembered
    CHECK_FALSE(Appearance::isDark()); // the offscreen platform is light
    CHECK(Appearance::current() == Appearance::Theme::System);
}

} // namespace ldn::test
