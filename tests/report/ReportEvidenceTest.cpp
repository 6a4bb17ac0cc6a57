#include "presentation/CitationText.h"
#include "report/ReportEvidenceReader.h"
#include "storage/db/Database.h"
#include "storage/evidence/EvidencePackInstaller.h"
#include "storage/evidence/EvidenceRepository.h"
#include "support/TestEnvironment.h"

#include <catch2/catch.hpp>

#include <map>

namespace ldn::test {

TEST_CASE("The report's references cite their sources by the rule the CLI and the Evidence tab use",
          "[report][evidence]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    EvidencePackInstaller::installBundled(database);
    const std::optional<ReportEvidence> evidence =
        ReportEvidenceReader::read(database, {QStringLiteral("Fibromyalgia"), QStringLiteral("ME/CFS"),
                                              QStringLiteral("Crohn's disease")});
    REQUIRE(evidence);
    REQUIRE(evidence->references.size() > 5);

    // Every reference is a source of the library, cited as CitationText cites it.
    std::map<QString, EvidenceSource> byReference;
    for (const EvidenceSource& source : EvidenceRepository(database).sources(EntryOrigin::Bundled)) {
        byReference[CitationText::reference(source) + QLatin1Char('.')] = source;
    }
    bool sawDoiWithTrial = false;
    bool sawAddressAlone = false;
    for (const ReportEvidence::Reference& reference : evidence->references) {
        INFO(reference.citation.toStdString());
        const auto found = byReference.find(reference.citation);
        REQUIRE(found != byReference.end());
        const EvidenceIdentifiers& id = found->second.identifiers;
        CHECK(reference.identifiers == CitationText::identifiersText(id));
        if (!id.doi.isEmpty() && !id.nct.isEmpty()) {
            // DOI first, the registry after it.
            CHECK(reference.identifiers.indexOf(QStringLiteral("DOI ")) == 0);
            CHECK(reference.identifiers.indexOf(id.nct) > 0);
            sawDoiWithTrial = true;
        }
        if (!id.url.isEmpty()) {
            // An address only when there is nothing better (NICE's guideline has no DOI).
            CHECK(reference.identifiers == id.url);
            sawAddressAlone = true;
        }
    }
    CHECK(sawDoiWithTrial);
    CHECK(sawAddressAlone);
}

} // namespace ldn::test
