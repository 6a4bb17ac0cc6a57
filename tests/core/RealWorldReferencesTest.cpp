#include "core/base/InputError.h"
#include "core/exchange/CslJsonReader.h"
#include "core/exchange/MedlineReader.h"
#include "core/exchange/ReferenceFields.h"
#include "core/exchange/RisReader.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <catch2/catch.hpp>

#include <algorithm>

using namespace ldn;

// Issue #20: files as reference managers and databases write them (tests/data/references/, sources
// and licences in tests/data/README): the good records are read, each one left out is listed
// with FILE:LINE and why, and a field that cannot be kept whole is shortened with a mark.

namespace {

QByteArray referenceFile(const char* name)
{
    QFile file(ldn::test::testData(QStringLiteral("references/") + QLatin1String(name)));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

ReferenceReadResult ris(const char* name)
{
    return RisReader::read(referenceFile(name), QString::fromLatin1(name));
}

ReferenceReadResult medline(const char* name)
{
    return MedlineReader::read(referenceFile(name), QString::fromLatin1(name));
}

QStringList titlesOf(const ReferenceReadResult& result)
{
    QStringList titles;
    for (const EvidenceSource& source : result.references) {
        titles << source.title;
    }
    return titles;
}

QStringList messagesOf(const std::vector<ReferenceIssue>& issues)
{
    QStringList messages;
    for (const ReferenceIssue& issue : issues) {
        messages << issue.message();
    }
    return messages;
}

} // namespace

TEST_CASE("rispy's test files: provider headers, numbering, repeated and ;-separated URLs",
          "[evidence][import]")
{
    const ReferenceReadResult headers = ris("rispy-example_extraneous_data.ris");
    CHECK(headers.isWhole());
    CHECK(titlesOf(headers) ==
          QStringList{QStringLiteral("Title of reference"), QStringLiteral("The title of the reference")});
    CHECK(headers.references[0].authors == QStringLiteral("Marx K, Lindgren A"));
    CHECK(headers.references[0].year == 2014);
    CHECK(headers.references[0].identifiers.url == QStringLiteral("http://example_url.com"));
    CHECK(headers.references[0].note == QStringLiteral("Other web addresses: http://example.com"));

    const ReferenceReadResult urls = ris("rispy-example_urls.ris");
    REQUIRE(urls.references.size() == 4);
    for (std::size_t i = 1; i < 4; ++i) {
        INFO("record " << i + 1);
        CHECK(urls.references[i].identifiers.url == QStringLiteral("http://example.com"));
        CHECK(urls.references[i].note == QStringLiteral("Other web addresses: http://www.example.com"));
    }
    CHECK(urls.references[0].note.isEmpty());
    CHECK(urls.references[0].authors == QStringLiteral("Shannon CE"));

    CHECK(ris("rispy-example_starting_newlines.ris").references.size() == 1);
    const ReferenceReadResult unicode = ris("rispy-example_utf_chars.ris");
    REQUIRE(unicode.references.empty());
    // Its only record has no title (ST is a short title, not the title): refused, with the reason.
    CHECK(messagesOf(unicode.skipped) ==
          QStringList{
              QStringLiteral("rispy-example_utf_chars.ris:1: record 1: TI: a title is required (TI or T1); "
                             "the record is left out")});
    CHECK_THROWS_WITH(unicode.requireSomething(QStringLiteral("rispy-example_utf_chars.ris")),
                      Catch::Contains("the file's only record, so nothing was imported"));
    // Three records without titles: three reasons, each at its record's first line.
    const ReferenceReadResult untitled = ris("rispy-example_multiline.ris");
    CHECK(untitled.references.empty());
    CHECK(untitled.skipped.size() == 3);
    CHECK(untitled.skipped[1].line == 8);
}

TEST_CASE("Zotero's RIS test cases: one-space tags, DA before Y1, A1 with AU, dx.doi.org",
          "[evidence][import]")
{
    const ReferenceReadResult oneSpace = ris("zotero-ris-one-space-tags.ris");
    REQUIRE(oneSpace.references.size() == 1);
    const EvidenceSource& snake = oneSpace.references.front();
    CHECK(snake.title.startsWith(QStringLiteral("Rapid identification of thousands of copperhead snake")));
    CHECK(snake.authors.startsWith(QStringLiteral("CASTOE TA, POOLE AW, GU W, KONING APJD")));
    CHECK(snake.year == 2009);
    CHECK(snake.publisher == QStringLiteral("Molecular Ecology Resources"));
    CHECK(snake.identifiers.url == QStringLiteral("http://dx.doi.org/10.1111/j.1755-0998.2009.02750.x"));
    CHECK(snake.identifiers.doi ==
          QStringLiteral("10.1111/j.1755-0998.2009.02750.x")); // from the doi.org address

    const ReferenceReadResult deprecated = ris("zotero-ris-da-before-y1.ris");
    REQUIRE(deprecated.references.size() == 1);
    CHECK(deprecated.references.front().year == 1950); // DA wins over the deprecated Y1 written before it

    const ReferenceReadResult mixed = ris("zotero-ris-mixed-author-tags.ris");
    REQUIRE(mixed.references.size() == 1);
    CHECK(mixed.references.front().authors == QStringLiteral("Georgiev D, Bello L, Carmi A, Cohen E"));

    const ReferenceReadResult dated = ris("zotero-ris-dates-and-doi.ris");
    REQUIRE(dated.references.size() == 1);
    CHECK(dated.references.front().year == 2014);
    CHECK(dated.references.front().identifiers.doi == QStringLiteral("10.3109/07434618.2014.906498"));
    CHECK(dated.references.front().locator == QStringLiteral("30(2):99-105"));
}

TEST_CASE("Exporters' habits: Ovid, JSTOR, Scopus, Embase, Web of Science, ProQuest", "[evidence][import]")
{
    const ReferenceReadResult ovid = ris("ovid-medline.ris");
    CHECK(ovid.isWhole());
    REQUIRE(ovid.references.size() == 2);
    CHECK(ovid.references[0].identifiers.pmid == QStringLiteral("17222320")); // Ovid's AN
    CHECK(ovid.references[0].identifiers.doi == QStringLiteral("10.1111/j.1572-0241.2007.01045.x"));
    CHECK(ovid.references[0].authors == QStringLiteral("Smith JP, Stock H"));
    CHECK(ovid.references[1].identifiers.pmid == QStringLiteral("23359310"));

    const ReferenceReadResult jstor = ris("jstor-export.ris");
    CHECK(jstor.isWhole());
    CHECK(titlesOf(jstor).size() == 2);

    // Scopus: a reference list of over 40,000 characters in N1 is shortened, marked and reported.
    const ReferenceReadResult scopus = ris("scopus-export.ris");
    REQUIRE(scopus.references.size() == 2);
    CHECK(scopus.skipped.empty());
    REQUIRE(scopus.shortened.size() == 1);
    CHECK(scopus.shortened.front().location == QStringLiteral("scopus-export.ris:13: record 1: N1"));
    CHECK(scopus.shortened.front().problem.contains(QStringLiteral("more than the 4000 kept; shortened")));
    const QString& note = scopus.references[0].note;
    CHECK(note.size() <= kMaximumEvidenceTextLength);
    CHECK(note.startsWith(QStringLiteral("Cited By: 3; Export Date: 2 March 2025\nReferences: Author1 A")));
    CHECK(note.contains(QStringLiteral("[\u2026 shortened on import: ")));
    CHECK(scopus.references[1].identifiers.doi == QStringLiteral("10.1136/bmjopen-2020-045003"));
    CHECK_THROWS_WITH(scopus.requireWhole(), Catch::StartsWith("scopus-export.ris:13: record 1: N1: "));

    // Embase: "Liu R." keeps no dots, the PMID is in C5, the DOI has a dx.doi.org prefix.
    const ReferenceReadResult embase = ris("embase-export.ris");
    CHECK(embase.isWhole());
    REQUIRE(embase.references.size() == 1);
    CHECK(embase.references[0].authors == QStringLiteral("Liu R, Gironi M, Martinelli-Boneschi F"));
    CHECK(embase.references[0].identifiers.pmid == QStringLiteral("18728058"));
    CHECK(embase.references[0].identifiers.doi == QStringLiteral("10.1177/1352458508095828"));
    CHECK(embase.references[0].year == 2008);

    // EndNote from Web of Science: <Go to ISI> links become a note line, not a refusal.
    const ReferenceReadResult wos = ris("wos-endnote-export.ris");
    CHECK(wos.isWhole());
    REQUIRE(wos.references.size() == 2);
    CHECK(wos.references[0].identifiers.url ==
          QStringLiteral("https://academic.oup.com/painmedicine/article/10/4/663/1837413"));
    CHECK(wos.references[0].note ==
          QStringLiteral("Web of Science: WOS:000266125700009\nOther web addresses: "
                         "https://europepmc.org/article/MED/19453963"));
    CHECK(wos.references[0].identifiers.pmid.isEmpty());

    // One space before the dash, and the last record without ER.
    const ReferenceReadResult proquest = ris("proquest-export.ris");
    CHECK(proquest.isWhole());
    CHECK(titlesOf(proquest) ==
          QStringList{QStringLiteral("The experience of taking low-dose naltrexone: a qualitative study"),
                      QStringLiteral("A patient survey of low-dose naltrexone use in long COVID")});
    CHECK(proquest.references[1].identifiers.doi == QStringLiteral("10.0000/jpr.2023.044"));
}

TEST_CASE("A file with bad records imports the good ones and lists the rest", "[evidence][import]")
{
    const ReferenceReadResult mixed = ris("mixed-good-and-bad.ris");
    CHECK(titlesOf(mixed) == QStringList{QStringLiteral("A good record that comes first"),
                                         QStringLiteral("Deprecated Y1 before DA")});
    CHECK(messagesOf(mixed.skipped) ==
          QStringList{
              QStringLiteral("mixed-good-and-bad.ris:7: record 2: TI: a title is required (TI or T1); the "
                             "record is left out"),
              QStringLiteral("mixed-good-and-bad.ris:16: record 3: PY: 1739 is not a possible year of "
                             "publication (1800 to 2200)")});
    CHECK(mixed.references[1].year == 2001);
    CHECK(mixed.references[1].identifiers.doi == QStringLiteral("10.1234/fake.good.2001"));
    CHECK_THROWS_WITH(mixed.requireWhole(), Catch::StartsWith("mixed-good-and-bad.ris:7: record 2: TI:"));
    CHECK_NOTHROW(mixed.requireSomething(QStringLiteral("mixed-good-and-bad.ris")));
}

TEST_CASE("PubMed's MEDLINE export (.nbib) is read", "[evidence][import]")
{
    const ReferenceReadResult pubmed = medline("pubmed-export.nbib");
    REQUIRE(pubmed.references.size() == 2);
    const EvidenceSource& younger = pubmed.references[0];
    CHECK(younger.title.startsWith(
        QStringLiteral("Low-dose naltrexone for the treatment of fibromyalgia: findings of a "
                       "small, randomized,")));
    CHECK(younger.authors == QStringLiteral("Younger J, Noor N, McCue R, Mackey S"));
    CHECK(younger.year == 2013);
    CHECK(younger.publisher == QStringLiteral("Arthritis and rheumatism"));
    CHECK(younger.locator == QStringLiteral("65(2):529-38"));
    CHECK(younger.identifiers.pmid == QStringLiteral("23359310"));
    CHECK(younger.identifiers.doi == QStringLiteral("10.1002/art.37734"));
    CHECK(younger.identifiers.pmcid == QStringLiteral("PMC4012925"));
    CHECK(younger.identifiers.nct == QStringLiteral("NCT00568555"));
    CHECK(pubmed.references[1].identifiers.doi == QStringLiteral("10.1111/j.1572-0241.2007.01045.x"));
    CHECK(messagesOf(pubmed.skipped) ==
          QStringList{
              QStringLiteral("pubmed-export.nbib:65: record 3: TI: a title is required (TI); the record is "
                             "left out")});

    const ReferenceReadResult zotero = medline("zotero-medline-pnas-and-book.nbib");
    REQUIRE(zotero.references.size() == 2);
    CHECK(zotero.references[0].authors == QStringLiteral("van Raaij MJ, Abrahams JP, Leslie AG, Walker JE"));
    CHECK(zotero.references[0].identifiers.pmcid == QStringLiteral("PMC38908"));
    CHECK(zotero.references[0].year == 1996);
    CHECK(zotero.references[1].title == QStringLiteral("Peutz-Jeghers Syndrome"));
    CHECK(zotero.references[1].year == 2009);
    const ReferenceReadResult lid = medline("zotero-medline-lid-doi.nbib");
    REQUIRE(lid.references.size() == 1);
    CHECK(lid.references[0].identifiers.doi == QStringLiteral("10.1016/j.puhe.2015.01.018"));
    CHECK(lid.references[0].authors == QStringLiteral("Fujiwara T"));
}

TEST_CASE("CSL-JSON: particles, suffixes and CJK names kept; EDTF and worded dates; rich text removed",
          "[evidence][import]")
{
    const ReferenceReadResult csl =
        CslJsonReader::read(referenceFile("csl-names-and-dates.json"), QStringLiteral("c.json"));
    REQUIRE(csl.references.size() == 5);
    const EvidenceSource& first = csl.references[0];
    CHECK(first.authors == QStringLiteral("dos Santos M, van Gogh V, King ML Jr., La Fontaine J de, 王小明"));
    CHECK(first.title == QStringLiteral("Low-dose naltrexone in Fibromyalgia: a pilot study of IL-6+ cells"));
    CHECK(first.publisher == QStringLiteral("Journal of Pain Research"));
    CHECK(first.year == 2019);
    CHECK(csl.references[1].year == 2019); // "April 3, 2019"
    CHECK(csl.references[2].year == 2020); // "Spring 2020"
    CHECK(csl.references[3].year == 2021); // "2021-21?": an uncertain spring
    CHECK_FALSE(csl.references[4].year);   // "forthcoming": kept without a year, and said so
    CHECK(messagesOf(csl.shortened) ==
          QStringList{QStringLiteral("c.json:35: record 5: issued: the date has no year; "
                                     "kept without one")});
    CHECK(messagesOf(csl.skipped) ==
          QStringList{
              QStringLiteral("c.json:41: record 6: issued: \"2013-02-30\" is not a real date"),
              QStringLiteral("c.json:47: record 7: title: a title is required; the record is left out")});
}

TEST_CASE("Names from RIS and CSL keep their form", "[evidence][import]")
{
    CHECK(ReferenceFields::authorFromRis(QStringLiteral("Liu R.")) == QStringLiteral("Liu R"));
    CHECK(ReferenceFields::authorFromRis(QStringLiteral("Smith J.P.")) == QStringLiteral("Smith JP"));
    CHECK(ReferenceFields::authorFromRis(QStringLiteral("van der Berg A.-B.")) ==
          QStringLiteral("van der Berg A-B"));
    CHECK(ReferenceFields::authorFromRis(QStringLiteral("FINAL Study Group")) ==
          QStringLiteral("FINAL Study Group"));
    CHECK(ReferenceFields::authorFromRis(QStringLiteral("王, 小明")) == QStringLiteral("王小明"));
    CHECK(ReferenceFields::authorFromRis(QStringLiteral("King, Martin L., Jr.")) ==
          QStringLiteral("King ML Jr."));
    CHECK(ReferenceFields::author(QStringLiteral("Alembert"), QStringLiteral("Jean"), QStringLiteral("d'"),
                                  {}, {}) == QStringLiteral("d'Alembert J"));
    CHECK(ReferenceFields::withoutRichText(QStringLiteral("a <b>bold</b> <sc>move</sc> < 5")) ==
          QStringLiteral("a bold move < 5"));
}
