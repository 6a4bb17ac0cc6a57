#include "storage/diary/AnnotationRepository.h"

#include "core/base/InputError.h"
#include "storage/db/Database.h"
#include "storage/diary/ProfileRepository.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <catch2/catch.hpp>

using namespace ldn;
using ldn::test::DatabaseSnapshot;
using ldn::test::TemporaryFolder;

TEST_CASE("Carer notes keep who wrote them, their day and time, and list by day", "[annotation]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    const std::int64_t profile = ProfileRepository(database).add(QStringLiteral("Robin"));
    const std::int64_t other = ProfileRepository(database).add(QStringLiteral("Jo"));
    AnnotationRepository notes(database);

    Annotation late;
    late.day = QDate(2026, 5, 3);
    late.author = Annotation::Author::Carer;
    late.authorName = QStringLiteral("  Sam ");
    late.body = QStringLiteral("Slept most of the afternoon after the school run.\n");
    late.createdAt = QDateTime(QDate(2026, 5, 3), QTime(20, 15), Qt::UTC);
    Annotation early;
    early.day = QDate(2026, 5, 1);
    early.author = Annotation::Author::Patient;
    early.body = QStringLiteral("Started keeping the diary properly today");
    Annotation general;
    general.body = QStringLiteral("Allergic to the capsule filler; liquid only");

    notes.add(profile, late);
    notes.add(profile, early);
    notes.add(profile, general);
    notes.add(other, early);

    const std::vector<Annotation> all = notes.list(profile);
    REQUIRE(all.size() == 3);
    CHECK_FALSE(all[0].day.isValid());
    CHECK(all[1].day == QDate(2026, 5, 1));
    CHECK(all[1].createdAt.isValid());
    CHECK(all[2].authorName == QStringLiteral("Sam"));
    CHECK(all[2].body == QStringLiteral("Slept most of the afternoon after the school run."));
    CHECK(all[2].createdAt == late.createdAt);
    CHECK(describeAuthor(all[2]) == QStringLiteral("Carer (Sam)"));
    CHECK(describeAuthor(all[1]) == QStringLiteral("Patient"));

    const std::vector<Annotation> may3 = notes.list(profile, QDate(2026, 5, 2), QDate(2026, 5, 31));
    REQUIRE(may3.size() == 2); // the general note belongs to every range
    CHECK(may3[1].day == QDate(2026, 5, 3));

    notes.updateBody(all[2].id, QStringLiteral("Slept all afternoon"));
    CHECK(notes.list(profile, QDate(2026, 5, 3), QDate(2026, 5, 3)).back().body ==
          QStringLiteral("Slept all afternoon"));
    notes.remove(all[0].id);
    CHECK(notes.list(profile).size() == 2);
    CHECK(notes.list(other).size() == 1);
}

TEST_CASE("An empty or overlong note is refused and nothing is stored", "[annotation]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    const std::int64_t profile = ProfileRepository(database).add(QStringLiteral("Robin"));
    AnnotationRepository notes(database);
    const DatabaseSnapshot before = DatabaseSnapshot::of(database.connection());

    Annotation blank;
    blank.body = QStringLiteral("   \n ");
    CHECK_THROWS_AS(notes.add(profile, blank), InputError);
    Annotation huge;
    huge.body = QString(kMaximumAnnotationLength + 1, QLatin1Char('x'));
    CHECK_THROWS_WITH(notes.add(profile, huge), Catch::Contains("at most 4000"));
    CHECK(DatabaseSnapshot::of(database.connection()) == before);
}
