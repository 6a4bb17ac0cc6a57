#include "gui/exchange/CsvImportDialog.h"

#include "WidgetFinder.h"
#include "core/diary/DiaryEntry.h"
#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

namespace ldn::test {
namespace {

const QDate kToday(2025, 6, 30);

struct Fixture {
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session{database};
    std::int64_t profileId = ProfileRepository(database).add(QStringLiteral("Alex"));

    QString file(const QByteArray& content) const
    {
        const QString path = folder.file(QStringLiteral("my diary.csv"));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(content);
        return path;
    }

    std::unique_ptr<CsvImportDialog> open(const QByteArray& content)
    {
        auto dialog = std::make_unique<CsvImportDialog>(file(content), session, profileId);
        dialog->setToday(kToday);
        dialog->show();
        return dialog;
    }
};

QString rowText(const QTableWidget& table, int row)
{
    QStringList cells;
    for (int column = 0; column < table.columnCount(); ++column) {
        const QTableWidgetItem* item = table.item(row, column);
        cells << (item ? item->text() : QString());
    }
    return cells.join(QStringLiteral(" | "));
}

QComboBox* roleOf(const QWidget& dialog, int column)
{
    const QString name = QStringLiteral("csvColumnRole%1").arg(column);
    return WidgetFinder::require<QComboBox>(dialog, name.toLatin1().constData());
}

} // namespace

TEST_CASE("The dialog guesses the columns and imports a clean file with a new symptom", "[csv]")
{
    Fixture fixture;
    auto dialog = fixture.open("Date,Dose (mg),Pain,Energy,Weather,Notes\n"
                               "2025-03-01,1.5,6,3,rain,first night\n"
                               "2025-03-02,1.5,5,,sun,\n"
                               "2025-03-03,3,5,4,sun,\"step up, slept badly\"\n");
    CHECK(dialog->fileProblem().isEmpty());
    CHECK(WidgetFinder::require<QLabel>(*dialog, "csvIntro")->text().contains(QStringLiteral("3 rows")));
    CHECK(roleOf(*dialog, 0)->currentText() == QStringLiteral("Date"));
    CHECK(roleOf(*dialog, 1)->currentText() == QStringLiteral("Dose (mg)"));
    CHECK(roleOf(*dialog, 2)->currentText() == QStringLiteral("Symptom: pain"));
    CHECK(roleOf(*dialog, 3)->currentText() == QStringLiteral("New symptom \u201cEnergy\u201d"));
    CHECK(roleOf(*dialog, 4)->currentText() == QStringLiteral("Ignore"));
    CHECK(roleOf(*dialog, 5)->currentText() == QStringLiteral("Note"));
    auto* energyHigher = WidgetFinder::require<QCheckBox>(*dialog, "csvHigherIsBetter3");
    CHECK(energyHigher->isVisible());
    CHECK(energyHigher->isChecked());
    CHECK_FALSE(WidgetFinder::require<QCheckBox>(*dialog, "csvHigherIsBetter2")->isVisible());

    // Every column's label, the header as written, names the choice it belongs to (for screen
    // readers and Alt+letter); the first choice is where the keyboard starts.
    const QStringList headers{QStringLiteral("Date"),   QStringLiteral("Dose (mg)"), QStringLiteral("Pain"),
                              QStringLiteral("Energy"), QStringLiteral("Weather"),   QStringLiteral("Notes")};
    for (int column = 0; column < headers.size(); ++column) {
        INFO(column);
        bool labelled = false;
        for (const QLabel* label : dialog->findChildren<QLabel*>()) {
            labelled =
                labelled || (label->buddy() == roleOf(*dialog, column) && label->text() == headers[column]);
        }
        CHECK(labelled);
    }
    // The keyboard starts at the first column and Tab walks the columns, stopping at "Higher is
    // better" and the scale only where they apply.
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
    CHECK(roleOf(*dialog, 0)->hasFocus());
    QTest::keyClick(roleOf(*dialog, 0), Qt::Key_Tab);
    CHECK(roleOf(*dialog, 1)->hasFocus());
    roleOf(*dialog, 3)->setFocus();
    QTest::keyClick(roleOf(*dialog, 3), Qt::Key_Tab);
    CHECK(WidgetFinder::require<QCheckBox>(*dialog, "csvHigherIsBetter3")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(WidgetFinder::require<QComboBox>(*dialog, "csvScale3")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(roleOf(*dialog, 4)->hasFocus());

    auto* preview = WidgetFinder::require<QTableWidget>(*dialog, "csvPreview");
    CHECK(preview->rowCount() == 3);
    CHECK(preview->horizontalHeaderItem(1)->text() == QStringLiteral("Dose (mg)\n\u2192 Dose (mg)"));
    CHECK(preview->item(2, 5)->text() == QStringLiteral("step up, slept badly"));
    CHECK(WidgetFinder::require<QTableWidget>(*dialog, "csvProblems")->rowCount() == 0);
    CHECK_FALSE(WidgetFinder::require<QFrame>(*dialog, "csvDatePrompt")->isVisible());

    // Energy is really a symptom where higher is worse here: the choice is the person's.
    energyHigher->click();
    auto* import = WidgetFinder::require<QPushButton>(*dialog, "csvImportButton");
    REQUIRE(import->isEnabled());
    CHECK(import->text() == QStringLiteral("&Import 3 days"));
    QSignalSpy imported(dialog.get(), &CsvImportDialog::imported);
    QTest::mouseClick(import, Qt::LeftButton);
    REQUIRE(imported.count() == 1);
    CHECK(imported.front().front().toInt() == 3);
    CHECK(dialog->result().days.size() == 3);
    CHECK(ProfileRepository(fixture.database).symptoms(fixture.profileId).back() ==
          SymptomDefinition{QStringLiteral("Energy"), false});
    const std::vector<DiaryEntry> days = DiaryRepository(fixture.database).entries(fixture.profileId);
    REQUIRE(days.size() == 3);
    CHECK(days[2].note == QStringLiteral("step up, slept badly"));
    CHECK(days[2].symptomScores.at(QStringLiteral("Energy")) == 4);
    CHECK(days[1].dose == Dose::fromMicrograms(1500));
}

TEST_CASE("Dates that read both ways block the import until the person says which", "[csv]")
{
    Fixture fixture;
    auto dialog = fixture.open("Date;Dose;Pain\n01/03/2025;1,5;6\n02/03/2025;1,5;5\n");
    auto* prompt = WidgetFinder::require<QFrame>(*dialog, "csvDatePrompt");
    auto* import = WidgetFinder::require<QPushButton>(*dialog, "csvImportButton");
    auto* format = WidgetFinder::require<QComboBox>(*dialog, "csvDateFormat");
    auto* dayFirst = WidgetFinder::require<QPushButton>(*dialog, "csvDayFirstButton");
    CHECK(prompt->isVisible());
    CHECK(WidgetFinder::require<QLabel>(*dialog, "csvDatePromptText")
              ->text()
              .contains(QStringLiteral("01/03/2025")));
    CHECK(dayFirst->text() == QStringLiteral("&Day first: 01/03/2025 is 1 March 2025"));
    CHECK(WidgetFinder::require<QPushButton>(*dialog, "csvMonthFirstButton")->text() ==
          QStringLiteral("&Month first: 01/03/2025 is January 3, 2025"));
    CHECK(format->currentText() == QStringLiteral("Automatic: cannot tell, please choose"));
    CHECK_FALSE(import->isEnabled());
    CHECK(dialog->daysToImport() == 0);

    QTest::mouseClick(dayFirst, Qt::LeftButton);
    CHECK_FALSE(prompt->isVisible());
    CHECK(format->currentText() == QStringLiteral("UK (dd/mm/yyyy)"));
    REQUIRE(import->isEnabled());
    CHECK(import->text() == QStringLiteral("&Import 2 days"));

    // Going back to automatic asks again.
    format->setCurrentIndex(0);
    CHECK(prompt->isVisible());
    CHECK_FALSE(import->isEnabled());
    format->setCurrentIndex(format->findText(QStringLiteral("UK (dd/mm/yyyy)")));

    QTest::mouseClick(import, Qt::LeftButton);
    const std::vector<DiaryEntry> days = DiaryRepository(fixture.database).entries(fixture.profileId);
    REQUIRE(days.size() == 2);
    CHECK(days[0].date == QDate(2025, 3, 1));
    CHECK(days[1].date == QDate(2025, 3, 2));
}

TEST_CASE("Bad rows are listed, and accepting them imports only the good rows", "[csv]")
{
    Fixture fixture;
    DiaryEntry logged;
    logged.date = QDate(2025, 3, 2);
    logged.dose = Dose::fromMicrograms(3000);
    logged.note = QStringLiteral("typed in the app");
    DiaryRepository(fixture.database).save(fixture.profileId, logged);

    auto dialog = fixture.open("date,dose_mg,pain,note\n"
                               "2025-03-01,1.5,6,\"a note over\n"
                               "two lines\"\n"
                               "2025-03-02,1.5,5,from the file\n"
                               "2025-02-30,1.5,5,\n"
                               "2025-03-04,-1,5,\n"
                               "2025-03-05,1.5,11,\n"
                               "2025-03-06,45,4,\n"
                               "2025-03-07,4.5,4,\n");
    auto* problems = WidgetFinder::require<QTableWidget>(*dialog, "csvProblems");
    REQUIRE(problems->rowCount() == 5);
    CHECK(rowText(*problems, 0) ==
          QStringLiteral(
              "4 | date | 2025-03-02 is already in the diary; that day is kept unless you replace it."));
    CHECK(rowText(*problems, 1) == QStringLiteral("5 | date | 2025-02-30 is not a day in the calendar."));
    CHECK(rowText(*problems, 2) == QStringLiteral("6 | dose_mg | A dose cannot be negative (got -1)."));
    CHECK(rowText(*problems, 3) == QStringLiteral("7 | pain | Pain must be scored 0 to 10 (got 11)."));
    CHECK(rowText(*problems, 4)
              .startsWith(QStringLiteral("8 | dose_mg | 45 mg is outside the usual LDN range")));
    // The preview marks the cell at fault, with the reason to hover.
    auto* preview = WidgetFinder::require<QTableWidget>(*dialog, "csvPreview");
    CHECK(preview->item(3, 1)->toolTip() == QStringLiteral("A dose cannot be negative (got -1)."));
    CHECK(preview->item(3, 0)->toolTip().isEmpty());

    auto* import = WidgetFinder::require<QPushButton>(*dialog, "csvImportButton");
    auto* skip = WidgetFinder::require<QCheckBox>(*dialog, "csvSkipBadRows");
    auto* confirm = WidgetFinder::require<QCheckBox>(*dialog, "csvConfirmDoses");
    auto* replace = WidgetFinder::require<QCheckBox>(*dialog, "csvReplaceConflicts");
    CHECK(skip->isVisible());
    CHECK(skip->text().contains(QStringLiteral("3 rows")));
    CHECK(confirm->isVisible());
    CHECK(replace->isVisible());
    CHECK_FALSE(replace->isChecked());
    CHECK_FALSE(import->isEnabled());
    CHECK(WidgetFinder::require<QLabel>(*dialog, "csvSummary")->text() ==
          QStringLiteral(
              "3 days will be imported. 3 rows with problems will be skipped. 1 day already in the diary "
              "will be skipped."));

    const DatabaseSnapshot before = DatabaseSnapshot::of(fixture.database.connection());
    skip->click();
    CHECK_FALSE(import->isEnabled()); // the 45 mg dose is not confirmed yet
    confirm->click();
    REQUIRE(import->isEnabled());
    CHECK(import->text() == QStringLiteral("&Import 3 days"));
    CHECK(DatabaseSnapshot::of(fixture.database.connection()) == before); // nothing written before Import

    // A choice that changes which rows are skipped takes the acceptance back: it was given for others.
    roleOf(*dialog, 2)->setCurrentIndex(0); // pain ignored: the score of 11 is no longer a problem
    CHECK_FALSE(skip->isChecked());
    CHECK_FALSE(import->isEnabled());
    roleOf(*dialog, 2)->setCurrentIndex(roleOf(*dialog, 2)->findText(QStringLiteral("Symptom: pain")));
    roleOf(*dialog, 1)->setCurrentIndex(0); // no dose column: nothing can be read
    CHECK_FALSE(import->isEnabled());
    CHECK(WidgetFinder::require<QLabel>(*dialog, "csvMappingProblems")->isVisible());
    CHECK(WidgetFinder::require<QLabel>(*dialog, "csvMappingProblems")->text() ==
          QStringLiteral("Before importing: No column is mapped to the dose (mg) or to missed doses."));
    roleOf(*dialog, 1)->setCurrentIndex(roleOf(*dialog, 1)->findText(QStringLiteral("Dose (mg)")));
    CHECK_FALSE(WidgetFinder::require<QLabel>(*dialog, "csvMappingProblems")->isVisible());
    CHECK_FALSE(import->isEnabled());
    skip->click();
    confirm->click();
    REQUIRE(import->isEnabled());

    QTest::mouseClick(import, Qt::LeftButton);
    const std::vector<DiaryEntry> days = DiaryRepository(fixture.database).entries(fixture.profileId);
    REQUIRE(days.size() == 4);
    CHECK(days[0].date == QDate(2025, 3, 1));
    CHECK(days[0].note == QStringLiteral("a note over\ntwo lines"));
    CHECK(days[1] == logged); // the day already logged is kept
    CHECK(days[2].date == QDate(2025, 3, 6));
    CHECK(days[2].dose == Dose::fromMicrograms(45'000));
    CHECK(days[3].date == QDate(2025, 3, 7));
}

TEST_CASE("A file that cannot be read says why and imports nothing", "[csv]")
{
    Fixture fixture;
    auto dialog = fixture.open("date,note\n2025-03-01,\"never closed\n");
    CHECK(dialog->fileProblem() ==
          QStringLiteral(
              "my diary.csv:2: a quoted cell starting on this line is never closed (a missing \" ?)"));
    auto* error = WidgetFinder::require<QLabel>(*dialog, "csvImportError");
    CHECK(error->isVisible());
    CHECK(error->text().startsWith(QStringLiteral("Cannot import the file: my diary.csv:2: a quoted cell")));
    CHECK_FALSE(WidgetFinder::require<QPushButton>(*dialog, "csvImportButton")->isEnabled());
}

} // namespace ldn::test

namespace ldn::test {

TEST_CASE("A 1-5 column is converted only after the person ticks it; the time comes from the timestamp",
          "[csv][presets]")
{
    Fixture fixture;
    QFile forms(testData(QStringLiteral("diaries/google-forms.csv")));
    REQUIRE(forms.open(QIODevice::ReadOnly));
    auto dialog = fixture.open(forms.readAll());
    CHECK(roleOf(*dialog, 0)->currentText() == QStringLiteral("Date and time taken"));
    CHECK(roleOf(*dialog, 2)->currentText() == QStringLiteral("Symptom: pain"));
    auto* scale = WidgetFinder::require<QComboBox>(*dialog, "csvScale4");
    auto* convert = WidgetFinder::require<QCheckBox>(*dialog, "csvConvertScale4");
    CHECK(scale->currentText() == QStringLiteral("Scored 1\u20135"));
    CHECK(convert->isVisible());
    CHECK(convert->text() == QStringLiteral("Convert to 0\u201310"));
    CHECK(convert->toolTip().startsWith(
        QStringLiteral("Scores 1 to 5 become 0 to 10: 1 becomes 0, 5 becomes 10")));
    auto* import = WidgetFinder::require<QPushButton>(*dialog, "csvImportButton");
    CHECK_FALSE(import->isEnabled());
    CHECK(WidgetFinder::require<QLabel>(*dialog, "csvMappingProblems")
              ->text()
              .contains(QStringLiteral("only once you confirm it")));
    convert->setChecked(true);
    REQUIRE(import->isEnabled());
    import->click();
    const std::vector<DiaryEntry> days = DiaryRepository(fixture.database).entries(fixture.profileId);
    REQUIRE(days.size() == 4);
    CHECK(days.front().timeTaken == QTime(22, 15));
    CHECK(days.front().symptomScores.at(QStringLiteral("Energy")) == 3);
    CHECK(days.back().symptomScores.at(QStringLiteral("Energy")) == 8);
}

TEST_CASE("A Daylio export is recognised and its moods and dose read without a question", "[csv][presets]")
{
    Fixture fixture;
    QFile daylio(testData(QStringLiteral("diaries/daylio-export.csv")));
    REQUIRE(daylio.open(QIODevice::ReadOnly));
    auto dialog = fixture.open(daylio.readAll());
    CHECK(WidgetFinder::require<QLabel>(*dialog, "csvIntro")
              ->text()
              .contains(QStringLiteral("A Daylio export: 6 entries "
                                       "became 5 days.")));
    CHECK(roleOf(*dialog, 1)->currentText() == QStringLiteral("Dose (mg)"));
    CHECK(roleOf(*dialog, 4)->currentText() == QStringLiteral("Symptom: mood"));
    auto* import = WidgetFinder::require<QPushButton>(*dialog, "csvImportButton");
    REQUIRE(import->isEnabled());
    CHECK(import->text() == QStringLiteral("&Import 5 days"));
    import->click();
    CHECK(DiaryRepository(fixture.database).entries(fixture.profileId).size() == 5);
}

} // namespace ldn::test
