#include "storage/plan/MedicationRepository.h"

#include "core/base/InputError.h"
#include "storage/db/Database.h"
#include "storage/diary/ProfileRepository.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <catch2/catch.hpp>

namespace ldn::test {

TEST_CASE("A medicine can be marked stopped, never before it started, and the stop taken back",
          "[storage][medication]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    const std::int64_t profileId = ProfileRepository(database).add(QStringLiteral("Alex"), {});
    MedicationRepository medicines(database);
    Medication tramadol;
    tramadol.name = QStringLiteral("Tramadol");
    tramadol.startedOn = QDate(2026, 3, 1);
    const std::int64_t id = medicines.add(profileId, tramadol);

    medicines.setStopped(id, QDate(2026, 11, 10));
    REQUIRE(medicines.list(profileId).size() == 1);
    CHECK(medicines.list(profileId)[0].stoppedOn == QDate(2026, 11, 10));
    CHECK(medicines.list(profileId)[0].startedOn == QDate(2026, 3, 1));

    const DatabaseSnapshot before = DatabaseSnapshot::of(database.connection());
    try {
        medicines.setStopped(id, QDate(2026, 2, 28));
        FAIL("a stop before the start was accepted");
    } catch (const InputError& error) {
        CHECK(error.message().contains(QStringLiteral("Tramadol was started on 2026-03-01")));
    }
    CHECK_THROWS_AS(medicines.setStopped(id + 1, QDate(2026, 11, 10)), InputError);
    CHECK(DatabaseSnapshot::of(database.connection()) == before);

    medicines.setStopped(id, QDate());
    CHECK_FALSE(medicines.list(profileId)[0].stoppedOn.isValid());
}

} // namespace ldn::test
