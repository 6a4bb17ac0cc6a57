#pragma once

#include "core/diary/Dose.h"
#include "core/diary/SymptomDefinition.h"
#include "core/plan/Medication.h"
#include "core/trial/TrialPeriods.h"
#include "core/trial/TrialSpan.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ldn {

// The design of a blinded n-of-1 trial with placebo capsules from a pharmacy: K pairs of periods
// of D days, one LDN and one placebo period per pair in random order, the first W days of each
// period left out as washout (Kravitz & Duan, AHRQ 2014).
struct BlindedDesign {
    static constexpr int kDefaultPairs = 4;
    static constexpr int kMinimumPairs = 2;
    // 2^20 sign patterns are still quick to count; no real trial runs this long.
    static constexpr int kMaximumPairs = 20;
    static constexpr int kDefaultPeriodDays = 21;
    static constexpr int kMinimumPeriodDays = 7;
    static constexpr int kMaximumPeriodDays = 182;
    static constexpr int kDefaultWashoutDays = 7;
    // Each period keeps at least this many days after its washout for the analysis.
    static constexpr int kMinimumAnalysedDays = 3;
    // From 5 pairs on the smallest possible p (0.0625) can fall below 0.1; the issue advises 5+.
    static constexpr int kFirmerPairs = 5;

    int pairs = kDefaultPairs;
    int periodDays = kDefaultPeriodDays;
    int washoutDays = kDefaultWashoutDays;
    Dose ldnDose;

    TrialPeriods periodsFrom(const QDate& start) const;
    // 2 / 2^K: with K pairs no result can be firmer than this (the observed order and its mirror
    // image are always as extreme as themselves). K = 4 gives 0.125 at best.
    double smallestPossibleP() const;
    // The pharmacy makes one capsule a day: D per period, LDN or placebo.
    int capsulesPerPeriod() const { return periodDays; }
    // What the smallest possible p means for the number of pairs chosen, in plain words
    // (translated in the context "BlindedDesign").
    QString pairsAdvice() const;
    friend bool operator==(const BlindedDesign&, const BlindedDesign&) = default;
};

// A trial of LDN agreed with the GP (issue 19): the outcomes measured, the smallest change that
// matters to the person, the baseline, the review date and the stopping rules; for a blinded
// trial also its BlindedDesign. validate() refuses what the issue refuses, naming the field.
struct TrialProtocol {
    static constexpr int kMinimumOutcomes = 1;
    static constexpr int kMaximumOutcomes = 3;
    static constexpr double kDefaultSmallestChange = 1.0;
    static constexpr double kMaximumSmallestChange = 10.0;
    static constexpr int kDefaultBaselineDays = 14;
    static constexpr int kMaximumBaselineDays = 90;
    static constexpr int kDefaultReviewWeeks = 12;
    static constexpr int kMaximumReviewWeeks = 104;
    static constexpr int kMaximumStopRuleLength = 500;

    QDate start;
    QStringList outcomes;                           // symptom names, primary outcomes, 1 to 3
    double smallestChange = kDefaultSmallestChange; // points on 0-10
    int baselineDays = kDefaultBaselineDays;        // at 0 mg, before LDN (open trial)
    QDate reviewOn;
    QStringList stopRules; // the person's own, beside the built-in StoppingRules
    std::optional<BlindedDesign> blinded;

    bool isBlinded() const { return blinded.has_value(); }

    // When the review date is counted from: the end of the last period for a blinded trial;
    // otherwise the day the target dose is reached (from the titration plan), or, without one,
    // the end of the baseline.
    QDate reviewCountsFrom(const QDate& targetDoseReached = QDate()) const;
    // `weeks` after reviewCountsFrom().
    QDate reviewDateAfter(int weeks, const QDate& targetDoseReached = QDate()) const;
    // The days the trial takes up, for the overlap check: its start to its review date.
    TrialSpan span() const { return TrialSpan{start, reviewOn}; }

    // Throws InputError naming the field ("outcome", "mid", "baseline-days", "review-weeks",
    // "stop-rule", "start", "pairs", "period-days", "washout-days", "ldn-dose", "medicines") for
    // each refusal: outcomes that are not 1-3 distinct symptoms of the profile, a smallest change
    // outside (0, 10], a review date that comes before the trial's measurements end, a blinded
    // design with fewer than 2 pairs, periods under 7 days or shorter than washout + 3 days, no
    // LDN dose, and an opioid on the medicine list (as MedicationSafety judges it on the start).
    void validate(const std::vector<SymptomDefinition>& symptoms,
                  const std::vector<Medication>& medications) const;
    friend bool operator==(const TrialProtocol&, const TrialProtocol&) = default;
};

} // namespace ldn
