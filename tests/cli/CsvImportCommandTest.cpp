#include "CliRun.h"
#include "storage/db/Database.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <catch2/catch.hpp>

using namespace ldn;
using ldn::test::CliRun;
using ldn::test::DatabaseSnapshot;
using ldn::test::TemporaryFolder;

// Issue #20: `import FILE --format csv` says on the command line everything the import dialog can
// (--map, --scale, --higher-is-better, --higher-is-worse, --date-format) and reads the exports of
// other trackers (tests/data/diaries/). Diary data stays all-or-nothing: a refused file changes
// nothing.

namespace {

struct Diary {
    TemporaryFolder folder;
    QString path = folder.file(QStringLiteral("diary.sqlite"));

    Diary()
    {
        REQUIRE(CliRun::on(path, {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Alex")})
                    .code == 0);
    }

    CliRun import(const char* file, const QStringList& options = {})
    {
        return CliRun::on(path,
                          QStringList{QStringLiteral("import"),
                                      ldn::test::testData(QStringLiteral("diaries/") + QLatin1String(file)),
                                      QStringLiteral("--profile"), QStringLiteral("Alex")} +
                              options);
    }

    DatabaseSnapshot snapshot()
    {
        Database database = Database::open(path);
        return DatabaseSnapshot::of(database.connection());
    }

    std::vector<DiaryEntry> entries()
    {
        Database database = Database::open(path);
        const std::int64_t id = ProfileRepository(database).findByName(QStringLiteral("Alex"))->id;
        return DiaryRepository(database).entries(id);
    }

    std::vector<SymptomDefinition> symptoms()
    {
        Database database = Database::open(path);
        const std::int64_t id = ProfileRepository(database).findByName(QStringLiteral("Alex"))->id;
        return ProfileRepository(database).symptoms(id);
    }
};

bool hasSymptom(const std::vector<SymptomDefinition>& symptoms, const SymptomDefinition& wanted)
{
    return std::find(symptoms.begin(), symptoms.end(), wanted) != symptoms.end();
}

} // namespace

TEST_CASE("A Daylio export imports with no option: mood, events, the dose from the LDN activity",
          "[cli][csv]")
{
    Diary diary;
    const CliRun run = diary.import("daylio-export.csv");
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.startsWith(QStringLiteral("A Daylio export: 6 entries became 5 days.")));
    CHECK(run.out.contains(QStringLiteral("Imported 5 days into \"Alex\"")));
    CHECK_FALSE(run.out.contains(QStringLiteral("new symptom"))); // mood is one of the profile's symptoms
    const std::vector<DiaryEntry> days = diary.entries();
    REQUIRE(days.size() == 5);
    CHECK(days.front().date == QDate(2025, 3, 10));
    CHECK(days.front().dose.micrograms() == 500);
    CHECK(days.front().timeTaken == QTime(22, 0));
    CHECK(days[2].status == DoseStatus::Missed);
    CHECK(days[3].symptomScores.at(QStringLiteral("mood")) == 8); // rad and meh on 13 March
}

TEST_CASE("A 1-5 scale is refused until it is said, then converted; nothing is written before", "[cli][csv]")
{
    Diary diary;
    const DatabaseSnapshot before = diary.snapshot();
    const CliRun refused = diary.import("google-forms.csv");
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(
        QStringLiteral("google-forms.csv:1: column \"Energy (1-5)\" scores Energy from 1 to 5, "
                       "not 0 to 10")));
    CHECK(refused.err.contains(QStringLiteral("--scale SYMPTOM=MIN-MAX")));
    CHECK(diary.snapshot() == before);

    const CliRun taken =
        diary.import("google-forms.csv", {QStringLiteral("--scale"), QStringLiteral("Energy=1-5")});
    INFO(taken.err.toStdString());
    REQUIRE(taken.code == 0);
    CHECK(taken.out.contains(QStringLiteral("(dates read as US (mm/dd/yyyy))")));
    CHECK(taken.out.contains(QStringLiteral("Energy: scored 1-5, converted to 0-10")));
    const std::vector<DiaryEntry> days = diary.entries();
    REQUIRE(days.size() == 4);
    CHECK(days.front().timeTaken == QTime(22, 15)); // from the Timestamp
    CHECK(days.front().symptomScores.at(QStringLiteral("pain")) == 6);
    CHECK(days.front().symptomScores.at(QStringLiteral("Energy")) == 3);
    CHECK(days.back().dose.micrograms() == 3000);
}

TEST_CASE("--map, --higher-is-better and --higher-is-worse say what the guess cannot", "[cli][csv]")
{
    Diary diary;
    const CliRun run = diary.import("german-header.csv",
                                    {QStringLiteral("--map"), QStringLiteral("Müdigkeit=symptom:Erschöpfung"),
                                     QStringLiteral("--map"), QStringLiteral("6=ignore"),
                                     QStringLiteral("--higher-is-worse"), QStringLiteral("Schlafqualität")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("new symptom: Schlafqualität (higher is worse)")));
    CHECK(run.out.contains(QStringLiteral("new symptom: Erschöpfung (higher is worse)")));
    CHECK(run.out.contains(QStringLiteral("columns not imported: Notizen")));
    CHECK(hasSymptom(diary.symptoms(), {QStringLiteral("Schlafqualität"), false}));
    const std::vector<DiaryEntry> days = diary.entries();
    REQUIRE(days.size() == 3);
    CHECK(days.front().dose.micrograms() == 1500);
    CHECK(days.back().note.isEmpty());

    Diary other;
    CHECK(
        other.import("german-header.csv", {QStringLiteral("--map"), QStringLiteral("Blutdruck=note")}).code ==
        2);
    CHECK(other.import("german-header.csv", {QStringLiteral("--map"), QStringLiteral("Datum")}).code == 2);
    CHECK(
        other.import("german-header.csv", {QStringLiteral("--scale"), QStringLiteral("Schmerz=ten")}).code ==
        2);
    const CliRun guessed = other.import("german-header.csv");
    REQUIRE(guessed.code == 0);
    CHECK(guessed.out.contains(QStringLiteral("new symptom: Schlafqualität (higher is better)")));
}

TEST_CASE("Bearable's long export, Excel serial dates and date-time cells", "[cli][csv]")
{
    Diary bearable;
    const CliRun unsaid = bearable.import("bearable-long.csv");
    CHECK(unsaid.code == 2);
    // Mood is one of the profile's 0-10 symptoms, yet scored only 1 to 5 here: never taken silently.
    CHECK(unsaid.err.contains(QStringLiteral("say whether mood is scored 0 to 10 or 1 to 5")));
    const CliRun said =
        bearable.import("bearable-long.csv", {QStringLiteral("--scale"), QStringLiteral("Mood=1-5"),
                                              QStringLiteral("--scale"), QStringLiteral("Energy=1-5"),
                                              QStringLiteral("--scale"), QStringLiteral("Headache=0-4")});
    INFO(said.err.toStdString());
    REQUIRE(said.code == 0);
    CHECK(said.out.startsWith(
        QStringLiteral("A file with a row per measurement (as Bearable exports): 25 rows became "
                       "5 days")));
    CHECK(said.out.contains(QStringLiteral("columns not imported: Sleep")));
    CHECK(bearable.entries().size() == 5);

    Diary excel;
    const CliRun serial = excel.import("excel-serial-dates.csv");
    INFO(serial.err.toStdString());
    REQUIRE(serial.code == 0);
    CHECK(serial.out.contains(QStringLiteral("dates read as Excel day numbers")));
    CHECK(excel.entries().front().date == QDate(2025, 3, 12));
    const CliRun cells = excel.import("excel-datetime-cells.csv");
    CHECK(cells.code == 2); // 12 to 14 March are already in the diary: never replaced
    CHECK(cells.err.contains(QStringLiteral("2025-03-12 is already in the diary")));
}
