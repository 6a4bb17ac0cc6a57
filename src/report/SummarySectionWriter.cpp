#include "report/SummarySectionWriter.h"

#include "core/analysis/OverallComparison.h"
#include "presentation/DateText.h"
#include "presentation/DoseText.h"
#include "presentation/Translations.h"
#include "report/ReportFormat.h"
#include "report/ReportWording.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace ldn {
namespace {

QString dateSpanOf(const std::vector<const DatedScores*>& runs)
{
    QDate first;
    QDate last;
    for (const DatedScores* run : runs) {
        if (run->n() == 0) {
            continue;
        }
        first = first.isValid() ? std::min(first, run->first()) : run->first();
        last = last.isValid() ? std::max(last, run->last()) : run->last();
    }
    return first.isValid() ? dateSpan(first, last) : QString();
}

// "7.0 (n 14)": one line, so the table of five symptoms leaves room on the first page.
ReportTable::Cell meanCell(const DatedScores& scores)
{
    const std::optional<double> mean = scores.mean();
    return {QStringLiteral("%1 (n %2)")
                .arg(mean ? ReportFormat::oneDecimal(*mean) : QStringLiteral("\u2013"))
                .arg(scores.n())};
}

QString joinNames(const QStringList& names)
{
    if (names.size() <= 1) {
        return names.join(QString());
    }
    return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + ReportWording::tr(" and ") +
           names.last();
}

} // namespace

SummarySectionWriter::SummarySectionWriter(const GpReport& report, ReportBlocks& blocks)
    : m_report(report)
    , m_blocks(blocks)
{}

void SummarySectionWriter::write()
{
    m_blocks.heading(ReportSection::Summary);
    m_blocks.fitFactLabels({ReportWording::tr("Current dose"), ReportWording::tr("Titration plan"),
                            ReportWording::tr("Days logged"), ReportWording::tr("Doses")});
    const QString conditions = m_report.conditions.isEmpty() ? ReportWording::tr("none recorded")
                                                             : m_report.conditions.join(QStringLiteral(", "));
    m_blocks.paragraph(
        ReportWording::tr("Conditions: %1. A daily diary of low-dose naltrexone (LDN) doses and symptom "
                          "scores (0 to 10), kept by the patient.")
            .arg(conditions),
        ReportStyle::body, 3.0);
    if (!m_report.hasDiaryDays()) {
        m_blocks.noData(
            m_report.from.isValid()
                ? ReportWording::tr("No data for this period: no diary days are logged between %1 and %2.")
                      .arg(shortDate(m_report.from), shortDate(m_report.to))
                : ReportWording::tr("No data for this period: no diary days are logged yet."));
        if (m_report.plan) {
            m_blocks.fact(ReportWording::tr("Titration plan"), planText());
        }
        return;
    }
    m_blocks.fact(ReportWording::tr("Current dose"), currentDoseText());
    m_blocks.fact(ReportWording::tr("Titration plan"),
                  m_report.plan ? planText() : ReportWording::tr("No titration plan recorded."));
    const Adherence& adherence = m_report.analysis.adherence;
    const long loggedPercent = std::lround(100.0 * adherence.daysLogged / std::max(adherence.daysInRange, 1));
    // Whole phrases, not a counted noun put into one: German says "193 von 200 Tagen".
    m_blocks.fact(ReportWording::tr("Days logged"),
                  adherence.daysInRange == 1 ? ReportWording::tr("%1 of 1 day in this period (%2%)")
                                                   .arg(adherence.daysLogged)
                                                   .arg(loggedPercent)
                                             : ReportWording::tr("%1 of %2 days in this period (%3%)")
                                                   .arg(adherence.daysLogged)
                                                   .arg(adherence.daysInRange)
                                                   .arg(loggedPercent));
    QString doses =
        ReportWording::tr("%1 taken, %2 missed").arg(adherence.dosesTaken).arg(adherence.dosesMissed);
    if (adherence.dosesTaken + adherence.dosesMissed > 0) {
        doses += ReportWording::tr(" (%1% of doses taken)")
                     .arg(std::lround(100.0 * adherence.dosesTaken /
                                      (adherence.dosesTaken + adherence.dosesMissed)));
    }
    doses += ReportWording::tr("; %1 at 0 mg (baseline or a planned pause)")
                 .arg(ReportFormat::plural(adherence.zeroDoseDays, ReportWording::tr("day"),
                                           ReportWording::tr("days")));
    m_blocks.fact(ReportWording::tr("Doses"), doses);
    comparison();
}

QString SummarySectionWriter::currentDoseText() const
{
    if (!m_report.currentDose) {
        return ReportWording::tr("No dose taken in this period (only missed doses are logged).");
    }
    const GpReport::CurrentDose& current = *m_report.currentDose;
    if (current.dose.isZero()) {
        return ReportWording::tr("0 mg: not taking LDN (since %1).").arg(shortDate(current.since));
    }
    QString text = milligrams(current.dose);
    if (current.formulation) {
        // English writes the form in lower case inside a sentence ("4.5 mg capsule"); German keeps
        // the capital of a noun ("4,5 mg Kapsel").
        const QString form = displayName(*current.formulation);
        text += QLatin1Char(' ') + (Translations::current() == Language::German ? form : form.toLower());
    }
    if (current.usualTime) {
        text += ReportWording::tr(", usually at about %1")
                    .arg(current.usualTime->toString(QStringLiteral("HH:mm")));
    }
    text += ReportWording::tr(", since %1").arg(shortDate(current.since));
    if (current.sinceBeforeRange) {
        text += ReportWording::tr(" (before this period)");
    }
    text += QLatin1Char('.');
    if (current.lastTaken < m_report.to) {
        text += ReportWording::tr(" Last dose logged %1.").arg(shortDate(current.lastTaken));
    }
    if (!current.pharmacy.isEmpty()) {
        text += ReportWording::tr(" Pharmacy: %1.").arg(current.pharmacy);
    }
    return text;
}

QString SummarySectionWriter::planText() const
{
    const GpReport::PlanStatus& plan = *m_report.plan;
    const QString every = plan.intervalDays == 1 ? ReportWording::tr("every day")
                                                 : ReportWording::tr("every %1 days").arg(plan.intervalDays);
    QString text = ReportWording::tr("%1 mg, +%2 mg %3, to %4 mg (%5 plan, from %6). ")
                       .arg(milligramFigure(plan.startDose), milligramFigure(plan.stepDose), every)
                       .arg(milligramFigure(plan.targetDose), plan.templateName, shortDate(plan.startOn));
    if (!plan.started) {
        return text + ReportWording::tr("The plan starts on %1 at %2.")
                          .arg(shortDate(plan.startOn), milligrams(plan.startDose));
    }
    text += ReportWording::tr("On %1 the plan's dose is %2")
                .arg(shortDate(plan.on), milligrams(plan.plannedDose));
    if (plan.onHold) {
        text += ReportWording::tr(", on hold");
    } else if (plan.targetReached) {
        text += ReportWording::tr(": target reached");
    } else if (plan.nextStepOn && plan.nextStepDose) {
        text += ReportWording::tr("; next step %1 on %2")
                    .arg(milligrams(*plan.nextStepDose), shortDate(*plan.nextStepOn));
    }
    text += QStringLiteral(". ");
    if (plan.daysOffPlan == 0) {
        text += ReportWording::tr("Every logged day followed the plan.");
    } else {
        text += ReportWording::tr("%1 off the plan (%2 missed).")
                    .arg(ReportFormat::plural(plan.daysOffPlan, ReportWording::tr("logged day"),
                                              ReportWording::tr("logged days")))
                    .arg(plan.missedOnPlan);
    }
    return text;
}

void SummarySectionWriter::comparison()
{
    const DoseResponseResult& analysis = m_report.analysis;
    m_blocks.subheading(
        ReportWording::tr("Symptoms before LDN and in the last %1 days").arg(OverallComparison::kRecentDays));
    if (!analysis.firstLdnDose) {
        recentOnly(ReportWording::tr(
            "LDN has not been started in this diary (no dose above 0 mg is logged), so there "
            "is no before and after to compare."));
        return;
    }
    const QString firstDose = shortDate(*analysis.firstLdnDose);
    if (*analysis.firstLdnDose > m_report.to) {
        m_blocks.paragraph(
            ReportWording::tr("This report ends before the first dose of LDN (%1), so there is no before "
                              "and after to compare.")
                .arg(firstDose),
            ReportStyle::body, 3.0);
        return;
    }
    const bool hasBaseline = std::any_of(analysis.overall.begin(), analysis.overall.end(),
                                         [](const auto& entry) { return entry.second.baseline.has_value(); });
    if (!hasBaseline) {
        recentOnly(ReportWording::tr(
                       "No baseline: no days at 0 mg are logged in the %1 weeks before the first dose of "
                       "LDN (%2), so the scores now cannot be compared with the scores before LDN.")
                       .arg(OverallComparison::kBaselineDays / 7)
                       .arg(firstDose));
        return;
    }
    baselineComparison();
}

void SummarySectionWriter::baselineComparison()
{
    const DoseResponseResult& analysis = m_report.analysis;
    std::vector<const DatedScores*> baselines;
    std::vector<const DatedScores*> recents;
    for (const auto& [name, change] : analysis.overall) {
        baselines.push_back(&*change.baseline);
        recents.push_back(&change.recent);
    }
    ReportTable table({
        {ReportWording::tr("Symptom"), QString(), 1.35, false},
        {ReportWording::tr("Before LDN"), dateSpanOf(baselines), 1.3, true},
        {ReportWording::tr("Last %1 days").arg(OverallComparison::kRecentDays), dateSpanOf(recents), 1.3,
         true},
        {ReportWording::tr("Difference"), ReportWording::tr("95% interval"), 1.45, true},
        {ReportWording::tr("Verdict"), QString(), 1.2, false},
    });
    for (const SymptomDefinition& symptom : m_report.symptoms) {
        const auto found = analysis.overall.find(symptom.name);
        if (found == analysis.overall.end()) {
            continue;
        }
        const SymptomOverallChange& change = found->second;
        ReportTable::Cell difference{QStringLiteral("\u2013")};
        if (change.difference && change.autocorrelated.interval) {
            difference.text =
                ReportFormat::differenceWithInterval(*change.difference, *change.autocorrelated.interval);
        } else if (change.difference) {
            difference.text =
                ReportWording::tr("%1 (no interval)").arg(ReportFormat::oneDecimal(*change.difference));
        }
        ReportTable::Cell verdict{ReportWording::tr("no comparison")};
        if (change.verdict) {
            const bool judged = *change.verdict != ChangeVerdict::NoClearChange;
            verdict = {QCoreApplication::translate("ChangeVerdict", verdictWords(*change.verdict)), QString(),
                       judged};
        } else if (change.gap) {
            verdict = {QCoreApplication::translate("EstimateGap", shortReason(*change.gap))};
        }
        if (change.startedInFlare()) {
            verdict.detail = ReportWording::tr("started in a flare");
        }
        table.addRow(
            {{symptom.name}, meanCell(*change.baseline), meanCell(change.recent), difference, verdict});
    }
    m_blocks.table(table);
    m_blocks.paragraph(baselineLine(), ReportStyle::body, 4.0);
    const QString flare = flareLine();
    if (!flare.isEmpty()) {
        m_blocks.paragraph(flare, ReportStyle::body, 3.0);
    }
    m_blocks.paragraph(
        ReportWording::tr(
            "Before LDN: the days at 0 mg in the %1 weeks before the first dose. Means of the daily scores "
            "(0 to 10) with the days scored (n); %2. Difference: last %3 days \u2212 before LDN, with "
            "its 95% confidence interval (Newey\u2013West), which allows for a day's score resembling the "
            "day before's and so is wider than a comparison that treats every day as independent. "
            "“Better” or “worse” only when the interval excludes 0; otherwise "
            "\u201cno clear change\u201d. Not a trial result: see the notes at the end.")
            .arg(OverallComparison::kBaselineDays / 7)
            .arg(ReportFormat::directions(m_report.symptoms))
            .arg(OverallComparison::kRecentDays),
        ReportStyle::note, 3.0);
}

void SummarySectionWriter::recentOnly(const QString& why)
{
    m_blocks.paragraph(why, ReportStyle::body, 3.0, true);
    std::vector<const DatedScores*> recents;
    for (const auto& [name, change] : m_report.analysis.overall) {
        recents.push_back(&change.recent);
    }
    const QString span = dateSpanOf(recents);
    if (span.isEmpty()) {
        return;
    }
    ReportTable table({
        {ReportWording::tr("Symptom"), QString(), 1.6, false},
        {ReportWording::tr("Last %1 days").arg(OverallComparison::kRecentDays), span, 1.3, true},
        {QString(), QString(), 3.7, false},
    });
    for (const SymptomDefinition& symptom : m_report.symptoms) {
        const auto found = m_report.analysis.overall.find(symptom.name);
        if (found != m_report.analysis.overall.end()) {
            table.addRow({{symptom.name}, meanCell(found->second.recent), {}});
        }
    }
    m_blocks.table(table);
    m_blocks.paragraph(ReportWording::tr("Means of the daily scores (0 to 10) with the days scored (n); %1.")
                           .arg(ReportFormat::directions(m_report.symptoms)),
                       ReportStyle::note, 3.0);
}

QString SummarySectionWriter::baselineLine() const
{
    const QDate firstDose = *m_report.analysis.firstLdnDose;
    const qint64 ago = firstDose.daysTo(m_report.to);
    QString line = ReportWording::tr("LDN was started on %1").arg(shortDate(firstDose));
    if (ago < 1) {
        return line + ReportWording::tr(", the last day of this report.");
    }
    line += ReportWording::tr(", %1 before the last day of this report").arg(ReportFormat::duration(ago));
    return line + (firstDose < m_report.from ? ReportWording::tr(" (and before its first day).")
                                             : QStringLiteral("."));
}

QString SummarySectionWriter::flareLine() const
{
    QStringList names;
    bool worstQuarter = false;
    bool worsening = false;
    for (const SymptomDefinition& symptom : m_report.symptoms) {
        const auto found = m_report.analysis.overall.find(symptom.name);
        if (found == m_report.analysis.overall.end() || !found->second.startedInFlare()) {
            continue;
        }
        names << symptom.name;
        worstQuarter = worstQuarter || found->second.flare->baselineInWorstQuarter;
        worsening = worsening || found->second.flare->worseningBefore;
    }
    if (names.isEmpty()) {
        return {};
    }
    QString how;
    if (worstQuarter && worsening) {
        how = ReportWording::tr(
            "in the worst quarter of the patient's own scores before LDN, or getting worse");
    } else if (worstQuarter) {
        how = ReportWording::tr("in the worst quarter of the patient's own scores before LDN");
    } else {
        how = ReportWording::tr("getting worse during those weeks");
    }
    return ReportWording::tr(
               "LDN was started during a flare: before the first dose, %1 %2 %3. Part of any improvement "
               "may be regression to the mean, unusually bad scores drifting back towards their usual "
               "level on their own.")
        .arg(joinNames(names), names.size() == 1 ? ReportWording::tr("was") : ReportWording::tr("were"), how);
}

} // namespace ldn
