#include "storage/evidence/EvidenceImporter.h"

#include "core/base/InputError.h"
#include "core/evidence/EvidencePackJson.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/evidence/EvidencePackInstaller.h"
#include "storage/evidence/EvidenceRepository.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace ldn;
using ldn::test::DatabaseSnapshot;
using ldn::test::TemporaryFolder;

namespace {

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray dataFile(const char* name)
{
    QFile file(ldn::test::testData(QStringLiteral("evidence/") + QLatin1String(name)));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

int count(Database& database, const char* sql)
{
    Statement statement = database.connection().prepare(sql);
    REQUIRE(statement.step());
    return statement.integer(0);
}

struct Library {
    Library()
        : path(folder.file(QStringLiteral("diary.sqlite")))
        , database(Database::open(path))
    {
        EvidencePackInstaller::installBundled(database);
    }

    TemporaryFolder folder;
    QString path;
    Database database;
};

} // namespace

TEST_CASE("References import as the person's own unclassified sources, once", "[evidence][import]")
{
    Library library;
    EvidenceImporter importer(library.database);
    const QString ris = library.folder.file(QStringLiteral("pubmed.ris"));
    writeFile(ris, dataFile("pubmed-export.ris"));
    const EvidenceFileImport first = importer.importFile(ris);
    CHECK(first.format == EvidenceFileFormat::Ris);
    CHECK(first.records == 2);
    // Smith 2007 is in the bundled pack already (same PubMed id); the 2011 record is new.
    CHECK(first.result.sourcesAdded == 1);
    CHECK(first.result.sourcesAlreadyPresent == 1);
    CHECK(count(library.database, "SELECT count(*) FROM evidence_source WHERE origin = 'user' AND kind = "
                                  "'unclassified' AND verification = 'unconfirmed'") == 1);
    CHECK(count(library.database, "SELECT count(*) FROM evidence_source WHERE pmid = '17222320'") == 1);

    const EvidenceFileImport again = importer.importFile(ris);
    CHECK(again.result.sourcesAdded == 0);
    CHECK(again.result.sourcesAlreadyPresent == 2);

    // Younger 2013 is already in the bundled pack (same DOI); the other reference is new.
    const QString csl = library.folder.file(QStringLiteral("zotero.json"));
    writeFile(csl, dataFile("zotero-export.json"));
    const EvidenceFileImport zotero = importer.importFile(csl);
    CHECK(zotero.format == EvidenceFileFormat::CslJson);
    CHECK(zotero.result.sourcesAdded == 1);
    CHECK(zotero.result.sourcesAlreadyPresent == 1);
    CHECK(count(library.database, "SELECT count(*) FROM evidence_source WHERE doi = '10.1002/art.37734'") ==
          1);
}

TEST_CASE("With --strict, a reference file with any bad record is refused whole", "[evidence][import]")
{
    Library library;
    EvidenceImporter importer(library.database);
    const QByteArray csl = dataFile("zotero-export.json");
    const QByteArray ris = dataFile("pubmed-export.ris");
    const std::vector<std::tuple<const char*, QByteArray, const char*>> cases{
        {"truncated.json", csl.left(csl.indexOf("Lancet")), "truncated.json:24: record 2: not valid JSON"},
        {"types.json", QByteArray(csl).replace("\"volume\": 6", "\"volume\": [6]"),
         "types.json:21: record 2: volume:"},
        {"doi.json", QByteArray(csl).replace("https://doi.org/10.1002/art.37734", "10.1002/"),
         "doi.json:2: record 1: DOI:"},
        {"untitled.ris",
         QByteArray(ris).replace("T1  - Therapy with the opioid antagonist naltrexone in Crohn's disease\n",
                                 ""),
         "untitled.ris:17: record 2: TI:"},
    };
    for (const auto& [name, content, expected] : cases) {
        INFO(name);
        const QString path = library.folder.file(QString::fromLatin1(name));
        writeFile(path, content);
        const DatabaseSnapshot before = DatabaseSnapshot::of(library.database.connection());
        try {
            importer.importFile(path, true);
            FAIL("a malformed file was imported");
        } catch (const InputError& error) {
            INFO(error.message().toStdString());
            CHECK(error.message().startsWith(QString::fromLatin1(expected)));
        }
        CHECK(DatabaseSnapshot::of(library.database.connection()) == before);
    }
    // The first record of a file whose second is bad is not imported either.
    CHECK(count(library.database, "SELECT count(*) FROM evidence_source WHERE origin = 'user'") == 0);
    CHECK_THROWS_AS(importer.importFile(library.folder.file(QStringLiteral("missing.ris"))), InputError);
}

TEST_CASE(
    "Without --strict the good records are imported and the rest listed; a file with none changes nothing",
    "[evidence][import]")
{
    Library library;
    EvidenceImporter importer(library.database);
    const QByteArray ris = dataFile("pubmed-export.ris");
    const QString partial = library.folder.file(QStringLiteral("untitled.ris"));
    writeFile(partial, QByteArray(ris).replace(
                           "T1  - Therapy with the opioid antagonist naltrexone in Crohn's disease\n", ""));
    const EvidenceFileImport imported = importer.importFile(partial);
    CHECK(imported.records == 2);
    CHECK(imported.result.sourcesAlreadyPresent == 1); // Smith 2007, in the bundled pack
    REQUIRE(imported.skipped.size() == 1);
    CHECK(imported.skipped.front().message().startsWith(
        QStringLiteral("untitled.ris:17: record 2: TI: a title")));

    const QString nothing = library.folder.file(QStringLiteral("nothing.ris"));
    writeFile(nothing, "TY  - JOUR\nAU  - Smith, J\nER  - \n\nTY  - JOUR\nPY  - 1066\nTI  - Old\nER  - \n");
    const DatabaseSnapshot before = DatabaseSnapshot::of(library.database.connection());
    CHECK_THROWS_WITH(importer.importFile(nothing),
                      Catch::StartsWith("nothing.ris:1: record 1: TI: a title is required") &&
                          Catch::Contains("none of the file's 2 records can be imported"));
    CHECK(DatabaseSnapshot::of(library.database.connection()) == before);
}

TEST_CASE("A duplicate fills the identifiers the stored copy lacks", "[evidence][import]")
{
    Library library;
    EvidenceImporter importer(library.database);
    const QString bare = library.folder.file(QStringLiteral("bare.ris"));
    writeFile(bare, "TY  - JOUR\nTI  - A trial of my own\nPY  - 2020\nER  - \n");
    CHECK(importer.importFile(bare).result.sourcesAdded == 1);
    // The same paper again, now with a DOI and a PMID, and twice in one file.
    const QString richer = library.folder.file(QStringLiteral("richer.ris"));
    writeFile(richer,
              "TY  - JOUR\nTI  - A trial of my own\nPY  - 2020\nDO  - 10.1234/own.2020\nER  - \n"
              "TY  - JOUR\nTI  - A trial of my own\nPY  - 2020\nAN  - 31234567\nC2  - PMC7654321\nER  - \n");
    const EvidenceFileImport merged = importer.importFile(richer);
    CHECK(merged.result.sourcesAdded == 0);
    CHECK(merged.result.sourcesAlreadyPresent == 2);
    CHECK(merged.result.sourcesMerged == 2);
    CHECK(count(library.database, "SELECT count(*) FROM evidence_source WHERE origin = 'user'") == 1);
    CHECK(count(library.database,
                "SELECT count(*) FROM evidence_source WHERE doi = '10.1234/own.2020' AND pmid = "
                "'31234567' AND pmcid = 'PMC7654321'") == 1);
    // Found again by its new identifiers (the search index follows).
    CHECK(count(library.database, "SELECT count(*) FROM evidence_source_fts WHERE evidence_source_fts MATCH "
                                  "'\"31234567\"'") == 1);
    // A bundled entry is never changed by an import: Smith 2007 without its DOI stays as the pack has it.
    const QString bundled = library.folder.file(QStringLiteral("bundled.ris"));
    writeFile(bundled,
              "TY  - JOUR\nTI  - Other title\nAN  - 17222320\nUR  - https://example.org/smith\nER  - \n");
    CHECK(importer.importFile(bundled).result.sourcesMerged == 0);
    CHECK(count(library.database,
                "SELECT count(*) FROM evidence_source WHERE url = 'https://example.org/smith'") == 0);
}

TEST_CASE("The person's entries survive export and import into another library", "[evidence][import]")
{
    Library mine;
    EvidenceRepository repository(mine.database);
    EvidenceSource letter;
    letter.kind = SourceKind::CaseSeries;
    letter.title = QStringLiteral("Three patients in our clinic");
    letter.authors = QStringLiteral("Doe J");
    letter.year = 2023;
    letter.identifiers.pmid = QStringLiteral("12345678");
    const std::int64_t letterId = repository.addSource(letter);
    Statement final = mine.database.connection().prepare(
        "SELECT id FROM evidence_source WHERE bundled_key = 'bruun-2024-final'");
    REQUIRE(final.step());
    EvidenceClaim claim;
    claim.conditionId = repository.findCondition(QStringLiteral("fibromyalgia"))->id;
    claim.outcome = QStringLiteral("sleep");
    claim.comparator = Comparator::BaselineOnly;
    claim.direction = EffectDirection::Benefit;
    claim.summary = QStringLiteral("Two of three slept better.");
    claim.participants = 3;
    claim.sourceIds = {letterId, final.int64(0)};
    repository.addClaim(claim);
    // A condition the pack does not know, as a profile would create it.
    mine.database.connection()
        .prepare("INSERT INTO condition (name, category, origin) VALUES ('Hypothyroidism', 'other', 'user')")
        .run();
    const std::int64_t hypothyroid = mine.database.connection().lastInsertRowId();
    EvidenceClaim thyroid;
    thyroid.conditionId = hypothyroid;
    thyroid.outcome = QStringLiteral("thyroid dose");
    thyroid.direction = EffectDirection::Unclear;
    thyroid.sourceIds = {letterId};
    repository.addClaim(thyroid);
    GradeAssessment grade;
    grade.conditionId = claim.conditionId;
    grade.outcome = QStringLiteral("sleep");
    grade.start = GradeStart::Observational;
    grade.reasons = {{GradeDomain::Imprecision, -1, QStringLiteral("three people")}};
    repository.setGrade(grade);

    const QString file = mine.folder.file(QStringLiteral("my-evidence.json"));
    const EvidencePack exported = EvidenceImporter(mine.database).exportFile(file);
    CHECK(exported.sources.size() == 2); // the person's own and the bundled one their claim cites
    CHECK(exported.claims.size() == 2);
    CHECK(exported.grades.size() == 1);
    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const EvidencePack reread =
        EvidencePackJson::parse(written.readAll(), QStringLiteral("my-evidence.json"));
    CHECK(reread.claims.size() == 2);

    Library theirs;
    const EvidenceFileImport imported = EvidenceImporter(theirs.database).importFile(file);
    CHECK(imported.format == EvidenceFileFormat::EvidencePack);
    CHECK(imported.result.sourcesAdded == 1);
    CHECK(imported.result.sourcesAlreadyPresent == 1); // FINAL is in their bundled pack already
    CHECK(imported.result.claimsAdded == 2);
    CHECK(imported.result.gradesAdded == 1);
    CHECK(imported.result.conditionsAdded == 1); // Hypothyroidism
    EvidenceRepository their(theirs.database);
    const ConditionEvidence fibromyalgia =
        their.conditionEvidence(their.findCondition(QStringLiteral("FM"))->id);
    const auto sleep =
        std::find_if(fibromyalgia.claims.begin(), fibromyalgia.claims.end(),
                     [](const LinkedClaim& linked) { return linked.claim.origin == EntryOrigin::User; });
    REQUIRE(sleep != fibromyalgia.claims.end());
    CHECK(sleep->claim.summary == QStringLiteral("Two of three slept better."));
    CHECK(sleep->claim.comparator == Comparator::BaselineOnly);
    CHECK(sleep->claim.participants == 3);
    REQUIRE(sleep->sources.size() == 2);
    CHECK(std::any_of(sleep->sources.begin(), sleep->sources.end(), [](const EvidenceSource& source) {
        return source.key == QLatin1String("bruun-2024-final");
    }));
    CHECK(their.findCondition(QStringLiteral("Hypothyroidism"))->origin == EntryOrigin::User);

    // Importing the same file again adds nothing.
    const DatabaseSnapshot before = DatabaseSnapshot::of(theirs.database.connection());
    const EvidenceFileImport twice = EvidenceImporter(theirs.database).importFile(file);
    CHECK(twice.result.sourcesAdded == 0);
    CHECK(twice.result.claimsAdded == 0);
    CHECK(twice.result.gradesAdded == 0);
    CHECK(DatabaseSnapshot::of(theirs.database.connection()) == before);
}
