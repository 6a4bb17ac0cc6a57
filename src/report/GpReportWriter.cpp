#include "report/GpReportWriter.h"

#include "core/analysis/DoseResponseAnalysis.h"
#include "core/base/IsoDate.h"
#include "core/plan/TitrationPlan.h"
#include "presentation/DateText.h"
#include "presentation/DoseText.h"
#include "report/GpReportBuilder.h"
#include "report/ReportChart.h"
#include "report/ReportFlow.h"
#include "report/ReportTable.h"
#include "report/ReportText.h"

#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>

namespace ldn {
namespace {

const TextStyle kHeading{11.5, true};
const TextStyle kSubheading{9.0, true};
const TextStyle kBody{9.0};
const TextStyle kBodyBold{9.0, true};
const TextStyle kNote{7.5, false, false, QColor(0x40, 0x40, 0x40)};
const TextStyle kReference{7.0, false, false, QColor(0x30, 0x30, 0x30)};

constexpr double kSectionGap = 11.0;
constexpr double kParagraphGap = 4.0;
constexpr double kFactLabelWidth = 88.0;
constexpr double kBoxPadding = 5.0;
constexpr std::size_t kSymptomsPerTable = 5;

const QString kNoData = QStringLiteral("No data for this period.");

// One decimal, as printed everywhere in the report; a true minus sign for negatives.
QString oneDecimal(double value)
{
    QString text = QString::number(value, 'f', 1);
    if (text == QLatin1String("-0.0")) {
        text = QStringLiteral("0.0");
    }
    if (text.startsWith(QLatin1Char('-'))) {
        text.replace(0, 1, QChar(0x2212));
    }
    return text;
}

QString signedOneDecimal(double value)
{
    const QString text = oneDecimal(value);
    return text.startsWith(QChar(0x2212)) || text == QLatin1String("0.0") ? text : QLatin1Char('+') + text;
}

QString direction(const SymptomDefinition& symptom)
{
    return symptom.higherIsBetter ? QStringLiteral("higher is better") : QStringLiteral("lower is better");
}

QString plural(int count, const QString& one, const QString& many)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? one : many);
}

QString severityName(int severity)
{
    switch (severity) {
    case 1:
        return QStringLiteral("mild");
    case 2:
        return QStringLiteral("moderate");
    case 3:
        return QStringLiteral("severe");
    default:
        return QStringLiteral("none");
    }
}

// Builds the blocks of the report, section by section.
class Composer {
public:
    Composer(const GpReport& report, double width)
        : m_report(report)
        , m_width(width)
    {}

    ReportFlow compose()
    {
        for (const ReportSection section : kAllReportSections) {
            if (!m_report.sections.contains(section)) {
                continue;
            }
            switch (section) {
            case ReportSection::Summary:
                summary();
                break;
            case ReportSection::Chart:
                chart();
                break;
            case ReportSection::Doses:
                doses();
                break;
            case ReportSection::PerDose:
                perDose();
                break;
            case ReportSection::SideEffects:
                sideEffects();
                break;
            case ReportSection::CarerNotes:
                carerNotes();
                break;
            case ReportSection::Medications:
                medications();
                break;
            case ReportSection::Evidence:
                evidence();
                break;
            case ReportSection::Questions:
                questions();
                break;
            case ReportSection::Disclaimer:
                disclaimer();
                break;
            }
        }
        return std::move(m_flow);
    }

private:
    // --- building blocks -------------------------------------------------------------------

    void heading(ReportSection section)
    {
        const QString title = sectionTitle(section);
        FlowBlock block;
        block.height = ReportText::lineHeight(kHeading) + 5;
        block.spaceBefore = kSectionGap;
        block.keepWithNext = true;
        block.paint = [title](QPainter& painter, const QRectF& box) {
            ReportText::draw(painter, box.topLeft(), title, kHeading);
            painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.5));
            painter.drawLine(QPointF(box.left(), box.bottom() - 2), QPointF(box.right(), box.bottom() - 2));
        };
        m_flow.add(std::move(block));
    }

    void subheading(const QString& title)
    {
        FlowBlock block;
        block.height = ReportText::lineHeight(kSubheading) + 2;
        block.spaceBefore = 6;
        block.keepWithNext = true;
        block.paint = [title](QPainter& painter, const QRectF& box) {
            ReportText::draw(painter, box.topLeft(), title, kSubheading);
        };
        m_flow.add(std::move(block));
    }

    // One block per line, so long text can run on to the next page; never one line alone at the
    // foot or the head of a page.
    // `leadsIn`: the paragraph introduces what follows (a table) and stays with its start.
    void paragraph(const QString& text, const TextStyle& style = kBody, double spaceBefore = kParagraphGap,
                   bool leadsIn = false)
    {
        const QStringList lines = ReportText::wrap(text, style, m_width);
        const double lineHeight = ReportText::lineHeight(style);
        for (qsizetype index = 0; index < lines.size(); ++index) {
            FlowBlock block;
            block.height = lineHeight;
            block.spaceBefore = index == 0 ? spaceBefore : 0.0;
            block.keepWithNext = (index + 1 < lines.size() && (index == 0 || index + 2 == lines.size())) ||
                                 (leadsIn && index + 1 == lines.size());
            const QString line = lines[index];
            block.paint = [line, style](QPainter& painter, const QRectF& box) {
                ReportText::draw(painter, box.topLeft(), line, style);
            };
            m_flow.add(std::move(block));
        }
    }

    // "Current dose   4.5 mg capsule …": a bold label beside wrapped text, kept whole.
    void fact(const QString& label, const QString& value)
    {
        const QStringList lines = ReportText::wrap(value, kBody, m_width - kFactLabelWidth);
        FlowBlock block;
        block.height = lines.size() * ReportText::lineHeight(kBody);
        block.spaceBefore = 2.5;
        block.paint = [label, lines](QPainter& painter, const QRectF& box) {
            ReportText::draw(painter, box.topLeft(), label, kBodyBold);
            ReportText::drawLines(painter, QPointF(box.left() + kFactLabelWidth, box.top()), lines, kBody);
        };
        m_flow.add(std::move(block));
    }

    // A framed box with a bold first line: a shaded, heavy frame for warnings a doctor must not
    // miss, a light one for cautions.
    void warningBox(const QString& title, const QString& text, bool heavy = true)
    {
        const double inner = m_width - 2 * kBoxPadding - 2;
        const QStringList titleLines = ReportText::wrap(title, kBodyBold, inner);
        const QStringList lines = ReportText::wrap(text, kBody, inner);
        FlowBlock block;
        block.height = titleLines.size() * ReportText::lineHeight(kBodyBold) +
                       lines.size() * ReportText::lineHeight(kBody) + 2 * kBoxPadding;
        block.spaceBefore = 5;
        block.paint = [titleLines, lines, heavy](QPainter& painter, const QRectF& box) {
            painter.setPen(QPen(Qt::black, heavy ? 1.5 : 0.6));
            painter.setBrush(heavy ? QBrush(QColor(0xEC, 0xEC, 0xEC)) : QBrush(Qt::NoBrush));
            painter.drawRect(box.adjusted(0.75, 0.75, -0.75, -0.75));
            painter.setBrush(Qt::NoBrush);
            const QPointF origin(box.left() + kBoxPadding + 1, box.top() + kBoxPadding);
            const double used = ReportText::drawLines(painter, origin, titleLines, kBodyBold);
            ReportText::drawLines(painter, origin + QPointF(0, used), lines, kBody);
        };
        m_flow.add(std::move(block));
    }

    void addTable(const ReportTable& table, double spaceBefore = 4.0)
    {
        std::vector<FlowBlock> blocks = table.blocks(m_width);
        if (!blocks.empty()) {
            blocks.front().spaceBefore = spaceBefore;
        }
        m_flow.add(std::move(blocks));
    }

    void noData(const QString& text = kNoData) { paragraph(text, kBody, 3.0); }

    // --- sections ------------------------------------------------------------------------------

    void summary()
    {
        heading(ReportSection::Summary);
        const QString conditions = m_report.conditions.isEmpty()
                                       ? QStringLiteral("none recorded")
                                       : m_report.conditions.join(QStringLiteral(", "));
        paragraph(
            QStringLiteral("Conditions: %1. A daily diary of low-dose naltrexone (LDN) doses and symptom "
                           "scores (0 to 10), kept by the patient.")
                .arg(conditions),
            kBody, 3.0);
        if (!m_report.hasDiaryDays()) {
            noData(
                m_report.from.isValid()
                    ? QStringLiteral("No data for this period: no diary days are logged between %1 and %2.")
                          .arg(shortDate(m_report.from), shortDate(m_report.to))
                    : QStringLiteral("No data for this period: no diary days are logged yet."));
            if (m_report.plan) {
                fact(QStringLiteral("Titration plan"), planText());
            }
            return;
        }
        fact(QStringLiteral("Current dose"), currentDoseText());
        fact(QStringLiteral("Titration plan"),
             m_report.plan ? planText() : QStringLiteral("No titration plan recorded."));
        const Adherence& adherence = m_report.analysis.adherence;
        fact(QStringLiteral("Days logged"),
             QStringLiteral("%1 of %2 days in this period (%3%)")
                 .arg(adherence.daysLogged)
                 .arg(adherence.daysInRange)
                 .arg(std::lround(100.0 * adherence.daysLogged / std::max(adherence.daysInRange, 1))));
        QString doses =
            QStringLiteral("%1 taken, %2 missed").arg(adherence.dosesTaken).arg(adherence.dosesMissed);
        if (adherence.dosesTaken + adherence.dosesMissed > 0) {
            doses += QStringLiteral(" (%1% of doses taken)")
                         .arg(std::lround(100.0 * adherence.dosesTaken /
                                          (adherence.dosesTaken + adherence.dosesMissed)));
        }
        doses += QStringLiteral("; %1 at 0 mg (baseline or a planned pause)")
                     .arg(plural(adherence.zeroDoseDays, QStringLiteral("day"), QStringLiteral("days")));
        fact(QStringLiteral("Doses"), doses);
        comparison();
    }

    QString currentDoseText() const
    {
        if (!m_report.currentDose) {
            return QStringLiteral("No dose taken in this period (only missed doses are logged).");
        }
        const GpReport::CurrentDose& current = *m_report.currentDose;
        if (current.dose.isZero()) {
            return QStringLiteral("0 mg: not taking LDN (since %1).").arg(shortDate(current.since));
        }
        QString text = milligrams(current.dose);
        if (current.formulation) {
            text += QLatin1Char(' ') + displayName(*current.formulation).toLower();
        }
        if (current.usualTime) {
            text += QStringLiteral(", usually at about %1")
                        .arg(current.usualTime->toString(QStringLiteral("HH:mm")));
        }
        text += QStringLiteral(", since %1").arg(shortDate(current.since));
        if (current.sinceBeforeRange) {
            text += QStringLiteral(" (before this period)");
        }
        text += QLatin1Char('.');
        if (current.lastTaken < m_report.to) {
            text += QStringLiteral(" Last dose logged %1.").arg(shortDate(current.lastTaken));
        }
        if (!current.pharmacy.isEmpty()) {
            text += QStringLiteral(" Pharmacy: %1.").arg(current.pharmacy);
        }
        return text;
    }

    QString planText() const
    {
        const GpReport::PlanStatus& plan = *m_report.plan;
        QString text =
            QStringLiteral("%1 mg, +%2 mg every %3 days, to %4 mg (%5 plan, from %6). ")
                .arg(plan.startDose.toMilligramText(), plan.stepDose.toMilligramText())
                .arg(plan.intervalDays)
                .arg(plan.targetDose.toMilligramText(), plan.templateName, shortDate(plan.startOn));
        if (!plan.started) {
            return text + QStringLiteral("The plan starts on %1 at %2.")
                              .arg(shortDate(plan.startOn), milligrams(plan.startDose));
        }
        text += QStringLiteral("On %1 the plan's dose is %2")
                    .arg(shortDate(plan.on), milligrams(plan.plannedDose));
        if (plan.onHold) {
            text += QStringLiteral(", on hold");
        } else if (plan.targetReached) {
            text += QStringLiteral(": target reached");
        } else if (plan.nextStepOn && plan.nextStepDose) {
            text += QStringLiteral("; next step %1 on %2")
                        .arg(milligrams(*plan.nextStepDose), shortDate(*plan.nextStepOn));
        }
        text += QStringLiteral(". ");
        if (plan.daysOffPlan == 0) {
            text += QStringLiteral("Every logged day followed the plan.");
        } else {
            text += QStringLiteral("%1 off the plan (%2 missed).")
                        .arg(plural(plan.daysOffPlan, QStringLiteral("logged day"),
                                    QStringLiteral("logged days")))
                        .arg(plan.missedOnPlan);
        }
        return text;
    }

    void comparison()
    {
        if (m_report.earlierLabel.isEmpty() || m_report.comparisons.empty()) {
            paragraph(QStringLiteral("Too few days logged to compare symptoms at the start with now."), kBody,
                      6.0);
            return;
        }
        // "Before LDN" reads "before LDN" mid-sentence; only the first letter changes.
        QString earlier = m_report.earlierLabel;
        earlier[0] = earlier[0].toLower();
        subheading(QStringLiteral("Symptoms %1 and in the last %2 days")
                       .arg(earlier)
                       .arg(GpReportBuilder::kRecentDays));
        ReportTable table({
            {QStringLiteral("Symptom"), QString(), 1.6, false},
            {m_report.earlierLabel, dateSpan(m_report.earlierFrom, m_report.earlierTo), 1.35, true},
            {QStringLiteral("Last %1 days").arg(GpReportBuilder::kRecentDays),
             dateSpan(m_report.recentFrom, m_report.recentTo), 1.35, true},
            {QStringLiteral("Change"), QString(), 0.9, true},
            {QStringLiteral("Now is"), QString(), 1.4, false},
        });
        for (const GpReport::SymptomComparison& row : m_report.comparisons) {
            const auto meanCell = [](const SummaryStatistics& statistics) {
                return ReportTable::Cell{statistics.mean ? oneDecimal(*statistics.mean)
                                                         : QStringLiteral("\u2013"),
                                         QStringLiteral("n %1").arg(statistics.n)};
            };
            ReportTable::Cell change{QStringLiteral("\u2013")};
            ReportTable::Cell verdict{QStringLiteral("not enough days")};
            if (row.earlier.mean && row.recent.mean) {
                const double difference = *row.recent.mean - *row.earlier.mean;
                const QString rounded = oneDecimal(std::fabs(difference));
                const QString arrow =
                    rounded == QLatin1String("0.0")
                        ? QStringLiteral("\u2192")
                        : (difference > 0 ? QStringLiteral("\u2191") : QStringLiteral("\u2193"));
                change.text = QStringLiteral("%1 %2").arg(arrow, rounded);
                if (row.earlier.n < DoseResponseAnalysis::kFewDays ||
                    row.recent.n < DoseResponseAnalysis::kFewDays) {
                    verdict.text = QStringLiteral("too few days to say");
                } else if (std::fabs(difference) < GpReportWriter::kSameWithin) {
                    verdict.text = QStringLiteral("about the same");
                } else {
                    const bool better = (difference > 0) == row.symptom.higherIsBetter;
                    verdict = {better ? QStringLiteral("better") : QStringLiteral("worse"), QString(), true};
                }
            }
            table.addRow({{row.symptom.name, direction(row.symptom)},
                          meanCell(row.earlier),
                          meanCell(row.recent),
                          change,
                          verdict});
        }
        addTable(table);
        paragraph(QStringLiteral(
                      "Means of the daily scores (0 to 10); n is the number of days scored. \u201cAbout the "
                      "same\u201d: the means differ by less than %1 points. Not a trial result: see the "
                      "notes at the end.")
                      .arg(oneDecimal(GpReportWriter::kSameWithin)),
                  kNote, 3.0);
    }

    void chart()
    {
        heading(ReportSection::Chart);
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
            noData();
            return;
        }
        FlowBlock block;
        block.height = chart->height(m_width);
        block.spaceBefore = 4;
        block.keepWithNext = true;
        block.paint = [chart](QPainter& painter, const QRectF& box) { chart->paint(painter, box); };
        m_flow.add(std::move(block));
        QStringList better;
        for (const SymptomDefinition& symptom : m_report.symptoms) {
            if (symptom.higherIsBetter) {
                better << symptom.name;
            }
        }
        QString note =
            QStringLiteral("Each line is the %1-day rolling mean of a daily score (left axis, 0 to 10); ")
                .arg(SymptomChartData::kRollingDays);
        if (better.isEmpty()) {
            note += QStringLiteral("lower is better for every score. ");
        } else if (better.size() == static_cast<qsizetype>(m_report.symptoms.size())) {
            note += QStringLiteral("higher is better for every score. ");
        } else {
            note += QStringLiteral("higher is better for %1, lower for the others. ")
                        .arg(better.join(QStringLiteral(", ")));
        }
        note += QStringLiteral("The black step line is the LDN dose (right axis)");
        note += m_report.chart.doseChanges.empty()
                    ? QStringLiteral(".")
                    : QStringLiteral("; triangles and dotted lines mark changes of dose.");
        if (chart->hasNoteDays()) {
            note += QStringLiteral(" Speech bubbles mark the days with a note, listed under \u201c%1\u201d.")
                        .arg(sectionTitle(ReportSection::CarerNotes));
        }
        paragraph(note, kNote, 2.0);
    }

    void doses()
    {
        heading(ReportSection::Doses);
        if (!m_report.hasDiaryDays()) {
            noData();
            return;
        }
        if (m_report.doseHistory.empty()) {
            noData(QStringLiteral("No change of dose in this period."));
            return;
        }
        ReportTable table({
            {QStringLiteral("Date"), QString(), 1.0, false},
            {QStringLiteral("Dose"), QString(), 1.0, false},
            {QStringLiteral("In the plan?"), QString(), 1.2, false},
            {QStringLiteral("Reason or note"), QString(), 3.0, false},
        });
        for (const GpReport::DoseChange& change : m_report.doseHistory) {
            QString planned;
            switch (change.planned) {
            case GpReport::DoseChange::Planned::NoPlan:
                planned = QStringLiteral("no plan");
                break;
            case GpReport::DoseChange::Planned::No:
                planned = QStringLiteral("no");
                break;
            case GpReport::DoseChange::Planned::Yes:
                planned = QStringLiteral("yes");
                if (change.daysFromPlan > 0) {
                    planned +=
                        QStringLiteral(", %1 late")
                            .arg(plural(change.daysFromPlan, QStringLiteral("day"), QStringLiteral("days")));
                } else if (change.daysFromPlan < 0) {
                    planned +=
                        QStringLiteral(", %1 early")
                            .arg(plural(-change.daysFromPlan, QStringLiteral("day"), QStringLiteral("days")));
                }
                break;
            }
            table.addRow(
                {{shortDate(change.date)},
                 {QStringLiteral("%1 \u2192 %2").arg(change.from.toMilligramText(), milligrams(change.to))},
                 {planned},
                 {change.reason.isEmpty() ? QStringLiteral("\u2013") : change.reason}});
        }
        addTable(table);
    }

    void perDose()
    {
        heading(ReportSection::PerDose);
        const DoseResponseResult& analysis = m_report.analysis;
        if (!m_report.hasDiaryDays() || (analysis.baseline.days == 0 && analysis.doseLevels.empty())) {
            noData();
            return;
        }
        const std::vector<SymptomDefinition>& symptoms = analysis.symptoms;
        const auto fewDays = [](std::size_t n) { return n > 0 && n < DoseResponseAnalysis::kFewDays; };

        subheading(QStringLiteral("Mean score at each dose"));
        for (std::size_t first = 0; first < std::max<std::size_t>(symptoms.size(), 1);
             first += kSymptomsPerTable) {
            const std::size_t last = std::min(first + kSymptomsPerTable, symptoms.size());
            std::vector<ReportTable::Column> columns{{QStringLiteral("Dose"), QString(), 1.4, false},
                                                     {QStringLiteral("Days"), QString(), 0.6, true}};
            for (std::size_t index = first; index < last; ++index) {
                columns.push_back({symptoms[index].name, direction(symptoms[index]), 1.0, true});
            }
            ReportTable table(columns);
            const auto addLevel = [&](const QString& label, const DoseLevelSummary& level) {
                std::vector<ReportTable::Cell> cells{{label}, {QString::number(level.days)}};
                for (std::size_t index = first; index < last; ++index) {
                    const auto found = level.symptoms.find(symptoms[index].name);
                    const SummaryStatistics statistics =
                        found == level.symptoms.end() ? SummaryStatistics{} : found->second;
                    cells.push_back(
                        {statistics.mean ? oneDecimal(*statistics.mean) : QStringLiteral("\u2013"),
                         QStringLiteral("n %1%2")
                             .arg(statistics.n)
                             .arg(fewDays(static_cast<std::size_t>(statistics.n))
                                      ? QStringLiteral(", few days")
                                      : QString())});
                }
                table.addRow(std::move(cells));
            };
            if (analysis.baseline.days > 0) {
                addLevel(QStringLiteral("0 mg (before LDN)"), analysis.baseline);
            }
            for (const DoseLevelSummary& level : analysis.doseLevels) {
                addLevel(milligrams(level.dose), level);
            }
            addTable(table, first == 0 ? 2.0 : 6.0);
        }

        subheading(QStringLiteral("Before and after each change of dose"));
        if (analysis.steps.empty()) {
            noData(QStringLiteral("No change of dose in this period."));
        }
        for (std::size_t first = 0; !analysis.steps.empty() && first < symptoms.size();
             first += kSymptomsPerTable) {
            const std::size_t last = std::min(first + kSymptomsPerTable, symptoms.size());
            std::vector<ReportTable::Column> columns{{QStringLiteral("Change"), QString(), 1.4, false}};
            for (std::size_t index = first; index < last; ++index) {
                columns.push_back({symptoms[index].name, direction(symptoms[index]), 1.25, true});
            }
            ReportTable table(columns);
            for (const DoseStep& step : analysis.steps) {
                std::vector<ReportTable::Cell> cells{
                    {shortDate(step.date),
                     QStringLiteral("%1 \u2192 %2").arg(step.from.toMilligramText(), milligrams(step.to))}};
                for (std::size_t index = first; index < last; ++index) {
                    const auto found = step.symptoms.find(symptoms[index].name);
                    if (found == step.symptoms.end() || !found->second.difference) {
                        cells.push_back({QStringLiteral("\u2013"), QStringLiteral("not enough days")});
                        continue;
                    }
                    const SymptomStepChange& change = found->second;
                    QString detail = change.interval ? QStringLiteral("%1 to %2")
                                                           .arg(oneDecimal(change.interval->low),
                                                                oneDecimal(change.interval->high))
                                                     : QStringLiteral("no interval");
                    detail += QStringLiteral("; n %1/%2").arg(change.before.size()).arg(change.after.size());
                    if (fewDays(change.before.size()) || fewDays(change.after.size()) ||
                        change.before.empty() || change.after.empty()) {
                        detail += QStringLiteral(", few days");
                    }
                    cells.push_back({signedOneDecimal(*change.difference), detail});
                }
                table.addRow(std::move(cells));
            }
            addTable(table, first == 0 ? 2.0 : 6.0);
        }
        QString note =
            QStringLiteral("Means per dose leave out the first %1 days after each change, while the body "
                           "adjusts. ")
                .arg(analysis.settleDays);
        if (!analysis.steps.empty()) {
            note += QStringLiteral(
                        "Before/after: the mean of the %1 days before a change is compared with the %1 days "
                        "starting %2 days after it; the difference is after \u2212 before, under it the 95% "
                        "confidence interval (Welch) and the days on each side. An interval that includes 0 "
                        "means no clear change. ")
                        .arg(analysis.windowDays)
                        .arg(analysis.settleDays);
        }
        note += QStringLiteral("\u201cFew days\u201d: fewer than %1 days, treat with caution.")
                    .arg(DoseResponseAnalysis::kFewDays);
        paragraph(note, kNote, 3.0);
    }

    void sideEffects()
    {
        heading(ReportSection::SideEffects);
        if (!m_report.hasDiaryDays()) {
            noData();
            return;
        }
        if (m_report.sideEffects.empty()) {
            noData(QStringLiteral("No side effects recorded in this period."));
            return;
        }
        ReportTable table({
            {QStringLiteral("Side effect"), QString(), 1.6, false},
            {QStringLiteral("First"), QString(), 1.0, false},
            {QStringLiteral("Last"), QString(), 1.0, false},
            {QStringLiteral("Days reported"), QString(), 0.9, true},
            {QStringLiteral("Worst"), QString(), 0.9, false},
            {QStringLiteral("Dose at onset"), QString(), 1.0, true},
        });
        for (const GpReport::SideEffectEpisode& episode : m_report.sideEffects) {
            table.addRow(
                {{episode.name},
                 {shortDate(episode.first)},
                 {shortDate(episode.last)},
                 {QString::number(episode.daysReported)},
                 {severityName(episode.worstSeverity), QString(), episode.worstSeverity >= 3},
                 {episode.doseAtOnset ? milligrams(*episode.doseAtOnset) : QStringLiteral("\u2013")}});
        }
        addTable(table);
        paragraph(
            QStringLiteral("Reports of the same side effect more than %1 days apart are listed as separate "
                           "episodes. Severity as the patient rated it: mild, moderate or severe.")
                .arg(GpReportBuilder::kEpisodeGapDays),
            kNote, 3.0);
    }

    void carerNotes()
    {
        heading(ReportSection::CarerNotes);
        if (m_report.notes.empty()) {
            noData(QStringLiteral("No notes from carers in this period."));
            return;
        }
        paragraph(
            QStringLiteral("Notes added to the diary besides the patient's own daily notes, each with who "
                           "wrote it. Notes marked \u201cCarer\u201d were written by a carer, not by the "
                           "patient."),
            kNote, 3.0, true);
        for (const Annotation& note : m_report.notes) {
            labelledNote(note.day.isValid() ? shortDate(note.day) : QStringLiteral("Whole diary"),
                         describeAuthor(note), note.body);
        }
    }

    // A note's date and author in a narrow column beside its wrapped text, one block per line so a
    // long note can run on to the next page; never one line alone at the foot or head of a page.
    void labelledNote(const QString& date, const QString& author, const QString& text)
    {
        constexpr double kLabelWidth = 100.0;
        // A long name is cut short rather than run into the note's text.
        const QString shortAuthor =
            ReportText::metrics(kBody).elidedText(author, Qt::ElideRight, kLabelWidth - 6.0);
        const QStringList labels{date, shortAuthor};
        const QStringList lines = ReportText::wrap(text.trimmed(), kBody, m_width - kLabelWidth);
        const double lineHeight = ReportText::lineHeight(kBody);
        const qsizetype rows = std::max(labels.size(), lines.size());
        for (qsizetype index = 0; index < rows; ++index) {
            FlowBlock block;
            block.height = lineHeight;
            block.spaceBefore = index == 0 ? 5.0 : 0.0;
            block.keepWithNext = index + 1 < rows && (index == 0 || index + 2 == rows);
            const QString label = index < labels.size() ? labels[index] : QString();
            const QString line = index < lines.size() ? lines[index] : QString();
            const bool first = index == 0;
            const double width = m_width;
            block.paint = [label, line, first, width](QPainter& painter, const QRectF& box) {
                if (first) {
                    painter.setPen(QPen(QColor(0xC0, 0xC0, 0xC0), 0.4));
                    painter.drawLine(QPointF(box.left(), box.top() - 2.5),
                                     QPointF(box.left() + width, box.top() - 2.5));
                }
                // The date in bold; under it, who wrote the note.
                ReportText::draw(painter, box.topLeft(), label, first ? kBodyBold : kBody);
                ReportText::draw(painter, QPointF(box.left() + kLabelWidth, box.top()), line, kBody);
            };
            m_flow.add(std::move(block));
        }
    }

    void medications()
    {
        heading(ReportSection::Medications);
        if (m_report.medications.empty()) {
            noData(QStringLiteral("No other medicines recorded."));
            return;
        }
        // An opioid still taken, or stopped too recently to be out of the picture, as of the report.
        const auto isOfConcern = [&](const Medication& medication) {
            return MedicationSafety::isOpioidOfConcern(medication, m_report.generatedOn);
        };
        for (const GpReport::MedicationLine& line : m_report.medications) {
            const Medication& opioid = line.medication;
            if (!isOfConcern(opioid)) {
                continue;
            }
            if (opioid.stoppedOn.isValid()) {
                warningBox(QStringLiteral("Warning: %1 is an opioid, stopped recently.").arg(opioid.name),
                           MedicationSafety::clearanceNote(opioid, m_report.generatedOn));
            } else {
                warningBox(QStringLiteral("Warning: %1 is an %2 medicine and is on the patient's list.")
                               .arg(opioid.name, line.assessment.group),
                           line.assessment.warning);
            }
        }
        ReportTable table({
            {QStringLiteral("Medicine"), QString(), 1.5, false},
            {QStringLiteral("Dose"), QString(), 1.5, false},
            {QStringLiteral("Since"), QString(), 1.0, false},
            {QStringLiteral("With LDN"), QString(), 1.6, false},
        });
        for (const GpReport::MedicationLine& line : m_report.medications) {
            ReportTable::Cell interaction{QStringLiteral("no known interaction")};
            if (line.medication.stoppedOn.isValid() && !isOfConcern(line.medication)) {
                if (line.assessment.level != MedicationSafety::Level::None) {
                    interaction = {QStringLiteral("Stopped"), line.assessment.group, false};
                }
            } else if (line.assessment.level == MedicationSafety::Level::Contraindicated) {
                interaction = {QStringLiteral("Warning: do not combine"), line.assessment.group, true};
            } else if (line.assessment.level == MedicationSafety::Level::Caution) {
                interaction = {QStringLiteral("Caution"), line.assessment.group, true};
            }
            QString since = line.medication.startedOn.isValid() ? shortDate(line.medication.startedOn)
                                                                : QStringLiteral("\u2013");
            table.addRow(
                {{line.medication.name, line.medication.notes},
                 {line.medication.doseText.isEmpty() ? QStringLiteral("\u2013") : line.medication.doseText},
                 {since, line.medication.stoppedOn.isValid()
                             ? QStringLiteral("stopped %1").arg(shortDate(line.medication.stoppedOn))
                             : QString()},
                 interaction});
        }
        addTable(table);
        for (const GpReport::MedicationLine& line : m_report.medications) {
            if (line.assessment.level == MedicationSafety::Level::Caution &&
                !line.medication.stoppedOn.isValid()) {
                warningBox(
                    QStringLiteral("Caution: %1 (%2)").arg(line.medication.name, line.assessment.group),
                    line.assessment.warning, false);
            }
        }
    }

    void evidence()
    {
        heading(ReportSection::Evidence);
        if (!m_report.evidence) {
            noData(QStringLiteral("No evidence library installed, so no published studies are listed."));
            return;
        }
        if (m_report.conditions.isEmpty()) {
            noData(QStringLiteral("No conditions are recorded in the profile, so no studies are listed."));
            return;
        }
        const ReportEvidence& evidence = *m_report.evidence;
        const QString conditions = m_report.conditions.join(QStringLiteral(", "));
        if (evidence.rows.empty() && evidence.notes.isEmpty()) {
            noData(QStringLiteral("The evidence library holds no studies of LDN for %1.").arg(conditions));
            return;
        }
        paragraph(
            QStringLiteral("Studies of LDN for %1 in LDN Tracker's evidence library, one row per outcome. "
                           "Results of no difference are listed beside positive ones; personal reports and "
                           "advocacy are not counted.")
                .arg(conditions),
            kBody, 3.0, !evidence.rows.empty());
        if (!evidence.rows.empty()) {
            ReportTable table({
                {QStringLiteral("Outcome"), QString(), 1.6, false},
                {QStringLiteral("Result"), QString(), 2.0, false},
                {QStringLiteral("Strongest design"), QString(), 1.5, false},
                {QStringLiteral("Studies"), QString(), 0.65, true},
                {QStringLiteral("People"), QString(), 0.65, true},
                {QStringLiteral("Certainty"), QStringLiteral("GRADE"), 0.9, false},
                {QStringLiteral("Refs"), QString(), 0.75, false},
            });
            QString condition;
            for (const ReportEvidence::Row& row : evidence.rows) {
                if (row.condition != condition) {
                    condition = row.condition;
                    table.addGroupRow(condition);
                }
                QStringList numbers;
                for (const int number : row.references) {
                    numbers << QString::number(number);
                }
                table.addRow(
                    {{row.outcome},
                     {row.direction},
                     {row.design},
                     {QString::number(row.studies)},
                     {row.participants ? QString::number(*row.participants) : QStringLiteral("\u2013")},
                     {row.certainty.isEmpty() ? QStringLiteral("not graded") : row.certainty},
                     {numbers.join(QStringLiteral(", "))}});
            }
            addTable(table);
        }
        for (const QString& note : evidence.notes) {
            paragraph(note, kBody, 3.0);
        }
        if (!evidence.references.empty()) {
            subheading(QStringLiteral("References"));
            for (const ReportEvidence::Reference& reference : evidence.references) {
                addReference(reference);
            }
        }
    }

    void addReference(const ReportEvidence::Reference& item)
    {
        constexpr double kNumberWidth = 20.0;
        QString text = item.citation;
        if (!item.identifiers.isEmpty()) {
            text += QLatin1Char(' ') + item.identifiers;
        }
        const QStringList lines = ReportText::wrap(text, kReference, m_width - kNumberWidth);
        FlowBlock block;
        block.height = lines.size() * ReportText::lineHeight(kReference);
        block.spaceBefore = 1.5;
        const QString number = QStringLiteral("[%1]").arg(item.number);
        block.paint = [number, lines](QPainter& painter, const QRectF& box) {
            ReportText::draw(painter, box.topLeft(), number, kReference);
            ReportText::drawLines(painter, QPointF(box.left() + kNumberWidth, box.top()), lines, kReference);
        };
        m_flow.add(std::move(block));
    }

    void questions()
    {
        // No questions, no section: an empty heading would only waste the doctor's time.
        if (m_report.questions.trimmed().isEmpty()) {
            return;
        }
        heading(ReportSection::Questions);
        static const QRegularExpression kBlankLines(QStringLiteral("\\n\\s*\\n"));
        for (const QString& part : m_report.questions.split(kBlankLines, Qt::SkipEmptyParts)) {
            paragraph(part.trimmed(), kBody, 3.0);
        }
    }

    void disclaimer()
    {
        heading(ReportSection::Disclaimer);
        paragraph(
            QStringLiteral(
                "This report comes from the patient's own diary, entered in LDN Tracker; it is self-reported "
                "and is not a clinical trial. A diary of one person (n-of-1) has no placebo, no blinding and "
                "no control group: scores drift on their own and with expectations, and other changes at the "
                "same time (season, infections, activity, other medicines) can explain a difference. "
                "Averages "
                "over few days are fragile. LDN is usually prescribed off-label. The report is meant to "
                "support a conversation with a clinician, not to replace clinical judgement."),
            kNote, 3.0);
    }

    const GpReport& m_report;
    double m_width;
    ReportFlow m_flow;
};

} // namespace

GpReportWriter::GpReportWriter(GpReport report)
    : m_report(std::move(report))
{}

PdfDocument GpReportWriter::document() const
{
    PdfDocument::Header header;
    header.title = QStringLiteral("LDN summary for %1").arg(m_report.profileName);
    header.dateRange =
        m_report.from.isValid()
            ? QStringLiteral("%1 \u2013 %2").arg(longDate(m_report.from), longDate(m_report.to))
            : QStringLiteral("No diary days logged");
    header.generatedOn = QStringLiteral("Generated %1").arg(longDate(m_report.generatedOn));
    PdfDocument document(header, m_report.paper);
    const QRectF content = document.contentRect();

    auto pages = std::make_shared<const std::vector<ReportFlow::Page>>(
        Composer(m_report, content.width()).compose().paginate(content.height()));
    for (std::size_t index = 0; index < pages->size(); ++index) {
        document.addPage([pages, index](QPainter& painter, const QRectF& area) {
            ReportFlow::paint(painter, area, (*pages)[index]);
        });
    }
    return document;
}

void GpReportWriter::write(const QString& filePath) const
{
    document().write(filePath);
}

QString GpReportWriter::defaultFileName(const QString& profileName, const QDate& date)
{
    static const QRegularExpression kUnsafe(QStringLiteral("[^A-Za-z0-9_-]+"));
    QString name = profileName.trimmed();
    name.replace(kUnsafe, QStringLiteral("-"));
    if (name.isEmpty()) {
        name = QStringLiteral("diary");
    }
    return QStringLiteral("ldn-summary-%1-%2.pdf").arg(name, IsoDate::format(date));
}

} // namespace ldn
