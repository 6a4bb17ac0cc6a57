#include "gui/chart/ChartLegendFit.h"

#include <QAbstractSeries>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>

namespace ldn {
namespace {

// What a legend entry takes beside its label: the marker and the gaps either side, in lines.
constexpr qreal kMarkerAndGapInLines = 2.5;
// The legend does not reach the chart's edges.
constexpr qreal kUsableShare = 0.95;

} // namespace

qreal ChartLegendFit::neededWidth(const QLegend& legend, const QFont& font)
{
    const QFontMetricsF metrics(font);
    qreal needed = 0.0;
    const QList<QLegendMarker*> markers = legend.markers();
    for (const QLegendMarker* marker : markers) {
        if (marker->isVisible()) {
            needed += metrics.horizontalAdvance(marker->label()) + metrics.height() * kMarkerAndGapInLines;
        }
    }
    return needed;
}

void ChartLegendFit::showAll(QLegend& legend, const std::vector<QAbstractSeries*>& symptomLines)
{
    for (QAbstractSeries* series : symptomLines) {
        const QList<QLegendMarker*> markers = legend.markers(series);
        for (QLegendMarker* marker : markers) {
            marker->setVisible(true);
        }
    }
}

void ChartLegendFit::fitOnScreen(QLegend& legend, const std::vector<QAbstractSeries*>& symptomLines,
                                 qreal width)
{
    showAll(legend, symptomLines);
    if (neededWidth(legend, legend.font()) <= width * kUsableShare) {
        return;
    }
    for (QAbstractSeries* series : symptomLines) {
        const QList<QLegendMarker*> markers = legend.markers(series);
        for (QLegendMarker* marker : markers) {
            marker->setVisible(false);
        }
    }
}

} // namespace ldn
