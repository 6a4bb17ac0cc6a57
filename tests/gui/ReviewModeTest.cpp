#include "OpenWindow.h"
#include "WidgetFinder.h"
#include "core/base/InputError.h"
#include "core/exchange/DiaryArchiveJson.h"
#include "gui/chart/ChartPage.h"
#include "gui/chart/SymptomChartView.h"
#include "gui/diary/DiaryPage.h"
#include "gui/diary/DiaryTableModel.h"
#include "gui/evidence/EvidencePage.h"
#include "gui/exchange/ReviewSource.h"
#include "gui/notes/DayNotesPanel.h"
#include "gui/plan/PlanPage.h"
#include "gui/report/ReportPage.h"
#include "gui/today/DayLogPage.h"
#include "gui/window/MainWindow.h"
#include "services/DiarySession.h"
#include "services/SettingKeys.h"
#include "storage/db/Database.h"
#include "storage/db/StorageError.h"
#include "storage/diary/AnnotationRepository.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/diary/SettingRepository.h"
#include "storage/exchange/DiaryArchiveReader.h"
#include "storage/plan/MedicationRepository.h"
#include "storage/plan/TitrationRepository.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <catch2/catch.hpp>

#include <memory>
#include <stdexcept>

namespace ldn::test {
namespace {

// A carer's own diary (one profile, "Sam") and, in another file, the diary they were given to look
// through: Kim's, with a plan, a medicine and a carer's note, still open for writing in this
// process as if Kim's copy of the program were running (so the file is in WAL mode, with a -wal).
struct ReviewFixture {
    TemporaryFolder folder;
    QString ownPath = folder.file(QStringLiteral("own.sqlite"));
    QString otherPath = folder.file(QStringLiteral("kim.sqlite"));
    Database own = Database::open(ownPath);
    Database other = Database::open(otherPath);
    std::int64_t kimId = 0;

    ReviewFixture()
    {
        ProfileRepository(own).add(QStringLiteral("Sam"));
        DemoDiaryWriter(other).write({QStringLiteral("Kim"), 90, 3, QDate::currentDate()});
        kimId = ProfileRepository(other).require(QStringLiteral("Kim"), {}).id;
        TitrationRepository(other).setPlan(kimId,
                                           TitrationPlan::fromTemplate(TitrationPlan::Template::Standard,
                                                                       QDate::currentDate().addDays(-70)));
        MedicationRepository(other).add(
            kimId, {0, QStringLiteral("Sertraline"), QStringLiteral("50 mg"), QDate(), QDate(), QString()});
        Annotation note;
        note.day = QDate::currentDate();
        note.author = Annotation::Author::Carer;
        note.authorName = QStringLiteral("Alex");
        note.body = QStringLiteral("Did the shopping with a rest halfway.");
        AnnotationRepository(other).add(kimId, note);
    }
};

void requireDisabled(const QWidget& root, const char* name)
{
    auto* widget = WidgetFinder::require<QWidget>(root, name);
    INFO("editing control " << name);
    CHECK_FALSE(widget->isEnabled());
}

} // namespace

TEST_CASE(
    "Review mode shows another diary read-only, under a banner, and closing it brings back the own diary",
    "[gui][review]")
{
    ReviewFixture fixture;
    const DatabaseSnapshot before = DatabaseSnapshot::of(fixture.other.connection());
    OpenWindow windowOpened(fixture.own);
    MainWindow& window = windowOpened.window;
    window.resize(1280, 800);
    window.show();
    auto* banner = WidgetFinder::require<QFrame>(window, "reviewBanner");
    auto* switcher = WidgetFinder::require<QComboBox>(window, "profileSwitcher");
    CHECK_FALSE(banner->isVisible());
    CHECK_FALSE(WidgetFinder::require<QAction>(window, "actionCloseReview")->isEnabled());
    // Something typed in the own diary and not saved yet.
    DayLogPage* ownToday = window.dayLogPage();
    WidgetFinder::require<QPlainTextEdit>(*ownToday, "noteEdit")->setPlainText(QStringLiteral("half typed"));

    window.openReviewFile(fixture.otherPath);
    REQUIRE(window.isReviewing());
    const QString expectedBanner =
        QStringLiteral("Reviewing Kim's diary from %1 \u2014 read-only")
            .arg(QDir::toNativeSeparators(QFileInfo(fixture.otherPath).absoluteFilePath()));
    CHECK(window.reviewBannerText() == expectedBanner);
    CHECK(banner->isVisible());
    CHECK(WidgetFinder::require<QLabel>(window, "reviewBannerText")->text() == expectedBanner);
    CHECK(WidgetFinder::require<QPushButton>(window, "closeReviewButton")->isVisible());
    CHECK(window.windowTitle() == QStringLiteral("LDN Tracker \u2014 Reviewing Kim's diary (read-only)"));
    CHECK(WidgetFinder::require<QLabel>(window, "databasePathLabel")
              ->text()
              .contains(QStringLiteral("read-only")));
    REQUIRE(switcher->count() == 1);
    CHECK(switcher->currentText() == QStringLiteral("Kim"));
    CHECK(switcher->isVisible());
    CHECK(window.dayLogPage() != ownToday);
    CHECK_FALSE(ownToday->isVisible());
    CHECK(&window.database() != &fixture.own);

    // Every action that writes is off.
    for (QAction* action : window.editingActions()) {
        INFO("action " << action->objectName().toStdString());
        CHECK_FALSE(action->isEnabled());
    }
    CHECK(window.editingActions().contains(WidgetFinder::require<QAction>(window, "actionNewProfile")));
    CHECK(window.editingActions().contains(WidgetFinder::require<QAction>(window, "actionAddNote")));
    CHECK(WidgetFinder::require<QAction>(window, "actionCloseReview")->isEnabled());

    // Today: every day can be looked at, nothing saved, added or deleted.
    DayLogPage& today = *window.dayLogPage();
    CHECK(today.isReadOnly());
    for (const char* name :
         {"saveButton", "copyYesterdayButton", "clearFormButton", "addSymptomButton", "addAnnotationButton",
          "doseGroup", "scoresGroup", "sideEffectsGroup", "eventsGroup"}) {
        requireDisabled(today, name);
    }
    CHECK(WidgetFinder::require<QPlainTextEdit>(today, "noteEdit")->isReadOnly());
    CHECK(WidgetFinder::require<QWidget>(today, "dateEdit")->isEnabled());
    CHECK(WidgetFinder::require<QLabel>(today, "readOnlyNotice")->isVisible());
    REQUIRE(today.notesPanel()->notes().size() == 1);
    CHECK(today.findChildren<QToolButton*>(QStringLiteral("deleteAnnotationButton")).isEmpty());
    CHECK(today.findChildren<QToolButton*>(QStringLiteral("editAnnotationButton")).isEmpty());
    CHECK(today.notesPanel()->openAddDialog() == nullptr);
    Annotation attempt;
    attempt.body = QStringLiteral("should not be written");
    CHECK_THROWS_AS(today.notesPanel()->addNote(attempt), InputError);

    // Diary and chart: browsed, with the carer's note.
    WidgetFinder::require<QAction>(window, "actionShowDiary")->trigger();
    CHECK(window.diaryPage()->model()->rowCount() == 90);
    CHECK(window.diaryPage()->model()->annotationsOn(QDate::currentDate()).size() == 1);
    WidgetFinder::require<QAction>(window, "actionShowChart")->trigger();
    CHECK_FALSE(window.chartPage()->chartView()->chartData().dose.empty());
    CHECK(window.chartPage()->chartView()->annotations().size() == 1);
    QChart* chart = window.chartPage()->chartView()->chart();
    QCoreApplication::processEvents(); // the legend lays out its markers when drawn
    for (QAbstractSeries* series : chart->series()) {
        // Kim's diary has a carer's note but none of her own: only the first has a legend entry.
        if (series->name() == SymptomChartView::carerNoteSeriesName() ||
            series->name() == SymptomChartView::ownNoteSeriesName()) {
            const bool listed = chart->legend()->markers(series).value(0)->isVisible();
            CHECK(listed == (series->name() == SymptomChartView::carerNoteSeriesName()));
        }
    }

    // Plan & medicines: shown, not changeable.
    WidgetFinder::require<QAction>(window, "actionShowPlan")->trigger();
    PlanPage& plan = *window.planPage();
    CHECK(plan.isReadOnly());
    CHECK(WidgetFinder::require<QTableWidget>(plan, "medicationTable")->rowCount() == 1);
    WidgetFinder::require<QTableWidget>(plan, "medicationTable")->selectRow(0);
    for (const char* name : {"newPlanButton", "setUpPlanButton", "holdButton", "stepDownButton",
                             "resumeButton", "setDoseButton", "addMedicationButton", "removeMedicationButton",
                             "medicationNameEdit", "medicationDoseEdit", "medicationStartedCheck"}) {
        requireDisabled(plan, name);
    }
    CHECK(plan.openPlanDialog() == nullptr);
    CHECK(plan.openAdjustmentDialog(TitrationAdjustment::Kind::Hold) == nullptr);
    CHECK_THROWS_AS(
        plan.applyPlan(TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, QDate::currentDate())),
        InputError);

    // Evidence: browsed, no adding, importing or editing.
    EvidencePage& evidence = *window.evidencePage();
    CHECK(evidence.isReadOnly());
    requireDisabled(evidence, "addEvidenceButton");
    requireDisabled(evidence, "importReferencesButton");
    CHECK(evidence.openUserEvidenceDialog() == nullptr);
    CHECK_FALSE(evidence.importReferences(fixture.folder.file(QStringLiteral("none.ris"))));

    // The GP report of the reviewed person is made and saved where the carer chooses.
    WidgetFinder::require<QAction>(window, "actionShowReport")->trigger();
    CHECK(window.reportPage()->previewPageCount() >= 1);
    const QString pdf = fixture.folder.file(QStringLiteral("kim-report.pdf"));
    window.reportPage()->savePdf(pdf);
    const ProcessResult text = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("LDN summary for Kim")));

    // Nothing in the reviewed file changed.
    CHECK(DatabaseSnapshot::of(fixture.other.connection()) == before);

    window.closeReview();
    CHECK_FALSE(window.isReviewing());
    CHECK_FALSE(banner->isVisible());
    CHECK(window.reviewBannerText().isEmpty());
    CHECK(window.windowTitle() == QStringLiteral("LDN Tracker \u2014 Sam"));
    REQUIRE(switcher->count() == 1);
    CHECK(switcher->currentText() == QStringLiteral("Sam"));
    CHECK(window.dayLogPage() == ownToday);
    for (QAction* action : window.editingActions()) {
        CHECK(action->isEnabled());
    }
    CHECK_FALSE(WidgetFinder::require<QAction>(window, "actionCloseReview")->isEnabled());
    CHECK(WidgetFinder::require<QLabel>(window, "databasePathLabel")
              ->text()
              .contains(QStringLiteral("own.sqlite")));
    WidgetFinder::require<QAction>(window, "actionShowToday")->trigger();
    CHECK(ownToday->isVisible());
    CHECK(WidgetFinder::require<QPlainTextEdit>(*ownToday, "noteEdit")->toPlainText() ==
          QStringLiteral("half typed"));
    CHECK_FALSE(ownToday->isReadOnly());
}

TEST_CASE("Review takes any read-only database with a name and a source file, and cleans up after it",
          "[gui][review]")
{
    ReviewFixture fixture;
    OpenWindow windowOpened(fixture.own);
    MainWindow& window = windowOpened.window;
    window.show();

    SECTION("a database opened for writing is refused")
    {
        ReviewSource source;
        source.database = std::make_unique<Database>(Database::open(fixture.otherPath));
        source.sourceFile = fixture.otherPath;
        CHECK_THROWS_AS(window.startReview(std::move(source)), std::invalid_argument);
        CHECK_FALSE(window.isReviewing());
    }
    SECTION(
        "the source's name and file are what the banner says, and onClosed runs after the database closed")
    {
        // As a backup would be reviewed: a private copy, named after the file the person chose.
        const QString copy = fixture.folder.file(QStringLiteral("private-copy.sqlite"));
        fixture.other.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        REQUIRE(QFile::copy(fixture.otherPath, copy));
        bool closed = false;
        ReviewSource source;
        source.database = std::make_unique<Database>(Database::open(copy, Database::Access::ReadOnly));
        source.sourceFile = QStringLiteral("/backups/kim-2026.json");
        source.displayName = QStringLiteral("Kim T.");
        source.onClosed = [&closed, copy] { closed = QFile::remove(copy); };
        window.startReview(std::move(source));
        CHECK(window.reviewBannerText() ==
              QStringLiteral("Reviewing Kim T.'s diary from %1 \u2014 read-only")
                  .arg(QDir::toNativeSeparators(QStringLiteral("/backups/kim-2026.json"))));
        CHECK_FALSE(closed);
        window.closeReview();
        CHECK(closed);
    }
    SECTION("a file that is not a diary, or one with no profile, leaves the own diary on show")
    {
        const QString text = fixture.folder.file(QStringLiteral("notes.txt"));
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a diary at all, just some text long enough to be a file\n");
        file.close();
        CHECK_THROWS_AS(window.openReviewFile(text), StorageError);
        CHECK_THROWS_AS(window.openReviewFile(fixture.folder.file(QStringLiteral("missing.sqlite"))),
                        StorageError);
        const QString empty = fixture.folder.file(QStringLiteral("empty.sqlite"));
        {
            Database created = Database::open(empty);
        }
        CHECK_THROWS_AS(window.openReviewFile(empty), InputError);
        CHECK_FALSE(window.isReviewing());
        CHECK(window.windowTitle() == QStringLiteral("LDN Tracker \u2014 Sam"));
    }
    SECTION("an exported backup is reviewed from a private database that goes when the review ends")
    {
        const QString backup = fixture.folder.file(QStringLiteral("kim-backup.json"));
        {
            QFile file(backup);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(DiaryArchiveJson::write(
                DiaryArchiveReader(fixture.other).readProfile(QStringLiteral("Kim"))));
        }
        window.openReviewFile(backup);
        REQUIRE(window.isReviewing());
        CHECK(window.database().isReadOnly());
        // Nothing is written outside the data folder: the private database sits in an owner-only
        // folder beside the person's own diary.
        const QString privateCopy = window.database().path();
        const QFileInfo privateFolder(QFileInfo(privateCopy).absolutePath());
        CHECK(privateFolder.absolutePath() == QFileInfo(fixture.ownPath).absolutePath());
        CHECK(privateFolder.fileName().startsWith(QStringLiteral(".review-")));
        CHECK(privateFolder.permissions() ==
              (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
               QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));
        CHECK(QFile::exists(privateCopy));
        CHECK(AnnotationRepository(window.database()).list(fixture.kimId).size() == 1);
        CHECK(window.reviewBannerText() == QStringLiteral("Reviewing Kim's diary from %1 \u2014 read-only")
                                               .arg(QDir::toNativeSeparators(backup)));
        window.closeReview();
        CHECK_FALSE(QFile::exists(privateCopy));
        CHECK_FALSE(QFileInfo::exists(privateFolder.absoluteFilePath()));

        QFile broken(fixture.folder.file(QStringLiteral("broken.json")));
        REQUIRE(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"ldn-tracker-backup\", \"format_version\": 9}");
        broken.close();
        CHECK_THROWS_WITH(window.openReviewFile(broken.fileName()), Catch::Contains("broken.json:1"));
        CHECK_FALSE(window.isReviewing());
    }
    SECTION("a diary with uncheckpointed changes in its -wal file is read as it is now")
    {
        REQUIRE(QFile::exists(fixture.otherPath + QStringLiteral("-wal")));
        Annotation later;
        later.day = QDate::currentDate().addDays(-1);
        later.body = QStringLiteral("written while the review was being opened");
        AnnotationRepository(fixture.other).add(fixture.kimId, later);
        window.openReviewFile(fixture.otherPath);
        CHECK(AnnotationRepository(window.database()).list(fixture.kimId).size() == 2);
        window.closeReview();
    }
}

TEST_CASE("A diary in a folder that cannot be written is reviewed from a private copy", "[gui][review]")
{
    TemporaryFolder folder;
    const QString shelf = folder.file(QStringLiteral("shelf"));
    REQUIRE(QDir().mkpath(shelf));
    const QString diary = shelf + QStringLiteral("/kim.sqlite");
    {
        Database database = Database::open(diary);
        DemoDiaryWriter(database).write({QStringLiteral("Kim"), 30, 4, QDate::currentDate()});
    }
    Database own = Database::open(folder.file(QStringLiteral("own.sqlite")));
    ProfileRepository(own).add(QStringLiteral("Sam"));
    QFile::setPermissions(shelf, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (QFileInfo(shelf).isWritable()) {
        // Root may write anywhere, so there is no read-only folder to try.
        WARN("the folder stays writable for this user; the read-only case is not exercised");
    } else {
        OpenWindow windowOpened(own);
        MainWindow& window = windowOpened.window;
        window.openReviewFile(diary);
        CHECK(window.isReviewing());
        CHECK(window.reviewBannerText().contains(QDir::toNativeSeparators(diary)));
        CHECK(window.database().path() != diary);
        const QString copy = window.database().path();
        CHECK(QDir(shelf).entryList(QDir::Files).size() == 1); // nothing left beside the diary
        window.closeReview();
        CHECK_FALSE(QFileInfo::exists(copy));
    }
    QFile::setPermissions(shelf, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_CASE("The profile switcher is in view on every tab, and each profile keeps its own data",
          "[gui][profiles]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    ProfileRepository profiles(database);
    const std::int64_t parent = profiles.add(QStringLiteral("Parent"), {QStringLiteral("fibromyalgia")});
    const std::int64_t child = profiles.add(QStringLiteral("Child"), {QStringLiteral("Crohn's disease")});
    profiles.addSymptom(child, {QStringLiteral("tummy ache"), false});
    TitrationRepository(database).setPlan(
        parent,
        TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, QDate::currentDate().addDays(-10)));
    MedicationRepository(database).add(
        child, {0, QStringLiteral("Mesalazine"), QStringLiteral("1 g"), QDate(), QDate(), QString()});

    OpenWindow windowOpened(database);

    MainWindow& window = windowOpened.window;
    window.resize(1280, 800);
    window.show();
    auto* switcher = WidgetFinder::require<QComboBox>(window, "profileSwitcher");
    auto* tabs = WidgetFinder::require<QTabWidget>(window, "mainTabs");
    for (int tab = 0; tab < MainWindow::TabCount; ++tab) {
        window.showTab(tab);
        INFO("tab " << tabs->tabText(tab).toStdString());
        CHECK(tabs->currentIndex() == tab);
        CHECK(switcher->isVisible());
        CHECK(switcher->isEnabled());
    }
    // No toolbar or dock, so the window has no menu that could hide the switcher's row.
    CHECK(std::unique_ptr<QMenu>(window.createPopupMenu()) == nullptr);

    const auto showProfile = [&](const QString& name) {
        switcher->setCurrentIndex(switcher->findText(name));
        REQUIRE(switcher->currentText() == name);
    };
    showProfile(QStringLiteral("Parent"));
    window.showTab(MainWindow::TodayTab);
    CHECK(window.dayLogPage()->findChild<QWidget*>(QStringLiteral("score_tummy_ache")) == nullptr);
    window.showTab(MainWindow::PlanTab);
    CHECK(WidgetFinder::require<QLabel>(*window.planPage(), "todayDoseLabel")->isVisible());
    CHECK(WidgetFinder::require<QTableWidget>(*window.planPage(), "medicationTable")->rowCount() == 0);

    showProfile(QStringLiteral("Child"));
    CHECK(WidgetFinder::require<QLabel>(*window.planPage(), "noPlanLabel")->isVisible());
    CHECK(WidgetFinder::require<QTableWidget>(*window.planPage(), "medicationTable")->rowCount() == 1);
    window.showTab(MainWindow::TodayTab);
    CHECK(window.dayLogPage()->findChild<QWidget*>(QStringLiteral("score_tummy_ache")) != nullptr);
}

TEST_CASE("The profile shown last is shown again at the next start; reviewing does not change it",
          "[gui][profiles]")
{
    ReviewFixture fixture;
    ProfileRepository(fixture.own).add(QStringLiteral("Robin"));
    ProfileRepository(fixture.own).add(QStringLiteral("Jo"));
    {
        OpenWindow windowOpened(fixture.own);
        MainWindow& window = windowOpened.window;
        auto* switcher = WidgetFinder::require<QComboBox>(window, "profileSwitcher");
        CHECK(switcher->currentText() == QStringLiteral("Jo")); // profiles are listed by name
        switcher->setCurrentIndex(switcher->findText(QStringLiteral("Robin")));
        window.openReviewFile(fixture.otherPath);
        CHECK(switcher->currentText() == QStringLiteral("Kim"));
    }
    const std::int64_t robin = ProfileRepository(fixture.own).require(QStringLiteral("Robin"), {}).id;
    // Kept in the diary, so it travels with the file.
    CHECK(SettingRepository(fixture.own).value(QString::fromLatin1(SettingKeys::lastProfile.name)) ==
          QString::number(robin));
    CHECK_FALSE(SettingRepository(fixture.other)
                    .value(QString::fromLatin1(SettingKeys::lastProfile.name))
                    .has_value());

    OpenWindow againOpened(fixture.own);

    MainWindow& again = againOpened.window;
    CHECK(again.activeProfileId() == robin);
    CHECK(again.windowTitle() == QStringLiteral("LDN Tracker \u2014 Robin"));

    // A remembered profile that was since deleted falls back to the first.
    fixture.own.connection().execute("DELETE FROM profile WHERE name = 'Robin'");
    OpenWindow thirdOpened(fixture.own);
    MainWindow& third = thirdOpened.window;
    CHECK(WidgetFinder::require<QComboBox>(third, "profileSwitcher")->currentText() == QStringLiteral("Jo"));
}

} // namespace ldn::test
