#include "core/trial/TrialVerdict.h"

#include "core/trial/RandomizationTest.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ldn {
namespace {

// Tolerance for "reaches the smallest change": a mean of whole scores such as 0.99999999 is 1.
constexpr double kReachTolerance = 1e-9;

QString tr(const char* text)
{
    return QCoreApplication::translate("TrialVerdict", text);
}

QString points(double value)
{
    return QString::number(value, 'f', 1);
}

struct PeriodScores {
    std::vector<double> scores; // in date order
    std::optional<double> mean() const
    {
        if (scores.empty()) {
            return std::nullopt;
        }
        double sum = 0.0;
        for (const double score : scores) {
            sum += score;
        }
        return sum / static_cast<double>(scores.size());
    }
};

// The outcome's scores on the analysed days of each period, period 1 first.
std::vector<PeriodScores> scoresByPeriod(const TrialPeriods& periods, const QString& symptom,
                                         const std::vector<const DiaryEntry*>& diary)
{
    std::vector<PeriodScores> byPeriod(static_cast<std::size_t>(periods.count()));
    for (const DiaryEntry* entry : diary) {
        // Missed days are out; a trial-capsule day is a logged, not missed day.
        if (entry->status == DoseStatus::Missed) {
            continue;
        }
        const std::optional<TrialPeriod> period = periods.periodOn(entry->date);
        if (!period || period->isWashout(entry->date)) {
            continue;
        }
        const auto score =
            std::find_if(entry->symptomScores.begin(), entry->symptomScores.end(), [&](const auto& scored) {
                return scored.first.compare(symptom, Qt::CaseInsensitive) == 0;
            });
        if (score != entry->symptomScores.end()) {
            byPeriod[static_cast<std::size_t>(period->index - 1)].scores.push_back(score->second);
        }
    }
    return byPeriod;
}

TrialOutcomeVerdict outcomeVerdict(const SymptomDefinition& symptom, const TrialProtocol& protocol,
                                   const TrialPeriods& periods, const BlindedAllocation& allocation,
                                   const std::vector<const DiaryEntry*>& diary)
{
    TrialOutcomeVerdict verdict;
    verdict.symptom = symptom.name;
    verdict.higherIsBetter = symptom.higherIsBetter;
    const std::vector<PeriodScores> byPeriod = scoresByPeriod(periods, symptom.name, diary);
    std::vector<double> differences;
    std::vector<double> placeboDays;
    std::vector<double> ldnDays;
    for (const TrialPeriod& period : periods.periods()) {
        const std::vector<double>& scores = byPeriod[static_cast<std::size_t>(period.index - 1)].scores;
        std::vector<double>& side =
            allocation.armOfPeriod(period.index) == TrialArm::Ldn ? ldnDays : placeboDays;
        side.insert(side.end(), scores.begin(), scores.end());
    }
    for (int pair = 1; pair <= periods.pairs(); ++pair) {
        const PeriodScores& ldn = byPeriod[static_cast<std::size_t>(allocation.ldnPeriodOfPair(pair) - 1)];
        const PeriodScores& placebo =
            byPeriod[static_cast<std::size_t>(allocation.placeboPeriodOfPair(pair) - 1)];
        TrialPairDifference result;
        result.pair = pair;
        result.ldnDays = static_cast<int>(ldn.scores.size());
        result.placeboDays = static_cast<int>(placebo.scores.size());
        result.ldnMean = ldn.mean();
        result.placeboMean = placebo.mean();
        if (result.ldnDays >= TrialVerdict::kMinimumDaysPerPeriod &&
            result.placeboDays >= TrialVerdict::kMinimumDaysPerPeriod) {
            result.difference = *result.ldnMean - *result.placeboMean;
            differences.push_back(*result.difference);
        }
        verdict.pairs.push_back(result);
    }
    verdict.pairsUsed = static_cast<int>(differences.size());
    verdict.autocorrelated = AutocorrelatedDifference::of(placeboDays, ldnDays);
    if (verdict.pairsUsed >= TrialVerdict::kMinimumPairs) {
        double sum = 0.0;
        for (const double difference : differences) {
            sum += difference;
        }
        verdict.difference = sum / static_cast<double>(differences.size());
        verdict.randomizationP = RandomizationTest::twoSidedP(differences);
        const double improvement = symptom.higherIsBetter ? *verdict.difference : -*verdict.difference;
        verdict.meetsMid = improvement >= protocol.smallestChange - kReachTolerance;
    }
    verdict.verdict = TrialVerdict::wordsFor(verdict, protocol.smallestChange, periods.pairs());
    return verdict;
}

} // namespace

std::map<QString, TrialOutcomeVerdict> TrialVerdict::of(const TrialProtocol& protocol,
                                                        const BlindedAllocation& allocation,
                                                        const std::vector<SymptomDefinition>& symptoms,
                                                        const std::vector<const DiaryEntry*>& diary)
{
    std::map<QString, TrialOutcomeVerdict> outcomes;
    if (!protocol.blinded) {
        return outcomes;
    }
    const TrialPeriods periods = protocol.blinded->periodsFrom(protocol.start);
    for (const QString& outcome : protocol.outcomes) {
        const auto symptom =
            std::find_if(symptoms.begin(), symptoms.end(), [&](const SymptomDefinition& known) {
                return known.name.compare(outcome, Qt::CaseInsensitive) == 0;
            });
        const SymptomDefinition definition =
            symptom != symptoms.end() ? *symptom : SymptomDefinition{outcome};
        outcomes[definition.name] = outcomeVerdict(definition, protocol, periods, allocation, diary);
    }
    return outcomes;
}

QString TrialVerdict::wordsFor(const TrialOutcomeVerdict& outcome, double smallestChange, int plannedPairs)
{
    if (!outcome.difference || !outcome.randomizationP || !outcome.meetsMid) {
        return tr("Too few days to judge %1: each pair needs at least %2 scored days after the washout in "
                  "both its periods, and at least %3 pairs need them (%4 of %5 do).")
            .arg(outcome.symptom)
            .arg(kMinimumDaysPerPeriod)
            .arg(kMinimumPairs)
            .arg(outcome.pairsUsed)
            .arg(plannedPairs);
    }
    const double difference = *outcome.difference;
    const bool better = std::abs(difference) > kReachTolerance && (difference > 0) == outcome.higherIsBetter;
    QString direction;
    if (std::abs(difference) <= kReachTolerance) {
        direction = tr("On LDN, %1 was the same on average as on placebo (over %2 pairs).")
                        .arg(outcome.symptom)
                        .arg(outcome.pairsUsed);
    } else {
        direction =
            (difference > 0 ? tr("On LDN, %1 was %2 points higher (%3) on average than on placebo "
                                 "(over %4 pairs).")
                            : tr("On LDN, %1 was %2 points lower (%3) on average than on placebo "
                                 "(over %4 pairs)."))
                .arg(outcome.symptom, points(std::abs(difference)), better ? tr("better") : tr("worse"))
                .arg(outcome.pairsUsed);
    }
    const QString mid = *outcome.meetsMid
                            ? tr("That reaches the smallest change that matters to you (%1 points).")
                                  .arg(points(smallestChange))
                            : tr("That does not reach the smallest change that matters to you (%1 points).")
                                  .arg(points(smallestChange));
    const double p = *outcome.randomizationP;
    const double smallestP = 2.0 / std::ldexp(1.0, outcome.pairsUsed);
    QString chance;
    if (p < kConventionalP) {
        chance = tr("Chance is an unlikely explanation: a difference at least this large would come from the "
                    "random order alone in %1 of 100 such trials (p = %2).")
                     .arg(QString::number(p * 100.0, 'g', 3), QString::number(p, 'g', 2));
    } else {
        chance = tr("Chance cannot be ruled out: a difference at least this large would come from the random "
                    "order alone in %1 of 100 such trials (p = %2; with %3 pairs the smallest possible p is "
                    "%4).")
                     .arg(QString::number(p * 100.0, 'g', 3), QString::number(p, 'g', 2))
                     .arg(outcome.pairsUsed)
                     .arg(QString::number(smallestP, 'g', 3));
    }
    return direction + QLatin1Char(' ') + mid + QLatin1Char(' ') + chance;
}

} // namespace ldn
