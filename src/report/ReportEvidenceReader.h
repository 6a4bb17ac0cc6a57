#pragma once

#include "report/ReportEvidence.h"

#include <QStringList>

#include <optional>

namespace ldn {

class Database;

// Fills the report's evidence section from the evidence library (EvidenceRepository and
// SummaryOfFindings) for the person's conditions: one summary-of-findings row per condition and
// outcome, counted over studies only, guideline positions and trials under way as notes, and
// numbered references with their DOI, PubMed or registry identifiers. Reads only.
class ReportEvidenceReader {
public:
    // Empty when no evidence library is installed (no pack and none of the person's own sources).
    static std::optional<ReportEvidence> read(Database& database, const QStringList& conditions);

    static constexpr const char* kPackName = "ldn-evidence";
};

} // namespace ldn
