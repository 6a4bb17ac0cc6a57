#include "storage/diary/ProfileRepository.h"

#include "core/base/InputError.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <catch2/catch.hpp>

using namespace ldn;
using ldn::test::DatabaseSnapshot;
using ldn::test::TemporaryFolder;

TEST_CASE("A new profile gets the default symptoms and its conditions", "[profile]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    ProfileRepository profiles(database);
    const std::int64_t id = profiles.add(QStringLiteral("  Alex   Smith "),
                                         {QStringLiteral("ME/CFS"), QStringLiteral("fibromyalgia")});

    const std::optional<Profile> alex = profiles.findByName(QStringLiteral("alex smith"));
    REQUIRE(alex);
    CHECK(alex->id == id);
    CHECK(alex->name == QStringLiteral("Alex Smith"));
    CHECK(alex->conditions == QStringList{QStringLiteral("fibromyalgia"), QStringLiteral("ME/CFS")});
    CHECK(alex->loggedDays == 0);
    CHECK(profiles.symptoms(id) == defaultSymptoms());

    // A second person with one of the same conditions shares the condition, not a copy of it.
    profiles.add(QStringLiteral("Jo"), {QStringLiteral("me/cfs")});
    Statement count = database.connection().prepare("SELECT count(*) FROM condition");
    REQUIRE(count.step());
    CHECK(count.integer(0) == 2);
    CHECK(profiles.list().size() == 2);
}

TEST_CASE("Bad profile names are refused and nothing is written", "[profile]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    ProfileRepository profiles(database);
    profiles.add(QStringLiteral("Alex"), {QStringLiteral("MS")});
    const DatabaseSnapshot before = DatabaseSnapshot::of(database.connection());

    const auto refusal = [&](const QString& name, const QStringList& conditions = {}) {
        try {
            profiles.add(name, conditions);
        } catch (const InputError& error) {
            return error.message();
        }
        return QString();
    };
    CHECK(
        refusal(QStringLiteral("ALEX")).contains(QStringLiteral("a profile called \"Alex\" already exists")));
    CHECK(refusal(QStringLiteral("   ")).contains(QStringLiteral("profile name: a name is required")));
    CHECK(refusal(QString(101, QLatin1Char('x'))).contains(QStringLiteral("at most 100 characters")));
    CHECK(refusal(QStringLiteral("Sam"), {QStringLiteral("ok"), QStringLiteral(" ")})
              .contains(QStringLiteral("condition: a name is required")));
    CHECK(DatabaseSnapshot::of(database.connection()) == before);

    CHECK_FALSE(profiles.findByName(QStringLiteral("Sam")));
    CHECK_THROWS_AS(profiles.require(QStringLiteral("Sam"), QStringLiteral("--profile")), InputError);
}

TEST_CASE("People add their own symptoms, each once, in order", "[profile]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    ProfileRepository profiles(database);
    const std::int64_t id = profiles.add(QStringLiteral("Alex"));
    profiles.addSymptom(id, {QStringLiteral("energy"), true});
    profiles.addSymptom(id, {QStringLiteral("post-exertional malaise"), false});
    const std::vector<SymptomDefinition> symptoms = profiles.symptoms(id);
    REQUIRE(symptoms.size() == 7);
    CHECK(symptoms[5] == SymptomDefinition{QStringLiteral("energy"), true});
    CHECK(symptoms[6] == SymptomDefinition{QStringLiteral("post-exertional malaise"), false});

    const DatabaseSnapshot before = DatabaseSnapshot::of(database.connection());
    CHECK_THROWS_WITH(profiles.addSymptom(id, {QStringLiteral("Pain"), false}),
                      Catch::Contains("\"pain\" is already tracked"));
    CHECK_THROWS_AS(profiles.addSymptom(id, {QStringLiteral(" "), false}), InputError);
    CHECK(DatabaseSnapshot::of(database.connection()) == before);
}

TEST_CASE("One profile is found by its id, with its conditions and logged days", "[profile]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    ProfileRepository profiles(database);
    profiles.add(QStringLiteral("Alex"), {QStringLiteral("ME/CFS")});
    const std::int64_t sam = profiles.add(QStringLiteral("Sam"), {QStringLiteral("fibromyalgia")});
    database.connection().execute("INSERT INTO diary_day (profile_id, day, status, updated_at) VALUES (" +
                                  std::to_string(sam) + ", '2026-11-01', 'missed', '2026-11-01T22:00:00')");

    const std::optional<Profile> found = profiles.find(sam);
    REQUIRE(found);
    CHECK(found->name == QStringLiteral("Sam"));
    CHECK(found->conditions == QStringList{QStringLiteral("fibromyalgia")});
    CHECK(found->loggedDays == 1);
    CHECK_FALSE(profiles.find(sam + 1).has_value());
}

TEST_CASE("The reminders on are read without the profiles' day counts", "[profile]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    ProfileRepository profiles(database);
    const std::int64_t sam = profiles.add(QStringLiteral("Sam"));
    const std::int64_t kim = profiles.add(QStringLiteral("Kim"));
    profiles.add(QStringLiteral("Lee"));
    CHECK(profiles.reminderTimes().empty()); // off by default

    Profile preferences = *profiles.find(kim);
    preferences.reminderTime = QTime(21, 30);
    profiles.setPreferences(kim, preferences);
    preferences = *profiles.find(sam);
    preferences.reminderTime = QTime(0, 15);
    profiles.setPreferences(sam, preferences);

    const std::vector<std::pair<std::int64_t, QTime>> expected{{sam, QTime(0, 15)}, {kim, QTime(21, 30)}};
    CHECK(profiles.reminderTimes() == expected);
}
