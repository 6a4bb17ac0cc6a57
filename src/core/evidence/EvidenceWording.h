#pragma once

#include "core/evidence/EvidenceClaim.h"

#include <QString>

namespace ldn {

// How a finding's comparator, n and effect are put into words, the same in the CLI, the Evidence
// tab and the GP report.
class EvidenceWording {
public:
    // "vs placebo, n=99", "vs baseline only (no control group), n=12": every claim shows both.
    static QString comparatorAndN(const EvidenceClaim& claim);
    // "difference in pain -0.34 (95% CI -0.95 to 0.27), p=0.27"; empty when nothing is reported.
    static QString effectText(const EffectEstimate& effect);
};

} // namespace ldn
