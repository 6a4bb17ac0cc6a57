#pragma once

#include "core/evidence/SummaryOfFindings.h"
#include "storage/evidence/EvidenceRepository.h"
#include "storage/evidence/EvidenceSearch.h"

#include <QTextStream>
#include <nlohmann/json.hpp>

namespace ldn {

// How `evidence condition` and `evidence search` print, as text for people and as JSON for scripts
// (docs/formats.md). Every claim shows its comparator and n; personal reports are printed last,
// under their own heading, and never appear in the summary table.
class EvidenceOutput {
public:
    static void printCondition(const ConditionEvidence& evidence, const SummaryOfFindings& summary,
                               QTextStream& out);
    static nlohmann::ordered_json conditionJson(const ConditionEvidence& evidence,
                                                const SummaryOfFindings& summary);

    static void printSearch(const QString& query, const EvidenceSearchResults& results, QTextStream& out);
    static nlohmann::ordered_json searchJson(const QString& query, const EvidenceSearchResults& results);

    static nlohmann::ordered_json sourceJson(const EvidenceSource& source);
    // {"doi", "pmid", "pmcid", "nct", "eudract", "actrn", "url"}, null where not known.
    static nlohmann::ordered_json identifiersJson(const EvidenceIdentifiers& identifiers);
    static nlohmann::ordered_json claimJson(const LinkedClaim& linked);

    // "[RCT (parallel)] Bruun et al. 2024. Title. Journal 6(1):e31. DOI ..., NCT ...": the design,
    // the citation by the rule every view shares (CitationText), then peer review, verification,
    // conflicts of interest and notes.
    static QString sourceLine(const EvidenceSource& source);
};

} // namespace ldn
