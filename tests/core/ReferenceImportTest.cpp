#include "core/base/InputError.h"
#include "core/exchange/CslJsonReader.h"
#include "core/exchange/EvidenceFileFormat.h"
#include "core/exchange/RisReader.h"
#include "core/json/JsonLocator.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace ldn;

namespace {

QByteArray dataFile(const char* name)
{
    QFile file(ldn::test::testData(QStringLiteral("evidence/") + QLatin1String(name)));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Strict reading: the first thing the reader could not take whole, as `--strict` reports it.
template <typename Reader>
QString refusal(const QByteArray& text, const char* fileName)
{
    try {
        const ReferenceReadResult result = Reader::read(text, QString::fromLatin1(fileName));
        result.requireWhole();
        result.requireSomething(QString::fromLatin1(fileName));
    } catch (const InputError& error) {
        return error.message();
    }
    return {};
}

std::vector<EvidenceSource> sourcesOf(const ReferenceReadResult& result)
{
    INFO("issues: " << result.issues().size());
    for (const ReferenceIssue& issue : result.issues()) {
        UNSCOPED_INFO(issue.message().toStdString());
    }
    return result.references;
}

} // namespace

TEST_CASE("CSL-JSON from Zotero becomes unclassified, unconfirmed sources", "[evidence][import]")
{
    const ReferenceReadResult read =
        CslJsonReader::read(dataFile("zotero-export.json"), QStringLiteral("z.json"));
    CHECK(read.isWhole());
    const std::vector<EvidenceSource> sources = sourcesOf(read);
    REQUIRE(sources.size() == 2);
    const EvidenceSource& first = sources[0];
    CHECK(first.title == QStringLiteral("Low-dose naltrexone for the treatment of fibromyalgia"));
    CHECK(first.authors == QStringLiteral("Younger J, Noor N, McCue R, Mackey S"));
    CHECK(first.year == 2013);
    CHECK(first.publisher == QStringLiteral("Arthritis & Rheumatism"));
    CHECK(first.locator == QStringLiteral("65(2):529-538"));
    CHECK(first.identifiers.doi == QStringLiteral("10.1002/art.37734"));
    CHECK(first.identifiers.pmid == QStringLiteral("23359310"));
    CHECK(first.identifiers.nct ==
          QStringLiteral("NCT00568555")); // CSL has no NCT field: taken from the note
    // The design is never guessed from "article-journal".
    CHECK(first.kind == SourceKind::Unclassified);
    CHECK(first.verification == Verification::Unconfirmed);
    CHECK(first.origin == EntryOrigin::User);

    const EvidenceSource& second = sources[1];
    CHECK(second.authors == QStringLiteral("FINAL Study Group"));
    CHECK(second.year == 2024);
    CHECK(second.locator == QStringLiteral("6"));
    CHECK(second.identifiers.eudract == QStringLiteral("2019-000702-30"));
    CHECK(second.identifiers.nct == QStringLiteral("NCT04270877"));
    CHECK(second.identifiers.pmcid == QStringLiteral("PMC1234567"));
    CHECK(second.identifiers.url == QStringLiteral("https://example.org/final"));
}

TEST_CASE("RIS from PubMed and Zotero becomes sources; PubMed's AN is the PMID", "[evidence][import]")
{
    const ReferenceReadResult read = RisReader::read(dataFile("pubmed-export.ris"), QStringLiteral("p.ris"));
    CHECK(read.isWhole());
    const std::vector<EvidenceSource> sources = sourcesOf(read);
    REQUIRE(sources.size() == 2);
    const EvidenceSource& first = sources[0];
    CHECK(first.title ==
          QStringLiteral("Low-dose naltrexone therapy improves active Crohn's disease: an open-label "
                         "pilot study."));
    CHECK(first.authors == QStringLiteral("Smith JP, Stock H"));
    CHECK(first.year == 2007);
    CHECK(first.publisher == QStringLiteral("The American journal of gastroenterology"));
    CHECK(first.locator == QStringLiteral("102(4):820-828"));
    CHECK(first.identifiers.doi == QStringLiteral("10.1111/j.1572-0241.2007.01045.x"));
    CHECK(first.identifiers.pmid == QStringLiteral("17222320"));
    CHECK(first.identifiers.url == QStringLiteral("https://pubmed.ncbi.nlm.nih.gov/17222320"));
    CHECK(first.kind == SourceKind::Unclassified);

    const EvidenceSource& second = sources[1];
    CHECK(second.title == QStringLiteral("Therapy with the opioid antagonist naltrexone in Crohn's disease"));
    CHECK(second.authors == QStringLiteral("Smith JP"));
    CHECK(second.year == 2011);
    CHECK(second.identifiers.pmcid == QStringLiteral("PMC3381945"));
    CHECK(second.identifiers.nct == QStringLiteral("NCT00663117"));
    CHECK(second.identifiers.pmid.isEmpty()); // a Web of Science accession number is not a PMID
    CHECK(second.note == QStringLiteral("Trial registration NCT00663117"));
}

TEST_CASE("Malformed CSL-JSON is refused with file, line, record and field under --strict",
          "[evidence][import]")
{
    const QByteArray good = dataFile("zotero-export.json");
    // Cut off inside the second record.
    const QString truncated = refusal<CslJsonReader>(good.left(good.indexOf("Lancet")), "z.json");
    CHECK(truncated.startsWith(QStringLiteral("z.json:24: record 2:")));
    CHECK(truncated.contains(QStringLiteral("not valid JSON")));

    QByteArray wrongType = good;
    wrongType.replace("\"title\": \"A trial my consultant mentioned\"", "\"title\": 42");
    CHECK(refusal<CslJsonReader>(wrongType, "z.json") ==
          QStringLiteral("z.json:21: record 2: title: must be a string (got a number)"));

    QByteArray badDoi = good;
    badDoi.replace("https://doi.org/10.1002/art.37734", "10.1002");
    CHECK(refusal<CslJsonReader>(badDoi, "z.json")
              .startsWith(QStringLiteral("z.json:2: record 1: DOI: \"10.1002\" is not a DOI")));

    QByteArray noTitle = good;
    noTitle.replace("\"title\": \"A trial my consultant mentioned\",", "");
    CHECK(refusal<CslJsonReader>(noTitle, "z.json") ==
          QStringLiteral("z.json:21: record 2: title: a title is required; the record is left out"));

    QByteArray badAuthors = good;
    badAuthors.replace("[{\"literal\": \"FINAL Study Group\"}]", "\"FINAL Study Group\"");
    CHECK(refusal<CslJsonReader>(badAuthors, "z.json")
              .contains(QStringLiteral("record 2: author: must be an array")));

    // A JSON escape can carry a control character that no text file could; it is never stored.
    QByteArray nulInTitle = good;
    nulInTitle.replace("A trial my consultant", "A trial\\u0000 my consultant");
    CHECK(refusal<CslJsonReader>(nulInTitle, "z.json") ==
          QStringLiteral("z.json:21: record 2: title: holds a control character (U+0000) at character 8"));
    const ReferenceReadResult withNul = CslJsonReader::read(nulInTitle, QStringLiteral("z.json"));
    CHECK(withNul.references.size() == 1);
    CHECK(withNul.skipped.size() == 1);

    CHECK(refusal<CslJsonReader>("{\"title\": 1}", "z.json")
              .startsWith(QStringLiteral("z.json:1: record 1: title")));
    CHECK(refusal<CslJsonReader>("\"just text\"", "z.json").startsWith(QStringLiteral("z.json:1:")));
    CHECK(refusal<CslJsonReader>("[1]", "z.json") ==
          QStringLiteral("z.json:1: record 1: must be a JSON object (got a number)"));
}

TEST_CASE("Malformed RIS is refused with file, line, record and tag under --strict", "[evidence][import]")
{
    const QByteArray good = dataFile("pubmed-export.ris");
    CHECK(refusal<RisReader>(good, "p.ris").isEmpty());

    QByteArray noTitle = good;
    noTitle.replace("T1  - Therapy with the opioid antagonist naltrexone in Crohn's disease\n", "");
    CHECK(refusal<RisReader>(noTitle, "p.ris") ==
          QStringLiteral("p.ris:17: record 2: TI: a title is required (TI or T1); the record is left out"));

    QByteArray badDoi = good;
    badDoi.replace("DO  - 10.1111/j.1572-0241.2007.01045.x", "DO  - 10.1111");
    CHECK(refusal<RisReader>(badDoi, "p.ris")
              .startsWith(QStringLiteral("p.ris:12: record 1: DO: \"10.1111\" is not a DOI")));

    QByteArray badYear = good;
    badYear.replace("Y1  - 2011", "Y1  - May 2011");
    CHECK(refusal<RisReader>(badYear, "p.ris").startsWith(QStringLiteral("p.ris:20: record 2: Y1:")));

    // A tag before any TY line is outside a record.
    CHECK(refusal<RisReader>("AU  - Smith, J\nTY  - JOUR\nTI  - T\nER  - \n", "p.ris")
              .startsWith(QStringLiteral("p.ris:1: AU: a AU line outside a record")));
    CHECK(refusal<RisReader>("", "p.ris").contains(QStringLiteral("no RIS records")));
    CHECK(refusal<RisReader>("Some notes, no record\n", "p.ris").contains(QStringLiteral("no RIS records")));
}

TEST_CASE("RIS as exporters write it: headers, numbering, one-space tags, missing ER", "[evidence][import]")
{
    // A missing ER before the next TY and at the end, text before the first record: read as Zotero does.
    const ReferenceReadResult loose = RisReader::read("Provider: Example\nContent: text/plain\n\n1.\nTY - "
                                                      "JOUR\nTI - First\n\n2.\nTY  - JOUR\nTI  - Second\n",
                                                      QStringLiteral("l.ris"));
    CHECK(loose.isWhole());
    REQUIRE(loose.references.size() == 2);
    CHECK(loose.references[0].title == QStringLiteral("First"));
    CHECK(loose.references[1].title == QStringLiteral("Second"));
}

TEST_CASE("Import files are recognised by extension and content", "[evidence][import]")
{
    CHECK(detectEvidenceFileFormat(QStringLiteral("refs.ris"), "TY  - JOUR\n") == EvidenceFileFormat::Ris);
    CHECK(detectEvidenceFileFormat(QStringLiteral("refs.txt"), "\nTY  - JOUR\n") == EvidenceFileFormat::Ris);
    CHECK(detectEvidenceFileFormat(QStringLiteral("refs.txt"), "Provider: JSTOR\n\n1.\nTY - JOUR\n") ==
          EvidenceFileFormat::Ris);
    CHECK(detectEvidenceFileFormat(QStringLiteral("pubmed.nbib"), "whatever") == EvidenceFileFormat::Medline);
    CHECK(detectEvidenceFileFormat(QStringLiteral("pubmed.txt"), "\nPMID- 23359310\nOWN - NLM\n") ==
          EvidenceFileFormat::Medline);
    CHECK(detectEvidenceFileFormat(QStringLiteral("refs.json"), "[{}]") == EvidenceFileFormat::CslJson);
    CHECK(detectEvidenceFileFormat(QStringLiteral("item.json"), "{\"title\": \"x\"}") ==
          EvidenceFileFormat::CslJson);
    CHECK(detectEvidenceFileFormat(QStringLiteral("mine.json"), "{\"format\": \"ldn-evidence-pack\"}") ==
          EvidenceFileFormat::EvidencePack);
    CHECK(detectEvidenceFileFormat(QStringLiteral("refs"), "  [") == EvidenceFileFormat::CslJson);
    CHECK_THROWS_AS(detectEvidenceFileFormat(QStringLiteral("refs.bib"), "@article{x,"), InputError);
}

TEST_CASE("JSON records are located by the line they start on", "[evidence][import]")
{
    const QByteArray text = "[\n  {\"a\": \"[{\\\"\"},\n  {\"b\": [1, {\"c\": 2}]},\n\n  3\n]";
    CHECK(JsonLocator::elementLines(text) == std::vector<int>{2, 3, 5});
    const QByteArray object = "{\"x\": [9],\n \"claims\": [\n {},\n {}]}";
    CHECK(JsonLocator::elementLines(object, "claims") == std::vector<int>{3, 4});
    CHECK(JsonLocator::lineAt(text, 0) == 1);
    CHECK(JsonLocator::lineAt(text, text.indexOf('3')) == 5);
}
