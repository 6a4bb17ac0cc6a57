#pragma once

#include "core/analysis/SymptomChartData.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QString>

#include <vector>

class QChart;
class QGraphicsSimpleTextItem;
class QLineSeries;

namespace ldn {

// The labels at the top of the symptom chart that name each change of dose ("1.5→3 mg") beside
// its dashed line. Changes closer together than a label is wide (a titration seen over years)
// share one label at the last of them, "0→1.5→3→4.5 mg" or "0→…→4.5 mg (5 changes)", instead of
// printing over each other's lines.
class DoseChangeLabels {
    Q_DECLARE_TR_FUNCTIONS(ldn::DoseChangeLabels)

public:
    DoseChangeLabels() = default;
    DoseChangeLabels(const DoseChangeLabels&) = delete;
    DoseChangeLabels& operator=(const DoseChangeLabels&) = delete;
    ~DoseChangeLabels();

    // A label for `change`, whose dashed line `line` is on `chart` already. Changes come in date order.
    void add(QChart& chart, QLineSeries* line, const SymptomChartData::DoseChange& change, const QFont& font,
             const QColor& colour);
    // Removes every label (the chart removes the lines with its series).
    void clear();
    bool isEmpty() const { return m_changes.empty(); }

    // Shows the labels that fit, after the plot area or the range in view changed.
    void place(QChart& chart);

private:
    struct Change {
        QDateTime at;
        QString from; // "1.5"
        QString to;
        QString text; // "1.5→3 mg"
        QLineSeries* line = nullptr;
        QGraphicsSimpleTextItem* label = nullptr;
    };

    std::vector<Change> m_changes;
};

} // namespace ldn
