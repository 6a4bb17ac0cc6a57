#include "core/evidence/EvidenceIdentifiers.h"

#include "core/base/InputError.h"

#include <catch2/catch.hpp>

using namespace ldn;

namespace {

QString problemWith(const EvidenceIdentifiers& identifiers)
{
    try {
        identifiers.validate(QStringLiteral("source"));
    } catch (const InputError& error) {
        return error.location();
    }
    return {};
}

} // namespace

TEST_CASE("Identifiers from the fact sheet are accepted as given", "[evidence][identifiers]")
{
    for (const char* doi :
         {"10.1002/art.37734", "10.1016/S2665-9913(23)00278-3", "10.3344/kjp.24202",
          "10.1080/15360288.2025.2496526", "10.1002/14651858.CD010410.pub3", "10.1002/ana.22006",
          "10.1080/21641846.2019.1692770", "10.1097/PR9.0000000000001080"}) {
        INFO(doi);
        CHECK(EvidenceIdentifiers::doiProblem(QString::fromLatin1(doi)).isEmpty());
    }
    EvidenceIdentifiers final;
    final.doi = QStringLiteral("10.1016/S2665-9913(23)00278-3");
    final.pmid = QStringLiteral("21380937");
    final.pmcid = QStringLiteral("PMC3381945");
    final.nct = QStringLiteral("NCT04270877");
    final.eudract = QStringLiteral("2019-000702-30");
    final.actrn = QStringLiteral("ACTRN12624001162505");
    final.url = QStringLiteral("https://www.nice.org.uk/guidance/ng206");
    CHECK(problemWith(final).isEmpty());
    CHECK(problemWith(EvidenceIdentifiers{}).isEmpty()); // nothing known is not an error
}

TEST_CASE("Malformed identifiers are refused, naming the field", "[evidence][identifiers]")
{
    const auto fieldFor = [](QString EvidenceIdentifiers::*field, const char* value) {
        EvidenceIdentifiers identifiers;
        identifiers.*field = QString::fromLatin1(value);
        return problemWith(identifiers);
    };
    CHECK(fieldFor(&EvidenceIdentifiers::doi, "10.1002") == QStringLiteral("source: doi"));
    CHECK(fieldFor(&EvidenceIdentifiers::doi, "11.1002/art.37734") == QStringLiteral("source: doi"));
    CHECK(fieldFor(&EvidenceIdentifiers::doi, "10.12/art") == QStringLiteral("source: doi"));
    CHECK(fieldFor(&EvidenceIdentifiers::doi, "10.1002/art 37734") == QStringLiteral("source: doi"));
    CHECK(fieldFor(&EvidenceIdentifiers::pmid, "1945396a") == QStringLiteral("source: pmid"));
    CHECK(fieldFor(&EvidenceIdentifiers::pmid, "PMID19453963") == QStringLiteral("source: pmid"));
    CHECK(fieldFor(&EvidenceIdentifiers::pmcid, "3381945") == QStringLiteral("source: pmcid"));
    CHECK(fieldFor(&EvidenceIdentifiers::nct, "NCT0427087") == QStringLiteral("source: nct"));
    CHECK(fieldFor(&EvidenceIdentifiers::nct, "NCT042708771") == QStringLiteral("source: nct"));
    CHECK(fieldFor(&EvidenceIdentifiers::nct, "04270877") == QStringLiteral("source: nct"));
    CHECK(fieldFor(&EvidenceIdentifiers::eudract, "2019-00070-30") == QStringLiteral("source: eudract"));
    CHECK(fieldFor(&EvidenceIdentifiers::eudract, "19-000702-30") == QStringLiteral("source: eudract"));
    CHECK(fieldFor(&EvidenceIdentifiers::actrn, "ACTRN1262400116250") == QStringLiteral("source: actrn"));
    CHECK(fieldFor(&EvidenceIdentifiers::actrn, "ACTR12624001162505") == QStringLiteral("source: actrn"));
    CHECK(fieldFor(&EvidenceIdentifiers::url, "www.example.org") == QStringLiteral("source: url"));
}

TEST_CASE("Usual decorations are tidied before checking", "[evidence][identifiers]")
{
    EvidenceIdentifiers raw;
    raw.doi = QStringLiteral(" https://doi.org/10.1002/art.37734 ");
    raw.pmid = QStringLiteral("PMID: 19453963");
    raw.pmcid = QStringLiteral("pmc3381945");
    raw.nct = QStringLiteral(" nct04270877");
    raw.actrn = QStringLiteral("actrn12624001162505");
    const EvidenceIdentifiers tidy = raw.normalised();
    CHECK(tidy.doi == QStringLiteral("10.1002/art.37734"));
    CHECK(tidy.pmid == QStringLiteral("19453963"));
    CHECK(tidy.pmcid == QStringLiteral("PMC3381945"));
    CHECK(tidy.nct == QStringLiteral("NCT04270877"));
    CHECK(tidy.actrn == QStringLiteral("ACTRN12624001162505"));
    CHECK(problemWith(tidy).isEmpty());
    CHECK(EvidenceIdentifiers::normaliseDoi(QStringLiteral("doi:10.3344/kjp.24202")) ==
          QStringLiteral("10.3344/kjp.24202"));
}
