#pragma once

#include "core/evidence/EvidenceVocabulary.h"

#include <QString>

#include <optional>

namespace ldn {

// Oxford Centre for Evidence-Based Medicine 2011 levels for "does this intervention help?":
// 1 systematic review of randomised trials, 2 randomised trial, 3 non-randomised controlled or
// follow-up study, 4 case series or historically controlled study, 5 mechanism-based reasoning.
// Guidelines, trial registrations, personal reports and unclassified references have no level:
// they are not studies of whether LDN helps.
class CebmLevel {
public:
    static std::optional<int> forKind(SourceKind kind);
    // "Level 2: randomised trial"
    static QString describe(int level);
};

} // namespace ldn
