#include "report/DoseSectionsWriter.h"

#include "core/analysis/DoseResponseAnalysis.h"
#include "presentation/DateText.h"
#include "presentation/DoseText.h"
#include "report/ReportChart.h"
#include "report/ReportFormat.h"
#include "report/ReportWording.h"

#include <QPainter>

#include <algorithm>
#include <memory>

namespace ldn {
namespace {

// Marks a before/after difference whose scores were already moving before the change.
const QString kTrendMark = QStringLiteral("\u2020");

bool fewDays(std::size_t n)
{
    return n > 0 && n < static_cast<std::size_t>(DoseResponseAnalysis::kFewDays);
}

} // namespace

DoseSectionsWriter::DoseSectionsWriter(const GpReport& report, ReportBlocks& blocks)
    : m_report(report)
    , m_blocks(blocks)
{}

void DoseSectionsWriter::chart()
{
    m_blocks.heading(ReportSection::Chart);
    const auto chart = std::make_shared<ReportChart>(m_report.chart);
    if (m_report.sections.contains(ReportSection::CarerNotes)) {
        std::vector<QDate> noteDays;
        for (const Annotation& note : m_report.notes) {
            if (note.day.isValid()) {
                noteDays.push_back(note.day);
            }
        }
        chart->setNoteDays(std::move(noteDays));
    }
    if (!chart->hasData()) {
        m_blocks.noData();
        return;
    }
    FlowBlock block;
    block.height = chart->height(m_blocks.width());
    block.spaceBefore = 4;
    block.keepWithNext = true;
    block.paint = [chart](QPainter& painter, const QRectF& box) { chart->paint(painter, box); };
    m_blocks.add(std::move(block));
    QString note =
        ReportWording::tr("Each line is the %1-day rolling mean of a daily score (left axis, 0 to 10); %2. ")
            .arg(SymptomChartData::kRollingDays)
            .arg(ReportFormat::directions(m_report.symptoms));
    note += ReportWording::tr("The black step line is the LDN dose (right axis)");
    note += m_report.chart.doseChanges.empty()
                ? QStringLiteral(".")
                : ReportWording::tr("; triangles and dotted lines mark changes of dose.");
    if (chart->hasNoteDays()) {
        note += ReportWording::tr(" Speech bubbles mark the days with a note, listed under \u201c%1\u201d.")
                    .arg(sectionTitle(ReportSection::CarerNotes));
    }
    m_blocks.paragraph(note, ReportStyle::note, 2.0);
}

void DoseSectionsWriter::doseHistory()
{
    m_blocks.heading(ReportSection::Doses);
    if (!m_report.hasDiaryDays()) {
        m_blocks.noData();
        return;
    }
    if (m_report.doseHistory.empty()) {
        m_blocks.noData(ReportWording::tr("No change of dose in this period."));
        return;
    }
    ReportTable table({
        {ReportWording::tr("Date"), QString(), 1.0, false},
        {ReportWording::tr("Dose"), QString(), 1.0, false},
        {ReportWording::tr("In the plan?"), QString(), 1.2, false},
        {ReportWording::tr("Reason or note"), QString(), 3.0, false},
    });
    for (const GpReport::DoseChange& change : m_report.doseHistory) {
        QString planned;
        switch (change.planned) {
        case GpReport::DoseChange::Planned::NoPlan:
            planned = ReportWording::tr("no plan");
            break;
        case GpReport::DoseChange::Planned::No:
            planned = ReportWording::tr("no");
            break;
        case GpReport::DoseChange::Planned::Yes:
            planned = ReportWording::tr("yes");
            if (change.daysFromPlan > 0) {
                planned += ReportWording::tr(", %1 late")
                               .arg(ReportFormat::plural(change.daysFromPlan, ReportWording::tr("day"),
                                                         ReportWording::tr("days")));
            } else if (change.daysFromPlan < 0) {
                planned += ReportWording::tr(", %1 early")
                               .arg(ReportFormat::plural(-change.daysFromPlan, ReportWording::tr("day"),
                                                         ReportWording::tr("days")));
            }
            break;
        }
        table.addRow(
            {{shortDate(change.date)},
             {QStringLiteral("%1 \u2192 %2").arg(milligramFigure(change.from), milligrams(change.to))},
             {planned},
             {change.reason.isEmpty() ? QStringLiteral("\u2013") : change.reason}});
    }
    m_blocks.table(table);
}

void DoseSectionsWriter::perDose()
{
    m_blocks.heading(ReportSection::PerDose);
    const DoseResponseResult& analysis = m_report.analysis;
    if (!m_report.hasDiaryDays() || (analysis.baseline.days == 0 && analysis.doseLevels.empty())) {
        m_blocks.noData();
        return;
    }
    meansPerDose();
    beforeAndAfter();
}

void DoseSectionsWriter::meansPerDose()
{
    const DoseResponseResult& analysis = m_report.analysis;
    const std::vector<SymptomDefinition>& symptoms = analysis.symptoms;
    m_blocks.subheading(ReportWording::tr("Mean score at each dose"));
    for (std::size_t first = 0; first < std::max<std::size_t>(symptoms.size(), 1);
         first += ReportStyle::kSymptomsPerTable) {
        const std::size_t last = std::min(first + ReportStyle::kSymptomsPerTable, symptoms.size());
        std::vector<ReportTable::Column> columns{{ReportWording::tr("Dose"), QString(), 1.4, false},
                                                 {ReportWording::tr("Days"), QString(), 0.6, true}};
        for (std::size_t index = first; index < last; ++index) {
            columns.push_back({symptoms[index].name, ReportFormat::direction(symptoms[index]), 1.0, true});
        }
        ReportTable table(columns);
        const auto addLevel = [&](const QString& label, const DoseLevelSummary& level) {
            std::vector<ReportTable::Cell> cells{{label}, {QString::number(level.days)}};
            for (std::size_t index = first; index < last; ++index) {
                const auto found = level.symptoms.find(symptoms[index].name);
                const SummaryStatistics statistics =
                    found == level.symptoms.end() ? SummaryStatistics{} : found->second;
                cells.push_back(
                    {statistics.mean ? ReportFormat::oneDecimal(*statistics.mean) : QStringLiteral("\u2013"),
                     QStringLiteral("n %1%2")
                         .arg(statistics.n)
                         .arg(fewDays(static_cast<std::size_t>(statistics.n))
                                  ? ReportWording::tr(", few days")
                                  : QString())});
            }
            table.addRow(std::move(cells));
        };
        if (analysis.baseline.days > 0) {
            addLevel(ReportWording::tr("0 mg (before LDN)"), analysis.baseline);
        }
        for (const DoseLevelSummary& level : analysis.doseLevels) {
            addLevel(milligrams(level.dose), level);
        }
        m_blocks.table(table, first == 0 ? 2.0 : 6.0);
    }
}

void DoseSectionsWriter::beforeAndAfter()
{
    const DoseResponseResult& analysis = m_report.analysis;
    const std::vector<SymptomDefinition>& symptoms = analysis.symptoms;
    m_blocks.subheading(ReportWording::tr("Before and after each change of dose"));
    if (analysis.steps.empty()) {
        m_blocks.noData(ReportWording::tr("No change of dose in this period."));
    }
    bool trendMarked = false;
    for (std::size_t first = 0; !analysis.steps.empty() && first < symptoms.size();
         first += ReportStyle::kSymptomsPerTable) {
        const std::size_t last = std::min(first + ReportStyle::kSymptomsPerTable, symptoms.size());
        std::vector<ReportTable::Column> columns{{ReportWording::tr("Change"), QString(), 1.1, false}};
        for (std::size_t index = first; index < last; ++index) {
            columns.push_back({symptoms[index].name, ReportFormat::direction(symptoms[index]), 1.25, true});
        }
        ReportTable table(columns);
        for (const DoseStep& step : analysis.steps) {
            std::vector<ReportTable::Cell> cells{
                {shortDate(step.date),
                 QStringLiteral("%1 \u2192 %2").arg(milligramFigure(step.from), milligrams(step.to))}};
            for (std::size_t index = first; index < last; ++index) {
                const auto found = step.symptoms.find(symptoms[index].name);
                if (found == step.symptoms.end() || !found->second.difference) {
                    cells.push_back({QStringLiteral("\u2013"), ReportWording::tr("not enough days")});
                    continue;
                }
                const SymptomStepChange& change = found->second;
                const std::optional<NeweyWestInterval>& interval = change.autocorrelated.interval;
                QString detail = interval ? ReportWording::tr("%1 to %2")
                                                .arg(ReportFormat::oneDecimal(interval->low),
                                                     ReportFormat::oneDecimal(interval->high))
                                          : ReportWording::tr("no interval");
                // A no-break space keeps "n 14/14" whole when the interval's minus signs make the line long.
                detail += QStringLiteral("; n\u00a0%1/%2").arg(change.before.size()).arg(change.after.size());
                if (fewDays(change.before.size()) || fewDays(change.after.size()) || change.before.empty() ||
                    change.after.empty()) {
                    detail += ReportWording::tr(", few days");
                }
                QString value = ReportFormat::signedOneDecimal(*change.difference);
                if (change.beforeTrend && change.beforeTrend->isFlagged()) {
                    value += kTrendMark;
                    trendMarked = true;
                }
                cells.push_back({value, detail});
            }
            table.addRow(std::move(cells));
        }
        m_blocks.table(table, first == 0 ? 2.0 : 6.0);
    }
    QString note =
        ReportWording::tr("Means per dose leave out the first %1 after each change, while the body adjusts. ")
            .arg(ReportFormat::plural(analysis.settleDays, ReportWording::tr("day"),
                                      ReportWording::tr("days")));
    if (!analysis.steps.empty()) {
        note += ReportWording::tr(
                    "Before/after: the mean of the %1 before a change is compared with the %1 "
                    "starting %2 after it; the difference is after \u2212 before, under it the 95% "
                    "confidence interval (Newey\u2013West: it allows for a day's score resembling the day "
                    "before's) and the days on each side. An interval that includes 0 means no clear "
                    "change. ")
                    .arg(ReportFormat::plural(analysis.windowDays, ReportWording::tr("day"),
                                              ReportWording::tr("days")))
                    .arg(ReportFormat::plural(analysis.settleDays, ReportWording::tr("day"),
                                              ReportWording::tr("days")));
        if (trendMarked) {
            note += ReportWording::tr(
                        "%1 The scores were already improving or worsening in the %2 before this "
                        "change (a trend whose 95% interval excludes 0), so part of the difference may "
                        "not be the change's. ")
                        .arg(kTrendMark)
                        .arg(ReportFormat::plural(analysis.windowDays, ReportWording::tr("day"),
                                                  ReportWording::tr("days")));
        }
        note += ReportWording::tr(
            "Welch's interval, which treats every day as independent and so is narrower, is in "
            "the analysis export (analyze --json). ");
    }
    note += ReportWording::tr("“Few days”: fewer than %1 days, treat with caution.")
                .arg(DoseResponseAnalysis::kFewDays);
    m_blocks.paragraph(note, ReportStyle::note, 3.0);
}

} // namespace ldn
