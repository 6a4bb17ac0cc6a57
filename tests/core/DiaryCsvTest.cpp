#include "core/base/InputError.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "core/exchange/CsvColumnMapping.h"
#include "core/exchange/CsvTable.h"
#include "core/exchange/DiaryArchive.h"
#include "core/exchange/DiaryCsvFormat.h"
#include "core/exchange/DiaryCsvImport.h"
#include "core/exchange/DiaryCsvWriter.h"

#include <catch2/catch.hpp>

using namespace ldn;

namespace {

const QDate kToday(2025, 6, 30);

ArchivedProfile profileWith(const std::vector<DiaryEntry>& entries,
                            const std::vector<SymptomDefinition>& symptoms = defaultSymptoms())
{
    ArchivedProfile profile;
    profile.name = QStringLiteral("Alex");
    for (const SymptomDefinition& symptom : symptoms) {
        profile.symptoms.push_back({symptom, false});
    }
    for (const DiaryEntry& entry : entries) {
        profile.days.push_back({entry, {}});
    }
    return profile;
}

DiaryCsvImport::Settings settingsFor(const std::vector<SymptomDefinition>& symptoms = defaultSymptoms(),
                                     CsvDateFormat format = CsvDateFormat::Iso)
{
    DiaryCsvImport::Settings settings;
    settings.dateFormat = format;
    settings.symptoms = symptoms;
    settings.today = kToday;
    return settings;
}

DiaryCsvImportResult importText(const QByteArray& text,
                                const std::vector<SymptomDefinition>& symptoms = defaultSymptoms(),
                                CsvDateFormat format = CsvDateFormat::Iso)
{
    const CsvTable table = CsvTable::parse(text, QStringLiteral("diary.csv"));
    const CsvColumnMapping mapping = CsvColumnMapping::guessFromHeader(table, symptoms);
    return DiaryCsvImport::read(table, mapping, settingsFor(symptoms, format));
}

std::vector<DiaryEntry> entriesOf(const DiaryCsvImportResult& result)
{
    return result.entries();
}

DiaryEntry taken(const QDate& date, std::int64_t micrograms)
{
    DiaryEntry entry;
    entry.date = date;
    entry.dose = Dose::fromMicrograms(micrograms);
    return entry;
}

QString problemsText(const DiaryCsvImportResult& result)
{
    QStringList lines;
    for (const CsvRowProblem& problem : result.problems) {
        lines << QStringLiteral("%1|%2|%3").arg(problem.line).arg(problem.column, problem.reason);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("The CSV export is UTF-8 with a BOM, CRLF, quoted where needed, one row per logged day", "[csv]")
{
    DiaryEntry first = taken(QDate(2025, 3, 1), 1500);
    first.timeTaken = QTime(21, 5);
    first.formulation = Formulation::Liquid;
    first.pharmacy = QStringLiteral("Dickson, Glasgow");
    first.batch = QStringLiteral("L-22");
    first.symptomScores = {{QStringLiteral("pain"), 7}, {QStringLiteral("mood"), 0}};
    first.sideEffects = {{QStringLiteral("vivid dreams"), 2}, {QStringLiteral("nausea"), 1}};
    first.events = {QStringLiteral("infection"), QStringLiteral("stressful day")};
    first.note = QStringLiteral("Caf\u00e9 \"nice\"\nslept");
    DiaryEntry missed;
    missed.date = QDate(2025, 3, 3);
    missed.status = DoseStatus::Missed;
    const DiaryEntry zero = taken(QDate(2025, 3, 4), 0);

    const QByteArray csv = DiaryCsvWriter::write(profileWith({first, missed, zero}));
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList expected{
        QStringLiteral(
            "date,dose_mg,missed,time,formulation,pharmacy,batch,pain,fatigue,sleep quality,brain fog,"
            "mood,side_effects,events,note"),
        QStringLiteral(
            "2025-03-01,1.5,no,21:05,liquid,\"Dickson, Glasgow\",L-22,7,,,,0,nausea: 1; vivid dreams: 2,"
            "infection; stressful day,\"Caf\u00e9 \"\"nice\"\"\nslept\""),
        QStringLiteral("2025-03-03,,yes,,,,,,,,,,,,"),
        QStringLiteral("2025-03-04,0,no,,,,,,,,,,,,"),
    };
    CHECK(text == expected.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
}

TEST_CASE("Cells that a spreadsheet would run as a formula are written as text and read back exactly",
          "[csv]")
{
    for (const char* note :
         {"=HYPERLINK(\"http://x\",\"click\")", "+1 good day", "-tired", "@SUM(A1)", "\tTab",
          "'=already quoted", "''-two", "'plain apostrophe", "a=b", "4-5 hours"}) {
        INFO(note);
        DiaryEntry entry = taken(QDate(2025, 3, 1), 1500);
        entry.note = QString::fromUtf8(note);
        entry.pharmacy = QString::fromUtf8(note).trimmed();
        entry.events = {QString::fromUtf8(note).trimmed()};
        const QByteArray csv = DiaryCsvWriter::write(profileWith({entry}));
        const CsvTable table = CsvTable::parse(csv, QStringLiteral("x.csv"));
        const QString written = table.rows()[1].cells.last();
        CHECK_FALSE(QStringLiteral("=+-@\t\r").contains(written.at(0)));
        const DiaryCsvImportResult result = DiaryCsvImport::read(
            table, CsvColumnMapping::guessFromHeader(table, defaultSymptoms()), settingsFor());
        REQUIRE(result.days.size() == 1);
        CHECK(result.days[0].entry == entry);
    }
    CHECK(DiaryCsvFormat::guardAgainstFormula(QStringLiteral("=1+1")) == QStringLiteral("'=1+1"));
    CHECK(DiaryCsvFormat::guardAgainstFormula(QStringLiteral("'=1+1")) == QStringLiteral("''=1+1"));
    CHECK(DiaryCsvFormat::guardAgainstFormula(QStringLiteral("'quoted")) == QStringLiteral("'quoted"));
    CHECK(DiaryCsvFormat::removeFormulaGuard(QStringLiteral("'-3")) == QStringLiteral("-3"));
    CHECK(DiaryCsvFormat::removeFormulaGuard(QStringLiteral("'quoted")) == QStringLiteral("'quoted"));
}

TEST_CASE("A demo diary exported to CSV and imported again gives back the same entries", "[csv]")
{
    std::vector<SymptomDefinition> symptoms = defaultSymptoms();
    symptoms.push_back({QStringLiteral("Note"), false}); // collides with the note column's header
    symptoms.push_back({QStringLiteral("joint stiffness; am"), false});
    DemoDiaryGenerator::Settings demo;
    demo.days = 200;
    demo.seed = 7;
    demo.lastDay = kToday;
    demo.symptoms = symptoms;
    std::vector<DiaryEntry> entries = DemoDiaryGenerator(demo).generate();
    REQUIRE(entries.size() > 150);
    // Text no generator writes: separators, quotes, line breaks, accents, formula starts.
    entries[3].note = QStringLiteral("Line one, \"two\";\r\nthree\n\u00e9t\u00e9 \u2014 ok");
    entries[4].note = QStringLiteral("-3 on the pain scale");
    entries[5].sideEffects = {{QStringLiteral("odd; taste"), 0}, {QStringLiteral("ratio 1:2"), 3}};
    entries[6].events = {QStringLiteral("back\\slash"), QStringLiteral("a;b"), QStringLiteral("=cmd")};
    entries[7].pharmacy = QStringLiteral("@home");
    for (const std::size_t i : {8u, 9u}) {
        entries[i].status = DoseStatus::Taken;
    }
    entries[8].dose = Dose::fromMicrograms(250);
    entries[9].dose = Dose::fromMicrograms(12'000);

    const QByteArray csv = DiaryCsvWriter::write(profileWith(entries, symptoms));
    const CsvTable table = CsvTable::parse(csv, QStringLiteral("export.csv"));
    const CsvColumnMapping mapping = CsvColumnMapping::guessFromHeader(table, symptoms);
    CHECK(mapping.newSymptoms().empty());
    for (int column = 0; column < mapping.columnCount(); ++column) {
        INFO(table.header().at(column).toStdString());
        CHECK(mapping.role(column).field != CsvField::Ignore);
    }
    CHECK(table.header().contains(QStringLiteral("Note (score)")));
    const DiaryCsvImportResult result = DiaryCsvImport::read(table, mapping, settingsFor(symptoms));
    CHECK(result.problems.empty());
    CHECK(result.conflicts.empty());
    CHECK(result.blankRows == 0);
    REQUIRE(result.unusualDoses.size() == 1);
    CHECK(result.unusualDoses[0].line == 13); // entries[9]: after the header and entries[3]'s three lines
    CHECK(entriesOf(result) == entries);

    SECTION("the same file saved by a spreadsheet with ';' between cells")
    {
        // Re-quote through the parser rather than by replacing characters in the text.
        QStringList lines;
        for (const CsvTable::Row& row : table.rows()) {
            QStringList cells;
            for (QString cell : row.cells) {
                cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                cells << QLatin1Char('"') + cell + QLatin1Char('"');
            }
            lines << cells.join(QLatin1Char(';'));
        }
        const CsvTable semicolons =
            CsvTable::parse(lines.join(QLatin1Char('\n')).toUtf8(), QStringLiteral("s.csv"));
        CHECK(semicolons.delimiter() == QLatin1Char(';'));
        CHECK(entriesOf(DiaryCsvImport::read(semicolons,
                                             CsvColumnMapping::guessFromHeader(semicolons, symptoms),
                                             settingsFor(symptoms))) == entries);
    }
}

TEST_CASE("Columns are guessed from the headers people write", "[csv]")
{
    const CsvTable table = CsvTable::parse(
        QByteArray(
            "Day;LDN mg;Missed?;Time taken;Form;Lot;PAIN;Sleep_Quality;Energy;Weekday;Dose (mcg);Notes;"
            "Comments\n"
            "14/03/2025;1,5;;22:00;capsule;B1;7;4;3;Friday;1500;ok;\n"
            "15/03/2025;1,5;;22:00;capsule;B1;6;;10;Saturday;1500;;\n"),
        QStringLiteral("mine.csv"));
    const CsvColumnMapping mapping = CsvColumnMapping::guessFromHeader(table, defaultSymptoms());
    const auto fieldOf = [&](int column) { return mapping.role(column).field; };
    CHECK(fieldOf(0) == CsvField::Date);
    CHECK(fieldOf(1) == CsvField::Dose);
    CHECK(fieldOf(2) == CsvField::Missed);
    CHECK(fieldOf(3) == CsvField::Time);
    CHECK(fieldOf(4) == CsvField::Formulation);
    CHECK(fieldOf(5) == CsvField::Batch);
    CHECK(mapping.role(6) == CsvColumnRole{CsvField::Symptom, {QStringLiteral("pain"), false}});
    CHECK(mapping.role(7) == CsvColumnRole{CsvField::Symptom, {QStringLiteral("sleep quality"), true}});
    CHECK(mapping.role(8) == CsvColumnRole{CsvField::NewSymptom, {QStringLiteral("Energy"), true}});
    CHECK(fieldOf(9) == CsvField::Ignore);  // text
    CHECK(fieldOf(10) == CsvField::Ignore); // micrograms are never milligrams
    CHECK(fieldOf(11) == CsvField::Note);
    CHECK(fieldOf(12) == CsvField::Ignore); // a second note column
    CHECK(mapping.problems(table.header(), defaultSymptoms()).isEmpty());
    CHECK(mapping.newSymptoms() == std::vector<SymptomDefinition>{{QStringLiteral("Energy"), true}});

    DiaryCsvImport::Settings settings = settingsFor();
    settings.dateFormat = CsvDateFormat::DayMonthYear;
    const DiaryCsvImportResult result = DiaryCsvImport::read(table, mapping, settings);
    CHECK(problemsText(result).isEmpty());
    REQUIRE(result.days.size() == 2);
    DiaryEntry expected = taken(QDate(2025, 3, 14), 1500); // a decimal comma in a ';' file
    expected.timeTaken = QTime(22, 0);
    expected.formulation = Formulation::Capsule;
    expected.batch = QStringLiteral("B1");
    expected.symptomScores = {
        {QStringLiteral("pain"), 7}, {QStringLiteral("sleep quality"), 4}, {QStringLiteral("Energy"), 3}};
    expected.note = QStringLiteral("ok");
    CHECK(result.days[0].entry == expected);
    CHECK(result.days[1].entry.symptomScores.count(QStringLiteral("sleep quality")) == 0);

    SECTION("what must be fixed in a mapping is said")
    {
        CsvColumnMapping wrong = mapping;
        wrong.setRole(0, {});
        wrong.setRole(9, {CsvField::Dose, {}});
        wrong.setRole(11, {CsvField::NewSymptom, {QStringLiteral("PAIN"), false}});
        wrong.setRole(12, {CsvField::Symptom, {QStringLiteral("sleep quality"), true}});
        const QStringList problems = wrong.problems(table.header(), defaultSymptoms());
        CHECK(problems ==
              QStringList{
                  QStringLiteral("no column is mapped to the date"),
                  QStringLiteral("columns \"LDN mg\" and \"Weekday\" are both mapped to Dose (mg)"),
                  QStringLiteral("column \"Notes\" would add the symptom PAIN, which the profile already "
                                 "has; map it to that symptom instead"),
                  QStringLiteral("columns \"Sleep_Quality\" and \"Comments\" are both mapped to the "
                                 "symptom sleep quality"),
              });
        CHECK_THROWS_AS(DiaryCsvImport::read(table, wrong, settings), InputError);
    }
}

TEST_CASE("Every bad row is listed with its line, column and reason, and nothing is repaired", "[csv]")
{
    const QByteArray csv = "date,dose_mg,missed,time,formulation,pain,side_effects,note\n" // 1
                           "2025-03-01,1.5,no,22:00,capsule,3,,\"a note\n"                 // 2
                           "over two lines\"\n"                                            // 3
                           "2025-02-30,1.5,,,,,,\n"                                        // 4
                           "2025-03-02,-1,,,,,,\n"                                         // 5
                           "2025-03-03,abc,,,,,,\n"                                        // 6
                           "2025-03-04,1.5,,,,11,,\n"                                      // 7
                           "2025-03-05,1.5,,,,7.5,,\n"                                     // 8
                           "2025-03-06,1.5,yes,,,,,\n"                                     // 9
                           "2025-03-07,,yes,22:00,,,,\n"                                   // 10
                           "2025-03-08,1.5,,25:00,gel,,,\n"                                // 11
                           "2025-03-09,,,,,4,,\n"                                          // 12
                           "2025-03-10,1.5,maybe,,,,nausea,\n"                             // 13
                           "2025-03-11,1.5,,,,,nausea: 5,\n"                               // 14
                           "2025-03-12,2000,,,,,,\n"                                       // 15
                           "2025-03-13,1.2345,,,,,,\n"                                     // 16
                           "2025-03-14,1.5,,,,,,\n"                                        // 17
                           "2025-03-14,3,,,,,,\n"                                          // 18
                           "2025-07-01,1.5,,,,,,\n"                                        // 19: after today
                           ",1.5,,,,,,\n"                                                  // 20
                           "2025-03-15,1.5,,,,,,extra,cells\n"                             // 21
                           "2025-03-16,,,,,,,\n"                                           // 22: not logged
                           "2025-03-17,45,no,,,,,\n"                                       // 23: unusual dose
                           "2025-03-18,1.5,no,10:30 pm,Tablets,0,headache: 0,\n";          // 24
    const DiaryCsvImportResult result = importText(csv);
    const QStringList expected{
        QStringLiteral("4|date|2025-02-30 is not a day in the calendar"),
        QStringLiteral("5|dose_mg|a dose cannot be negative (got -1)"),
        QStringLiteral("6|dose_mg|\"abc\" is not a dose in mg (write it like 4.5)"),
        QStringLiteral("7|pain|pain must be scored 0 to 10 (got 11)"),
        QStringLiteral("8|pain|pain scores are whole numbers 0 to 10 (got \"7.5\")"),
        QStringLiteral("9|dose_mg|the dose was missed, yet a dose of 1.5 is given"),
        QStringLiteral("10|time|the dose was missed, yet a time of 22:00 is given"),
        QStringLiteral("11|time|\"25:00\" is not a time of day like 22:15"),
        QStringLiteral(
            "11|formulation|\"gel\" is not a formulation (capsule, liquid, tablet, sublingual, cream)"),
        QStringLiteral(
            "12|dose_mg|no dose: give the dose in mg (0 on a day without LDN) or mark the day missed"),
        QStringLiteral("13|missed|\"maybe\" is not yes or no"),
        QStringLiteral("13|side_effects|\"nausea\" is not NAME: SEVERITY (like \"nausea: 2\")"),
        QStringLiteral("14|side_effects|the severity of nausea must be a whole number 0 to 3 (got \"5\")"),
        QStringLiteral("15|dose_mg|2000 mg is not a possible dose"),
        QStringLiteral("16|dose_mg|\"1.2345\" is not a dose in mg (write it like 4.5)"),
        QStringLiteral("17|date|2025-03-14 is also on line 18; a day can be imported only once"),
        QStringLiteral("18|date|2025-03-14 is also on line 17; a day can be imported only once"),
        QStringLiteral("19|date|2025-07-01 is in the future"),
        QStringLiteral("20|date|no date"),
        QStringLiteral(
            "21||the row has 9 cells but the header only 8 (is there a comma in a cell that is not in "
            "quotes?)"),
    };
    CHECK(problemsText(result) == expected.join(QLatin1Char('\n')));
    CHECK(result.rowsWithProblems() == 18);
    CHECK(result.blankRows == 1);
    REQUIRE(result.days.size() == 3);
    CHECK(result.days[0].line == 2);
    CHECK(result.days[0].entry.note == QStringLiteral("a note\nover two lines"));
    CHECK(result.days[1].line == 23);
    CHECK(result.days[1].entry.dose == Dose::fromMicrograms(45'000)); // read as written, not clamped
    CHECK(result.unusualDoses ==
          std::vector<CsvRowProblem>{
              {23, QStringLiteral("dose_mg"),
               QStringLiteral("45 mg is outside the usual LDN range of 0.1 to 10 mg (full-dose "
                              "naltrexone is 50 mg); confirm it is right")}});
    DiaryEntry last = taken(QDate(2025, 3, 18), 1500);
    last.timeTaken = QTime(22, 30);
    last.formulation = Formulation::Tablet;
    last.symptomScores = {{QStringLiteral("pain"), 0}};
    last.sideEffects = {{QStringLiteral("headache"), 0}};
    CHECK(result.days[2].entry == last);
}

TEST_CASE("Days the diary already has are kept apart for the caller to decide", "[csv]")
{
    const QByteArray csv = "date,dose_mg\n2025-03-01,1.5\n2025-03-02,3\n2025-03-03,4.5\n";
    const CsvTable table = CsvTable::parse(csv, QStringLiteral("d.csv"));
    DiaryCsvImport::Settings settings = settingsFor();
    settings.loggedDays = {QDate(2025, 3, 2)};
    const DiaryCsvImportResult result =
        DiaryCsvImport::read(table, CsvColumnMapping::guessFromHeader(table, defaultSymptoms()), settings);
    CHECK(result.problems.empty());
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts[0].line == 3);
    CHECK(result.days.size() == 2);
    CHECK(result.entries().size() == 2);
    const std::vector<DiaryEntry> replacing = result.entries(true);
    REQUIRE(replacing.size() == 3);
    CHECK(replacing[1].date == QDate(2025, 3, 2));
    CHECK(replacing[1].dose == Dose::fromMicrograms(3000));
}

TEST_CASE("A decimal comma is read where ',' does not separate cells, and quoted as written", "[csv]")
{
    const DiaryCsvImportResult result =
        importText("date;dose_mg\n2025-03-01;1,5\n2025-03-02;-1,5\n2025-03-03;1,5,5\n");
    CHECK(problemsText(result) ==
          QStringLiteral("3|dose_mg|a dose cannot be negative (got -1,5)\n"
                         "4|dose_mg|\"1,5,5\" is not a dose in mg (write it like 4.5)"));
    REQUIRE(result.days.size() == 1);
    CHECK(result.days[0].entry.dose == Dose::fromMicrograms(1500));
    // In a comma-separated file "1,5" can only be a quoted cell, and is not guessed at.
    CHECK(importText("date,dose_mg\n2025-03-01,\"1,5\"\n").problems.size() == 1);
}

TEST_CASE("US dates read month first, and the wrong choice shows on every row it breaks", "[csv]")
{
    const QByteArray csv = "Date,Dose\n03/13/2025,1.5\n03/14/2025,1.5\n";
    CHECK(entriesOf(importText(csv, defaultSymptoms(), CsvDateFormat::MonthDayYear)).size() == 2);
    const DiaryCsvImportResult wrong = importText(csv, defaultSymptoms(), CsvDateFormat::DayMonthYear);
    CHECK(wrong.days.empty());
    CHECK(wrong.rowsWithProblems() == 2);
    CHECK(wrong.problems[0].reason ==
          QStringLiteral("03/13/2025 is not a day in the calendar (read as dd/mm/yyyy)"));
}
