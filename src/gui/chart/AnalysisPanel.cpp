#include "gui/chart/AnalysisPanel.h"

#include "gui/chart/AnalysisTable.h"
#include "gui/chart/AnalysisWording.h"
#include "gui/chart/OverallChangePanel.h"
#include "gui/common/MessageStyle.h"
#include "presentation/DateText.h"
#include "presentation/DoseText.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace ldn {
namespace {

// Words, not only a colour, so the flag survives greyscale, colour blindness and screen readers.
QString fewDaysFlag()
{
    return QStringLiteral("\u26a0 ") + AnalysisPanel::tr("few days");
}

QString fewDaysExplanation(int days)
{
    return AnalysisPanel::tr("Rests on only %1 (fewer than %2), so one odd day moves it a lot: treat it with "
                             "caution.")
        .arg(dayCount(days))
        .arg(DoseResponseAnalysis::kFewDays);
}

} // namespace

AnalysisPanel::AnalysisPanel(QWidget* parent)
    : QWidget(parent)
    , m_rangeLabel(new QLabel(this))
    , m_windowSpin(new QSpinBox(this))
    , m_settleSpin(new QSpinBox(this))
    , m_adherenceLabel(new QLabel(this))
    , m_overall(new OverallChangePanel(this))
    , m_doseLevelCaption(new QLabel(this))
    , m_doseLevelTable(new QTableWidget(this))
    , m_stepCaption(new QLabel(this))
    , m_stepTable(new QTableWidget(this))
    , m_caveat(new QLabel(this))
{
    setObjectName(QStringLiteral("analysisPanel"));
    m_rangeLabel->setObjectName(QStringLiteral("analysisRangeLabel"));
    m_windowSpin->setObjectName(QStringLiteral("windowSpin"));
    m_settleSpin->setObjectName(QStringLiteral("settleSpin"));
    m_adherenceLabel->setObjectName(QStringLiteral("adherenceLabel"));
    m_doseLevelTable->setObjectName(QStringLiteral("doseLevelTable"));
    m_stepTable->setObjectName(QStringLiteral("stepTable"));
    m_doseLevelTable->setAccessibleName(tr("Symptom scores at each dose"));
    m_stepTable->setAccessibleName(tr("Symptom scores before and after each dose change"));
    m_caveat->setObjectName(QStringLiteral("analysisCaveat"));

    // The same limits as `analyze --window` and `--settle-days`.
    const DoseResponseAnalysis::Settings defaults;
    m_windowSpin->setRange(1, 365);
    m_windowSpin->setValue(defaults.windowDays);
    m_windowSpin->setSuffix(tr(" days"));
    m_windowSpin->setAccessibleName(tr("Days compared before and after each change"));
    m_settleSpin->setRange(0, 90);
    m_settleSpin->setValue(defaults.settleDays);
    m_settleSpin->setSuffix(tr(" days"));
    m_settleSpin->setAccessibleName(tr("Settling days left out after each change"));

    QFont headingFont = font();
    headingFont.setBold(true);
    auto* heading = new QLabel(tr("What the diary shows"), this);
    heading->setFont(headingFont);
    m_rangeLabel->setTextFormat(Qt::PlainText);

    auto* windowLabel = new QLabel(tr("Days &compared before/after a change"), this);
    windowLabel->setBuddy(m_windowSpin);
    auto* settleLabel = new QLabel(tr("S&ettling days left out"), this);
    settleLabel->setBuddy(m_settleSpin);

    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(heading);
    headerRow->addWidget(m_rangeLabel);
    headerRow->addStretch(1);
    headerRow->addWidget(windowLabel);
    headerRow->addWidget(m_windowSpin);
    headerRow->addSpacing(12);
    headerRow->addWidget(settleLabel);
    headerRow->addWidget(m_settleSpin);

    m_caveat->setTextFormat(Qt::PlainText);
    m_caveat->setWordWrap(true);
    m_caveat->setFrameShape(QFrame::StyledPanel);
    m_caveat->setMargin(6);
    m_caveat->setText(tr(
        "Read with care: this is one person's self-reported diary, not a trial. There is no placebo, "
        "scores drift up and down on their own, and other changes at the same time (season, infections, "
        "other medicines, stress) can explain a difference. Intervals allow for runs of good and bad days, "
        "so they are usually wider than a day-by-day comparison; an interval that includes 0 means no "
        "clear change. Any benefit of LDN may take 8–12 weeks to show."));
    QPalette caveatPalette = m_caveat->palette();
    caveatPalette.setColor(QPalette::Window, MessageStyle::isDark(caveatPalette) ? QColor(0x3A, 0x34, 0x20)
                                                                                 : QColor(0xFF, 0xF8, 0xE1));
    m_caveat->setPalette(caveatPalette);
    m_caveat->setAutoFillBackground(true);

    m_adherenceLabel->setTextFormat(Qt::PlainText);
    m_adherenceLabel->setWordWrap(true);
    m_doseLevelCaption->setTextFormat(Qt::PlainText);
    m_doseLevelCaption->setWordWrap(true);
    m_stepCaption->setTextFormat(Qt::PlainText);
    m_stepCaption->setWordWrap(true);
    AnalysisTable::prepare(m_doseLevelTable);
    AnalysisTable::prepare(m_stepTable);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(headerRow);
    layout->addWidget(m_caveat);
    layout->addWidget(m_adherenceLabel);
    layout->addWidget(m_overall);
    layout->addWidget(m_doseLevelCaption);
    layout->addWidget(m_doseLevelTable, 0, Qt::AlignLeft);
    layout->addWidget(m_stepCaption);
    layout->addWidget(m_stepTable, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_windowSpin, &QSpinBox::valueChanged, this, [this] { analyse(); });
    connect(m_settleSpin, &QSpinBox::valueChanged, this, [this] { analyse(); });
    clear();
}

AnalysisPanel::~AnalysisPanel() = default;

void AnalysisPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    AnalysisTable::fitHeight(m_doseLevelTable);
    AnalysisTable::fitHeight(m_stepTable);
}

QString AnalysisPanel::oneDecimal(double value)
{
    return AnalysisWording::oneDecimal(value);
}

void AnalysisPanel::showDiary(std::shared_ptr<const std::vector<DiaryEntry>> entries,
                              std::vector<SymptomDefinition> symptoms, const QDate& from, const QDate& to)
{
    m_entries = std::move(entries);
    m_symptoms = std::move(symptoms);
    m_from = from;
    m_to = to;
    analyse();
}

void AnalysisPanel::setDateRange(const QDate& from, const QDate& to)
{
    if (from == m_from && to == m_to) {
        return;
    }
    m_from = from;
    m_to = to;
    analyse();
}

void AnalysisPanel::clear()
{
    m_entries.reset();
    m_symptoms.clear();
    m_from = {};
    m_to = {};
    m_result.reset();
    m_rangeLabel->clear();
    m_adherenceLabel->setText(tr("No diary days to analyse yet."));
    m_overall->clear();
    m_doseLevelCaption->setVisible(false);
    m_doseLevelTable->clear();
    m_doseLevelTable->setRowCount(0);
    m_doseLevelTable->setColumnCount(0);
    m_doseLevelTable->setVisible(false);
    m_stepCaption->setVisible(false);
    m_stepTable->clear();
    m_stepTable->setRowCount(0);
    m_stepTable->setColumnCount(0);
    m_stepTable->setVisible(false);
}

DoseResponseAnalysis::Settings AnalysisPanel::settings() const
{
    DoseResponseAnalysis::Settings settings;
    settings.windowDays = m_windowSpin->value();
    settings.settleDays = m_settleSpin->value();
    settings.from = m_from;
    settings.to = m_to;
    return settings;
}

void AnalysisPanel::analyse()
{
    if (!m_entries) {
        return;
    }
    const DoseResponseResult result = DoseResponseAnalysis::run(*m_entries, m_symptoms, settings());
    m_result = result;
    if (result.from.isValid() && result.to.isValid()) {
        m_rangeLabel->setText(tr("%1 \u2013 %2").arg(shortDate(result.from), shortDate(result.to)));
    } else {
        m_rangeLabel->clear();
    }
    fillAdherence(result);
    m_overall->showResult(result);
    fillDoseLevels(result);
    fillSteps(result);
}

void AnalysisPanel::fillAdherence(const DoseResponseResult& result)
{
    const Adherence& adherence = result.adherence;
    if (adherence.daysLogged == 0) {
        m_adherenceLabel->setText(tr("No days are logged in this range."));
        return;
    }
    // The singulars are texts of their own, so English reads right without a translation loaded.
    const QString inRange = adherence.daysInRange == 1
                                ? tr("1 day in range")
                                : tr("%n days in range", nullptr, adherence.daysInRange);
    const QString taken =
        adherence.dosesTaken == 1 ? tr("1 dose taken") : tr("%n doses taken", nullptr, adherence.dosesTaken);
    m_adherenceLabel->setText(tr("%1: %2 logged, %3, %4 missed, %5 at 0 mg.")
                                  .arg(inRange)
                                  .arg(adherence.daysLogged)
                                  .arg(taken)
                                  .arg(adherence.dosesMissed)
                                  .arg(adherence.zeroDoseDays));
}

QTableWidgetItem* AnalysisPanel::statisticsItem(const SummaryStatistics& statistics,
                                                const SymptomDefinition& symptom) const
{
    if (statistics.n == 0 || !statistics.mean) {
        return AnalysisTable::textItem(QStringLiteral("\u2013"),
                                       tr("No %1 scores at this dose.").arg(symptom.name));
    }
    QString text = AnalysisWording::oneDecimal(*statistics.mean);
    if (statistics.standardDeviation) {
        text += QStringLiteral(" \u00b1 ") + AnalysisWording::oneDecimal(*statistics.standardDeviation);
    }
    text += QStringLiteral(" (%1)").arg(statistics.n);
    if (statistics.median) {
        text +=
            QStringLiteral(" \u00b7 ") + tr("median %1").arg(AnalysisWording::oneDecimal(*statistics.median));
    }
    QString toolTip = tr("%1: mean %2 over %3 scored, %4.")
                          .arg(symptom.name, AnalysisWording::oneDecimal(*statistics.mean),
                               dayCount(statistics.n), AnalysisWording::directionText(symptom));
    if (statistics.n < DoseResponseAnalysis::kFewDays) {
        text += QStringLiteral("  ") + fewDaysFlag();
        toolTip += QLatin1Char(' ') + fewDaysExplanation(statistics.n);
    }
    return AnalysisTable::textItem(text, toolTip);
}

QTableWidgetItem* AnalysisPanel::stepItem(const SymptomStepChange& change,
                                          const SymptomDefinition& symptom) const
{
    const auto before = static_cast<int>(change.before.size());
    const auto after = static_cast<int>(change.after.size());
    const QString days = tr("n %1/%2").arg(before).arg(after);
    const std::optional<NeweyWestInterval>& interval = change.autocorrelated.interval;
    QString text;
    QString toolTip;
    // Two lines: the numbers, then the verdict and the days, so five symptoms fit a laptop's width.
    if (!change.difference) {
        text = QStringLiteral("\u2013\n") + days;
        toolTip = tr("Not enough %1 scores before and after this change to compare.").arg(symptom.name);
    } else if (!interval) {
        text = tr("%1 (no interval)").arg(AnalysisWording::oneDecimal(*change.difference)) +
               QLatin1Char('\n') + days;
        toolTip = tr("After \u2212 before: %1 points.").arg(AnalysisWording::oneDecimal(*change.difference));
        if (change.autocorrelated.gap) {
            toolTip +=
                QLatin1Char(' ') + AnalysisWording::gap(*change.autocorrelated.gap, ComparisonKind::Step);
        }
    } else {
        const ChangeVerdict verdict = verdictFor(*interval, symptom.higherIsBetter);
        text = AnalysisWording::differenceWithInterval(*change.difference, *interval) + QLatin1Char('\n') +
               AnalysisWording::verdict(verdict) + QStringLiteral(" \u00b7 ") + days;
        toolTip =
            tr("After \u2212 before: %1 points (95% interval %2 to %3), %4.")
                .arg(AnalysisWording::oneDecimal(*change.difference),
                     AnalysisWording::oneDecimal(interval->low), AnalysisWording::oneDecimal(interval->high),
                     AnalysisWording::directionText(symptom));
        toolTip += QLatin1Char(' ') + (verdict == ChangeVerdict::NoClearChange
                                           ? tr("The interval includes 0: no clear change.")
                                           : tr("The interval excludes 0, but a diary cannot tell the dose "
                                                "from everything else that changed."));
        toolTip += QLatin1Char(' ') + AnalysisWording::intervalExplanation();
        if (change.autocorrelated.lagOneAutocorrelation) {
            toolTip += QLatin1Char(' ') +
                       AnalysisWording::autocorrelationSentence(*change.autocorrelated.lagOneAutocorrelation);
        }
    }
    toolTip += QLatin1Char(' ') + (before == 1 ? tr("1 day scored before, %1 after.")
                                               : tr("%n days scored before, %1 after.", nullptr, before))
                                      .arg(after);
    // Warnings go on a line of their own, so they widen no column.
    QStringList flags;
    if (change.beforeTrend) {
        const QString flag = AnalysisWording::trendFlag(*change.beforeTrend, symptom);
        if (!flag.isEmpty()) {
            flags << QStringLiteral("\u26a0 ") + flag;
        }
        toolTip += QLatin1Char(' ') +
                   AnalysisWording::trendSentence(*change.beforeTrend, symptom, ComparisonKind::Step);
    }
    if (before < DoseResponseAnalysis::kFewDays || after < DoseResponseAnalysis::kFewDays) {
        flags << fewDaysFlag();
        toolTip += QLatin1Char(' ') + fewDaysExplanation(std::min(before, after));
    }
    if (!flags.isEmpty()) {
        text += QLatin1Char('\n') + flags.join(QStringLiteral("  "));
    }
    return AnalysisTable::textItem(text, toolTip);
}

void AnalysisPanel::fillDoseLevels(const DoseResponseResult& result)
{
    std::vector<const DoseLevelSummary*> levels;
    if (result.baseline.days > 0) {
        levels.push_back(&result.baseline);
    }
    for (const DoseLevelSummary& level : result.doseLevels) {
        levels.push_back(&level);
    }
    m_doseLevelCaption->setVisible(true);
    if (levels.empty()) {
        m_doseLevelCaption->setText(tr("No doses are logged in this range."));
        m_doseLevelTable->setVisible(false);
        return;
    }
    m_doseLevelCaption->setText(
        result.settleDays == 0
            ? tr("Scores at each dose: mean \u00b1 sd (days scored) \u00b7 median.")
            : tr("Scores at each dose: mean \u00b1 sd (days scored) \u00b7 median. The first %1 after each "
                 "change (the change day included) are left out while the body settles.")
                  .arg(dayCount(result.settleDays)));

    m_doseLevelTable->clear();
    m_doseLevelTable->setRowCount(static_cast<int>(levels.size()));
    m_doseLevelTable->setColumnCount(2 + static_cast<int>(result.symptoms.size()));
    QStringList headers{tr("Dose"), tr("Days")};
    for (const SymptomDefinition& symptom : result.symptoms) {
        headers << symptom.name;
    }
    m_doseLevelTable->setHorizontalHeaderLabels(headers);
    for (int row = 0; row < static_cast<int>(levels.size()); ++row) {
        const DoseLevelSummary& level = *levels[static_cast<std::size_t>(row)];
        const bool baseline = &level == &result.baseline;
        m_doseLevelTable->setItem(
            row, 0, AnalysisTable::textItem(baseline ? tr("Baseline, 0 mg") : milligrams(level.dose)));
        QString daysText = QString::number(level.days);
        QString daysTip = tr("%1 taken at this dose, settling days included.").arg(dayCount(level.days));
        if (level.days < DoseResponseAnalysis::kFewDays) {
            daysText += QStringLiteral("  ") + fewDaysFlag();
            daysTip += QLatin1Char(' ') + fewDaysExplanation(level.days);
        }
        m_doseLevelTable->setItem(row, 1, AnalysisTable::textItem(daysText, daysTip));
        for (std::size_t i = 0; i < result.symptoms.size(); ++i) {
            const SymptomDefinition& symptom = result.symptoms[i];
            const auto found = level.symptoms.find(symptom.name);
            m_doseLevelTable->setItem(
                row, 2 + static_cast<int>(i),
                statisticsItem(found != level.symptoms.end() ? found->second : SummaryStatistics{}, symptom));
        }
    }
    m_doseLevelTable->setVisible(true);
    AnalysisTable::fitColumns(m_doseLevelTable);
    AnalysisTable::fitHeight(m_doseLevelTable);
}

void AnalysisPanel::fillSteps(const DoseResponseResult& result)
{
    m_stepCaption->setVisible(true);
    if (result.steps.empty()) {
        m_stepCaption->setText(tr("The dose did not change in this range, so there is no before and after."));
        m_stepTable->setVisible(false);
        return;
    }
    const QString after =
        result.settleDays == 0
            ? tr("after: %1 from the day of the change.").arg(dayCount(result.windowDays))
            : tr("after: %1 from the end of the settling days.").arg(dayCount(result.windowDays));
    m_stepCaption->setText(
        tr("What changed at each change of dose: after \u2212 before (95% interval) and the verdict \u00b7 "
           "days scored before/after. Before: the %1 up to the change; %2 \u26a0 marks scores that were "
           "already "
           "moving before the change.")
            .arg(dayCount(result.windowDays), after));

    m_stepTable->clear();
    m_stepTable->setRowCount(static_cast<int>(result.steps.size()));
    m_stepTable->setColumnCount(2 + static_cast<int>(result.symptoms.size()));
    QStringList headers{tr("Date"), tr("Change")};
    for (const SymptomDefinition& symptom : result.symptoms) {
        headers << symptom.name;
    }
    m_stepTable->setHorizontalHeaderLabels(headers);
    for (int row = 0; row < static_cast<int>(result.steps.size()); ++row) {
        const DoseStep& step = result.steps[static_cast<std::size_t>(row)];
        m_stepTable->setItem(row, 0, AnalysisTable::textItem(shortDate(step.date)));
        m_stepTable->setItem(
            row, 1,
            AnalysisTable::textItem(
                tr("%1 \u2192 %2 mg").arg(milligramFigure(step.from), milligramFigure(step.to))));
        for (std::size_t i = 0; i < result.symptoms.size(); ++i) {
            const SymptomDefinition& symptom = result.symptoms[i];
            const auto found = step.symptoms.find(symptom.name);
            m_stepTable->setItem(
                row, 2 + static_cast<int>(i),
                stepItem(found != step.symptoms.end() ? found->second : SymptomStepChange{}, symptom));
        }
    }
    m_stepTable->setVisible(true);
    AnalysisTable::fitColumns(m_stepTable);
    AnalysisTable::fitHeight(m_stepTable);
}

} // namespace ldn
