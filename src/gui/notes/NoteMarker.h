#pragma once

#include "presentation/ChartStyle.h"

#include <QColor>
#include <QIcon>
#include <QImage>

namespace ldn {

// The mark of a note written in the diary besides the day's own note: a small speech bubble, filled
// for a carer's note and hollow for the person's own, in the chart style's note colour (a wine red
// no symptom or other marker uses). The chart, its legend and the diary table draw the same mark,
// and the GP report the same colour, so it reads the same everywhere.
class NoteMarker {
public:
    static QColor colour(ChartStyle::Theme theme = ChartStyle::Theme::Light);
    // A bubble `size` pixels wide, drawn at four times that for sharp scaling (as the chart's
    // marker images are).
    static QImage image(int size, bool carer, ChartStyle::Theme theme = ChartStyle::Theme::Light);
    // Painted at the size it is shown at, when shown, in the colours of the palette then in use.
    static QIcon icon(bool carer);
};

} // namespace ldn
