#pragma once

#include "core/evidence/Condition.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ldn {

// Finds a condition of the library from what a person typed. People write "fibro", "CFS/ME" or
// "crohns": a name or synonym in any case is the condition itself; a beginning of a name
// ("fibro") or a near spelling ("fibromyalga") is only suggested, for the person to confirm, so
// nothing is linked to a condition the person did not choose.
class ConditionMatcher {
public:
    explicit ConditionMatcher(std::vector<Condition> library);

    // The condition whose name or one of whose synonyms is `typed` (ignoring case and stray spaces).
    std::optional<Condition> exact(const QString& typed) const;
    // Up to `most` library names for `typed`, best first: exact, then names and synonyms that begin
    // with it, then near spellings. Empty when nothing is close.
    QStringList suggestions(const QString& typed, int most = 3) const;
    // Every name to complete against: each condition's name, then its synonyms.
    QStringList allNames() const;

    const std::vector<Condition>& library() const { return m_library; }

private:
    std::vector<Condition> m_library;
};

} // namespace ldn
