#include "gui/chart/OverallChangePanel.h"

#include "core/analysis/LagOneAutocorrelation.h"
#include "core/analysis/OverallComparison.h"
#include "core/base/RoughDuration.h"
#include "gui/chart/AnalysisTable.h"
#include "gui/chart/AnalysisWording.h"
#include "presentation/DateText.h"

#include <QLabel>
#include <QLocale>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ldn {
namespace {

QString meanText(const DatedScores& scores)
{
    const std::optional<double> mean = scores.mean();
    return mean ? OverallChangePanel::tr("%1 (n %2)").arg(AnalysisWording::oneDecimal(*mean)).arg(scores.n())
                : OverallChangePanel::tr("\u2013 (n 0)");
}

bool hasBaseline(const DoseResponseResult& result)
{
    return std::any_of(result.overall.begin(), result.overall.end(),
                       [](const auto& entry) { return entry.second.baseline.has_value(); });
}

} // namespace

OverallChangePanel::OverallChangePanel(QWidget* parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_notes(new QLabel(this))
{
    setObjectName(QStringLiteral("overallChangePanel"));
    m_caption->setObjectName(QStringLiteral("overallCaption"));
    m_table->setObjectName(QStringLiteral("overallTable"));
    m_notes->setObjectName(QStringLiteral("overallNotes"));
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    AnalysisTable::prepare(m_table);
    m_table->setAccessibleName(tr("Each symptom before LDN and in the last 28 days"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 0, Qt::AlignLeft);
    layout->addWidget(m_notes);
    clear();
}

void OverallChangePanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    AnalysisTable::fitHeight(m_table);
}

QString OverallChangePanel::duration(qint64 days)
{
    const RoughDuration duration = RoughDuration::of(days);
    switch (duration.unit) {
    case RoughDuration::Unit::Days:
        return dayCount(duration.count);
    case RoughDuration::Unit::Weeks:
        return duration.count == 1 ? tr("1 week") : tr("%1 weeks").arg(duration.count);
    case RoughDuration::Unit::Months:
        return duration.count == 1 ? tr("1 month") : tr("%1 months").arg(duration.count);
    case RoughDuration::Unit::Years:
        break;
    }
    return duration.count == 1 ? tr("1 year") : tr("%1 years").arg(duration.count);
}

void OverallChangePanel::clear()
{
    m_caption->clear();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_table->setVisible(false);
    m_notes->clear();
    m_notes->setVisible(false);
}

void OverallChangePanel::showResult(const DoseResponseResult& result)
{
    clear();
    if (result.adherence.daysLogged == 0) {
        return;
    }
    if (!result.firstLdnDose) {
        m_caption->setText(tr("Since starting LDN: ") +
                           AnalysisWording::gap(EstimateGap::NoLdnDose, ComparisonKind::Overall));
        return;
    }
    const QString firstDose = shortDate(*result.firstLdnDose);
    if (result.to.isValid() && *result.firstLdnDose > result.to) {
        m_caption->setText(
            tr("Since starting LDN: these dates end before the first dose of LDN (%1).").arg(firstDose));
        return;
    }
    if (!hasBaseline(result)) {
        m_caption->setText(tr("Since starting LDN (first dose %1): ").arg(firstDose) +
                           AnalysisWording::gap(EstimateGap::NoBaseline, ComparisonKind::Overall));
        return;
    }
    m_caption->setText(
        tr("Since starting LDN: each symptom in the 4 weeks before the first dose (%1) against the "
           "last %2 of these dates. Mean (days scored); difference: last %2 \u2212 before LDN, with "
           "its 95% interval.")
            .arg(firstDose, dayCount(OverallComparison::kRecentDays)));
    fillTable(result);
    m_notes->setText(notes(result));
    m_notes->setVisible(true);
}

void OverallChangePanel::fillTable(const DoseResponseResult& result)
{
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Symptom"), tr("Before LDN"),
                                        tr("Last %1").arg(dayCount(OverallComparison::kRecentDays)),
                                        tr("Difference (95% interval)"), tr("Verdict")});
    m_table->setRowCount(static_cast<int>(result.symptoms.size()));
    int row = 0;
    for (const SymptomDefinition& symptom : result.symptoms) {
        const SymptomOverallChange& change = result.overall.at(symptom.name);
        m_table->setItem(row, 0,
                         AnalysisTable::textItem(symptom.name, AnalysisWording::directionText(symptom)));
        const QString baselineTip =
            change.baseline->n() > 0
                ? tr("Scored on %1 at 0 mg, %2 \u2013 %3.")
                      .arg(dayCount(change.baseline->n()), shortDate(change.baseline->first()),
                           shortDate(change.baseline->last()))
                : tr("No %1 scores in the 4 weeks before LDN.").arg(symptom.name);
        m_table->setItem(row, 1, AnalysisTable::textItem(meanText(*change.baseline), baselineTip));
        const QString recentTip =
            change.recent.n() > 0 ? tr("Scored on %1, %2 \u2013 %3.")
                                        .arg(dayCount(change.recent.n()), shortDate(change.recent.first()),
                                             shortDate(change.recent.last()))
                                  : tr("No %1 scores in the last 28 days.").arg(symptom.name);
        m_table->setItem(row, 2, AnalysisTable::textItem(meanText(change.recent), recentTip));
        m_table->setItem(row, 3, differenceItem(change, symptom));
        m_table->setItem(row, 4, verdictItem(change, symptom));
        ++row;
    }
    m_table->setVisible(true);
    AnalysisTable::fitColumns(m_table);
    AnalysisTable::fitHeight(m_table);
}

QTableWidgetItem* OverallChangePanel::differenceItem(const SymptomOverallChange& change,
                                                     const SymptomDefinition& symptom) const
{
    if (!change.difference) {
        return AnalysisTable::textItem(QStringLiteral("\u2013"),
                                       change.gap ? AnalysisWording::gap(*change.gap, ComparisonKind::Overall)
                                                  : QString());
    }
    if (!change.autocorrelated.interval) {
        return AnalysisTable::textItem(
            tr("%1 (no interval)").arg(AnalysisWording::oneDecimal(*change.difference)),
            change.gap ? AnalysisWording::gap(*change.gap, ComparisonKind::Overall) : QString());
    }
    QString toolTip =
        tr("Last 28 days \u2212 before LDN: %1 points, %2.")
            .arg(AnalysisWording::oneDecimal(*change.difference), AnalysisWording::directionText(symptom));
    toolTip += QLatin1Char(' ') + AnalysisWording::intervalExplanation();
    if (change.autocorrelated.lagOneAutocorrelation) {
        toolTip += QLatin1Char(' ') +
                   AnalysisWording::autocorrelationSentence(*change.autocorrelated.lagOneAutocorrelation);
    }
    return AnalysisTable::textItem(
        AnalysisWording::differenceWithInterval(*change.difference, *change.autocorrelated.interval),
        toolTip);
}

QTableWidgetItem* OverallChangePanel::verdictItem(const SymptomOverallChange& change,
                                                  const SymptomDefinition& symptom) const
{
    QString text;
    QString toolTip;
    if (change.verdict) {
        text = AnalysisWording::verdict(*change.verdict);
        toolTip = *change.verdict == ChangeVerdict::NoClearChange
                      ? tr("The interval includes 0: no clear change.")
                      : tr("The interval excludes 0, but a diary cannot tell LDN from everything else that "
                           "changed.");
    } else if (change.gap) {
        text = AnalysisWording::shortGap(*change.gap);
        toolTip = AnalysisWording::gap(*change.gap, ComparisonKind::Overall);
    }
    if (change.startedInFlare()) {
        text += QStringLiteral("  \u26a0 ") + tr("started in a flare");
        toolTip +=
            QLatin1Char(' ') + tr("%1 was in a flare when LDN was started: part of any improvement may be "
                                  "regression to the mean.")
                                   .arg(symptom.name);
    }
    if (change.baselineTrend) {
        toolTip += QLatin1Char(' ') +
                   AnalysisWording::trendSentence(*change.baselineTrend, symptom, ComparisonKind::Overall);
    }
    return AnalysisTable::textItem(text, toolTip.trimmed());
}

QString OverallChangePanel::notes(const DoseResponseResult& result) const
{
    QStringList lines;
    const qint64 ago = result.firstLdnDose->daysTo(result.to);
    lines << (ago < 1 ? tr("LDN was started on the last of these days.")
                      : tr("LDN was started %1 before the last of these days.").arg(duration(ago)));

    QStringList flares;
    QStringList resembling;
    for (const SymptomDefinition& symptom : result.symptoms) {
        const SymptomOverallChange& change = result.overall.at(symptom.name);
        if (change.startedInFlare()) {
            flares << symptom.name;
        }
        const std::optional<double> lagOne = change.autocorrelated.lagOneAutocorrelation;
        if (lagOne && *lagOne >= LagOneAutocorrelation::kNotable) {
            resembling << tr("%1 %2").arg(symptom.name, QLocale().toString(*lagOne, 'f', 2));
        }
    }
    if (!flares.isEmpty()) {
        lines
            << tr("\u26a0 LDN was started during a flare of %1 (scores in the worst quarter of your own "
                  "scores "
                  "before LDN, or getting worse): part of any improvement may be regression to the mean, bad "
                  "spells easing on their own.")
                   .arg(flares.join(QStringLiteral(", ")));
    }
    if (!resembling.isEmpty()) {
        lines << AnalysisWording::resemblance() + QLatin1Char(' ') +
                     tr("(Lag-1 autocorrelation: %1.)").arg(resembling.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ldn
