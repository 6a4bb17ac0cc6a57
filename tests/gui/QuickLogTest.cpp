#include "core/plan/TitrationPlan.h"
#include "gui/common/DoseChoice.h"
#include "gui/common/DoseSpinBox.h"
#include "gui/common/PersonBanner.h"
#include "gui/quicklog/QuickLogLauncher.h"
#include "gui/quicklog/QuickLogWindow.h"
#include "gui/quicklog/ScoreButtonRow.h"
#include "services/DiaryService.h"
#include "services/DiarySession.h"
#include "services/PlanService.h"
#include "services/ProfileService.h"
#include "services/QuickLogDay.h"
#include "storage/db/Database.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "support/TestEnvironment.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

#include <optional>

namespace ldn::test {
namespace {

// A person with the default symptoms and a standard titration plan that started 20 days ago
// (3 mg today), in a fresh diary file.
class QuickLogFixture {
public:
    QuickLogFixture()
        : database(Database::open(folder.file(QStringLiteral("diary.sqlite"))))
        , session(database)
        , profileId(session.profileService().create(QStringLiteral("Robin")))
    {
        session.planService().setPlan(
            profileId, TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, today.addDays(-20)));
    }

    void show(QuickLogWindow& window)
    {
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    std::optional<DiaryEntry> entryOn(const QDate& date)
    {
        const std::vector<DiaryEntry> found = session.diary().entries(profileId, date, date);
        return found.empty() ? std::nullopt : std::optional<DiaryEntry>(found.front());
    }

    TemporaryFolder folder;
    Database database;
    DiarySession session;
    std::int64_t profileId;
    const QDate today = QDate::currentDate();
};

QWidget* focused()
{
    QWidget* widget = QApplication::focusWidget();
    REQUIRE(widget != nullptr);
    return widget;
}

void type(Qt::Key key)
{
    QTest::keyClick(focused(), key);
}

} // namespace

TEST_CASE("The quick log takes a whole day from the keyboard alone and saves it")
{
    QuickLogFixture diary;
    QuickLogWindow window(diary.session, diary.profileId, diary.today);
    diary.show(window);
    QSignalSpy saved(&window, &QuickLogWindow::saved);

    // The planned dose is in the field and has the keyboard: Enter confirms it.
    REQUIRE(focused()->objectName() == QStringLiteral("quickLogDose"));
    CHECK(window.findChild<DoseSpinBox*>(QStringLiteral("quickLogDose"))->dose() ==
          Dose::fromMicrograms(3000));
    type(Qt::Key_Return);
    // Up to five symptoms: a digit scores, Enter moves on; "1" then "0" is 10; arrows move a score.
    REQUIRE(window.scoreRows().size() == 5);
    CHECK(focused() == window.scoreRows()[0]);
    type(Qt::Key_7);
    type(Qt::Key_Return);
    type(Qt::Key_1);
    type(Qt::Key_0);
    type(Qt::Key_Return);
    type(Qt::Key_3);
    type(Qt::Key_Right);
    type(Qt::Key_Return);
    type(Qt::Key_Return); // the fourth is left unscored
    type(Qt::Key_2);
    type(Qt::Key_Return);
    // One side effect, how bad, then Save.
    REQUIRE(focused()->objectName() == QStringLiteral("quickLogSideEffect"));
    type(Qt::Key_Down);
    type(Qt::Key_Return);
    REQUIRE(focused()->objectName() == QStringLiteral("quickLogSeverity"));
    type(Qt::Key_Down);
    type(Qt::Key_Return);
    REQUIRE(focused()->objectName() == QStringLiteral("quickLogSave"));
    type(Qt::Key_Return);

    REQUIRE(saved.count() == 1);
    const std::optional<DiaryEntry> entry = diary.entryOn(diary.today);
    REQUIRE(entry);
    CHECK(entry->status == DoseStatus::Taken);
    CHECK(entry->dose == Dose::fromMicrograms(3000));
    const std::vector<SymptomDefinition> offered = diary.session.profiles().quickLogSymptoms(diary.profileId);
    REQUIRE(offered.size() == 5);
    std::map<QString, int> expected{
        {offered[0].name, 7}, {offered[1].name, 10}, {offered[2].name, 4}, {offered[4].name, 2}};
    CHECK(entry->symptomScores == expected);
    REQUIRE(entry->sideEffects.size() == 1);
    CHECK(entry->sideEffects.begin()->second == 2);
    CHECK(saved.front().at(2).toString().contains(QStringLiteral("Robin")));
}

TEST_CASE("The quick log names the person in large type and offers the chosen symptoms")
{
    QuickLogFixture diary;
    diary.session.profileService().setQuickLogSymptoms(diary.profileId,
                                                       {QStringLiteral("mood"), QStringLiteral("pain")});
    Profile preferences = *diary.session.profiles().find(diary.profileId);
    preferences.colour = QStringLiteral("#aa3377");
    preferences.doseUnit = Dose::Unit::Micrograms;
    diary.session.profileService().setPreferences(diary.profileId, preferences);

    QuickLogWindow window(diary.session, diary.profileId, diary.today);
    const auto* banner = window.findChild<PersonBanner*>();
    REQUIRE(banner != nullptr);
    CHECK(banner->name() == QStringLiteral("Robin"));
    CHECK(banner->colour() == QStringLiteral("#aa3377"));
    CHECK(window.windowTitle().contains(QStringLiteral("Robin")));
    REQUIRE(window.scoreRows().size() == 2);
    CHECK(window.scoreRows()[0]->accessibleName().contains(QStringLiteral("pain")) !=
          window.scoreRows()[1]->accessibleName().contains(QStringLiteral("pain")));
    // The plan's dose in the person's unit.
    CHECK(window.findChild<QLabel*>(QStringLiteral("quickLogPlan"))->text().contains(QStringLiteral("3 mg")));
    CHECK(window.findChild<DoseSpinBox*>(QStringLiteral("quickLogDose"))->unit() == Dose::Unit::Micrograms);

    // Every part a person can work has a name a screen reader says.
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        // (Labels and a spin box's own line edit are read with what they belong to.)
        const bool part = qobject_cast<QLabel*>(widget) != nullptr ||
                          qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) != nullptr;
        if (!part &&
            (widget->focusPolicy() != Qt::NoFocus || qobject_cast<QPushButton*>(widget) != nullptr)) {
            INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
            CHECK_FALSE(widget->accessibleName().isEmpty());
        }
    }
}

TEST_CASE("The quick log adds to a day already logged and keeps what the full form recorded")
{
    QuickLogFixture diary;
    DiaryEntry full;
    full.date = diary.today;
    full.dose = Dose::fromMicrograms(1500);
    full.timeTaken = QTime(21, 15);
    full.pharmacy = QStringLiteral("Rowan Pharmacy");
    full.symptomScores = {{QStringLiteral("pain"), 3}, {QStringLiteral("mood"), 6}};
    full.sideEffects = {{QStringLiteral("insomnia"), 3}};
    full.events = {QStringLiteral("crash after exertion")};
    full.note = QStringLiteral("Walked too far.");
    diary.session.profileService().setQuickLogSymptoms(diary.profileId, {QStringLiteral("pain")});
    diary.session.diaryService().saveDay(diary.profileId, full);

    QuickLogWindow window(diary.session, diary.profileId, diary.today);
    diary.show(window);
    // What was logged is shown: the dose taken, not the plan's.
    CHECK(window.findChild<DoseSpinBox*>(QStringLiteral("quickLogDose"))->dose() ==
          Dose::fromMicrograms(1500));
    CHECK(window.scoreRows()[0]->value() == 3);
    type(Qt::Key_Return);
    type(Qt::Key_8);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);

    const std::optional<DiaryEntry> entry = diary.entryOn(diary.today);
    REQUIRE(entry);
    DiaryEntry expected = full;
    expected.symptomScores[QStringLiteral("pain")] = 8;
    CHECK(*entry == expected);
}

TEST_CASE("The quick log refuses a dose that is not one and saves nothing")
{
    QuickLogFixture diary;
    QuickLogWindow window(diary.session, diary.profileId, diary.today);
    diary.show(window);
    window.doseChoice().questions().setUnusualDoseAnswer([](const Dose&) { return false; });
    window.doseChoice().questions().setMicrogramAnswer([](const Dose&, const Dose&) { return false; });
    QTest::keyClicks(focused(), QStringLiteral("45"));
    type(Qt::Key_Return);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(diary.entryOn(diary.today));
    CHECK(window.isVisible());
    CHECK(window.findChild<QLabel*>(QStringLiteral("quickLogProblem"))
              ->text()
              .contains(QStringLiteral("Nothing was saved")));
}

TEST_CASE("Ctrl+Shift+L in a window opens the quick log for the person shown, and LDN's night ends at 04:00")
{
    QuickLogFixture diary;
    QWidget window;
    QMenu menu;
    QuickLogLauncher launcher(diary.session, window, &menu,
                              [&diary] { return std::optional(diary.profileId); });
    CHECK(menu.actions().contains(launcher.action()));
    CHECK(launcher.action()->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    launcher.action()->trigger();
    REQUIRE(launcher.openWindow() != nullptr);
    CHECK(launcher.openWindow()->profileId() == diary.profileId);
    CHECK(launcher.openWindow()->day() == QuickLogDay::dayAt(QDateTime::currentDateTime()));
    launcher.openWindow()->close();

    const QDate monday(2026, 12, 7);
    CHECK(QuickLogDay::dayAt(QDateTime(monday, QTime(0, 30))) == monday.addDays(-1));
    CHECK(QuickLogDay::dayAt(QDateTime(monday, QTime(4, 0))) == monday);
    CHECK(QuickLogDay::dayAt(QDateTime(monday, QTime(22, 0))) == monday);
}

} // namespace ldn::test
