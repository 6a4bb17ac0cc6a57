#include "CliRun.h"
#include "cli/EvidenceOutput.h"
#include "presentation/CitationText.h"
#include "support/TestEnvironment.h"

#include <catch2/catch.hpp>

#include <algorithm>

namespace ldn::test {
namespace {

// The "Source:" lines `evidence condition NAME` prints.
QStringList sourceLines(const QString& databasePath, const QString& condition)
{
    const CliRun run =
        CliRun::on(databasePath, {QStringLiteral("evidence"), QStringLiteral("condition"), condition});
    REQUIRE(run.code == 0);
    QStringList lines;
    for (const QString& line : run.out.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QStringLiteral("Source: "))) {
            lines << line.trimmed().mid(8);
        }
    }
    return lines;
}

} // namespace

TEST_CASE("evidence condition cites each source by the shared rule: identifiers in order, an address "
          "only without them",
          "[cli][evidence]")
{
    TemporaryFolder folder;
    const QString diary = folder.file(QStringLiteral("diary.sqlite"));

    const QStringList fibromyalgia = sourceLines(diary, QStringLiteral("fibromyalgia"));
    const auto final = std::find_if(fibromyalgia.begin(), fibromyalgia.end(), [](const QString& line) {
        return line.contains(QStringLiteral("FINAL"));
    });
    REQUIRE(final != fibromyalgia.end());
    // Authors and year, title, journal, then DOI before the trial registries.
    CHECK(final->startsWith(QStringLiteral("[RCT")));
    CHECK(final->contains(QStringLiteral(
        "] Bruun et al. 2024. FINAL: parallel-group, double-blind, placebo-controlled trial of LDN in women "
        "with fibromyalgia. Lancet Rheumatology 6(1):e31-e39. DOI 10.1016/S2665-9913(23)00278-3, "
        "NCT04270877, "
        "EudraCT 2019-000702-30")));

    const QStringList me = sourceLines(diary, QStringLiteral("ME/CFS"));
    const auto nice = std::find_if(
        me.begin(), me.end(), [](const QString& line) { return line.contains(QStringLiteral("NG206")); });
    REQUIRE(nice != me.end());
    CHECK(nice->contains(QStringLiteral(". https://www.nice.org.uk/guidance/ng206")));
}

TEST_CASE("A source line leaves out the address when an identifier finds the paper", "[cli][evidence]")
{
    EvidenceSource source;
    source.kind = SourceKind::RctCrossover;
    source.title = QStringLiteral("Low-dose naltrexone for the treatment of fibromyalgia");
    source.authors = QStringLiteral("Younger J, Noor N, McCue R, Mackey S");
    source.year = 2013;
    source.publisher = QStringLiteral("Arthritis Rheum");
    source.locator = QStringLiteral("65(2):529-38");
    source.peerReviewed = true;
    source.verification = Verification::FullText;
    source.identifiers.url = QStringLiteral("https://pubmed.ncbi.nlm.nih.gov/23359310/");
    source.identifiers.pmid = QStringLiteral("23359310");
    source.identifiers.doi = QStringLiteral("10.1002/art.37734");
    const QString line = EvidenceOutput::sourceLine(source);
    CHECK(
        line.endsWith(QStringLiteral("Arthritis Rheum 65(2):529-38. DOI 10.1002/art.37734, PMID 23359310")));
    CHECK_FALSE(line.contains(QStringLiteral("https://")));
    CHECK(line.contains(CitationText::citation(source)));
}

} // namespace ldn::test
