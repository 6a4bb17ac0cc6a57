#include "core/analysis/OverallComparison.h"

#include <algorithm>

namespace ldn {
namespace {

bool isTaken(const DiaryEntry& entry)
{
    return entry.status == DoseStatus::Taken;
}

// The symptom's scores on the taken days in [first, last], in date order.
DatedScores scoresBetween(const std::vector<const DiaryEntry*>& days, const QString& symptom,
                          const QDate& first, const QDate& last)
{
    DatedScores scores;
    const auto begin =
        std::lower_bound(days.begin(), days.end(), first,
                         [](const DiaryEntry* entry, const QDate& date) { return entry->date < date; });
    for (auto it = begin; it != days.end() && (*it)->date <= last; ++it) {
        if (!isTaken(**it)) {
            continue;
        }
        const auto found = (*it)->symptomScores.find(symptom);
        if (found != (*it)->symptomScores.end()) {
            scores.add((*it)->date, static_cast<double>(found->second));
        }
    }
    return scores;
}

} // namespace

void OverallComparison::fill(DoseResponseResult& result, const std::vector<const DiaryEntry*>& wholeDiary)
{
    result.overall.clear();
    result.firstLdnDose.reset();
    const auto firstDose = std::find_if(wholeDiary.begin(), wholeDiary.end(), [](const DiaryEntry* entry) {
        return isTaken(*entry) && !entry->dose.isZero();
    });
    if (firstDose != wholeDiary.end()) {
        result.firstLdnDose = (*firstDose)->date;
    }

    std::optional<EstimateGap> personGap;
    bool hasBaseline = false;
    QDate baselineFrom;
    QDate baselineTo;
    QDate recentFrom;
    if (!result.firstLdnDose) {
        personGap = EstimateGap::NoLdnDose;
    } else {
        baselineFrom = result.firstLdnDose->addDays(-kBaselineDays);
        baselineTo = result.firstLdnDose->addDays(-1);
        // Before the first dose every taken day is a 0 mg day.
        hasBaseline = std::any_of(wholeDiary.begin(), firstDose, [&](const DiaryEntry* entry) {
            return isTaken(*entry) && entry->date >= baselineFrom;
        });
        if (result.to.isValid()) {
            recentFrom = std::max(result.to.addDays(-(kRecentDays - 1)), *result.firstLdnDose);
            if (result.from.isValid()) {
                recentFrom = std::max(recentFrom, result.from);
            }
        }
        if (!hasBaseline) {
            personGap = EstimateGap::NoBaseline;
        } else if (!result.to.isValid() || result.to < *result.firstLdnDose) {
            personGap = EstimateGap::EndsBeforeLdn;
        }
    }

    for (const SymptomDefinition& symptom : result.symptoms) {
        SymptomOverallChange change;
        if (recentFrom.isValid() && result.to.isValid()) {
            change.recent = scoresBetween(wholeDiary, symptom.name, recentFrom, result.to);
        }
        if (hasBaseline) {
            change.baseline = scoresBetween(wholeDiary, symptom.name, baselineFrom, baselineTo);
            change.baselineTrend = BeforeTrend::of(change.baseline->days, change.baseline->scores);
            if (!change.baselineTrend) {
                change.baselineTrendGap = change.baseline->n() < BeforeTrend::kMinimumScores
                                              ? EstimateGap::TooFewBefore
                                              : EstimateGap::StraightLineBefore;
            }
            if (const std::optional<double> baselineMean = change.baseline->mean()) {
                DatedScores beforeLdn = scoresBetween(wholeDiary, symptom.name, wholeDiary.front()->date,
                                                      result.firstLdnDose->addDays(-1));
                change.flare = FlareAtStart::assess(*baselineMean, std::move(beforeLdn.scores),
                                                    change.baselineTrend, symptom.higherIsBetter);
                if (const std::optional<double> recentMean = change.recent.mean()) {
                    change.difference = *recentMean - *baselineMean;
                }
            }
        }
        if (personGap) {
            change.gap = personGap;
        } else {
            change.autocorrelated =
                AutocorrelatedDifference::of(change.baseline->scores, change.recent.scores);
            if (change.autocorrelated.interval) {
                change.verdict = verdictFor(*change.autocorrelated.interval, symptom.higherIsBetter);
            } else {
                change.gap = change.autocorrelated.gap;
            }
        }
        result.overall[symptom.name] = std::move(change);
    }
}

} // namespace ldn
