#include "gui/chart/AnalysisWording.h"

#include "core/analysis/LagOneAutocorrelation.h"

#include <QLocale>

namespace ldn {

QString AnalysisWording::oneDecimal(double value)
{
    const QLocale locale;
    QString text = locale.toString(value, 'f', 1);
    if (text.startsWith(locale.negativeSign())) {
        // -0.04 rounds to "-0.0"; a sign on zero would suggest a change that is not there.
        const QString magnitude = text.mid(locale.negativeSign().size());
        if (magnitude == locale.toString(0.0, 'f', 1)) {
            return magnitude;
        }
        return QStringLiteral("\u2212") + magnitude;
    }
    return text;
}

QString AnalysisWording::directionText(const SymptomDefinition& symptom)
{
    return symptom.higherIsBetter ? tr("for %1, higher is better").arg(symptom.name)
                                  : tr("for %1, lower is better").arg(symptom.name);
}

QString AnalysisWording::verdict(ChangeVerdict verdict)
{
    return QCoreApplication::translate("ChangeVerdict", verdictWords(verdict));
}

QString AnalysisWording::differenceWithInterval(double difference, const NeweyWestInterval& interval)
{
    return tr("%1 (%2 to %3)")
        .arg(oneDecimal(difference), oneDecimal(interval.low), oneDecimal(interval.high));
}

QString AnalysisWording::gap(EstimateGap gap, ComparisonKind kind)
{
    const bool step = kind == ComparisonKind::Step;
    switch (gap) {
    case EstimateGap::TooFewBefore:
        return step ? tr("Fewer than 3 days are scored before the change, too few for an interval.")
                    : tr("Fewer than 3 days are scored in the baseline, too few for an interval.");
    case EstimateGap::TooFewAfter:
        return step ? tr("Fewer than 3 days are scored after the change, too few for an interval.")
                    : tr("Fewer than 3 days are scored in the last 28 days, too few for an interval.");
    case EstimateGap::TooFewInAll:
        return tr("Fewer than 8 days are scored on both sides together, too few for an interval.");
    case EstimateGap::NoVariation:
        return tr(
            "Every day on each side has the same score, so there is no spread to build an interval on.");
    case EstimateGap::StraightLineBefore:
        return tr("The scores before lie on a straight line (for instance all the same), so the trend has no "
                  "interval.");
    case EstimateGap::NoLdnDose:
        return tr("No dose of LDN is logged yet, so there is no before and after.");
    case EstimateGap::NoBaseline:
        return tr(
            "No baseline: no days at 0 mg are logged in the 4 weeks before the first dose of LDN, so the "
            "days now cannot be compared with the days before LDN.");
    case EstimateGap::EndsBeforeLdn:
        return tr("These dates end before the first dose of LDN.");
    }
    return {};
}

QString AnalysisWording::shortGap(EstimateGap gap)
{
    return QCoreApplication::translate("EstimateGap", shortReason(gap));
}

QString AnalysisWording::trendFlag(const BeforeTrend& trend, const SymptomDefinition& symptom)
{
    if (trend.isImproving(symptom.higherIsBetter)) {
        return tr("already improving before");
    }
    if (trend.isWorsening(symptom.higherIsBetter)) {
        return tr("already worsening before");
    }
    return {};
}

QString AnalysisWording::trendSentence(const BeforeTrend& trend, const SymptomDefinition& symptom,
                                       ComparisonKind kind)
{
    const QString numbers =
        tr("%1 points a week, 95% interval %2 to %3")
            .arg(oneDecimal(trend.pointsPerWeek), oneDecimal(trend.low), oneDecimal(trend.high));
    const bool step = kind == ComparisonKind::Step;
    if (trend.isImproving(symptom.higherIsBetter)) {
        return step
                   ? tr("%1 was already improving before this change (%2): part of the difference may not be "
                        "the change's.")
                         .arg(symptom.name, numbers)
                   : tr("%1 was already improving during the baseline (%2).").arg(symptom.name, numbers);
    }
    if (trend.isWorsening(symptom.higherIsBetter)) {
        return step
                   ? tr("%1 was already worsening before this change (%2): part of the difference may not be "
                        "the change's.")
                         .arg(symptom.name, numbers)
                   : tr("%1 was getting worse during the baseline (%2).").arg(symptom.name, numbers);
    }
    return step ? tr("No clear trend before this change (%1).").arg(numbers)
                : tr("No clear trend during the baseline (%1).").arg(numbers);
}

QString AnalysisWording::resemblance()
{
    return tr("Today's score tends to resemble yesterday's: intervals are wider to allow for it.");
}

QString AnalysisWording::autocorrelationSentence(double lagOne)
{
    if (lagOne >= LagOneAutocorrelation::kNotable) {
        return tr("Lag-1 autocorrelation %1: today's score tends to resemble yesterday's, so the interval is "
                  "wider to allow for it.")
            .arg(QLocale().toString(lagOne, 'f', 2));
    }
    return tr("Lag-1 autocorrelation %1: one day's score says little about the next.")
        .arg(QLocale().toString(lagOne, 'f', 2));
}

QString AnalysisWording::intervalExplanation()
{
    return tr(
        "The 95% interval is Newey\u2013West's: it allows for runs of good and bad days, so it is wider "
        "than one that treats every day as independent.");
}

} // namespace ldn
