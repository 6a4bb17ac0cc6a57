#pragma once

#include "core/analysis/AutocorrelatedDifference.h"
#include "core/diary/DiaryEntry.h"
#include "core/diary/SymptomDefinition.h"
#include "core/trial/BlindedAllocation.h"
#include "core/trial/TrialPeriods.h"
#include "core/trial/TrialProtocol.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace ldn {

// One pair of a blinded trial for one outcome: the mean of the scored days after the washout in
// its LDN period and in its placebo period.
struct TrialPairDifference {
    int pair = 0;
    int ldnDays = 0;
    int placeboDays = 0;
    std::optional<double> ldnMean;
    std::optional<double> placeboMean;
    // LDN − placebo; empty when either period has fewer than kMinimumDaysPerPeriod scored days.
    std::optional<double> difference;
};

// The result of a blinded trial for one primary outcome (`trial verdict --json`).
struct TrialOutcomeVerdict {
    QString symptom;
    bool higherIsBetter = false;
    std::vector<TrialPairDifference> pairs; // every pair of the design, pair 1 first
    int pairsUsed = 0;                      // pairs with a difference (`pairs`)
    std::optional<double> difference;       // the mean of the pair differences
    std::optional<double> randomizationP;
    AutocorrelatedDifference autocorrelated; // `ci95_hac`: placebo days before, LDN days after
    std::optional<bool> meetsMid;
    QString verdict; // plain words, translated in the context "TrialVerdict"
};

// The analysis of an unblinded n-of-1 trial, exactly as issue 19 defines it (definitions in
// docs/formats.md, "Trial"). Only logged, not missed days with a score for the outcome count, and
// only after each period's washout. Which period gave LDN comes from the allocation, never from
// the dose logged, and nothing depends on today's date.
class TrialVerdict {
public:
    // A pair needs this many scored days after the washout in each of its periods; the verdict
    // needs at least kMinimumPairs such pairs (one pair has no sign test at all).
    static constexpr int kMinimumDaysPerPeriod = 3;
    static constexpr int kMinimumPairs = 2;
    // Below this p-value chance is called an unlikely explanation.
    static constexpr double kConventionalP = 0.05;

    static std::map<QString, TrialOutcomeVerdict> of(const TrialProtocol& protocol,
                                                     const BlindedAllocation& allocation,
                                                     const std::vector<SymptomDefinition>& symptoms,
                                                     const std::vector<const DiaryEntry*>& diary);

    // The verdict's words for an outcome whose numbers are filled in.
    static QString wordsFor(const TrialOutcomeVerdict& outcome, double smallestChange, int plannedPairs);
};

} // namespace ldn
