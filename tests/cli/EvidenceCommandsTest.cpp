#include "CliRun.h"
#include "cli/CommandLineTool.h"
#include "storage/db/Database.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QTextStream>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace ldn;
using ldn::test::DatabaseSnapshot;
using ldn::test::TemporaryFolder;

namespace {

using Outcome = ldn::test::CliRun;

class Library {
public:
    Library()
        : m_path(m_folder.file(QStringLiteral("diary.sqlite")))
    {}

    Outcome run(const QStringList& arguments) { return Outcome::on(m_path, arguments); }

    Outcome evidence(const QStringList& arguments)
    {
        return run(QStringList{QStringLiteral("evidence")} + arguments);
    }

    nlohmann::json json(const QStringList& arguments)
    {
        const Outcome outcome = evidence(arguments);
        REQUIRE(outcome.code == 0);
        return nlohmann::json::parse(outcome.out.toStdString());
    }

    DatabaseSnapshot snapshot()
    {
        Database database = Database::open(m_path);
        return DatabaseSnapshot::of(database.connection());
    }

    QString file(const QString& name) const { return m_folder.file(name); }

private:
    TemporaryFolder m_folder;
    QString m_path;
};

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

TEST_CASE("evidence condition prints the summary of findings, the claims, then personal reports apart",
          "[cli][evidence]")
{
    Library library;
    const Outcome me = library.evidence({QStringLiteral("condition"), QStringLiteral("CFS/ME")});
    REQUIRE(me.code == 0);
    CHECK(me.out.startsWith(QStringLiteral("ME/CFS\n")));
    CHECK(me.out.contains(QStringLiteral("Evidence: No randomised trial")));
    const qsizetype summary = me.out.indexOf(QStringLiteral("Summary of findings"));
    const qsizetype findings = me.out.indexOf(QStringLiteral("Findings and their sources"));
    const qsizetype lane =
        me.out.indexOf(QStringLiteral("Personal reports and advocacy (not graded, not counted)"));
    REQUIRE(summary > 0);
    REQUIRE(findings > summary);
    REQUIRE(lane > findings);
    // The case series counts; Bihari's claim and the patient's own story are only in the lane.
    CHECK(me.out.indexOf(QStringLiteral("Case series / report")) > findings);
    CHECK(me.out.indexOf(QStringLiteral("about half of his CFS/ME patients")) > lane);
    CHECK(me.out.indexOf(QStringLiteral("The author, who has CFS/ME")) > lane);
    CHECK(me.out.contains(QStringLiteral("global improvement  benefit")));
    CHECK(me.out.contains(QStringLiteral("benefit, no comparator, n=218")));
    CHECK(me.out.contains(QStringLiteral("Very low")));

    const Outcome acne = library.evidence({QStringLiteral("condition"), QStringLiteral("acne")});
    REQUIRE(acne.code == 0);
    CHECK(
        acne.out.contains(QStringLiteral("No studies or reports of LDN for this condition in the library")));
    const Outcome cancer = library.evidence(
        {QStringLiteral("condition"), QStringLiteral("pancreatic"), QStringLiteral("cancer")});
    REQUIRE(cancer.code == 0);
    CHECK(
        cancer.out.contains(QStringLiteral("No trial evidence: only personal reports and advocacy claims")));
    CHECK(cancer.out.contains(QStringLiteral("No studies of LDN for this condition are in the library.")));
}

TEST_CASE("evidence condition --json puts null trials beside positive ones, with comparator and n",
          "[cli][evidence]")
{
    Library library;
    const nlohmann::json fibromyalgia =
        library.json({QStringLiteral("condition"), QStringLiteral("FM"), QStringLiteral("--json")});
    CHECK(fibromyalgia["condition"]["name"] == "Fibromyalgia");
    CHECK(fibromyalgia["evidence_status"] == "randomised_trials");
    const nlohmann::json& pain = fibromyalgia["summary"][0];
    CHECK(pain["outcome"] == "pain");
    CHECK(pain["directions"]["benefit"] == 2);
    CHECK(pain["directions"]["no_difference"] == 3);
    CHECK(pain["studies"] == 5);
    CHECK(pain["participants"] == 188);
    CHECK(pain["certainty"] == "low");
    CHECK(pain["grade"]["reasons"].size() == 2);
    bool foundFinal = false;
    for (const nlohmann::json& claim : fibromyalgia["claims"]) {
        CHECK(claim.contains("comparator"));
        CHECK(claim.contains("participants"));
        if (claim["key"] == "bruun-2024-pain") {
            foundFinal = true;
            CHECK(claim["direction"] == "no_difference");
            CHECK(claim["comparator"] == "placebo");
            CHECK(claim["participants"] == 99);
            CHECK(claim["effect"]["ci95"] == nlohmann::json::array({-0.95, 0.27}));
            CHECK(claim["sources"][0]["nct"] == "NCT04270877");
            CHECK(claim["sources"][0]["eudract"] == "2019-000702-30");
            CHECK(claim["sources"][0]["identifiers"]["nct"] == "NCT04270877");
            CHECK(claim["sources"][0]["identifiers"]["doi"] == claim["sources"][0]["doi"]);
        }
    }
    CHECK(foundFinal);
    for (const nlohmann::json& claim : fibromyalgia["personal_reports"]) {
        const std::string design = claim["design"];
        CHECK((design == "patient_report" || design == "news_advocacy"));
    }
}

TEST_CASE("evidence search finds by prefix and identifier, as text and JSON", "[cli][evidence]")
{
    Library library;
    const nlohmann::json fibro =
        library.json({QStringLiteral("search"), QStringLiteral("fibro"), QStringLiteral("--json")});
    REQUIRE_FALSE(fibro["conditions"].empty());
    CHECK(fibro["conditions"][0]["title"] == "Fibromyalgia");
    CHECK_FALSE(fibro["claims"].empty());

    const Outcome nct = library.evidence({QStringLiteral("search"), QStringLiteral("NCT04270877")});
    REQUIRE(nct.code == 0);
    CHECK(nct.out.startsWith(QStringLiteral("Sources\n  [RCT (parallel)] FINAL:")));
    const nlohmann::json final =
        library.json({QStringLiteral("search"), QStringLiteral("NCT04270877"), QStringLiteral("--json")});
    REQUIRE(final["sources"].size() == 1);
    CHECK(final["sources"][0]["identifiers"]["nct"] == "NCT04270877");
    CHECK(final["sources"][0]["identifiers"]["eudract"] == "2019-000702-30");
    CHECK(final["sources"][0]["identifiers"].size() == 7);
    const Outcome nothing = library.evidence({QStringLiteral("search"), QStringLiteral("zzqqy")});
    CHECK(nothing.out == QStringLiteral("Nothing in the evidence library matches \"zzqqy\".\n"));
    CHECK(library.evidence({QStringLiteral("search")}).code == 1);
    CHECK(library
              .evidence({QStringLiteral("search"), QStringLiteral("pain"), QStringLiteral("--limit"),
                         QStringLiteral("0")})
              .code == 2);
}

TEST_CASE("evidence import refuses a malformed file whole and export round-trips the person's entries",
          "[cli][evidence]")
{
    Library library;
    REQUIRE(library.evidence({QStringLiteral("list")}).code == 0); // installs the bundled pack
    const DatabaseSnapshot before = library.snapshot();
    const QString bad = library.file(QStringLiteral("bad.ris"));
    writeFile(bad, "TY  - JOUR\nTI  - Quokkas and low-dose naltrexone\nER  - \nTY  - JOUR\nPY  - 2024\nDO  - "
                   "10.1002/abc\n");
    const Outcome refused = library.evidence({QStringLiteral("import"), QStringLiteral("--strict"), bad});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(QStringLiteral("bad.ris:4: record 2: TI: a title is required (TI or T1)")));
    CHECK(library.snapshot() == before);

    // Without --strict the good record is taken and the other listed with its line and reason.
    const Outcome partial = library.evidence({QStringLiteral("import"), bad});
    REQUIRE(partial.code == 0);
    CHECK(partial.out.contains(
        QStringLiteral("Imported bad.ris (RIS): 1 source added, 0 already in the library.")));
    CHECK(partial.out.contains(
        QStringLiteral("Skipped 1 record that cannot be imported:\n  bad.ris:4: record 2: "
                       "TI: a title is required")));
    const nlohmann::json first =
        library.json({QStringLiteral("search"), QStringLiteral("Quokkas"), QStringLiteral("--json")});
    REQUIRE(first["sources"].size() == 1);

    // A file in which no record can be imported changes nothing and exits 2.
    const DatabaseSnapshot afterPartial = library.snapshot();
    const QString none = library.file(QStringLiteral("none.ris"));
    writeFile(none, "TY  - JOUR\nPY  - 2024\nER  - \n");
    const Outcome nothing = library.evidence({QStringLiteral("import"), none});
    CHECK(nothing.code == 2);
    CHECK(nothing.err.contains(QStringLiteral("none.ris:1: record 1: TI: a title is required")));
    CHECK(library.snapshot() == afterPartial);

    const QString good = library.file(QStringLiteral("good.ris"));
    writeFile(good, "TY  - JOUR\nTI  - A paper my GP printed\nAU  - Doe, Jane\nPY  - 2022\nDO  - "
                    "10.5555/gp.2022\nER  - \n");
    const Outcome imported = library.evidence({QStringLiteral("import"), good});
    REQUIRE(imported.code == 0);
    CHECK(imported.out.startsWith(
        QStringLiteral("Imported good.ris (RIS): 1 source added, 0 already in the library.")));
    CHECK(imported.out.contains(QStringLiteral("unclassified")));

    const QString exported = library.file(QStringLiteral("mine.json"));
    const Outcome wrote = library.evidence({QStringLiteral("export"), exported});
    REQUIRE(wrote.code == 0);
    CHECK(wrote.out.startsWith(QStringLiteral("Exported 2 sources, 0 findings and 0 grades")));

    Library other;
    const Outcome again = other.evidence({QStringLiteral("import"), exported});
    REQUIRE(again.code == 0);
    CHECK(again.out.contains(QStringLiteral("(evidence pack): 2 sources added")));
    const nlohmann::json found =
        other.json({QStringLiteral("search"), QStringLiteral("10.5555/gp.2022"), QStringLiteral("--json")});
    REQUIRE(found["sources"].size() == 1);
    CHECK(found["sources"][0]["design"] == "unclassified");
    CHECK(found["sources"][0]["origin"] == "user");
    CHECK(found["sources"][0]["identifiers"] == nlohmann::json{{"doi", "10.5555/gp.2022"},
                                                               {"pmid", nullptr},
                                                               {"pmcid", nullptr},
                                                               {"nct", nullptr},
                                                               {"eudract", nullptr},
                                                               {"actrn", nullptr},
                                                               {"url", nullptr}});
}

TEST_CASE("evidence reports unknown conditions and actions", "[cli][evidence]")
{
    Library library;
    const Outcome unknown = library.evidence({QStringLiteral("condition"), QStringLiteral("lymph")});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral("did you mean: Chronic lymphocytic leukaemia, Lymphoma?")));
    CHECK(library.evidence({QStringLiteral("grade")}).code == 1);
    CHECK(library.evidence({}).code == 1);
    const Outcome help = library.run({QStringLiteral("evidence"), QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("evidence condition NAME [--json]")));
}

TEST_CASE("Names keep their particles in the library and are found by them", "[cli][evidence]")
{
    Library library;
    const Outcome imported =
        library.evidence({QStringLiteral("import"),
                          ldn::test::testData(QStringLiteral("references/csl-names-and-dates.json"))});
    REQUIRE(imported.code == 0);
    CHECK(imported.out.contains(QStringLiteral("5 sources added")));
    CHECK(imported.out.contains(QStringLiteral("Skipped 2 records")));
    CHECK(imported.out.contains(
        QStringLiteral("csl-names-and-dates.json:41: record 6: issued: \"2013-02-30\" is not a "
                       "real date")));
    CHECK(imported.out.contains(QStringLiteral("Imported with a field shortened or left out (1):")));
    for (const QString& name :
         {QStringLiteral("van Gogh"), QStringLiteral("dos Santos"), QStringLiteral("王小明")}) {
        INFO(name.toStdString());
        const nlohmann::json found = library.json({QStringLiteral("search"), name, QStringLiteral("--json")});
        REQUIRE(found["sources"].size() == 1);
        CHECK(found["sources"][0]["title"] ==
              "Low-dose naltrexone in Fibromyalgia: a pilot study of IL-6+ cells");
        CHECK(found["sources"][0]["identifiers"]["doi"] == "10.1234/example.2019.1");
    }
}

TEST_CASE("PubMed's .nbib export is imported", "[cli][evidence]")
{
    Library library;
    const Outcome imported = library.evidence(
        {QStringLiteral("import"), ldn::test::testData(QStringLiteral("references/pubmed-export.nbib"))});
    REQUIRE(imported.code == 0);
    // Both good records are already in the bundled library (by PMID and DOI); the third has no title.
    CHECK(imported.out.startsWith(
        QStringLiteral("Imported pubmed-export.nbib (MEDLINE): 0 sources added, 2 already "
                       "in the library.")));
    CHECK(imported.out.contains(QStringLiteral("pubmed-export.nbib:65: record 3: TI: a title is required")));
}
