#include "storage/evidence/EvidencePackInstaller.h"

#include "core/evidence/EvidencePackJson.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/evidence/EvidenceRepository.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace ldn;
using ldn::test::DatabaseSnapshot;
using ldn::test::TemporaryFolder;

namespace {

EvidencePack bundledPack()
{
    QFile file(QStringLiteral(LDN_SOURCE_DIR "/resources/evidence/ldn-evidence-pack.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return EvidencePackJson::parse(file.readAll(), QStringLiteral("ldn-evidence-pack.json"));
}

int count(Database& database, const char* sql)
{
    Statement statement = database.connection().prepare(sql);
    REQUIRE(statement.step());
    return statement.integer(0);
}

EvidenceClaim& claimKeyed(EvidencePack& pack, const char* key)
{
    for (EvidenceClaim& claim : pack.claims) {
        if (claim.key == QLatin1String(key)) {
            return claim;
        }
    }
    FAIL("no claim " << key);
    throw std::logic_error("unreachable");
}

std::optional<std::int64_t> claimIdKeyed(Database& database, const char* key)
{
    Statement select = database.connection().prepare("SELECT id FROM evidence_claim WHERE bundled_key = ?1");
    select.bind(1, QString::fromLatin1(key));
    if (select.step()) {
        return select.int64(0);
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("The compiled-in pack installs once; installing it again changes nothing", "[evidence][pack]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    const EvidencePack pack = bundledPack();

    const EvidencePackInstallResult first = EvidencePackInstaller::installBundled(database);
    CHECK(first.changed);
    CHECK(first.previousVersion == 0);
    CHECK(first.version == pack.version);
    CHECK(first.added == static_cast<int>(pack.conditions.size() + pack.sources.size() + pack.claims.size() +
                                          pack.grades.size()));
    CHECK(count(database, "SELECT count(*) FROM condition WHERE origin = 'bundled'") ==
          static_cast<int>(pack.conditions.size()));
    CHECK(count(database, "SELECT count(*) FROM evidence_source") == static_cast<int>(pack.sources.size()));
    CHECK(count(database, "SELECT count(*) FROM evidence_claim") == static_cast<int>(pack.claims.size()));
    CHECK(count(database, "SELECT count(*) FROM evidence_grade") == static_cast<int>(pack.grades.size()));
    CHECK(EvidenceRepository(database).installedPackVersion(pack.name) == pack.version);
    CHECK(database.integrityProblems().isEmpty());

    const DatabaseSnapshot before = DatabaseSnapshot::of(database.connection());
    const EvidencePackInstallResult again = EvidencePackInstaller::installBundled(database);
    CHECK_FALSE(again.changed);
    CHECK(again.previousVersion == pack.version);
    CHECK(EvidencePackInstaller::install(database, pack).changed == false); // the full path agrees
    CHECK(DatabaseSnapshot::of(database.connection()) == before);
}

TEST_CASE("A newer pack updates bundled entries and leaves the person's entries and edits alone",
          "[evidence][pack]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    EvidencePack pack = bundledPack();
    EvidencePackInstaller::install(database, pack);
    EvidenceRepository repository(database);

    // The person edits one bundled claim and adds a source and a claim of their own.
    const std::int64_t editedId = *claimIdKeyed(database, "bruun-2024-pain");
    EvidenceClaim edited = *repository.claim(editedId);
    edited.summary = QStringLiteral("My consultant says this trial settles it for me.");
    repository.updateClaim(editedId, edited);
    EvidenceSource own;
    own.kind = SourceKind::CaseSeries;
    own.title = QStringLiteral("Letter from my consultant");
    const std::int64_t ownSource = repository.addSource(own);
    EvidenceClaim ownClaim;
    ownClaim.conditionId = repository.findCondition(QStringLiteral("fibromyalgia"))->id;
    ownClaim.outcome = QStringLiteral("sleep");
    ownClaim.direction = EffectDirection::Benefit;
    ownClaim.sourceIds = {ownSource};
    const std::int64_t ownClaimId = repository.addClaim(ownClaim);

    // Version 2 rewords one claim, drops another and adds a third.
    EvidencePack newer = pack;
    newer.version = pack.version + 1;
    claimKeyed(newer, "younger-2013-pain").summary = QStringLiteral("Reworded in version 2.");
    claimKeyed(newer, "bruun-2024-pain").summary = QStringLiteral("The pack's own new wording.");
    newer.claims.erase(std::remove_if(newer.claims.begin(), newer.claims.end(),
                                      [](const EvidenceClaim& claim) {
                                          return claim.key == QLatin1String("younger-2013-sleep");
                                      }),
                       newer.claims.end());
    EvidenceClaim added = claimKeyed(newer, "younger-2013-fatigue");
    added.key = QStringLiteral("younger-2013-stress");
    added.outcome = QStringLiteral("stress");
    newer.claims.push_back(added);

    const EvidencePackInstallResult result = EvidencePackInstaller::install(database, newer);
    CHECK(result.changed);
    CHECK(result.previousVersion == pack.version);
    CHECK(result.added == 1);
    CHECK(result.removed == 1);
    CHECK(result.keptUserEdits == 1);

    CHECK(repository.claim(*claimIdKeyed(database, "younger-2013-pain"))->summary ==
          QStringLiteral("Reworded in version 2."));
    CHECK(repository.claim(editedId)->summary ==
          QStringLiteral("My consultant says this trial settles it for me."));
    CHECK(repository.claim(editedId)->userModified);
    CHECK_FALSE(claimIdKeyed(database, "younger-2013-sleep"));
    CHECK(claimIdKeyed(database, "younger-2013-stress"));
    CHECK(repository.source(ownSource)->title == QStringLiteral("Letter from my consultant"));
    CHECK(repository.claim(ownClaimId)->sourceIds == std::vector<std::int64_t>{ownSource});
    // Nothing is duplicated: one row per bundled key, and the person's claim is still theirs alone.
    CHECK(count(database, "SELECT count(*) FROM evidence_claim WHERE origin = 'bundled'") ==
          static_cast<int>(newer.claims.size()));
    CHECK(count(database, "SELECT count(*) FROM evidence_claim WHERE origin = 'user'") == 1);
    CHECK(count(database, "SELECT count(*) FROM evidence_source") ==
          static_cast<int>(pack.sources.size()) + 1);
    CHECK(count(database, "SELECT count(*) FROM condition") == static_cast<int>(pack.conditions.size()));
    CHECK(database.integrityProblems().isEmpty());

    // Going back to the older version is refused as a no-op.
    const DatabaseSnapshot upgraded = DatabaseSnapshot::of(database.connection());
    CHECK_FALSE(EvidencePackInstaller::install(database, pack).changed);
    CHECK(DatabaseSnapshot::of(database.connection()) == upgraded);
}

TEST_CASE("A dropped bundled source the person still cites becomes theirs", "[evidence][pack]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    EvidencePack pack = bundledPack();
    EvidencePackInstaller::install(database, pack);
    EvidenceRepository repository(database);
    const Condition me = *repository.findCondition(QStringLiteral("ME/CFS"));
    Statement polo =
        database.connection().prepare("SELECT id FROM evidence_source WHERE bundled_key = 'polo-2019'");
    REQUIRE(polo.step());
    const std::int64_t poloId = polo.int64(0);
    EvidenceClaim mine;
    mine.conditionId = me.id;
    mine.outcome = QStringLiteral("sleep");
    mine.direction = EffectDirection::Unclear;
    mine.sourceIds = {poloId};
    repository.addClaim(mine);

    EvidencePack newer = pack;
    newer.version = pack.version + 1;
    newer.claims.erase(std::remove_if(newer.claims.begin(), newer.claims.end(),
                                      [](const EvidenceClaim& claim) {
                                          return claim.sourceKeys.contains(QStringLiteral("polo-2019"));
                                      }),
                       newer.claims.end());
    newer.sources.erase(
        std::remove_if(newer.sources.begin(), newer.sources.end(),
                       [](const EvidenceSource& source) { return source.key == QLatin1String("polo-2019"); }),
        newer.sources.end());
    EvidencePackInstaller::install(database, newer);
    const std::optional<EvidenceSource> kept = repository.source(poloId);
    REQUIRE(kept);
    CHECK(kept->origin == EntryOrigin::User);
    CHECK(kept->key.isEmpty());
    CHECK(database.integrityProblems().isEmpty());
}

TEST_CASE("Conditions people typed before the pack was installed are adopted, not duplicated",
          "[evidence][pack]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    ProfileRepository profiles(database);
    profiles.add(QStringLiteral("Alex"), {QStringLiteral("fibromyalgia"), QStringLiteral("CFS/ME")});
    profiles.add(QStringLiteral("Jo"), {QStringLiteral("chronic fatigue syndrome")});
    profiles.add(QStringLiteral("Sam"), {QStringLiteral("Cluster headache")});
    CHECK(count(database, "SELECT count(*) FROM condition") == 4);

    const EvidencePack pack = bundledPack();
    EvidencePackInstaller::install(database, pack);
    // The pack's conditions plus the one it does not know.
    CHECK(count(database, "SELECT count(*) FROM condition") == static_cast<int>(pack.conditions.size()) + 1);
    CHECK(profiles.findByName(QStringLiteral("Alex"))->conditions ==
          QStringList{QStringLiteral("Fibromyalgia"), QStringLiteral("ME/CFS")});
    CHECK(profiles.findByName(QStringLiteral("Jo"))->conditions == QStringList{QStringLiteral("ME/CFS")});
    CHECK(profiles.findByName(QStringLiteral("Sam"))->conditions ==
          QStringList{QStringLiteral("Cluster headache")});
    EvidenceRepository repository(database);
    CHECK(repository.findCondition(QStringLiteral("CFS/ME"))->name == QStringLiteral("ME/CFS"));
    CHECK(repository.findCondition(QStringLiteral("cfs/me"))->key == QStringLiteral("me-cfs"));
    CHECK(repository.findCondition(QStringLiteral("Cluster headache"))->origin == EntryOrigin::User);
    CHECK(database.integrityProblems().isEmpty());
}

TEST_CASE("A read-only library is shown as it is", "[evidence][pack]")
{
    TemporaryFolder folder;
    const QString path = folder.file(QStringLiteral("diary.sqlite"));
    {
        Database database = Database::open(path);
    }
    Database readOnly = Database::open(path, Database::Access::ReadOnly);
    const EvidencePackInstallResult result = EvidencePackInstaller::installBundled(readOnly);
    CHECK_FALSE(result.changed);
    CHECK(result.previousVersion == 0);
    CHECK(count(readOnly, "SELECT count(*) FROM evidence_claim") == 0);
}
