#pragma once

#include <QString>

namespace ldn {

// Why an estimate of the analysis is absent (null in `analyze --json`, with this as its
// `reason`). The GUI and the report word each case themselves, for translation.
enum class EstimateGap {
    TooFewBefore,       // fewer than 3 scored days before the change (or in the baseline)
    TooFewAfter,        // fewer than 3 scored days after the change (or in the last 28 days)
    TooFewInAll,        // fewer than 8 scored days on both sides together
    NoVariation,        // every day on each side has the same score: nothing to build an interval on
    StraightLineBefore, // the scores before lie exactly on a straight line (for instance all equal)
    NoLdnDose,          // no dose of LDN above 0 mg is logged
    NoBaseline,         // no 0 mg day is logged in the 28 days before the first dose of LDN
    EndsBeforeLdn,      // the dates end before the first dose of LDN
};

// Whether the text is about a change of dose or about baseline against the last 28 days.
enum class ComparisonKind { Step, Overall };

// The English sentence `analyze --json` gives as `reason`.
QString reasonText(EstimateGap gap, ComparisonKind kind);

// "too few days", "no spread", "no comparison": the reason in a table cell's few words, as the
// report prints it and the app shows it (translated in the context "EstimateGap").
const char* shortReason(EstimateGap gap);

} // namespace ldn
