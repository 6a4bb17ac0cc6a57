#include "storage/trial/TrialRepository.h"

#include "core/base/InputError.h"
#include "core/trial/BlindedAllocation.h"
#include "core/trial/UnblindingCode.h"
#include "storage/db/Database.h"
#include "storage/db/StorageError.h"
#include "storage/db/Transaction.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/trial/TrialWriter.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <catch2/catch.hpp>

namespace ldn::test {
namespace {

Trial openTrial()
{
    Trial trial;
    trial.protocol.start = QDate(2026, 3, 1);
    trial.protocol.outcomes = {QStringLiteral("Fatigue"), QStringLiteral("pain")};
    trial.protocol.smallestChange = 1.5;
    trial.protocol.baselineDays = 10;
    trial.protocol.stopRules = {QStringLiteral("  if I cannot sleep for a week "), QStringLiteral("rash")};
    trial.protocol.reviewOn = QDate(2026, 6, 1);
    trial.reviewWeeks = 8;
    return trial;
}

std::int64_t write(Database& database, std::int64_t profileId, const Trial& trial)
{
    Transaction transaction(database.connection());
    const std::int64_t id = TrialWriter(database.connection()).insert(profileId, trial);
    transaction.commit();
    return id;
}

} // namespace

TEST_CASE("A trial is kept with its outcomes in order, its stopping rules and its stop", "[storage][trial]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    ProfileRepository profiles(database);
    const std::int64_t alex = profiles.add(QStringLiteral("Alex"), {});
    const std::int64_t sam = profiles.add(QStringLiteral("Sam"), {});
    TrialRepository trials(database);
    CHECK_FALSE(trials.latest(alex).has_value());

    const std::int64_t id = write(database, alex, openTrial());
    const std::optional<Trial> kept = trials.latest(alex);
    REQUIRE(kept.has_value());
    CHECK(kept->id == id);
    CHECK(kept->profileId == alex);
    CHECK(kept->protocol.start == QDate(2026, 3, 1));
    // Symptom names as the profile spells them, in the order given.
    CHECK(kept->protocol.outcomes == QStringList{QStringLiteral("fatigue"), QStringLiteral("pain")});
    CHECK(kept->protocol.smallestChange == 1.5);
    CHECK(kept->protocol.baselineDays == 10);
    CHECK(kept->protocol.reviewOn == QDate(2026, 6, 1));
    CHECK(kept->reviewWeeks == 8);
    CHECK(kept->protocol.stopRules ==
          QStringList{QStringLiteral("if I cannot sleep for a week"), QStringLiteral("rash")});
    CHECK_FALSE(kept->protocol.isBlinded());
    CHECK_FALSE(kept->isStopped());
    CHECK(kept->span().last == QDate(2026, 6, 1));
    CHECK(trials.list(sam).empty());

    {
        Transaction transaction(database.connection());
        TrialWriter(database.connection()).setStopped(id, QDate(2026, 4, 2), QStringLiteral(" nausea "));
        transaction.commit();
    }
    const Trial stopped = *trials.latest(alex);
    CHECK(stopped.stoppedOn == QDate(2026, 4, 2));
    CHECK(stopped.stopReason == QStringLiteral("nausea"));
    CHECK(stopped.span().last == QDate(2026, 4, 2));

    Trial later = openTrial();
    later.protocol.start = QDate(2026, 5, 1);
    later.protocol.reviewOn = QDate(2026, 9, 1);
    write(database, alex, later);
    REQUIRE(trials.list(alex).size() == 2);
    CHECK(trials.latest(alex)->protocol.start == QDate(2026, 5, 1));

    // Removing the profile takes its trials with it.
    profiles.remove(alex);
    CHECK(trials.list(alex).empty());
}

TEST_CASE("A blinded trial is kept with its design and its allocation sealed, and is unblinded once",
          "[storage][trial]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    const std::int64_t alex = ProfileRepository(database).add(QStringLiteral("Alex"), {});
    Trial blinded = openTrial();
    blinded.protocol.baselineDays = 0;
    BlindedDesign design;
    design.pairs = 5;
    design.periodDays = 14;
    design.washoutDays = 5;
    design.ldnDose = Dose::fromMicrograms(3000);
    blinded.protocol.blinded = design;
    const BlindedAllocation allocation = BlindedAllocation::draw(5);
    const UnblindingCode code = UnblindingCode::generate();
    blinded.sealed = SealedAllocation::seal(allocation, code);
    blinded.id = write(database, alex, blinded);
    blinded.profileId = alex;
    blinded.protocol.outcomes = {QStringLiteral("fatigue"), QStringLiteral("pain")};
    blinded.protocol.stopRules = {QStringLiteral("if I cannot sleep for a week"), QStringLiteral("rash")};

    const Trial kept = *TrialRepository(database).latest(alex);
    CHECK(kept == blinded);
    CHECK(kept.isSealed());
    CHECK(kept.sealed->open().allocation == allocation);
    CHECK(kept.sealed->open().code == code);

    {
        Transaction transaction(database.connection());
        TrialWriter(database.connection()).setUnblinded(kept.id, QDate(2026, 6, 2));
        transaction.commit();
    }
    const Trial unblinded = *TrialRepository(database).latest(alex);
    CHECK_FALSE(unblinded.isSealed());
    CHECK(unblinded.unblindedOn == QDate(2026, 6, 2));
}

TEST_CASE("The trial writer refuses an unknown outcome, a blinded trial without its seal and a bad row, "
          "writing nothing",
          "[storage][trial]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    const std::int64_t alex = ProfileRepository(database).add(QStringLiteral("Alex"), {});
    const DatabaseSnapshot before = DatabaseSnapshot::of(database.connection());

    Trial unknown = openTrial();
    unknown.protocol.outcomes << QStringLiteral("tinnitus");
    CHECK_THROWS_AS(write(database, alex, unknown), InputError);

    Trial blinded = openTrial();
    blinded.protocol.blinded = BlindedDesign{};
    CHECK_THROWS_AS(write(database, alex, blinded), InputError);

    // The schema's own checks hold even if the domain's were skipped.
    Trial reviewBeforeStart = openTrial();
    reviewBeforeStart.protocol.reviewOn = QDate(2026, 2, 1);
    CHECK_THROWS_AS(write(database, alex, reviewBeforeStart), StorageError);
    Trial noChange = openTrial();
    noChange.protocol.smallestChange = 0.0;
    CHECK_THROWS_AS(write(database, alex, noChange), StorageError);

    CHECK(DatabaseSnapshot::of(database.connection()) == before);
}

} // namespace ldn::test
