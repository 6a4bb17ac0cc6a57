#include "cli/BlindedTrialText.h"

#include "core/base/IsoDate.h"
#include "core/trial/TrialJson.h"
#include "presentation/DateText.h"

namespace ldn {
namespace {

const BlindedDesign& designOf(const Trial& trial)
{
    return *trial.protocol.blinded;
}

TrialPeriods periodsOf(const Trial& trial)
{
    return designOf(trial).periodsFrom(trial.protocol.start);
}

QString sealWords(const Trial& trial)
{
    if (!trial.isSealed()) {
        return QStringLiteral("Unblinded on %1 with the pharmacy's code.")
            .arg(IsoDate::format(trial.unblindedOn));
    }
    return QStringLiteral(
        "Sealed: which periods give LDN and which give placebo is kept from you and your carers until the "
        "code on the pharmacy sheet is entered (\"trial unblind\"). The diary keeps it scrambled, which "
        "protects against an accidental look, not against someone determined to find out.");
}

} // namespace

QString BlindedTrialText::standing(const Trial& trial, const QDate& today)
{
    if (trial.isStopped()) {
        return QStringLiteral("Stopped on %1: %2").arg(IsoDate::format(trial.stoppedOn), trial.stopReason);
    }
    const TrialPeriods periods = periodsOf(trial);
    if (today < periods.firstDay()) {
        return QStringLiteral("Starts on %1, in %2.")
            .arg(IsoDate::format(periods.firstDay()),
                 dayCount(static_cast<int>(today.daysTo(periods.firstDay()))));
    }
    const std::optional<TrialPeriod> period = periods.periodOn(today);
    if (period) {
        QString words = QStringLiteral("Period %1 of %2, %3 to %4")
                            .arg(period->index)
                            .arg(periods.count())
                            .arg(IsoDate::format(period->start), IsoDate::format(period->end));
        if (period->isWashout(today)) {
            words += QStringLiteral(" (washout: these days are left out of the analysis until %1)")
                         .arg(IsoDate::format(period->firstAnalysedDay()));
        }
        return words + QStringLiteral(".");
    }
    if (trial.isSealed()) {
        return QStringLiteral(
                   "All %1 periods ended on %2: enter the pharmacy's code (\"trial unblind\") to see "
                   "the result.")
            .arg(periods.count())
            .arg(IsoDate::format(periods.lastDay()));
    }
    return QStringLiteral("All %1 periods ended on %2: see \"trial verdict\".")
        .arg(periods.count())
        .arg(IsoDate::format(periods.lastDay()));
}

void BlindedTrialText::writeDesign(QTextStream& out, const Trial& trial)
{
    const BlindedDesign& design = designOf(trial);
    const TrialPeriods periods = periodsOf(trial);
    out << "  Outcomes: " << trial.protocol.outcomes.join(QStringLiteral(", ")) << "\n"
        << "  LDN dose in the LDN capsules: " << design.ldnDose.toMilligramText() << " mg\n"
        << "  " << design.pairs << " pairs of periods of " << dayCount(design.periodDays)
        << "; in each pair one period gives LDN and one placebo, in random order\n"
        << "  Washout: the first " << dayCount(design.washoutDays)
        << " of each period are left out of the analysis\n"
        << "  Periods (" << periods.count() << "):\n";
    for (const TrialPeriod& period : periods.periods()) {
        out << "    period " << period.index << " of " << periods.count() << " (pair " << period.pair
            << "): " << IsoDate::format(period.start) << " to " << IsoDate::format(period.end) << "\n";
    }
    out << "  Review on " << IsoDate::format(trial.protocol.reviewOn) << " (" << trial.reviewWeeks
        << " weeks after the last period)\n"
        << "  " << design.pairsAdvice() << "\n"
        << "  " << sealWords(trial) << "\n";
}

void BlindedTrialText::writeShow(QTextStream& out, const Trial& trial, const QDate& today)
{
    writeDesign(out, trial);
    out << "  Stopping rules: a side effect severe (3) on two days in a row; an opioid added to the "
           "medicines";
    for (const QString& rule : trial.protocol.stopRules) {
        out << "; " << rule;
    }
    out << "\n  Now: " << standing(trial, today) << "\n";
}

nlohmann::json BlindedTrialText::showJson(const Trial& trial, const QDate& today)
{
    const BlindedDesign& design = designOf(trial);
    const TrialPeriods periods = periodsOf(trial);
    const std::optional<TrialPeriod> period = periods.periodOn(today);
    return {{"pairs", design.pairs},
            {"period_days", design.periodDays},
            {"washout_days", design.washoutDays},
            {"ldn_dose_mg", design.ldnDose.milligrams()},
            {"capsules_per_period", design.capsulesPerPeriod()},
            {"sealed", trial.isSealed()},
            {"unblinded_on", trial.unblindedOn.isValid()
                                 ? nlohmann::json(IsoDate::format(trial.unblindedOn).toStdString())
                                 : nlohmann::json(nullptr)},
            {"position", periods.positionWords(today).toStdString()},
            {"period", period ? nlohmann::json(period->index) : nlohmann::json(nullptr)},
            {"washout_today", periods.isWashout(today)},
            {"smallest_possible_p", design.smallestPossibleP()},
            {"pairs_advice", design.pairsAdvice().toStdString()},
            {"periods", TrialJson::periods(periods)}};
}

} // namespace ldn
