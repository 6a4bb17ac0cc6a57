#pragma once

#include "core/evidence/EvidenceVocabulary.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace ldn {

// An effect as a source reports it: "difference in pain NRS −0.34 (95% CI −0.95 to 0.27), p=0.27".
// Anything not reported stays empty, never 0.
struct EffectEstimate {
    QString metric;
    std::optional<double> value;
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    QString pValue; // as reported: "0.016", "<0.001"

    bool isEmpty() const { return metric.isEmpty() && !value && !ciLow && !ciHigh && pValue.isEmpty(); }
};

// One finding about LDN for one condition and outcome, with what it was compared against and how
// many people it rests on, linked to the sources that report it.
struct EvidenceClaim {
    std::int64_t id = 0; // database id; 0 when not stored
    QString key;         // the evidence pack's stable key; empty for the person's own claims
    EntryOrigin origin = EntryOrigin::User;
    std::int64_t conditionId = 0;
    QString conditionKey; // in a pack: the condition's key
    QString outcome;      // pain, fatigue, remission, quality of life...
    QString population;
    Comparator comparator = Comparator::None;
    EffectDirection direction = EffectDirection::Unclear;
    QString summary;
    EffectEstimate effect;
    std::optional<int> participants;
    QString dose;
    QString duration;
    QStringList sourceKeys;              // in a pack: the sources' keys
    std::vector<std::int64_t> sourceIds; // in the database: the sources' ids
    bool userModified = false;
};

// Throws InputError at "`location`: FIELD" for an empty outcome, a negative n, an interval whose
// low end is above its high end, or an over-long text. Links are checked by whoever resolves them.
void validateClaim(const EvidenceClaim& claim, const QString& location);

constexpr int kMaximumParticipants = 100'000'000;

} // namespace ldn
