#include "core/trial/TrialProtocol.h"

#include "core/base/InputError.h"
#include "core/plan/MedicationSafety.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <set>

namespace ldn {

TrialPeriods BlindedDesign::periodsFrom(const QDate& start) const
{
    return TrialPeriods(start, pairs, periodDays, washoutDays);
}

double BlindedDesign::smallestPossibleP() const
{
    return 2.0 / std::ldexp(1.0, pairs);
}

QString BlindedDesign::pairsAdvice() const
{
    const QString smallest = QString::number(smallestPossibleP(), 'g', 3);
    if (pairs < kFirmerPairs) {
        return QCoreApplication::translate("BlindedDesign",
                                           "With %1 pairs the smallest possible p-value is %2: even if LDN "
                                           "helps every time, chance cannot be ruled out more firmly than "
                                           "that. Use %3 or more pairs for a firmer answer.")
            .arg(pairs)
            .arg(smallest)
            .arg(kFirmerPairs);
    }
    return QCoreApplication::translate("BlindedDesign",
                                       "With %1 pairs the smallest possible p-value is %2, reached only when "
                                       "every pair points the same way.")
        .arg(pairs)
        .arg(smallest);
}

QDate TrialProtocol::reviewCountsFrom(const QDate& targetDoseReached) const
{
    if (blinded) {
        // Worked out, not built with TrialPeriods, so that an impossible design reaches validate().
        return start.addDays(2 * static_cast<qint64>(blinded->pairs) * blinded->periodDays - 1);
    }
    if (targetDoseReached.isValid()) {
        return targetDoseReached;
    }
    return start.addDays(baselineDays);
}

QDate TrialProtocol::reviewDateAfter(int weeks, const QDate& targetDoseReached) const
{
    return reviewCountsFrom(targetDoseReached).addDays(7 * static_cast<qint64>(weeks));
}

namespace {

void validateOutcomes(const QStringList& outcomes, const std::vector<SymptomDefinition>& symptoms)
{
    const QString field = QStringLiteral("outcome");
    if (outcomes.size() < TrialProtocol::kMinimumOutcomes ||
        outcomes.size() > TrialProtocol::kMaximumOutcomes) {
        throw InputError(
            field, QStringLiteral("a trial measures 1 to 3 primary outcomes, not %1").arg(outcomes.size()));
    }
    std::set<QString> seen;
    for (const QString& outcome : outcomes) {
        const bool known =
            std::any_of(symptoms.begin(), symptoms.end(), [&](const SymptomDefinition& symptom) {
                return symptom.name.compare(outcome.trimmed(), Qt::CaseInsensitive) == 0;
            });
        if (!known) {
            throw InputError(field,
                             QStringLiteral("\"%1\" is not one of the profile's symptoms").arg(outcome));
        }
        if (!seen.insert(outcome.trimmed().toCaseFolded()).second) {
            throw InputError(field, QStringLiteral("\"%1\" is named twice").arg(outcome));
        }
    }
}

void validateBlinded(const BlindedDesign& design)
{
    if (design.pairs < BlindedDesign::kMinimumPairs || design.pairs > BlindedDesign::kMaximumPairs) {
        throw InputError(QStringLiteral("pairs"),
                         QStringLiteral("a blinded trial needs %1 to %2 pairs of periods, not %3")
                             .arg(BlindedDesign::kMinimumPairs)
                             .arg(BlindedDesign::kMaximumPairs)
                             .arg(design.pairs));
    }
    if (design.washoutDays < 0) {
        throw InputError(QStringLiteral("washout-days"), QStringLiteral("the washout cannot be negative"));
    }
    if (design.periodDays < BlindedDesign::kMinimumPeriodDays ||
        design.periodDays > BlindedDesign::kMaximumPeriodDays) {
        throw InputError(QStringLiteral("period-days"), QStringLiteral("a period lasts %1 to %2 days, not %3")
                                                            .arg(BlindedDesign::kMinimumPeriodDays)
                                                            .arg(BlindedDesign::kMaximumPeriodDays)
                                                            .arg(design.periodDays));
    }
    if (design.periodDays < design.washoutDays + BlindedDesign::kMinimumAnalysedDays) {
        throw InputError(QStringLiteral("period-days"),
                         QStringLiteral("a period of %1 days is shorter than the washout of %2 days + %3 "
                                        "days: no days would be left to analyse")
                             .arg(design.periodDays)
                             .arg(design.washoutDays)
                             .arg(BlindedDesign::kMinimumAnalysedDays));
    }
    if (design.ldnDose.isZero() || design.ldnDose.micrograms() > Dose::kMaximumMicrograms) {
        throw InputError(QStringLiteral("ldn-dose"),
                         QStringLiteral("the LDN dose of the trial's capsules must be above 0 mg"));
    }
}

} // namespace

void TrialProtocol::validate(const std::vector<SymptomDefinition>& symptoms,
                             const std::vector<Medication>& medications) const
{
    if (!start.isValid()) {
        throw InputError(QStringLiteral("start"), QStringLiteral("a trial needs a valid start date"));
    }
    validateOutcomes(outcomes, symptoms);
    if (!std::isfinite(smallestChange) || smallestChange <= 0.0 || smallestChange > kMaximumSmallestChange) {
        throw InputError(QStringLiteral("mid"),
                         QStringLiteral("the smallest change that matters is more than 0 and at most 10 "
                                        "points"));
    }
    if (baselineDays < 0 || baselineDays > kMaximumBaselineDays) {
        throw InputError(QStringLiteral("baseline-days"),
                         QStringLiteral("the baseline lasts 0 to %1 days").arg(kMaximumBaselineDays));
    }
    for (const QString& rule : stopRules) {
        if (rule.trimmed().isEmpty() || rule.size() > kMaximumStopRuleLength) {
            throw InputError(
                QStringLiteral("stop-rule"),
                QStringLiteral("a stopping rule is 1 to %1 characters of text").arg(kMaximumStopRuleLength));
        }
    }
    if (blinded) {
        validateBlinded(*blinded);
    }
    const QDate countsFrom = reviewCountsFrom();
    if (!reviewOn.isValid() || reviewOn < countsFrom ||
        reviewOn > countsFrom.addDays(7 * static_cast<qint64>(kMaximumReviewWeeks))) {
        throw InputError(
            QStringLiteral("review-weeks"),
            QStringLiteral("the review date must lie 0 to %1 weeks after %2")
                .arg(kMaximumReviewWeeks)
                .arg(blinded ? QStringLiteral("the last period ends") : QStringLiteral("the baseline ends")));
    }
    const std::vector<Medication> opioids = MedicationSafety::opioidsOfConcern(medications, start);
    if (!opioids.empty()) {
        throw InputError(QStringLiteral("medicines"),
                         QStringLiteral("%1 is an opioid on the medicine list: naltrexone blocks opioids "
                                        "(it can cause withdrawal or stop the pain relief); a trial of LDN "
                                        "cannot start while an opioid is taken or was stopped fewer than "
                                        "%2 days before")
                             .arg(opioids.front().name)
                             .arg(MedicationSafety::kOpioidClearanceDays));
    }
}

} // namespace ldn
