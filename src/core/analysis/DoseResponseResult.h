#pragma once

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
    std::vector<double> before; // scores in the window before the change
    std::vector<double> after;  // scores in the window after settling
    std::optional<double> beforeMean;
    std::optional<double> afterMean;
    std::optional<double> difference;      // after - before
    std::optional<WelchInterval> interval; // 95%, Welch
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
};

} // namespace ldn
