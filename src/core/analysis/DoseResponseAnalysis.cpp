#include "core/analysis/DoseResponseAnalysis.h"

#include "core/analysis/OverallComparison.h"

#include <algorithm>
#include <map>

namespace ldn {
namespace {

bool isTaken(const DiaryEntry& entry)
{
    return entry.status == DoseStatus::Taken;
}

std::optional<double> scoreOf(const DiaryEntry& entry, const QString& symptom)
{
    const auto found = entry.symptomScores.find(symptom);
    if (found == entry.symptomScores.end()) {
        return std::nullopt;
    }
    return static_cast<double>(found->second);
}

// Scores of taken days whose date lies in [first, last], with their days.
DatedScores scoresBetween(const std::vector<const DiaryEntry*>& days, const QString& symptom, QDate first,
                          QDate last)
{
    DatedScores scores;
    const auto begin =
        std::lower_bound(days.begin(), days.end(), first,
                         [](const DiaryEntry* entry, QDate date) { return entry->date < date; });
    for (auto it = begin; it != days.end() && (*it)->date <= last; ++it) {
        if (isTaken(**it)) {
            if (const std::optional<double> score = scoreOf(**it, symptom)) {
                scores.add((*it)->date, *score);
            }
        }
    }
    return scores;
}

std::optional<double> meanOf(const std::vector<double>& values)
{
    return SummaryStatistics::of(values).mean;
}

} // namespace

DoseResponseResult DoseResponseAnalysis::run(const std::vector<DiaryEntry>& entries,
                                             const std::vector<SymptomDefinition>& symptoms,
                                             const Settings& settings)
{
    DoseResponseResult result;
    result.windowDays = settings.windowDays;
    result.settleDays = settings.settleDays;
    result.symptoms = symptoms;

    std::vector<const DiaryEntry*> wholeDiary;
    wholeDiary.reserve(entries.size());
    for (const DiaryEntry& entry : entries) {
        wholeDiary.push_back(&entry);
    }
    std::sort(wholeDiary.begin(), wholeDiary.end(),
              [](const DiaryEntry* a, const DiaryEntry* b) { return a->date < b->date; });
    std::vector<const DiaryEntry*> days;
    for (const DiaryEntry* entry : wholeDiary) {
        if ((!settings.from.isValid() || entry->date >= settings.from) &&
            (!settings.to.isValid() || entry->date <= settings.to)) {
            days.push_back(entry);
        }
    }
    result.from = settings.from.isValid() ? settings.from : (days.empty() ? QDate() : days.front()->date);
    result.to = settings.to.isValid() ? settings.to : (days.empty() ? QDate() : days.back()->date);
    result.baseline.dose = Dose::fromMicrograms(0);
    if (days.empty()) {
        OverallComparison::fill(result, wholeDiary);
        return result;
    }

    Adherence& adherence = result.adherence;
    adherence.daysInRange = static_cast<int>(result.from.daysTo(result.to)) + 1;
    adherence.daysLogged = static_cast<int>(days.size());

    // One pass finds the changes, assigns each taken day to its dose level, and marks settling.
    std::map<Dose, DoseLevelSummary> levels;
    std::map<Dose, std::map<QString, std::vector<double>>> levelScores;
    std::map<QString, std::vector<double>> baselineScores;
    std::optional<Dose> lastDose;
    std::optional<QDate> lastChange;
    bool startedLdn = false;

    for (const DiaryEntry* day : days) {
        if (!isTaken(*day)) {
            ++adherence.dosesMissed;
            continue;
        }
        if (day->dose.isZero()) {
            ++adherence.zeroDoseDays;
        } else {
            ++adherence.dosesTaken;
        }
        if (lastDose && day->dose != *lastDose) {
            result.steps.push_back({day->date, *lastDose, day->dose, {}});
            lastChange = day->date;
        }
        lastDose = day->dose;

        if (day->dose.isZero()) {
            if (!startedLdn) {
                ++result.baseline.days;
                for (const SymptomDefinition& symptom : symptoms) {
                    if (const std::optional<double> score = scoreOf(*day, symptom.name)) {
                        baselineScores[symptom.name].push_back(*score);
                    }
                }
            }
            continue;
        }
        startedLdn = true;
        DoseLevelSummary& level = levels[day->dose];
        level.dose = day->dose;
        ++level.days;
        const bool settling = lastChange && lastChange->daysTo(day->date) < settings.settleDays;
        if (settling) {
            continue;
        }
        for (const SymptomDefinition& symptom : symptoms) {
            if (const std::optional<double> score = scoreOf(*day, symptom.name)) {
                levelScores[day->dose][symptom.name].push_back(*score);
            }
        }
    }

    for (const SymptomDefinition& symptom : symptoms) {
        result.baseline.symptoms[symptom.name] = SummaryStatistics::of(baselineScores[symptom.name]);
    }
    for (auto& [dose, level] : levels) {
        for (const SymptomDefinition& symptom : symptoms) {
            level.symptoms[symptom.name] = SummaryStatistics::of(levelScores[dose][symptom.name]);
        }
        result.doseLevels.push_back(level);
    }

    for (DoseStep& step : result.steps) {
        const QDate beforeFirst = step.date.addDays(-settings.windowDays);
        const QDate beforeLast = step.date.addDays(-1);
        const QDate afterFirst = step.date.addDays(settings.settleDays);
        const QDate afterLast = afterFirst.addDays(settings.windowDays - 1);
        for (const SymptomDefinition& symptom : symptoms) {
            SymptomStepChange change;
            DatedScores before = scoresBetween(days, symptom.name, beforeFirst, beforeLast);
            change.before = std::move(before.scores);
            change.beforeDays = std::move(before.days);
            change.after = scoresBetween(days, symptom.name, afterFirst, afterLast).scores;
            change.beforeMean = meanOf(change.before);
            change.afterMean = meanOf(change.after);
            if (change.beforeMean && change.afterMean) {
                change.difference = *change.afterMean - *change.beforeMean;
            }
            change.interval = WelchInterval::of(change.after, change.before);
            change.autocorrelated = AutocorrelatedDifference::of(change.before, change.after);
            change.beforeTrend = BeforeTrend::of(change.beforeDays, change.before);
            if (!change.beforeTrend) {
                change.beforeTrendGap = change.before.size() < BeforeTrend::kMinimumScores
                                            ? EstimateGap::TooFewBefore
                                            : EstimateGap::StraightLineBefore;
            }
            step.symptoms[symptom.name] = std::move(change);
        }
    }
    OverallComparison::fill(result, wholeDiary);
    return result;
}

} // namespace ldn
