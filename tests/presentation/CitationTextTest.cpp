#include "presentation/CitationText.h"

#include <catch2/catch.hpp>

namespace ldn::test {
namespace {

EvidenceSource trial()
{
    EvidenceSource source;
    source.kind = SourceKind::RctParallel;
    source.title = QStringLiteral("Low-dose naltrexone for fibromyalgia");
    source.authors = QStringLiteral("Younger J, Noor N, McCue R, Mackey S");
    source.year = 2013;
    source.publisher = QStringLiteral("Arthritis Rheum");
    source.locator = QStringLiteral("65(2):529-38");
    return source;
}

QStringList texts(const std::vector<CitationText::Identifier>& identifiers)
{
    QStringList result;
    for (const CitationText::Identifier& identifier : identifiers) {
        result << identifier.text;
    }
    return result;
}

} // namespace

TEST_CASE("A reference gives authors, year, title, journal and locator", "[presentation][citation]")
{
    CHECK(CitationText::reference(trial()) ==
          QStringLiteral("Younger J, Noor N, McCue R, Mackey S 2013. Low-dose naltrexone for fibromyalgia. "
                         "Arthritis Rheum 65(2):529-38"));

    EvidenceSource anonymous = trial();
    anonymous.authors.clear();
    // Without authors the title leads, once.
    CHECK(CitationText::reference(anonymous) ==
          QStringLiteral("Low-dose naltrexone for fibromyalgia 2013. Arthritis Rheum 65(2):529-38"));

    EvidenceSource unpublished = trial();
    unpublished.publisher.clear();
    unpublished.year.reset();
    // A locator means nothing without its journal.
    CHECK(CitationText::reference(unpublished) ==
          QStringLiteral("Younger J, Noor N, McCue R, Mackey S. Low-dose naltrexone for fibromyalgia"));

    const CitationText::Parts parts = CitationText::parts(trial());
    CHECK(parts.who == QStringLiteral("Younger J, Noor N, McCue R, Mackey S 2013"));
    CHECK(parts.publisher == QStringLiteral("Arthritis Rheum"));
}

TEST_CASE("Identifiers come as DOI, PMID, PMCID, NCT, then the other registries", "[presentation][citation]")
{
    EvidenceIdentifiers id;
    id.url = QStringLiteral("https://example.org/paper");
    id.actrn = QStringLiteral("ACTRN12620000123456");
    id.eudract = QStringLiteral("2020-001234-56");
    id.nct = QStringLiteral("NCT04270877");
    id.pmcid = QStringLiteral("PMC3962576");
    id.pmid = QStringLiteral("23359310");
    id.doi = QStringLiteral("10.1002/art.37734");
    const std::vector<CitationText::Identifier> all = CitationText::identifiers(id);
    // The address is left out: the identifiers find the paper for longer.
    CHECK(texts(all) == QStringList{QStringLiteral("DOI 10.1002/art.37734"), QStringLiteral("PMID 23359310"),
                                    QStringLiteral("PMC3962576"), QStringLiteral("NCT04270877"),
                                    QStringLiteral("EudraCT 2020-001234-56"),
                                    QStringLiteral("ACTRN12620000123456")});
    REQUIRE(all.size() == 6);
    CHECK(all[0].link == QUrl(QStringLiteral("https://doi.org/10.1002/art.37734")));
    CHECK(all[1].link == QUrl(QStringLiteral("https://pubmed.ncbi.nlm.nih.gov/23359310/")));
    CHECK(all[2].link == QUrl(QStringLiteral("https://pmc.ncbi.nlm.nih.gov/articles/PMC3962576/")));
    CHECK(all[3].link == QUrl(QStringLiteral("https://clinicaltrials.gov/study/NCT04270877")));
    CHECK(CitationText::identifiersText(id) ==
          QStringLiteral("DOI 10.1002/art.37734, PMID 23359310, PMC3962576, NCT04270877, "
                         "EudraCT 2020-001234-56, ACTRN12620000123456"));

    // Any one identifier is enough to leave the address out.
    EvidenceIdentifiers trialOnly;
    trialOnly.nct = QStringLiteral("NCT04270877");
    trialOnly.url = QStringLiteral("https://clinicaltrials.gov/study/NCT04270877");
    CHECK(CitationText::identifiersText(trialOnly) == QStringLiteral("NCT04270877"));
}

TEST_CASE("An address is given only when there is no identifier", "[presentation][citation]")
{
    EvidenceIdentifiers id;
    CHECK(CitationText::identifiers(id).empty());
    CHECK(CitationText::identifiersText(id).isEmpty());

    id.url = QStringLiteral("https://www.ldnresearchtrust.org/story");
    const std::vector<CitationText::Identifier> address = CitationText::identifiers(id);
    REQUIRE(address.size() == 1);
    CHECK(address.front().kind == CitationText::Identifier::Kind::Url);
    CHECK(address.front().text == id.url);
    CHECK(address.front().link == QUrl(id.url));

    // Only web addresses become links.
    id.url = QStringLiteral("javascript:alert(1)");
    REQUIRE(CitationText::identifiers(id).size() == 1);
    CHECK(CitationText::identifiers(id).front().link.isEmpty());
}

TEST_CASE("A citation is the reference followed by its identifiers", "[presentation][citation]")
{
    EvidenceSource source = trial();
    CHECK(CitationText::citation(source) == CitationText::reference(source));
    source.identifiers.doi = QStringLiteral("10.1002/art.37734");
    source.identifiers.pmid = QStringLiteral("23359310");
    source.identifiers.url = QStringLiteral("https://example.org/paper");
    CHECK(CitationText::citation(source) ==
          QStringLiteral("Younger J, Noor N, McCue R, Mackey S 2013. Low-dose naltrexone for fibromyalgia. "
                         "Arthritis Rheum 65(2):529-38. DOI 10.1002/art.37734, PMID 23359310"));
}

} // namespace ldn::test
