#pragma once

#include "core/evidence/Condition.h"
#include "core/evidence/EvidenceClaim.h"
#include "core/evidence/EvidenceSource.h"
#include "core/evidence/GradeAssessment.h"

#include <QString>

#include <map>
#include <vector>

namespace ldn {

// A versioned set of conditions, sources, claims and grades, each with a stable key: the bundled
// library that ships with the application, or a person's own entries exported to a file. The
// format is described in docs/formats.md.
struct EvidencePack {
    static constexpr const char* kFormat = "ldn-evidence-pack";
    static constexpr int kFormatVersion = 1;
    static constexpr const char* kBundledName = "ldn-evidence";

    QString name; // "ldn-evidence" for the bundled pack
    int version = 1;
    QString title;
    QString description;
    std::vector<Condition> conditions;
    std::vector<EvidenceSource> sources;
    std::vector<EvidenceClaim> claims;
    std::vector<GradeAssessment> grades;
    // The pack's own statement of each condition's evidence status, by condition key; checked
    // against the pack's claims when it is read.
    std::map<QString, EvidenceStatus> declaredStatus;
};

} // namespace ldn
