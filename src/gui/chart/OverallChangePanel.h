#pragma once

#include "core/analysis/DoseResponseResult.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace ldn {

// "How am I doing since starting LDN?": each symptom's 4 weeks before the first dose against
// the last 28 days of the dates shown, with the Newey-West interval and the verdict ("better",
// "worse" or "no clear change"), how long ago the baseline was, a caution when LDN was started
// during a flare, and in plain words what autocorrelation does to the intervals. The numbers are
// the `overall` of `analyze --json` and the GP report's first page.
class OverallChangePanel : public QWidget {
    Q_OBJECT

public:
    explicit OverallChangePanel(QWidget* parent = nullptr);

    void showResult(const DoseResponseResult& result);
    void clear();

    // "3 weeks", "11 months": how long ago, rounded as people say it.
    static QString duration(qint64 days);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fillTable(const DoseResponseResult& result);
    QTableWidgetItem* differenceItem(const SymptomOverallChange& change,
                                     const SymptomDefinition& symptom) const;
    QTableWidgetItem* verdictItem(const SymptomOverallChange& change, const SymptomDefinition& symptom) const;
    QString notes(const DoseResponseResult& result) const;

    QLabel* m_caption;
    QTableWidget* m_table;
    QLabel* m_notes;
};

} // namespace ldn
