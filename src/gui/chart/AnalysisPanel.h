#pragma once

#include "core/analysis/DoseResponseAnalysis.h"
#include "core/analysis/DoseResponseResult.h"
#include "core/diary/DiaryEntry.h"
#include "core/diary/SymptomDefinition.h"

#include <QDate>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

namespace ldn {

class OverallChangePanel;

// The honest n-of-1 reading of the diary beside the chart: adherence, each symptom before LDN
// against the last 28 days (OverallChangePanel), symptom scores per dose level, and before/after
// each change of dose with the Newey-West 95% interval, the verdict in words and a flag when the
// scores were already moving before the change. The numbers come from DoseResponseAnalysis::run,
// the function behind `ldn-tracker-cli analyze`, so they equal the CLI's. Estimates resting on few
// days are flagged in words, and a caveat about what a diary can and cannot show is always in view.
class AnalysisPanel : public QWidget {
    Q_OBJECT

public:
    explicit AnalysisPanel(QWidget* parent = nullptr);
    ~AnalysisPanel() override;

    // Analyses `entries` between `from` and `to` (invalid: that end open) with the window and
    // settling days of the spin boxes. The entries are shared with the page, not copied.
    void showDiary(std::shared_ptr<const std::vector<DiaryEntry>> entries,
                   std::vector<SymptomDefinition> symptoms, const QDate& from, const QDate& to);
    void setDateRange(const QDate& from, const QDate& to);
    void clear();

    DoseResponseAnalysis::Settings settings() const;
    // The result on display; empty before showDiary.
    const std::optional<DoseResponseResult>& result() const { return m_result; }

    // "−0.8": one decimal, with a true minus sign, and never "−0.0".
    static QString oneDecimal(double value);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void analyse();
    void fillAdherence(const DoseResponseResult& result);
    void fillDoseLevels(const DoseResponseResult& result);
    void fillSteps(const DoseResponseResult& result);
    QTableWidgetItem* statisticsItem(const SummaryStatistics& statistics,
                                     const SymptomDefinition& symptom) const;
    QTableWidgetItem* stepItem(const SymptomStepChange& change, const SymptomDefinition& symptom) const;

    std::shared_ptr<const std::vector<DiaryEntry>> m_entries;
    std::vector<SymptomDefinition> m_symptoms;
    QDate m_from;
    QDate m_to;
    std::optional<DoseResponseResult> m_result;

    QLabel* m_rangeLabel;
    QSpinBox* m_windowSpin;
    QSpinBox* m_settleSpin;
    QLabel* m_adherenceLabel;
    OverallChangePanel* m_overall;
    QLabel* m_doseLevelCaption;
    QTableWidget* m_doseLevelTable;
    QLabel* m_stepCaption;
    QTableWidget* m_stepTable;
    QLabel* m_caveat;
};

} // namespace ldn
