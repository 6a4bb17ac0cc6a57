#include "OpenWindow.h"
#include "WidgetFinder.h"
#include "gui/chart/ChartPage.h"
#include "gui/chart/SymptomChartView.h"
#include "gui/diary/DiaryPage.h"
#include "gui/diary/DiaryTableModel.h"
#include "gui/notes/AnnotationDialog.h"
#include "gui/notes/DayNotesPanel.h"
#include "gui/notes/NoteMarker.h"
#include "gui/report/ReportPage.h"
#include "gui/today/DayLogPage.h"
#include "gui/window/MainWindow.h"
#include "services/DiarySession.h"
#include "services/SettingKeys.h"
#include "storage/db/Database.h"
#include "storage/diary/AnnotationRepository.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/diary/SettingRepository.h"
#include "support/TestEnvironment.h"

#include <QAction>
#include <QChart>
#include <QCheckBox>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

#include <algorithm>

namespace ldn::test {
namespace {

// Notes by a carer (and the person's own notes about days) as people add them: from the Today tab
// of the real main window, on a demo diary in a real database.
struct NotesFixture {
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    std::int64_t profileId = 0;

    NotesFixture()
    {
        DemoDiaryWriter(database).write({QStringLiteral("Kim"), 60, 1, QDate::currentDate()});
        profileId = ProfileRepository(database).require(QStringLiteral("Kim"), {}).id;
    }

    std::vector<Annotation> stored() { return AnnotationRepository(database).list(profileId); }
};

AnnotationDialog* openDialog(MainWindow& window)
{
    WidgetFinder::require<QAction>(window, "actionAddNote")->trigger();
    AnnotationDialog* open = nullptr;
    for (AnnotationDialog* dialog : window.dayLogPage()->findChildren<AnnotationDialog*>()) {
        if (dialog->isVisible()) {
            open = dialog;
        }
    }
    REQUIRE(open != nullptr);
    return open;
}

QPushButton* saveButton(const AnnotationDialog& dialog)
{
    for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Save note")) {
            return button;
        }
    }
    FAIL("no Save note button");
    return nullptr;
}

QStringList shownNoteTexts(const DayLogPage& page)
{
    QStringList texts;
    for (const QLabel* label : page.findChildren<QLabel*>(QStringLiteral("annotationText"))) {
        if (label->isVisible()) {
            texts << label->text();
        }
    }
    return texts;
}

template <typename Series>
Series* seriesNamed(QChart* chart, const QString& name)
{
    const QList<QAbstractSeries*> all = chart->series();
    for (QAbstractSeries* series : all) {
        if (series->name() == name) {
            return qobject_cast<Series*>(series);
        }
    }
    return nullptr;
}

bool inLegend(QChart* chart, QAbstractSeries* series)
{
    const QList<QLegendMarker*> markers = chart->legend()->markers(series);
    return std::any_of(markers.begin(), markers.end(),
                       [](QLegendMarker* marker) { return marker->isVisible(); });
}

} // namespace

TEST_CASE("A carer's note added from the Today tab shows with its author on every tab", "[gui][notes]")
{
    NotesFixture fixture;
    OpenWindow windowOpened(fixture.database);
    MainWindow& window = windowOpened.window;
    window.resize(1280, 800);
    window.show();
    DayLogPage& page = *window.dayLogPage();
    QSignalSpy changed(&windowOpened.session, &DiarySession::changed);
    CHECK(WidgetFinder::require<QAction>(window, "actionAddNote")->shortcut() ==
          QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    CHECK(WidgetFinder::require<QLabel>(page, "noAnnotationsLabel")->isVisible());

    // The first note asks who is writing: nothing is chosen for them.
    AnnotationDialog* dialog = openDialog(window);
    auto* patient = WidgetFinder::require<QRadioButton>(*dialog, "authorPatientRadio");
    auto* carer = WidgetFinder::require<QRadioButton>(*dialog, "authorCarerRadio");
    CHECK_FALSE(patient->isChecked());
    CHECK_FALSE(carer->isChecked());
    WidgetFinder::require<QPlainTextEdit>(*dialog, "annotationTextEdit")
        ->setPlainText(QStringLiteral("Very tired after the school run; slept at 4 pm."));
    QTest::mouseClick(saveButton(*dialog), Qt::LeftButton);
    CHECK(dialog->isVisible()); // not saved under nobody's name
    CHECK(dialog->problem().contains(QStringLiteral("who is writing")));
    CHECK(fixture.stored().empty());
    QTest::keyClicks(WidgetFinder::require<QLineEdit>(*dialog, "carerNameEdit"), QStringLiteral("Sam"));
    CHECK(carer->isChecked()); // typing a carer's name says a carer is writing
    REQUIRE(saveButton(*dialog)->isEnabled());
    QTest::mouseClick(saveButton(*dialog), Qt::LeftButton);
    CHECK(dialog->result() == QDialog::Accepted);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    std::vector<Annotation> stored = fixture.stored();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].day == QDate::currentDate());
    CHECK(stored[0].author == Annotation::Author::Carer);
    CHECK(stored[0].authorName == QStringLiteral("Sam"));
    CHECK(changed.count() == 1);
    REQUIRE(page.notesPanel()->notes().size() == 1);
    QStringList shown = shownNoteTexts(page);
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].contains(QStringLiteral("Carer (Sam)")));
    CHECK(shown[0].contains(QStringLiteral("school run")));
    CHECK_FALSE(WidgetFinder::require<QLabel>(page, "noAnnotationsLabel")->isVisible());
    // The writer is remembered in the diary itself.
    CHECK(SettingRepository(fixture.database).value(QString::fromLatin1(SettingKeys::carerName.name)) ==
          QStringLiteral("Sam"));

    // The next note starts with the remembered carer; the person writes one of their own.
    dialog = openDialog(window);
    CHECK(WidgetFinder::require<QRadioButton>(*dialog, "authorCarerRadio")->isChecked());
    CHECK(WidgetFinder::require<QLineEdit>(*dialog, "carerNameEdit")->text() == QStringLiteral("Sam"));
    WidgetFinder::require<QRadioButton>(*dialog, "authorPatientRadio")->setChecked(true);
    WidgetFinder::require<QPlainTextEdit>(*dialog, "annotationTextEdit")
        ->setPlainText(QStringLiteral("Headache gone by lunch."));
    dialog->accept();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    shown = shownNoteTexts(page);
    REQUIRE(shown.size() == 2);
    CHECK(shown[1].contains(QStringLiteral("Patient")));
    // A note about an earlier day, written straight into the diary.
    Annotation earlier;
    earlier.day = QDate::currentDate().addDays(-20);
    earlier.author = Annotation::Author::Carer;
    earlier.authorName = QStringLiteral("Sam");
    earlier.body = QStringLiteral("Crashed after the wedding.");
    AnnotationRepository(fixture.database).add(fixture.profileId, earlier);

    SECTION("the diary table marks the days with notes and lists them")
    {
        WidgetFinder::require<QAction>(window, "actionShowDiary")->trigger();
        DiaryTableModel* model = window.diaryPage()->model();
        const int today = model->rowOf(QDate::currentDate());
        const int twentyDaysAgo = model->rowOf(QDate::currentDate().addDays(-20));
        const int tenDaysAgo = model->rowOf(QDate::currentDate().addDays(-10));
        CHECK(model->annotationsOn(QDate::currentDate()).size() == 2);
        CHECK(model->headerData(model->annotationsColumn(), Qt::Horizontal).toString() ==
              QStringLiteral("Notes by carers and others"));
        const QString todayText = model->index(today, model->annotationsColumn()).data().toString();
        CHECK(todayText.startsWith(QStringLiteral("Carer (Sam): Very tired")));
        CHECK(todayText.endsWith(QStringLiteral("(and 1 more)")));
        CHECK(model->index(today, model->annotationsColumn())
                  .data(Qt::ToolTipRole)
                  .toString()
                  .contains(QStringLiteral("Patient: Headache gone by lunch.")));
        CHECK(model->index(twentyDaysAgo, model->annotationsColumn()).data().toString() ==
              QStringLiteral("Carer (Sam): Crashed after the wedding."));
        // The mark beside the date, where it is seen however wide the table is.
        CHECK_FALSE(
            model->index(twentyDaysAgo, DiaryTableModel::DateColumn).data(Qt::DecorationRole).isNull());
        CHECK(model->index(tenDaysAgo, DiaryTableModel::DateColumn).data(Qt::DecorationRole).isNull());
        CHECK(model->index(tenDaysAgo, model->annotationsColumn()).data().toString().isEmpty());
    }

    SECTION("the chart shows each note as a speech bubble, with a legend entry and a switch")
    {
        WidgetFinder::require<QAction>(window, "actionShowChart")->trigger();
        SymptomChartView* view = window.chartPage()->chartView();
        QChart* chart = view->chart();
        auto* carerNotes = seriesNamed<QScatterSeries>(chart, SymptomChartView::carerNoteSeriesName());
        auto* ownNotes = seriesNamed<QScatterSeries>(chart, SymptomChartView::ownNoteSeriesName());
        REQUIRE(carerNotes != nullptr);
        REQUIRE(ownNotes != nullptr);
        CHECK(carerNotes->count() == 2); // today and 20 days ago
        CHECK(ownNotes->count() == 1);
        QCoreApplication::processEvents(); // the legend lays out its markers when drawn
        CHECK(inLegend(chart, seriesNamed<QScatterSeries>(chart, SymptomChartView::sideEffectSeriesName())));
        CHECK(inLegend(chart, carerNotes));
        CHECK(inLegend(chart, ownNotes));
        CHECK_FALSE(inLegend(chart, seriesNamed<QScatterSeries>(
                                        chart, SymptomChartView::dailyScoresName(QStringLiteral("pain")))));
        // Unlike the dose-change lines: a marker, in a colour of its own.
        auto* change = seriesNamed<QLineSeries>(chart, SymptomChartView::doseChangeSeriesName());
        REQUIRE(change != nullptr);
        CHECK(carerNotes->color() == NoteMarker::colour());
        CHECK(change->pen().color() != NoteMarker::colour());
        CHECK_FALSE(carerNotes->lightMarker().isNull());
        CHECK(carerNotes->lightMarker() != ownNotes->lightMarker());

        const QString tip = view->describeDay(QDate::currentDate().addDays(-20));
        CHECK(tip.contains(QStringLiteral("Note by Carer (Sam): Crashed after the wedding.")));

        auto* toggle = WidgetFinder::require<QCheckBox>(*window.chartPage(), "showNotesCheck");
        CHECK(toggle->isChecked());
        toggle->setChecked(false);
        CHECK(seriesNamed<QScatterSeries>(chart, SymptomChartView::carerNoteSeriesName()) == nullptr);
        CHECK_FALSE(view->describeDay(QDate::currentDate().addDays(-20)).contains(QStringLiteral("Note by")));
        toggle->setChecked(true);
        CHECK(seriesNamed<QScatterSeries>(chart, SymptomChartView::carerNoteSeriesName())->count() == 2);
    }
}

TEST_CASE("A note is edited in place, and deleting it can be undone", "[gui][notes]")
{
    NotesFixture fixture;
    OpenWindow windowOpened(fixture.database);
    MainWindow& window = windowOpened.window;
    window.resize(1280, 800);
    window.show();
    DayLogPage& page = *window.dayLogPage();
    Annotation note;
    note.author = Annotation::Author::Carer;
    note.authorName = QStringLiteral("Sam");
    note.body = QStringLiteral("Slept badly.");
    const std::int64_t id = page.notesPanel()->addNote(note);
    const Annotation original = fixture.stored().at(0);

    // Editing changes the text only: the author and the time it was written stay.
    AnnotationDialog* edit = page.notesPanel()->openEditDialog(id);
    REQUIRE(edit != nullptr);
    CHECK(edit->isEditing());
    CHECK_FALSE(WidgetFinder::require<QRadioButton>(*edit, "authorCarerRadio")->isVisible());
    CHECK(WidgetFinder::require<QLabel>(*edit, "annotationWrittenBy")
              ->text()
              .startsWith(QStringLiteral("Carer (Sam)")));
    WidgetFinder::require<QPlainTextEdit>(*edit, "annotationTextEdit")
        ->setPlainText(QStringLiteral("Slept badly, woke at 3."));
    edit->accept();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    Annotation changed = fixture.stored().at(0);
    CHECK(changed.body == QStringLiteral("Slept badly, woke at 3."));
    CHECK(changed.authorName == QStringLiteral("Sam"));
    CHECK(changed.createdAt == original.createdAt);

    // An empty note is refused in the dialog, which keeps what was there.
    AnnotationDialog* empty = page.notesPanel()->openAddDialog();
    REQUIRE(empty != nullptr);
    empty->accept();
    CHECK(empty->isVisible());
    CHECK_FALSE(empty->problem().isEmpty());
    empty->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Delete at once, with Undo beside the notes.
    auto* remove = WidgetFinder::require<QToolButton>(page, "deleteAnnotationButton");
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(fixture.stored().empty());
    CHECK(page.notesPanel()->notes().empty());
    auto* undoBar = WidgetFinder::require<QWidget>(page, "annotationUndoBar");
    CHECK(undoBar->isVisible());
    CHECK(WidgetFinder::require<QLabel>(page, "annotationUndoLabel")
              ->text()
              .contains(QStringLiteral("Carer (Sam)")));
    QTest::mouseClick(WidgetFinder::require<QPushButton>(page, "undoAnnotationButton"), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const std::vector<Annotation> back = fixture.stored();
    REQUIRE(back.size() == 1);
    CHECK(back[0].body == changed.body);
    CHECK(back[0].authorName == QStringLiteral("Sam"));
    CHECK(back[0].createdAt == original.createdAt);
    CHECK_FALSE(undoBar->isVisible());
    CHECK(shownNoteTexts(page).size() == 1);
    CHECK_FALSE(page.notesPanel()->undoRemoval()); // nothing left to undo
}

TEST_CASE("The GP report tab leaves the notes from carers out unless they are ticked", "[gui][notes][report]")
{
    NotesFixture fixture;
    Annotation note;
    note.day = QDate::currentDate().addDays(-3);
    note.author = Annotation::Author::Carer;
    note.authorName = QStringLiteral("Sam");
    note.body = QStringLiteral("Walked to the park without the wheelchair.");
    AnnotationRepository(fixture.database).add(fixture.profileId, note);
    OpenWindow windowOpened(fixture.database);
    MainWindow& window = windowOpened.window;
    window.resize(1280, 800);
    window.show();
    WidgetFinder::require<QAction>(window, "actionShowReport")->trigger();
    ReportPage& page = *window.reportPage();

    auto* box = WidgetFinder::require<QCheckBox>(page, "reportSection-carer-notes");
    CHECK(box->text() == QStringLiteral("Notes from carers"));
    CHECK_FALSE(box->isChecked());
    CHECK_FALSE(page.request().sections.contains(ReportSection::CarerNotes));
    const auto pdfText = [&](const QString& name) {
        const QString path = fixture.folder.file(name);
        page.savePdf(path);
        const ProcessResult text = runProgram(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        REQUIRE(text.exitCode == 0);
        return text.out;
    };
    const QString without = pdfText(QStringLiteral("without.pdf"));
    CHECK_FALSE(without.contains(QStringLiteral("Notes from carers")));
    CHECK_FALSE(without.contains(QStringLiteral("wheelchair")));

    box->setChecked(true);
    CHECK(page.request().sections.contains(ReportSection::CarerNotes));
    const QString with = pdfText(QStringLiteral("with.pdf"));
    CHECK(with.contains(QStringLiteral("Notes from carers")));
    CHECK(with.contains(QStringLiteral("Carer (Sam)")));
    CHECK(with.contains(QStringLiteral("Walked to the park without the wheelchair.")));
}

} // namespace ldn::test
