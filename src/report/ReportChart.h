#pragma once

#include "core/analysis/SymptomChartData.h"

#include <QDate>
#include <QRectF>

class QPainter;

namespace ldn {

// The report's symptom-and-dose chart, drawn as vectors with QPainter from the same
// SymptomChartData as the GUI's chart: the 7-day mean of each symptom (left axis, 0-10), the dose
// as a dark step line (right axis, mg) and a marker at each change of dose. Each symptom has the
// colour, dash pattern and point shape it has on screen (ChartStyle); colour alone is lost on a
// greyscale printer, so the dashes and shapes matter here.
class ReportChart {
public:
    explicit ReportChart(const SymptomChartData& data);

    bool hasData() const;
    // Days with a note from a carer or the patient, marked along the top of the plot when the
    // report lists the notes too (a mark the doctor cannot look up would only raise questions).
    void setNoteDays(std::vector<QDate> days);
    bool hasNoteDays() const { return !m_noteDays.empty(); }
    // The plot and its legend, for a chart `width` points wide.
    double height(double width) const;
    void paint(QPainter& painter, const QRectF& box) const;

    static constexpr double kPlotHeight = 180.0;
    // One point of a line per half millimetre is as fine as print shows; longer diaries are
    // averaged down to that, which keeps a ten-year PDF small and quick.
    static constexpr double kPointSpacing = 72.0 / 25.4 * 0.5;

private:
    struct LegendItem {
        QString label;
        int kind = 0; // 0 symptom line, 1 dose line, 2 change marker, 3 note
        std::size_t symptomIndex = 0;
    };
    std::vector<LegendItem> legendItems() const;
    double legendHeight(double width) const;
    double doseAxisMaximum() const;
    QRectF plotRect(const QRectF& box) const;

    SymptomChartData m_data;
    std::vector<QDate> m_noteDays;
};

} // namespace ldn
