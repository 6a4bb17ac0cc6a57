#include "storage/evidence/EvidenceSearch.h"

#include "storage/db/Database.h"
#include "storage/evidence/EvidencePackInstaller.h"
#include "storage/evidence/EvidenceRepository.h"
#include "support/TestEnvironment.h"

#include <catch2/catch.hpp>

using namespace ldn;
using ldn::test::TemporaryFolder;

namespace {

bool anyTitle(const std::vector<EvidenceSearchHit>& hits, const QString& part)
{
    return std::any_of(hits.begin(), hits.end(),
                       [&part](const EvidenceSearchHit& hit) { return hit.title.contains(part); });
}

} // namespace

TEST_CASE("What the person types becomes a safe prefix query", "[evidence][search]")
{
    CHECK(EvidenceSearch::matchExpression(QStringLiteral("fibro")) == QStringLiteral("\"fibro\"*"));
    CHECK(EvidenceSearch::matchExpression(QStringLiteral("pain  fat")) ==
          QStringLiteral("\"pain\"* \"fat\"*"));
    CHECK(EvidenceSearch::matchExpression(QStringLiteral("10.1002/art.37734")) ==
          QStringLiteral("\"10 1002 art 37734\"*"));
    CHECK(EvidenceSearch::matchExpression(QStringLiteral("crohn's")) == QStringLiteral("\"crohn s\""));
    CHECK(EvidenceSearch::matchExpression(QStringLiteral("\"AND\" OR *")) ==
          QStringLiteral("\"AND\"* \"OR\"*"));
    CHECK(EvidenceSearch::matchExpression(QStringLiteral(" - ")).isEmpty());
}

TEST_CASE("Search finds conditions, claims and sources as the person types", "[evidence][search]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    EvidencePackInstaller::installBundled(database);
    EvidenceSearch search(database);

    const EvidenceSearchResults fibro = search.search(QStringLiteral("fibro"));
    REQUIRE_FALSE(fibro.conditions.empty());
    CHECK(fibro.conditions.front().title == QStringLiteral("Fibromyalgia"));
    CHECK_FALSE(fibro.claims.empty());
    CHECK(anyTitle(fibro.sources, QStringLiteral("fibromyalgia")));
    CHECK(search.search(QStringLiteral("fi")).conditions.front().title == QStringLiteral("Fibromyalgia"));

    const EvidenceSearchResults nct = search.search(QStringLiteral("NCT04270877"));
    REQUIRE(nct.sources.size() == 1);
    CHECK(nct.sources.front().title.startsWith(QStringLiteral("FINAL")));
    CHECK(nct.sources.front().kind == SourceKind::RctParallel);
    CHECK(nct.conditions.empty());

    const auto onlySource = [&search](const char* text, const char* titleStart) {
        INFO(text);
        const EvidenceSearchResults results = search.search(QString::fromLatin1(text));
        REQUIRE(results.sources.size() == 1);
        CHECK(results.sources.front().title.startsWith(QString::fromLatin1(titleStart)));
    };
    onlySource("10.1002/art.37734",
               "Randomised, double-blind, placebo-controlled crossover trial of LDN in fibro");
    onlySource("2019-000702-30", "FINAL");
    onlySource("ACTRN12624001162505", "TreatMELC");
    onlySource("PMC3381945", "Double-blind, placebo-controlled 12-week trial of LDN in Crohn");
    onlySource("19453963", "Single-blind");

    CHECK(search.search(QStringLiteral("crohn's")).conditions.front().title ==
          QStringLiteral("Crohn's disease"));
    CHECK(search.search(QStringLiteral("CFS/ME")).conditions.front().title == QStringLiteral("ME/CFS"));
    CHECK(search.search(QStringLiteral("behcet")).conditions.front().title ==
          QStringLiteral("Behçet's disease"));
    const EvidenceSearchResults claims = search.search(QStringLiteral("vivid dreams"));
    const auto dreams =
        std::find_if(claims.claims.begin(), claims.claims.end(), [](const EvidenceSearchHit& hit) {
            return hit.title == QStringLiteral("Fibromyalgia: vivid dreams");
        });
    REQUIRE(dreams != claims.claims.end());
    CHECK(dreams->conditionName == QStringLiteral("Fibromyalgia"));
    CHECK(dreams->direction == EffectDirection::Harm);
    CHECK(dreams->kind == SourceKind::SystematicReview);

    // Operators and stray quotes are plain text, never a syntax error.
    CHECK_NOTHROW(search.search(QStringLiteral("\"pain OR")));
    CHECK_NOTHROW(search.search(QStringLiteral("NEAR(pain fatigue)")));
    CHECK(search.search(QStringLiteral("")).isEmpty());
    CHECK(search.search(QStringLiteral("zzzzqqq")).isEmpty());
    CHECK(search.search(QStringLiteral("p"), 3).claims.size() == 3);
}

TEST_CASE("The person's own entries are searchable at once, and edits are followed", "[evidence][search]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    EvidencePackInstaller::installBundled(database);
    EvidenceRepository repository(database);
    EvidenceSearch search(database);
    EvidenceSource mine;
    mine.title = QStringLiteral("Quokka study of naltrexone");
    mine.identifiers.nct = QStringLiteral("NCT99999999");
    const std::int64_t id = repository.addSource(mine);
    CHECK(search.search(QStringLiteral("quok")).sources.size() == 1);
    CHECK(search.search(QStringLiteral("NCT99999999")).sources.front().origin == EntryOrigin::User);

    mine.title = QStringLiteral("Wombat study of naltrexone");
    repository.updateSource(id, mine);
    CHECK(search.search(QStringLiteral("quok")).isEmpty());
    CHECK(search.search(QStringLiteral("wombat")).sources.front().id == id);
}
