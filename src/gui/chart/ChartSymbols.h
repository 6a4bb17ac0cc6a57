#pragma once

#include <QColor>
#include <QIcon>
#include <QImage>

#include <cstddef>

namespace ldn {

// Pictures the symptom chart needs beyond Qt Charts' own markers: the cross of a missed dose, and
// a sample of a symptom's line and point shape, so the symptom picker doubles as the legend.
class ChartSymbols {
public:
    // An "×" `size` pixels wide, drawn at four times that for sharp scaling (as marker images are).
    static QImage cross(const QColor& colour, int size);
    // The colour, dash pattern and point shape of the symptom at `index` in the chart's data, drawn in the
    // light or dark chart style as the palette is when it is painted.
    static QIcon symptomSample(std::size_t index);
};

} // namespace ldn
