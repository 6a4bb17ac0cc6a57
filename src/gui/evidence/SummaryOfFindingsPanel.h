#pragma once

#include "core/evidence/SummaryOfFindings.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;

namespace ldn {

// The Evidence tab's summary of findings for one condition: one row per outcome with the direction
// of every study (nulls beside positives, in the same weight), the strongest design, the studies,
// the participants and the GRADE certainty, and under it why the selected row has its certainty.
// Studies only: personal reports and advocacy are never counted here.
class SummaryOfFindingsPanel : public QWidget {
    Q_OBJECT

public:
    explicit SummaryOfFindingsPanel(QWidget* parent = nullptr);

    // Shows `summary` and selects its first graded row (or the first row).
    void showSummary(const SummaryOfFindings& summary);
    // Nothing chosen: no table, no reasons.
    void clear();

private:
    void showGradeWhy(int row);

    std::optional<SummaryOfFindings> m_summary;
    QTableWidget* m_table;
    QLabel* m_gradeWhy;
};

} // namespace ldn
