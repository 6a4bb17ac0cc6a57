#pragma once

#include "core/analysis/AutocorrelatedDifference.h"
#include "core/analysis/BeforeTrend.h"
#include "core/analysis/ChangeVerdict.h"
#include "core/analysis/DatedScores.h"
#include "core/analysis/EstimateGap.h"
#include "core/analysis/FlareAtStart.h"
#include "core/analysis/SummaryStatistics.h"
#include "core/analysis/WelchInterval.h"
#include "core/diary/Dose.h"
#include "core/diary/SymptomDefinition.h"

#include <QDate>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace ldn {

// The plain results of DoseResponseAnalysis, ready for the GUI, the CLI's JSON and the PDF.

struct DoseLevelSummary {
    Dose dose;
    int days = 0;                                  // days this dose was taken, settling days included
    std::map<QString, SummaryStatistics> symptoms; // settling days excluded
};

struct SymptomStepChange {
    std::vector<double> before;    // scores in the window before the change
    std::vector<QDate> beforeDays; // the day of each of them
    std::vector<double> after;     // scores in the window after settling
    std::optional<double> beforeMean;
    std::optional<double> afterMean;
    std::optional<double> difference;      // after - before
    std::optional<WelchInterval> interval; // 95%, Welch, as if every day were independent
    // The Newey-West interval and the lag-1 autocorrelation (what the GUI and the report show).
    AutocorrelatedDifference autocorrelated;
    std::optional<BeforeTrend> beforeTrend;
    std::optional<EstimateGap> beforeTrendGap; // why beforeTrend is empty
};

// One symptom since the start of LDN: the baseline before the first dose against the last 28
// days of the dates analysed (definitions in OverallComparison and docs/formats.md).
struct SymptomOverallChange {
    std::optional<DatedScores> baseline; // empty: no baseline at all
    DatedScores recent;
    std::optional<double> difference; // recent - baseline
    AutocorrelatedDifference autocorrelated;
    std::optional<BeforeTrend> baselineTrend; // were the scores moving during the baseline?
    std::optional<EstimateGap> baselineTrendGap;
    std::optional<FlareAtStart> flare; // empty without a baseline mean
    // Empty, with `gap` saying why, when there is no interval to judge by.
    std::optional<ChangeVerdict> verdict;
    std::optional<EstimateGap> gap;

    bool startedInFlare() const { return flare && flare->isFlare(); }
};

struct DoseStep {
    QDate date;
    Dose from;
    Dose to;
    std::map<QString, SymptomStepChange> symptoms;
};

struct Adherence {
    int daysInRange = 0;
    int daysLogged = 0;
    int dosesTaken = 0; // days with a dose above 0 mg
    int dosesMissed = 0;
    int zeroDoseDays = 0; // deliberate 0 mg days (baseline, planned pause)
};

struct DoseResponseResult {
    QDate from;
    QDate to;
    int windowDays = 0;
    int settleDays = 0;
    std::vector<SymptomDefinition> symptoms;
    Adherence adherence;
    DoseLevelSummary baseline; // dose 0; days == 0 when there was no baseline
    std::vector<DoseLevelSummary> doseLevels;
    std::vector<DoseStep> steps;
    // The first day a dose above 0 mg was taken, in the whole diary; empty before LDN is started.
    std::optional<QDate> firstLdnDose;
    std::map<QString, SymptomOverallChange> overall; // by symptom name
};

} // namespace ldn
