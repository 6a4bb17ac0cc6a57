#pragma once

#include "report/TrialAgreement.h"

#include <cstdint>

namespace ldn {

class Database;

// Reads what the trial agreement shows from the diary: the profile, its latest trial, the titration
// plan in force at the trial's start, the dose taken before it and the medicines. Reads only.
class TrialAgreementBuilder {
public:
    explicit TrialAgreementBuilder(Database& database);

    // Throws InputError ("profile") for an unknown profile and ("trial") when the profile has no
    // trial. `evidence` is filled in by the caller (ReportEvidenceReader), as for the GP report.
    TrialAgreement build(std::int64_t profileId, std::optional<ReportEvidence> evidence, PaperSize paper,
                         const QDate& today) const;

private:
    Database& m_database;
};

} // namespace ldn
