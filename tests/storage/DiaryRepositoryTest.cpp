#include "storage/diary/DiaryRepository.h"

#include "core/base/InputError.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "storage/db/Database.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "storage/diary/ProfileRepository.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <catch2/catch.hpp>

using namespace ldn;
using ldn::test::DatabaseSnapshot;
using ldn::test::TemporaryFolder;

namespace {

DiaryEntry takenDay(QDate date, std::int64_t micrograms)
{
    DiaryEntry entry;
    entry.date = date;
    entry.status = DoseStatus::Taken;
    entry.dose = Dose::fromMicrograms(micrograms);
    return entry;
}

} // namespace

TEST_CASE("Diary days round-trip, keeping 0 mg, missed and not logged apart", "[diary]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    const std::int64_t profile = ProfileRepository(database).add(QStringLiteral("Alex"));
    DiaryRepository diary(database);

    DiaryEntry baseline = takenDay(QDate(2026, 3, 1), 0);
    baseline.symptomScores = {{QStringLiteral("pain"), 7}, {QStringLiteral("mood"), 4}};

    DiaryEntry dosed = takenDay(QDate(2026, 3, 2), 1500);
    dosed.timeTaken = QTime(22, 15);
    dosed.formulation = Formulation::Liquid;
    dosed.pharmacy = QStringLiteral("Dickson");
    dosed.batch = QStringLiteral("L-2211");
    dosed.symptomScores = {{QStringLiteral("pain"), 6}, {QStringLiteral("sleep quality"), 3}};
    dosed.sideEffects = {{QStringLiteral("vivid dreams"), 2}, {QStringLiteral("headache"), 0}};
    dosed.events = {QStringLiteral("stressful day"), QStringLiteral("infection")};
    dosed.note = QStringLiteral("First night. Odd dreams — but slept.");

    DiaryEntry missed;
    missed.date = QDate(2026, 3, 4); // 3 March is not logged at all
    missed.status = DoseStatus::Missed;
    missed.symptomScores = {{QStringLiteral("fatigue"), 8}};

    diary.save(profile, {baseline, dosed, missed});
    const std::vector<DiaryEntry> loaded = diary.entries(profile);
    REQUIRE(loaded.size() == 3);
    CHECK(loaded[0] == baseline);
    CHECK(loaded[1] == dosed);
    CHECK(loaded[2] == missed);
    CHECK(loaded[0].status == DoseStatus::Taken);
    CHECK(loaded[0].dose.isZero());
    CHECK(loaded[2].status == DoseStatus::Missed);
    CHECK(diary.countDays(profile) == 3);

    CHECK(diary.entries(profile, QDate(2026, 3, 2), QDate(2026, 3, 3)).size() == 1);
    CHECK(diary.entries(profile, QDate(2026, 3, 3), QDate()).size() == 1);
}

TEST_CASE("Days for a backup carry the time each was last saved, in the same order as the diary", "[diary]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    const std::int64_t profile = ProfileRepository(database).add(QStringLiteral("Alex"));
    const std::int64_t other = ProfileRepository(database).add(QStringLiteral("Jo"));
    DiaryRepository diary(database);
    DiaryEntry later = takenDay(QDate(2026, 3, 9), 3000);
    later.symptomScores = {{QStringLiteral("pain"), 2}};
    DiaryEntry earlier = takenDay(QDate(2026, 3, 1), 1500);
    earlier.symptomScores = {{QStringLiteral("pain"), 5}, {QStringLiteral("fatigue"), 6}};
    diary.save(profile, {later, earlier});
    diary.save(other, takenDay(QDate(2026, 3, 5), 4500));
    // Saved at different times: the later day was corrected a week after the earlier one.
    database.connection().execute(
        "UPDATE diary_day SET updated_at = '2026-03-01T21:00:05Z' WHERE day = '2026-03-01'");
    database.connection().execute(
        "UPDATE diary_day SET updated_at = '2026-03-16T08:30:00Z' WHERE day = '2026-03-09'");

    const std::vector<ArchivedDay> days = diary.archivedDays(profile);
    REQUIRE(days.size() == 2);
    CHECK(days[0].entry == earlier);
    CHECK(days[1].entry == later);
    CHECK(days[0].updatedAt == QDateTime(QDate(2026, 3, 1), QTime(21, 0, 5), Qt::UTC));
    CHECK(days[1].updatedAt == QDateTime(QDate(2026, 3, 16), QTime(8, 30), Qt::UTC));
    const std::vector<DiaryEntry> entries = diary.entries(profile);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0] == days[0].entry);
    CHECK(entries[1] == days[1].entry);
}

TEST_CASE("A new day's defaults are the latest of each detail before it, within the look-back", "[diary]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    const std::int64_t profile = ProfileRepository(database).add(QStringLiteral("Alex"));
    const std::int64_t other = ProfileRepository(database).add(QStringLiteral("Jo"));
    DiaryRepository diary(database);

    DiaryEntry old = takenDay(QDate(2025, 1, 10), 500);
    old.batch = QStringLiteral("OLD-1"); // more than the look-back before
    DiaryEntry liquid = takenDay(QDate(2026, 3, 1), 1500);
    liquid.timeTaken = QTime(21, 30);
    liquid.formulation = Formulation::Liquid;
    liquid.pharmacy = QStringLiteral("Dickson");
    DiaryEntry capsule = takenDay(QDate(2026, 3, 3), 3000);
    capsule.timeTaken = QTime(22, 45);
    capsule.formulation = Formulation::Capsule;
    DiaryEntry missed;
    missed.date = QDate(2026, 3, 5);
    missed.status = DoseStatus::Missed;
    DiaryEntry later = takenDay(QDate(2026, 3, 9), 4500);
    later.pharmacy = QStringLiteral("Later Pharmacy");
    diary.save(profile, {old, liquid, capsule, missed, later});
    DiaryEntry elsewhere = takenDay(QDate(2026, 3, 6), 1000);
    elsewhere.batch = QStringLiteral("JO-7");
    diary.save(other, elsewhere);

    // On 7 March: the newest of each detail before it, each from its own day; the missed day
    // has no dose, so the last dose taken is the 3rd's; nothing from the other profile or later.
    const DayDefaults defaults = diary.defaultsBefore(profile, QDate(2026, 3, 7), QDate(2025, 3, 7));
    CHECK(defaults.timeTaken == QTime(22, 45));
    CHECK(defaults.formulation == Formulation::Capsule);
    CHECK(defaults.pharmacy == QStringLiteral("Dickson"));
    CHECK(defaults.batch.isEmpty());
    REQUIRE(defaults.lastTakenDose);
    CHECK(defaults.lastTakenDose->micrograms() == 3000);

    // A wider look-back reaches the old batch; the day itself never counts.
    CHECK(diary.defaultsBefore(profile, QDate(2026, 3, 7), QDate(2020, 1, 1)).batch ==
          QStringLiteral("OLD-1"));
    CHECK(diary.defaultsBefore(profile, QDate(2026, 3, 3), QDate(2025, 3, 3)).timeTaken == QTime(21, 30));
    CHECK(diary.defaultsBefore(profile, QDate(2025, 1, 10), QDate(2024, 1, 1)) == DayDefaults());

    const std::optional<DiaryEntry> previous = diary.latestBefore(profile, QDate(2026, 3, 9));
    REQUIRE(previous);
    CHECK(*previous == missed);
    CHECK(diary.latestBefore(profile, QDate(2025, 1, 10)) == std::nullopt);
    CHECK(diary.latestBefore(profile, QDate(2030, 1, 1)) == later);
}

TEST_CASE("Saving a logged date again replaces that day whole", "[diary]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    const std::int64_t profile = ProfileRepository(database).add(QStringLiteral("Alex"));
    DiaryRepository diary(database);

    DiaryEntry first = takenDay(QDate(2026, 3, 2), 1500);
    first.sideEffects = {{QStringLiteral("insomnia"), 3}};
    first.symptomScores = {{QStringLiteral("pain"), 6}};
    diary.save(profile, first);

    DiaryEntry corrected = takenDay(QDate(2026, 3, 2), 3000);
    corrected.symptomScores = {{QStringLiteral("fatigue"), 5}};
    diary.save(profile, corrected);

    const std::vector<DiaryEntry> loaded = diary.entries(profile);
    REQUIRE(loaded.size() == 1);
    CHECK(loaded[0] == corrected);
}

TEST_CASE("An invalid entry anywhere in a batch writes nothing and says where", "[diary]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    const std::int64_t profile = ProfileRepository(database).add(QStringLiteral("Alex"));
    DiaryRepository diary(database);
    diary.save(profile, takenDay(QDate(2026, 3, 1), 0));
    const DatabaseSnapshot before = DatabaseSnapshot::of(database.connection());

    const auto refusal = [&](DiaryEntry bad) {
        try {
            diary.save(profile, {takenDay(QDate(2026, 3, 2), 1500), bad});
        } catch (const InputError& error) {
            return error.message();
        }
        return QString();
    };
    DiaryEntry score = takenDay(QDate(2026, 3, 3), 1500);
    score.symptomScores = {{QStringLiteral("pain"), 11}};
    CHECK(refusal(score) == QStringLiteral("2026-03-03 score: pain must be scored 0 to 10 (got 11)"));

    DiaryEntry unknown = takenDay(QDate(2026, 3, 3), 1500);
    unknown.symptomScores = {{QStringLiteral("itching"), 2}};
    CHECK(refusal(unknown).contains(QStringLiteral("\"itching\" is not one of this profile's symptoms")));

    DiaryEntry severity = takenDay(QDate(2026, 3, 3), 1500);
    severity.sideEffects = {{QStringLiteral("nausea"), 4}};
    CHECK(refusal(severity).contains(QStringLiteral("nausea severity must be 0 to 3 (got 4)")));

    DiaryEntry missedWithTime;
    missedWithTime.date = QDate(2026, 3, 3);
    missedWithTime.status = DoseStatus::Missed;
    missedWithTime.timeTaken = QTime(22, 0);
    CHECK(refusal(missedWithTime).contains(QStringLiteral("a missed dose has no time taken")));

    CHECK(refusal(takenDay(QDate(), 1500)).contains(QStringLiteral("valid date")));
    CHECK(refusal(takenDay(QDate(2026, 3, 3), -5)).contains(QStringLiteral("not a possible dose")));

    CHECK(DatabaseSnapshot::of(database.connection()) == before);
}

TEST_CASE("The demo writer fills a new profile in one go and refuses a used one", "[diary][demo]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DemoDiaryWriter writer(database);
    const int written = writer.write({QStringLiteral("Demo"), 90, 5, QDate(2026, 5, 31)});
    CHECK(written > 80);
    CHECK(written <= 90);

    ProfileRepository profiles(database);
    const Profile demo = profiles.require(QStringLiteral("Demo"), QStringLiteral("--profile"));
    DiaryRepository diary(database);
    CHECK(diary.countDays(demo.id) == written);

    DemoDiaryGenerator::Settings settings;
    settings.days = 90;
    settings.seed = 5;
    settings.lastDay = QDate(2026, 5, 31);
    CHECK(diary.entries(demo.id) == DemoDiaryGenerator(settings).generate());

    const DatabaseSnapshot before = DatabaseSnapshot::of(database.connection());
    CHECK_THROWS_AS(writer.write({QStringLiteral("Demo"), 10, 1, QDate(2026, 5, 31)}), InputError);
    CHECK_THROWS_AS(writer.write({QStringLiteral("Other"), 0, 1, QDate(2026, 5, 31)}), InputError);
    CHECK(DatabaseSnapshot::of(database.connection()) == before);
}
