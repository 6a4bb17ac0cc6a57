#pragma once

#include <QFont>
#include <QtGlobal>

#include <vector>

class QAbstractSeries;
class QLegend;

namespace ldn {

// The chart's legend is a single row, and Qt Charts cuts a label that does not fit to "sleep q…".
// This works out what the row needs and what to leave out instead of cutting.
class ChartLegendFit {
public:
    // The width the legend's shown entries need in `font`: each label plus its marker and gap.
    static qreal neededWidth(const QLegend& legend, const QFont& font);

    // On screen, the symptoms' entries (`symptomLines`) leave the legend when the row does not fit
    // in `width`: the check boxes above the chart already name every symptom with the same line
    // and marker. They come back as soon as the row fits again.
    static void fitOnScreen(QLegend& legend, const std::vector<QAbstractSeries*>& symptomLines, qreal width);

    // Shows the symptoms' entries again (an exported picture has no check boxes beside it).
    static void showAll(QLegend& legend, const std::vector<QAbstractSeries*>& symptomLines);
};

} // namespace ldn
