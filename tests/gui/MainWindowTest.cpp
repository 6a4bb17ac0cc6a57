#include "gui/window/MainWindow.h"

#include "OpenWindow.h"
#include "WidgetFinder.h"
#include "gui/chart/ChartPage.h"
#include "gui/chart/SymptomChartView.h"
#include "gui/diary/DiaryPage.h"
#include "gui/diary/DiaryTableModel.h"
#include "gui/profiles/NewProfileDialog.h"
#include "gui/profiles/WelcomePage.h"
#include "gui/today/DayLogPage.h"
#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "support/TestEnvironment.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

namespace ldn::test {
namespace {

QString doseText(QTableView* table, const QDate& date)
{
    const auto* model = qobject_cast<const DiaryTableModel*>(table->model());
    REQUIRE(model != nullptr);
    const int row = model->rowOf(date);
    REQUIRE(row >= 0);
    return model->data(model->index(row, DiaryTableModel::DoseColumn)).toString();
}

} // namespace

TEST_CASE("The demo button fills a Demo profile and the diary table shows every calendar day")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    OpenWindow windowOpened(database);
    MainWindow& window = windowOpened.window;
    window.show();

    QTest::mouseClick(WidgetFinder::require<QPushButton>(window, "loadDemoButton"), Qt::LeftButton);

    const std::optional<Profile> demo = ProfileRepository(database).findByName(QStringLiteral("Demo"));
    REQUIRE(demo.has_value());
    CHECK(demo->loggedDays > 100);
    CHECK(WidgetFinder::require<QComboBox>(window, "profileSwitcher")->currentText() ==
          QStringLiteral("Demo"));
    CHECK(window.windowTitle() == QStringLiteral("LDN Tracker \u2014 Demo"));
    auto* tabs = WidgetFinder::require<QTabWidget>(window, "mainTabs");
    CHECK(tabs->isVisible());
    // A new diary opens on the Today tab, ready to log.
    CHECK(tabs->tabText(tabs->currentIndex()) == QStringLiteral("Today"));
    WidgetFinder::require<QAction>(window, "actionShowDiary")->trigger();

    auto* table = WidgetFinder::require<QTableView>(window, "diaryTable");
    CHECK(table->isVisible());
    CHECK(table->model()->rowCount() == WelcomePage::kDemoDays);

    const std::vector<DiaryEntry> entries = DiaryRepository(database).entries(demo->id);
    REQUIRE(entries.size() == static_cast<std::size_t>(demo->loggedDays));
    std::set<QDate> logged;
    const DiaryEntry* missed = nullptr;
    const DiaryEntry* zeroDose = nullptr;
    for (const DiaryEntry& entry : entries) {
        logged.insert(entry.date);
        if (!missed && entry.status == DoseStatus::Missed) {
            missed = &entry;
        }
        if (!zeroDose && entry.status == DoseStatus::Taken && entry.dose.isZero()) {
            zeroDose = &entry;
        }
    }
    QDate notLogged;
    for (QDate day = entries.front().date; day <= entries.back().date; day = day.addDays(1)) {
        if (!logged.count(day)) {
            notLogged = day;
            break;
        }
    }
    REQUIRE(missed != nullptr);
    REQUIRE(zeroDose != nullptr);
    REQUIRE(notLogged.isValid());
    CHECK(doseText(table, missed->date) == QStringLiteral("Missed"));
    CHECK(doseText(table, zeroDose->date) == QStringLiteral("0 mg"));
    CHECK(doseText(table, notLogged) == QStringLiteral("Not logged"));
    CHECK(doseText(table, entries.back().date) == QStringLiteral("4.5 mg"));

    const QString summary = window.diaryPage()->summaryText();
    CHECK(summary.contains(QStringLiteral("120 days")));
    CHECK(summary.contains(QStringLiteral("%1 logged").arg(demo->loggedDays)));
    CHECK(summary.contains(QStringLiteral("current dose 4.5 mg")));
    CHECK(WidgetFinder::require<QLabel>(window, "loggedDaysLabel")->text() ==
          QStringLiteral("%1 days logged").arg(demo->loggedDays));
    CHECK(WidgetFinder::require<QLabel>(window, "databasePathLabel")
              ->text()
              .contains(QStringLiteral("diary.sqlite")));
}

TEST_CASE("Switching profile shows that profile's diary")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DemoDiaryWriter(database).write({QStringLiteral("Demo"), 120, 1, QDate::currentDate()});
    DemoDiaryWriter(database).write({QStringLiteral("Kim"), 30, 2, QDate::currentDate().addDays(-5)});
    ProfileRepository(database).add(QStringLiteral("Lee"));

    OpenWindow windowOpened(database);

    MainWindow& window = windowOpened.window;
    window.show();
    WidgetFinder::require<QAction>(window, "actionShowDiary")->trigger();
    auto* switcher = WidgetFinder::require<QComboBox>(window, "profileSwitcher");
    auto* table = WidgetFinder::require<QTableView>(window, "diaryTable");
    auto* emptyState = WidgetFinder::require<QLabel>(window, "diaryEmptyState");
    REQUIRE(switcher->count() == 3);
    CHECK(switcher->accessibleName() == QStringLiteral("Active profile"));
    CHECK(switcher->currentText() == QStringLiteral("Demo"));
    CHECK(table->model()->rowCount() == 120);

    switcher->setCurrentIndex(switcher->findText(QStringLiteral("Kim")));
    // Kim's last entry was five days ago; the days since are shown as not logged.
    CHECK(table->model()->rowCount() == 35);
    CHECK(doseText(table, QDate::currentDate()) == QStringLiteral("Not logged"));
    CHECK(window.windowTitle() == QStringLiteral("LDN Tracker \u2014 Kim"));
    CHECK(window.diaryPage()->summaryText().contains(QStringLiteral("35 days")));

    switcher->setCurrentIndex(switcher->findText(QStringLiteral("Lee")));
    CHECK(table->model()->rowCount() == 0);
    CHECK_FALSE(table->isVisible());
    CHECK(emptyState->isVisible());
    CHECK(emptyState->text().contains(QStringLiteral("Days you log appear here.")));
    CHECK(WidgetFinder::require<QLabel>(window, "loggedDaysLabel")->text() ==
          QStringLiteral("0 days logged"));

    switcher->setCurrentIndex(switcher->findText(QStringLiteral("Demo")));
    CHECK(table->isVisible());
    CHECK(table->model()->rowCount() == 120);
}

TEST_CASE("Six tabs, each with its page, and the View shortcuts switch between them")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    ProfileRepository(database).add(QStringLiteral("Ann"));
    OpenWindow windowOpened(database);
    MainWindow& window = windowOpened.window;
    window.show();
    auto* tabs = WidgetFinder::require<QTabWidget>(window, "mainTabs");
    REQUIRE(tabs->count() == 6);
    CHECK(tabs->tabText(0) == QStringLiteral("Today"));
    CHECK(tabs->tabText(1) == QStringLiteral("Diary"));
    CHECK(tabs->tabText(2) == QStringLiteral("Chart"));
    CHECK(tabs->tabText(3) == QStringLiteral("Plan && medicines"));
    CHECK(tabs->tabText(4) == QStringLiteral("Evidence"));
    CHECK(tabs->tabText(5) == QStringLiteral("GP report"));

    // Every tab has its page now; no placeholder is left.
    CHECK(window.findChildren<QLabel*>(QStringLiteral("evidencePlaceholder")).isEmpty());
    CHECK(window.findChildren<QLabel*>(QStringLiteral("reportPlaceholder")).isEmpty());
    const std::vector<std::pair<const char*, int>> actionsAndTabs{
        {"actionShowToday", 0}, {"actionShowDiary", 1},    {"actionShowChart", 2},
        {"actionShowPlan", 3},  {"actionShowEvidence", 4}, {"actionShowReport", 5},
    };
    for (const auto& [actionName, tab] : actionsAndTabs) {
        auto* action = WidgetFinder::require<QAction>(window, actionName);
        CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+%1").arg(tab + 1)));
        action->trigger();
        CHECK(tabs->currentIndex() == tab);
    }
    CHECK(WidgetFinder::require<QAction>(window, "actionNewProfile")->shortcut() ==
          QKeySequence(QStringLiteral("Ctrl+N")));
    CHECK(WidgetFinder::require<QAction>(window, "actionQuit")->shortcut() ==
          QKeySequence(QStringLiteral("Ctrl+Q")));
}

TEST_CASE("A tab reads the diary only when shown, and a saved day reaches the other tabs")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DemoDiaryWriter(database).write({QStringLiteral("Demo"), 60, 1, QDate::currentDate().addDays(-1)});
    OpenWindow windowOpened(database);
    MainWindow& window = windowOpened.window;
    window.show();
    auto* tabs = WidgetFinder::require<QTabWidget>(window, "mainTabs");
    REQUIRE(tabs->currentIndex() == MainWindow::TodayTab);
    // Tabs not shown yet are not even built; a page asked for is built but reads nothing.
    CHECK(window.findChild<QTableView*>(QStringLiteral("diaryTable")) == nullptr);
    CHECK(window.findChild<QTreeWidget*>(QStringLiteral("conditionList")) == nullptr);
    CHECK(window.findChild<ChartPage*>() == nullptr);
    CHECK(window.chartPage()->chartView()->chartData().dose.empty());

    // Log today (not logged yet) from the Today tab; the Diary tab then shows it.
    auto* loggedDays = WidgetFinder::require<QLabel>(window, "loggedDaysLabel");
    const QString before = loggedDays->text();
    QTest::mouseClick(WidgetFinder::require<QPushButton>(window, "saveButton"), Qt::LeftButton);
    CHECK(loggedDays->text() != before);
    WidgetFinder::require<QAction>(window, "actionShowDiary")->trigger();
    auto* table = WidgetFinder::require<QTableView>(window, "diaryTable");
    CHECK(table->isVisible());
    CHECK(table->model()->rowCount() == 61); // 60 days to yesterday, and today
    const int todayRow = 0;                  // newest first
    CHECK(table->model()->index(todayRow, 1).data().toString() != QStringLiteral("Not logged"));

    // Activating a row in the diary opens that day on the Today tab.
    const QDate earlier = QDate::currentDate().addDays(-10);
    const QModelIndex row = table->model()->index(10, 0);
    REQUIRE(row.isValid());
    Q_EMIT table->activated(row);
    CHECK(tabs->currentIndex() == MainWindow::TodayTab);
    CHECK(WidgetFinder::require<QDateEdit>(window, "dateEdit")->date() == earlier);

    // The Evidence tab installs the bundled library on first view and opens on My conditions.
    WidgetFinder::require<QAction>(window, "actionShowEvidence")->trigger();
    auto* conditions = WidgetFinder::require<QTreeWidget>(window, "conditionList");
    CHECK(conditions->isVisible());
    CHECK(conditions->topLevelItemCount() > 50);

    WidgetFinder::require<QAction>(window, "actionShowChart")->trigger();
    const std::vector<DiaryEntry> entries =
        DiaryRepository(database).entries(ProfileRepository(database).require(QStringLiteral("Demo"), {}).id);
    const auto taken = std::count_if(entries.begin(), entries.end(), [](const DiaryEntry& entry) {
        return entry.status == DoseStatus::Taken;
    });
    CHECK(window.chartPage()->chartView()->chartData().dose.size() == static_cast<std::size_t>(taken));
}

TEST_CASE("The new-profile dialog refuses a taken name and keeps what was typed")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    ProfileRepository(database).add(QStringLiteral("Ann"));

    DiarySession dialogSession(database);

    NewProfileDialog dialog(dialogSession);
    dialog.show();
    auto* name = WidgetFinder::require<QLineEdit>(dialog, "dialogNameEdit");
    auto* error = WidgetFinder::require<QLabel>(dialog, "dialogError");
    name->setText(QStringLiteral("Ann"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("already exists")));
    CHECK(ProfileRepository(database).list().size() == 1);

    name->setText(QStringLiteral("Ben"));
    WidgetFinder::require<QLineEdit>(dialog, "dialogConditionsEdit")->setText(QStringLiteral("MS"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const std::optional<Profile> ben = ProfileRepository(database).findByName(QStringLiteral("Ben"));
    REQUIRE(ben.has_value());
    CHECK(dialog.createdProfileId() == ben->id);
    CHECK(ben->conditions == QStringList{QStringLiteral("Multiple sclerosis")}); // the library's name for MS
}

} // namespace ldn::test
