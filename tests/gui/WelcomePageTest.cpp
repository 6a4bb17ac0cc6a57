#include "gui/profiles/WelcomePage.h"

#include "OpenWindow.h"
#include "WidgetFinder.h"
#include "gui/window/MainWindow.h"
#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/diary/ProfileRepository.h"
#include "support/TestEnvironment.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>

namespace ldn::test {
namespace {

// The next widget Tab moves to: the focus chain also holds labels and layouts' helpers.
QWidget* nextTabStop(QWidget* widget)
{
    for (QWidget* next = widget->nextInFocusChain(); next != widget; next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) && next->isEnabled() &&
            next->isVisibleTo(widget->window())) {
            return next;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("An empty database opens on the welcome page, and creating a profile opens its diary")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    OpenWindow windowOpened(database);
    MainWindow& window = windowOpened.window;
    window.show();

    auto* welcome = WidgetFinder::require<WelcomePage>(window, "WelcomePage");
    auto* tabs = WidgetFinder::require<QTabWidget>(window, "mainTabs");
    auto* name = WidgetFinder::require<QLineEdit>(window, "profileNameEdit");
    auto* conditions = WidgetFinder::require<QLineEdit>(window, "conditionsEdit");
    auto* create = WidgetFinder::require<QPushButton>(window, "createProfileButton");
    auto* switcher = WidgetFinder::require<QComboBox>(window, "profileSwitcher");
    CHECK(welcome->isVisible());
    CHECK_FALSE(tabs->isVisible());
    CHECK(switcher->isVisible());
    CHECK(switcher->count() == 0);
    CHECK(window.windowTitle() == QStringLiteral("LDN Tracker"));

    CHECK_FALSE(create->isEnabled());
    QTest::keyClicks(name, QStringLiteral("   "));
    CHECK_FALSE(create->isEnabled());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Alex"));
    CHECK(create->isEnabled());
    QTest::keyClicks(conditions, QStringLiteral("ME/CFS, fibromyalgia"));
    QTest::mouseClick(create, Qt::LeftButton);

    CHECK(tabs->isVisible());
    CHECK_FALSE(welcome->isVisible());
    REQUIRE(switcher->count() == 1);
    CHECK(switcher->currentText() == QStringLiteral("Alex"));
    CHECK(window.windowTitle() == QStringLiteral("LDN Tracker \u2014 Alex"));
    const std::optional<Profile> alex = ProfileRepository(database).findByName(QStringLiteral("Alex"));
    REQUIRE(alex.has_value());
    CHECK(alex->conditions.contains(QStringLiteral("ME/CFS")));
    CHECK(alex->conditions.contains(QStringLiteral("Fibromyalgia"))); // stored as the library names it
    CHECK(alex->conditions.size() == 2);
    CHECK(window.activeProfileId() == alex->id);
}

TEST_CASE("Enter in the name field creates the profile")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    OpenWindow windowOpened(database);
    MainWindow& window = windowOpened.window;
    window.show();
    auto* name = WidgetFinder::require<QLineEdit>(window, "profileNameEdit");

    QTest::keyClick(name, Qt::Key_Return);
    CHECK(ProfileRepository(database).list().empty());

    QTest::keyClicks(name, QStringLiteral("Robin"));
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(ProfileRepository(database).findByName(QStringLiteral("Robin")).has_value());
    CHECK(WidgetFinder::require<QTabWidget>(window, "mainTabs")->isVisible());
}

TEST_CASE("A name that is taken is refused inline and nothing is added")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    ProfileRepository(database).add(QStringLiteral("Alex"));
    const std::size_t profilesBefore = ProfileRepository(database).list().size();

    DiarySession pageSession(database);

    WelcomePage page(pageSession);
    page.show();
    QSignalSpy created(&page, &WelcomePage::profileCreated);
    auto* name = WidgetFinder::require<QLineEdit>(page, "profileNameEdit");
    auto* error = WidgetFinder::require<QLabel>(page, "welcomeError");
    CHECK_FALSE(error->isVisible());

    QTest::keyClicks(name, QStringLiteral("  Alex "));
    QTest::keyClicks(WidgetFinder::require<QLineEdit>(page, "conditionsEdit"), QStringLiteral("lupus"));
    QTest::mouseClick(WidgetFinder::require<QPushButton>(page, "createProfileButton"), Qt::LeftButton);

    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("already exists")));
    CHECK(created.isEmpty());
    CHECK(ProfileRepository(database).list().size() == profilesBefore);
    CHECK(ProfileRepository(database).findByName(QStringLiteral("Alex"))->conditions.isEmpty());
    // What was typed stays, so it can be corrected.
    CHECK(name->text() == QStringLiteral("  Alex "));

    name->setText(QStringLiteral("Alex Jr"));
    QTest::mouseClick(WidgetFinder::require<QPushButton>(page, "createProfileButton"), Qt::LeftButton);
    CHECK(created.size() == 1);
    CHECK_FALSE(error->isVisible());
}

TEST_CASE("The welcome form is usable from the keyboard and by screen readers")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession pageSession(database);
    WelcomePage page(pageSession);
    page.show();
    auto* name = WidgetFinder::require<QLineEdit>(page, "profileNameEdit");
    auto* conditions = WidgetFinder::require<QLineEdit>(page, "conditionsEdit");
    auto* create = WidgetFinder::require<QPushButton>(page, "createProfileButton");
    auto* demo = WidgetFinder::require<QPushButton>(page, "loadDemoButton");

    name->setText(QStringLiteral("Sam")); // the create button takes focus only when enabled
    CHECK(nextTabStop(name) == conditions);
    CHECK(nextTabStop(conditions) == create);
    CHECK(nextTabStop(create) == demo);

    CHECK(name->accessibleName() == QStringLiteral("Profile name"));
    CHECK_FALSE(conditions->accessibleName().isEmpty());
    CHECK(conditions->placeholderText() == QStringLiteral("e.g. ME/CFS, fibromyalgia"));
    auto* nameLabel = WidgetFinder::require<QLabel>(page, "profileNameLabel");
    auto* conditionsLabel = WidgetFinder::require<QLabel>(page, "conditionsLabel");
    CHECK(nameLabel->buddy() == name);
    CHECK(nameLabel->text() == QStringLiteral("&Name"));
    CHECK(conditionsLabel->buddy() == conditions);
    CHECK(conditionsLabel->text() == QStringLiteral("&Conditions"));
    CHECK(create->isDefault());
}

} // namespace ldn::test
