#include "core/trial/OpenTrialReview.h"

#include "core/analysis/OverallComparison.h"
#include "core/diary/Severity.h"

#include <QCoreApplication>

#include <algorithm>

namespace ldn {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("OpenTrialReview", text);
}

QString points(double value)
{
    return QString::number(value, 'f', 1);
}

QString outcomeWords(const OpenTrialOutcome& outcome, double smallestChange)
{
    const QString question =
        tr("Improved by at least %1 points: %2.")
            .arg(points(smallestChange), tr(OpenTrialReview::answerWords(outcome.answer)));
    const std::optional<NeweyWestInterval>& interval = outcome.comparison.autocorrelated.interval;
    if (!interval) {
        return question + QLatin1Char(' ') +
               tr("There are too few scored days in the baseline or in the last 28 days to compare.");
    }
    // The interval as an improvement (better is positive).
    const double low = outcome.higherIsBetter ? interval->low : -interval->high;
    const double high = outcome.higherIsBetter ? interval->high : -interval->low;
    const double estimate = outcome.higherIsBetter ? interval->estimate : -interval->estimate;
    const QString range = tr("Change in %1 since the baseline: %2 points better (95% interval %3 to %4; "
                             "negative means worse).")
                              .arg(outcome.symptom, points(estimate), points(low), points(high));
    QString why;
    switch (outcome.answer) {
    case SmallestChangeAnswer::Yes:
        why = tr("Even the least hopeful end of the interval reaches the smallest change that matters.");
        break;
    case SmallestChangeAnswer::No:
        why =
            tr("Even the most hopeful end of the interval falls short of the smallest change that matters.");
        break;
    case SmallestChangeAnswer::CantTell:
        why = tr("The interval reaches both below and beyond the smallest change that matters, so the diary "
                 "cannot tell.");
        break;
    }
    return question + QLatin1Char(' ') + range + QLatin1Char(' ') + why;
}

} // namespace

std::optional<double> TrialAdherence::shareAsPlanned() const
{
    if (daysLogged == 0) {
        return std::nullopt;
    }
    return static_cast<double>(daysAsPlanned) / static_cast<double>(daysLogged);
}

SmallestChangeAnswer OpenTrialReview::answerFor(const NeweyWestInterval& interval, bool higherIsBetter,
                                                double smallestChange)
{
    const double leastHopeful = higherIsBetter ? interval.low : -interval.high;
    const double mostHopeful = higherIsBetter ? interval.high : -interval.low;
    if (leastHopeful >= smallestChange) {
        return SmallestChangeAnswer::Yes;
    }
    if (mostHopeful < smallestChange) {
        return SmallestChangeAnswer::No;
    }
    return SmallestChangeAnswer::CantTell;
}

const char* OpenTrialReview::answerWords(SmallestChangeAnswer answer)
{
    switch (answer) {
    case SmallestChangeAnswer::Yes:
        return QT_TRANSLATE_NOOP("OpenTrialReview", "yes");
    case SmallestChangeAnswer::No:
        return QT_TRANSLATE_NOOP("OpenTrialReview", "no");
    case SmallestChangeAnswer::CantTell:
        break;
    }
    return QT_TRANSLATE_NOOP("OpenTrialReview", "can't tell");
}

QStringList OpenTrialReview::limits()
{
    return {
        tr("No placebo: an open trial cannot separate what LDN does from what taking any new treatment "
           "does."),
        tr("Expectation: knowing that you take LDN, and hoping it helps, can change how you feel and how "
           "you score."),
        tr("Regression to the mean: people often start a treatment when they feel at their worst, and "
           "from there most days are better whatever is taken."),
    };
}

OpenTrialReview OpenTrialReview::of(const TrialProtocol& protocol,
                                    const std::vector<SymptomDefinition>& symptoms,
                                    const std::vector<const DiaryEntry*>& wholeDiary, const QDate& to,
                                    const PlannedDose& plannedDose)
{
    OpenTrialReview review;
    review.from = protocol.start;
    review.to = to;

    DoseResponseResult result;
    result.from = protocol.start;
    result.to = to;
    for (const QString& outcome : protocol.outcomes) {
        const auto symptom =
            std::find_if(symptoms.begin(), symptoms.end(), [&](const SymptomDefinition& known) {
                return known.name.compare(outcome, Qt::CaseInsensitive) == 0;
            });
        result.symptoms.push_back(symptom != symptoms.end() ? *symptom : SymptomDefinition{outcome});
    }
    OverallComparison::fill(result, wholeDiary);
    for (const SymptomDefinition& symptom : result.symptoms) {
        OpenTrialOutcome outcome;
        outcome.symptom = symptom.name;
        outcome.higherIsBetter = symptom.higherIsBetter;
        outcome.comparison = result.overall[symptom.name];
        if (outcome.comparison.autocorrelated.interval) {
            outcome.answer = answerFor(*outcome.comparison.autocorrelated.interval, symptom.higherIsBetter,
                                       protocol.smallestChange);
        }
        outcome.words = outcomeWords(outcome, protocol.smallestChange);
        review.outcomes.push_back(std::move(outcome));
    }

    std::map<QString, TrialSideEffectCount> sideEffects;
    review.adherence.daysInTrial = to < protocol.start ? 0 : static_cast<int>(protocol.start.daysTo(to)) + 1;
    for (const DiaryEntry* entry : wholeDiary) {
        if (entry->date < protocol.start || entry->date > to) {
            continue;
        }
        ++review.adherence.daysLogged;
        if (entry->status == DoseStatus::Missed) {
            ++review.adherence.daysMissed;
        } else {
            const std::optional<Dose> planned = plannedDose ? plannedDose(entry->date) : std::nullopt;
            if (!planned || *planned == entry->dose) {
                ++review.adherence.daysAsPlanned;
            }
        }
        for (const auto& [name, severity] : entry->sideEffects) {
            if (severity <= Severity::kNone) {
                continue;
            }
            TrialSideEffectCount& count = sideEffects[name.trimmed().toCaseFolded()];
            if (count.name.isEmpty()) {
                count.name = name.trimmed();
            }
            ++count.days;
            count.severeDays += severity >= Severity::kSevere ? 1 : 0;
            count.worst = std::max(count.worst, severity);
        }
    }
    for (auto& [key, count] : sideEffects) {
        review.sideEffects.push_back(count);
    }
    std::stable_sort(
        review.sideEffects.begin(), review.sideEffects.end(),
        [](const TrialSideEffectCount& a, const TrialSideEffectCount& b) { return a.days > b.days; });
    return review;
}

} // namespace ldn
