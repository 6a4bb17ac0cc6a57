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

    // One line of a list that completes as a person types: the library's name and, when it was a
    // synonym that matched ("CFS/ME" for ME/CFS), that synonym.
    struct Completion {
        QString name;
        QString matchedSynonym; // empty when the name itself matched
        friend bool operator==(const Completion&, const Completion&) = default;
    };
    // Up to `most` conditions for what has been typed so far, best first: like suggestions, and
    // also names and synonyms that contain it anywhere ("myalgia" finds Fibromyalgia). Empty for
    // fewer than two letters or digits.
    std::vector<Completion> completions(const QString& typed, int most = 8) const;

    const std::vector<Condition>& library() const { return m_library; }

private:
    std::vector<Condition> m_library;
};

} // namespace ldn
