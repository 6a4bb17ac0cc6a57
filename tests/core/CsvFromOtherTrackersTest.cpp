#include "core/base/InputError.h"
#include "core/exchange/CsvColumnMapping.h"
#include "core/exchange/CsvDiaryPreset.h"
#include "core/exchange/CsvImportChoices.h"
#include "core/exchange/CsvScale.h"
#include "core/exchange/CsvSymptomHeader.h"
#include "core/exchange/CsvTable.h"
#include "core/exchange/DiaryCsvImport.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace ldn;

// Issue #20: spreadsheets as other trackers and form tools write them (tests/data/diaries/, in
// the shape of each exporter; see tests/data/README.md).

namespace {

const QDate kToday(2025, 6, 30);

struct Opened {
    CsvTable table;
    CsvDiaryPreset::Result preset;
    CsvColumnMapping mapping;
};

Opened open(const char* name, const std::vector<SymptomDefinition>& symptoms,
            const CsvImportChoices& choices = {})
{
    QFile file(ldn::test::testData(QStringLiteral("diaries/") + QLatin1String(name)));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvTable table = CsvTable::parse(file.readAll(), QString::fromLatin1(name));
    const CsvDiaryPreset::Result preset = CsvDiaryPreset::apply(table);
    CsvColumnMapping mapping = CsvColumnMapping::guessFromHeader(table, symptoms);
    CsvDiaryPreset::mapScoreColumns(preset, table, mapping, symptoms);
    choices.applyTo(mapping, table, symptoms);
    return {table, preset, mapping};
}

DiaryCsvImportResult read(const Opened& opened, const std::vector<SymptomDefinition>& symptoms,
                          CsvDateFormat format)
{
    DiaryCsvImport::Settings settings;
    settings.dateFormat = format;
    settings.symptoms = symptoms;
    settings.today = kToday;
    return DiaryCsvImport::read(opened.table, opened.mapping, settings);
}

const DiaryEntry& on(const DiaryCsvImportResult& result, const QDate& date)
{
    for (const CsvImportedDay& day : result.days) {
        if (day.entry.date == date) {
            return day.entry;
        }
    }
    FAIL("no day " << date.toString(Qt::ISODate).toStdString());
    return result.days.front().entry;
}

QStringList problemsOf(const DiaryCsvImportResult& result)
{
    QStringList problems;
    for (const CsvRowProblem& problem : result.problems) {
        problems << QStringLiteral("%1: %2: %3").arg(problem.line).arg(problem.column, problem.reason);
    }
    return problems;
}

const std::vector<SymptomDefinition> kPainFatigue{{QStringLiteral("pain"), false},
                                                  {QStringLiteral("fatigue"), false}};

} // namespace

TEST_CASE("Daylio: moods by a fixed mapping, activities as events, the LDN activity as the dose",
          "[csv][presets]")
{
    const Opened daylio = open("daylio-export.csv", kPainFatigue);
    CHECK(daylio.preset.kind == CsvDiaryPreset::Kind::Daylio);
    CHECK(daylio.preset.description.startsWith(QStringLiteral("A Daylio export: 6 entries became 5 days.")));
    CHECK(daylio.mapping.problems(daylio.table.header(), kPainFatigue).isEmpty());
    const DiaryCsvImportResult result = read(daylio, kPainFatigue, CsvDateFormat::Iso);
    INFO(problemsOf(result).join(QLatin1Char('\n')).toStdString());
    CHECK(result.problems.empty());
    REQUIRE(result.days.size() == 5);
    const DiaryEntry& thirteenth = on(result, QDate(2025, 3, 13));
    CHECK(thirteenth.dose.micrograms() == 1500);
    CHECK(thirteenth.timeTaken == QTime(22, 5)); // "10:05 pm", the time of the entry with the dose
    CHECK(thirteenth.symptomScores.at(QStringLiteral("mood")) == 8); // rad 10 and meh 5: 7.5, rounded up
    CHECK(thirteenth.events ==
          QStringList{QStringLiteral("friends"), QStringLiteral("walk"), QStringLiteral("work")});
    CHECK(thirteenth.note == QStringLiteral("Good day: Walked to the park, no pain flare"));
    const DiaryEntry& missed = on(result, QDate(2025, 3, 12));
    CHECK(missed.status == DoseStatus::Missed);
    CHECK(missed.symptomScores.at(QStringLiteral("mood")) == 2);
    CHECK(missed.events == QStringList{QStringLiteral("headache")});
    CHECK(on(result, QDate(2025, 3, 11)).dose.micrograms() == 500); // "LDN 500mcg"
    CHECK(on(result, QDate(2025, 3, 11)).symptomScores.at(QStringLiteral("mood")) == 0);
    // Mood is new to the profile, and higher is better.
    REQUIRE(daylio.mapping.newSymptoms().size() == 1);
    CHECK(daylio.mapping.newSymptoms().front() == SymptomDefinition{QStringLiteral("mood"), true});
    // A problem in the day points at the line of the entry it came from.
    QByteArray broken = "full_date,date,weekday,time,mood,activities,note_title,note\n"
                        "2025-03-14,March 14,Friday,10:20 pm,good,reading,,\n"
                        "2025-03-14,March 14,Friday,11:20 pm,ecstatic,LDN 1.5mg,,\n";
    CsvTable table = CsvTable::parse(broken, QStringLiteral("d.csv"));
    const CsvDiaryPreset::Result preset = CsvDiaryPreset::apply(table);
    CsvColumnMapping mapping = CsvColumnMapping::guessFromHeader(table, kPainFatigue);
    CsvDiaryPreset::mapScoreColumns(preset, table, mapping, kPainFatigue);
    DiaryCsvImport::Settings settings;
    settings.symptoms = kPainFatigue;
    settings.today = kToday;
    const DiaryCsvImportResult bad = DiaryCsvImport::read(table, mapping, settings);
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems.front().line == 3); // the entry with the word that is not one of Daylio's moods
    CHECK(bad.problems.front().reason.contains(QStringLiteral("mood scores are whole numbers 0 to 10")));
}

TEST_CASE("Bearable's long export is pivoted to a day per row; a 1-5 scale is never read as 0-10",
          "[csv][presets]")
{
    const Opened bearable = open("bearable-long.csv", kPainFatigue);
    CHECK(bearable.preset.kind == CsvDiaryPreset::Kind::LongFile);
    CHECK(bearable.table.header() ==
          QStringList{QStringLiteral("date"), QStringLiteral("dose_mg"), QStringLiteral("missed"),
                      QStringLiteral("events"), QStringLiteral("note"), QStringLiteral("Mood"),
                      QStringLiteral("Energy"), QStringLiteral("Headache"), QStringLiteral("Sleep")});
    REQUIRE(bearable.table.dataRowCount() == 5);
    // Mood 4 and 3 on one day: 3.5, rounded up.
    CHECK(CsvTable::cell(bearable.table.rows()[1], 5) == QStringLiteral("4"));
    // Sleep in hours is no score: not imported.
    CHECK(bearable.mapping.role(8).field == CsvField::Ignore);
    // Mood and Energy were scored 1 to 5 on five days: the person must say which scale.
    const QStringList problems = bearable.mapping.problems(bearable.table.header(), kPainFatigue);
    CHECK(problems.filter(QStringLiteral("say whether Mood is scored 0 to 10 or 1 to 5")).size() == 1);
    CHECK(problems.filter(QStringLiteral("say whether Energy is scored")).size() == 1);

    CsvImportChoices choices;
    choices.scales = {{QStringLiteral("mood"), {1, 5}},
                      {QStringLiteral("energy"), {1, 5}},
                      {QStringLiteral("headache"), {0, 4}}};
    const Opened said = open("bearable-long.csv", kPainFatigue, choices);
    CHECK(said.mapping.problems(said.table.header(), kPainFatigue).isEmpty());
    const DiaryCsvImportResult result = read(said, kPainFatigue, CsvDateFormat::DayMonthYear);
    INFO(problemsOf(result).join(QLatin1Char('\n')).toStdString());
    CHECK(result.problems.empty());
    REQUIRE(result.days.size() == 5);
    const DiaryEntry& tenth = on(result, QDate(2025, 3, 10));
    CHECK(tenth.dose.micrograms() == 3000);
    CHECK(tenth.symptomScores.at(QStringLiteral("Mood")) == 8);     // 4 on 1-5
    CHECK(tenth.symptomScores.at(QStringLiteral("Energy")) == 3);   // 2 on 1-5: 2.5, rounded up
    CHECK(tenth.symptomScores.at(QStringLiteral("Headache")) == 8); // 3 on 0-4: 7.5
    CHECK(tenth.events == QStringList{QStringLiteral("Stressful day")});
    CHECK(on(result, QDate(2025, 3, 12)).note == QStringLiteral("Bad migraine"));
    CHECK(on(result, QDate(2025, 3, 13)).dose.micrograms() == 4500);
}

TEST_CASE("Bearable's wide export: scales in the headers wait for the person's word", "[csv][presets]")
{
    const Opened wide = open("bearable-wide.csv", kPainFatigue);
    CHECK(wide.preset.kind == CsvDiaryPreset::Kind::None);
    const QStringList problems = wide.mapping.problems(wide.table.header(), kPainFatigue);
    CHECK(problems.filter(QStringLiteral("column \"Mood (1-5)\" scores Mood from 1 to 5, not 0 to 10"))
              .size() == 1);
    CHECK(problems.filter(QStringLiteral("say whether Headache is scored 0 to 10 or 1 to 5")).size() == 1);
    CHECK(wide.mapping.role(5).field == CsvField::Symptom); // Fatigue: the profile's own

    CsvImportChoices choices = CsvImportChoices::fromOptions(
        {}, {QStringLiteral("Mood=1-5"), QStringLiteral("Energy=1-5"), QStringLiteral("Headache=0-10")}, {},
        {}, {});
    const Opened said = open("bearable-wide.csv", kPainFatigue, choices);
    CHECK(said.mapping.problems(said.table.header(), kPainFatigue).isEmpty());
    const DiaryCsvImportResult result = read(said, kPainFatigue, CsvDateFormat::Iso);
    CHECK(result.problems.empty());
    CHECK(on(result, QDate(2025, 3, 14)).symptomScores.at(QStringLiteral("Mood")) == 10);
    CHECK(on(result, QDate(2025, 3, 14)).symptomScores.at(QStringLiteral("Headache")) ==
          1); // said to be 0-10
}

TEST_CASE("Google Forms: the Timestamp is the date and time taken, Pain (0-10) is pain", "[csv][presets]")
{
    CsvImportChoices choices;
    choices.scales = {{QStringLiteral("Energy"), {1, 5}}};
    const Opened forms = open("google-forms.csv", kPainFatigue, choices);
    CHECK(forms.mapping.role(0).field == CsvField::DateTime);
    CHECK(forms.mapping.role(2) == CsvColumnMapping::symptomRole(forms.table, 2, kPainFatigue[0], true));
    CHECK(forms.mapping.role(2).field == CsvField::Symptom);
    CHECK(forms.mapping.role(4).symptom.name == QStringLiteral("Energy"));
    CHECK(forms.mapping.role(4).symptom.higherIsBetter);
    QStringList dates;
    for (std::size_t i = 1; i < forms.table.rows().size(); ++i) {
        dates << CsvTable::cell(forms.table.rows()[i], 0);
    }
    CHECK(detectCsvDateFormat(dates).format == CsvDateFormat::MonthDayYear);
    const DiaryCsvImportResult result = read(forms, kPainFatigue, CsvDateFormat::MonthDayYear);
    CHECK(result.problems.empty());
    const DiaryEntry& first = on(result, QDate(2025, 3, 12));
    CHECK(first.timeTaken == QTime(22, 15));
    CHECK(first.symptomScores.at(QStringLiteral("pain")) == 6);
    CHECK(first.symptomScores.at(QStringLiteral("Energy")) == 3); // 2 on 1-5
}

TEST_CASE("Excel: serial day numbers and date-time cells", "[csv][presets]")
{
    const Opened serial = open("excel-serial-dates.csv", kPainFatigue);
    QStringList dates;
    for (std::size_t i = 1; i < serial.table.rows().size(); ++i) {
        dates << CsvTable::cell(serial.table.rows()[i], 0);
    }
    CHECK(detectCsvDateFormat(dates).format == CsvDateFormat::ExcelSerial);
    const DiaryCsvImportResult days = read(serial, kPainFatigue, CsvDateFormat::ExcelSerial);
    CHECK(days.problems.empty());
    CHECK(days.days.front().entry.date == QDate(2025, 3, 12));
    CHECK(days.days.back().entry.date == QDate(2025, 3, 15));
    QTime time;
    CHECK(parseCsvDate(QStringLiteral("45730.9375"), CsvDateFormat::ExcelSerial, nullptr, &time) ==
          QDate(2025, 3, 14));
    CHECK(time == QTime(22, 30));
    QString problem;
    CHECK_FALSE(parseCsvDate(QStringLiteral("60"), CsvDateFormat::ExcelSerial, &problem).isValid());
    CHECK(problem.contains(QStringLiteral("Excel day number")));

    const Opened cells = open("excel-datetime-cells.csv", kPainFatigue);
    const DiaryCsvImportResult withTimes = read(cells, kPainFatigue, CsvDateFormat::Iso);
    CHECK(withTimes.problems.empty());
    CHECK(withTimes.days.front().entry.date == QDate(2025, 3, 12));
    CHECK(withTimes.days.front().entry.timeTaken == QTime(22, 15)); // from its own column
    CHECK(parseCsvDate(QStringLiteral("14/03/2025 10:05 pm"), CsvDateFormat::DayMonthYear, nullptr, &time) ==
          QDate(2025, 3, 14));
    CHECK(time == QTime(22, 5));
}

TEST_CASE("German headers: the dose, the date and a symptom's direction", "[csv][presets]")
{
    const std::vector<SymptomDefinition> none;
    const Opened german = open("german-header.csv", none);
    CHECK(german.mapping.role(0).field == CsvField::Date);
    CHECK(german.mapping.role(1).field == CsvField::Dose);
    CHECK(german.mapping.role(3).symptom == SymptomDefinition{QStringLiteral("Schlafqualität"), true});
    CHECK(german.mapping.role(4).symptom == SymptomDefinition{QStringLiteral("Müdigkeit"), false});
    CHECK(german.mapping.role(5).field == CsvField::Note);
    const DiaryCsvImportResult result = read(german, none, CsvDateFormat::DayMonthYear);
    INFO(problemsOf(result).join(QLatin1Char('\n')).toStdString());
    CHECK(result.problems.empty());
    CHECK(on(result, QDate(2025, 3, 12)).dose.micrograms() == 1500); // "1,5" in a ';' file

    // The guess can always be overridden, and a profile's symptom keeps its own direction.
    CsvImportChoices choices = CsvImportChoices::fromOptions(
        {QStringLiteral("Müdigkeit=symptom:Erschöpfung")}, {}, {QStringLiteral("Erschöpfung")},
        {QStringLiteral("schlafqualität")}, {});
    const Opened overridden = open("german-header.csv", none, choices);
    CHECK(overridden.mapping.role(3).symptom == SymptomDefinition{QStringLiteral("Schlafqualität"), false});
    CHECK(overridden.mapping.role(4).symptom == SymptomDefinition{QStringLiteral("Erschöpfung"), true});
    CHECK_THROWS_WITH(
        open("german-header.csv", kPainFatigue,
             CsvImportChoices::fromOptions({QStringLiteral("Schmerz=symptom:pain")}, {},
                                           {QStringLiteral("pain")}, {}, {})),
        Catch::Contains("pain is one of the profile's symptoms, where a higher score is worse"));
    CHECK_THROWS_WITH(open("german-header.csv", none,
                           CsvImportChoices::fromOptions({QStringLiteral("Blutdruck=note")}, {}, {}, {}, {})),
                      Catch::Contains("the file has no column \"Blutdruck\""));
    CHECK_THROWS_WITH(CsvImportChoices::fromOptions({}, {QStringLiteral("Schmerz=5-1")}, {}, {}, {}),
                      Catch::Contains("is not a scale like 1-5"));
}

TEST_CASE("Scales: headers, conversion and words for the direction", "[csv]")
{
    CHECK(CsvSymptomHeader::scale(QStringLiteral("Pain (0-10)")) == CsvScale{0, 10});
    CHECK(CsvSymptomHeader::scale(QStringLiteral("Energy [1–5]")) == CsvScale{1, 5});
    CHECK(CsvSymptomHeader::scale(QStringLiteral("Fatigue /10")) == CsvScale{0, 10});
    CHECK(CsvSymptomHeader::scale(QStringLiteral("Mood 1-5")) == CsvScale{1, 5});
    CHECK_FALSE(CsvSymptomHeader::scale(QStringLiteral("Brain fog")));
    CHECK_FALSE(CsvSymptomHeader::scale(QStringLiteral("1-5")));
    CHECK(CsvSymptomHeader::name(QStringLiteral("Pain (0-10)")) == QStringLiteral("Pain"));
    CHECK(CsvScale{1, 5}.toDiaryScore(1) == 0);
    CHECK(CsvScale{1, 5}.toDiaryScore(2) == 3);
    CHECK(CsvScale{1, 5}.toDiaryScore(5) == 10);
    CHECK(CsvScale{0, 100}.toDiaryScore(45) == 5);
    CHECK(CsvScale{0, 100}.toDiaryScore(44) == 4);
    CHECK(CsvSymptomHeader::higherSoundsBetter(QStringLiteral("Schlafqualität")));
    CHECK(CsvSymptomHeader::higherSoundsBetter(QStringLiteral("Energie")));
    CHECK_FALSE(CsvSymptomHeader::higherSoundsBetter(QStringLiteral("Schlafstörung")));
    CHECK_FALSE(CsvSymptomHeader::higherSoundsBetter(QStringLiteral("Sleep problems")));
    CHECK_FALSE(CsvSymptomHeader::higherSoundsBetter(QStringLiteral("Schmerz")));
}
