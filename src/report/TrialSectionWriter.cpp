#include "report/TrialSectionWriter.h"

#include "core/diary/DiaryVocabulary.h"
#include "presentation/DateText.h"
#include "presentation/DoseText.h"
#include "report/ReportFormat.h"
#include "report/ReportWording.h"

#include <QCoreApplication>

#include <cmath>

namespace ldn {
namespace {

QString pointsText(double points)
{
    const QString figure = localDecimals(QString::number(points));
    return points == 1.0 ? ReportWording::tr("%1 point").arg(figure)
                         : ReportWording::tr("%1 points").arg(figure);
}

QString meanCell(const std::optional<double>& mean)
{
    return mean ? localDecimals(ReportFormat::oneDecimal(*mean)) : QStringLiteral("–");
}

QString outcomeNames(const QStringList& outcomes)
{
    QStringList names;
    for (const QString& outcome : outcomes) {
        names << DiaryVocabulary::displayName(outcome);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

TrialSectionWriter::TrialSectionWriter(const GpReport& report, ReportBlocks& blocks)
    : m_report(report)
    , m_blocks(blocks)
{}

void TrialSectionWriter::write()
{
    if (!m_report.trial) {
        return;
    }
    const Trial& trial = m_report.trial->trial;
    const TrialProtocol& protocol = trial.protocol;
    m_blocks.heading(ReportSection::Trial);
    m_blocks.paragraph(
        ReportWording::tr("An open trial of LDN agreed with the doctor, started %1: primary outcomes "
                          "%2; the smallest change that matters to the patient is %3.")
            .arg(longDate(protocol.start), outcomeNames(protocol.outcomes),
                 pointsText(protocol.smallestChange)),
        ReportStyle::body, 3.0);
    if (trial.isStopped()) {
        m_blocks.paragraph(
            ReportWording::tr("Stopped on %1: %2").arg(longDate(trial.stoppedOn), trial.stopReason),
            ReportStyle::bodyBold, 3.0);
    }
    if (!m_report.trial->review) {
        m_blocks.paragraph(
            ReportWording::tr("Trial under way: review on %1.").arg(longDate(protocol.reviewOn)),
            ReportStyle::bodyBold, 3.0);
        return;
    }
    review(*m_report.trial->review);
}

void TrialSectionWriter::review(const OpenTrialReview& review)
{
    const TrialProtocol& protocol = m_report.trial->trial.protocol;
    m_blocks.paragraph(
        ReportWording::tr(
            "Review from %1 to %2 (review date %3): each outcome's days before LDN "
            "against its recent days (up to the last 28 of the trial); the improvement is positive "
            "when the symptom got better.")
            .arg(longDate(review.from), longDate(review.to), longDate(protocol.reviewOn)),
        ReportStyle::body, 3.0, true);
    ReportTable table({
        {ReportWording::tr("Outcome"), QString(), 1.3, false},
        {ReportWording::tr("Before LDN"), ReportWording::tr("mean (n)"), 0.9, true},
        {ReportWording::tr("Recent"), ReportWording::tr("mean (n)"), 0.9, true},
        {ReportWording::tr("Improvement"), ReportWording::tr("95% interval (Newey–West)"), 1.5, true},
        {ReportWording::tr("Improved by at least %1?").arg(pointsText(protocol.smallestChange)), QString(),
         1.4, false},
    });
    for (const OpenTrialOutcome& outcome : review.outcomes) {
        const SymptomOverallChange& change = outcome.comparison;
        const std::optional<NeweyWestInterval>& interval = change.autocorrelated.interval;
        QString improvement = QStringLiteral("–");
        if (interval) {
            // Turned so that better is positive, as OpenTrialReview judges it.
            NeweyWestInterval better = *interval;
            if (!outcome.higherIsBetter) {
                better.estimate = -interval->estimate;
                better.low = -interval->high;
                better.high = -interval->low;
            }
            improvement = localDecimals(ReportFormat::differenceWithInterval(better.estimate, better));
        }
        const std::optional<double> before = change.baseline ? change.baseline->mean() : std::nullopt;
        table.addRow(
            {{DiaryVocabulary::displayName(outcome.symptom),
              ReportFormat::direction(SymptomDefinition{outcome.symptom, outcome.higherIsBetter})},
             {QStringLiteral("%1 (%2)")
                  .arg(meanCell(before))
                  .arg(change.baseline ? change.baseline->n() : 0)},
             {QStringLiteral("%1 (%2)").arg(meanCell(change.recent.mean())).arg(change.recent.n())},
             {improvement},
             {QCoreApplication::translate("OpenTrialReview", OpenTrialReview::answerWords(outcome.answer)),
              QString(), outcome.answer == SmallestChangeAnswer::Yes}});
    }
    m_blocks.table(table);
    m_blocks.paragraph(
        ReportWording::tr("“Yes” only when the whole interval reaches the smallest change that "
                          "matters; “no” when none of it does; otherwise the diary cannot tell."),
        ReportStyle::note, 3.0);

    const TrialAdherence& adherence = review.adherence;
    const std::optional<double> share = adherence.shareAsPlanned();
    m_blocks.fact(ReportWording::tr("Adherence"),
                  ReportWording::tr("%1 of %2 days logged; %3 taken as planned (%4%), %5 missed.")
                      .arg(adherence.daysLogged)
                      .arg(adherence.daysInTrial)
                      .arg(adherence.daysAsPlanned)
                      .arg(share ? QString::number(std::lround(*share * 100)) : QStringLiteral("–"))
                      .arg(adherence.daysMissed));
    QStringList effects;
    for (const TrialSideEffectCount& effect : review.sideEffects) {
        effects << ReportWording::tr("%1 on %2 (%3 severe; worst %4)")
                       .arg(DiaryVocabulary::displayName(effect.name), dayCount(effect.days))
                       .arg(effect.severeDays)
                       .arg(ReportFormat::severityName(effect.worst));
    }
    m_blocks.fact(ReportWording::tr("Side effects"),
                  effects.isEmpty() ? ReportWording::tr("none logged") : effects.join(QStringLiteral("; ")));
    m_blocks.paragraph(ReportWording::tr("Limits of an open trial: %1")
                           .arg(OpenTrialReview::limits().join(QLatin1Char(' '))),
                       ReportStyle::note, 4.0);
}

} // namespace ldn
