#pragma once

#include <QColor>
#include <QList>
#include <QPolygonF>
#include <QRectF>

#include <cstddef>

namespace ldn {

// How the symptom chart looks, on screen (the Chart tab) and in the GP report alike, so that a
// symptom has the same colour, dash pattern and point shape wherever a person or their doctor
// sees it.
//
// Okabe & Ito's eight colours stay apart for the common forms of colour blindness, but alone they
// are lost in greyscale print and run out after eight symptoms. So each symptom also gets a dash
// pattern and a point shape, and the three cycle at different rates: neighbours differ in all
// three, and the first kDistinctSymptoms symptoms each have a combination of their own.
//
// A dark variant serves the screen when the window is dark: the same hues, lighter, so each keeps
// 3:1 contrast against the dark background and stays apart from its neighbours; black becomes near
// white. Exports and the PDF are always light.
class ChartStyle {
public:
    enum class MarkerShape { Circle, Square, Triangle, Diamond, Star, Pentagon };
    enum class Theme { Light, Dark };

    struct SymptomStyle {
        QColor colour;
        QList<qreal> dashes; // in pen widths, as QPen::setDashPattern takes them; empty: a solid line
        MarkerShape shape = MarkerShape::Circle;

        friend bool operator==(const SymptomStyle&, const SymptomStyle&) = default;
    };

    static constexpr std::size_t kColourCount = 8;
    static constexpr std::size_t kDashPatternCount = 8;
    static constexpr std::size_t kShapeCount = 6;
    static constexpr std::size_t kDistinctSymptoms = kColourCount * kDashPatternCount * kShapeCount;

    // The style of the symptom at `index` in the chart's data (the profile's order).
    static SymptomStyle symptom(std::size_t index, Theme theme = Theme::Light);

    // The outline of a point shape filling `box` (a square), drawn the way Qt Charts draws its
    // scatter markers, so a legend sample or a printed point looks like the points on screen.
    static QPolygonF markerOutline(MarkerShape shape, const QRectF& box);

    // The LDN dose step line and its axis.
    static QColor doseColour(Theme theme = Theme::Light);
    // The lines and labels that mark a change of dose.
    static QColor doseChangeColour(Theme theme = Theme::Light);
    // Notes about a day (a carer's or the person's own): a wine red no symptom or marker uses.
    static QColor noteColour(Theme theme = Theme::Light);
    static QColor sideEffectColour(Theme theme = Theme::Light);
    static QColor missedDoseColour(Theme theme = Theme::Light);
    static QColor eventColour(Theme theme = Theme::Light);
    static QColor gridColour(Theme theme = Theme::Light);
    // What the chart is drawn on, its words (axis labels and titles, legend) and its axis lines.
    static QColor backgroundColour(Theme theme = Theme::Light);
    static QColor textColour(Theme theme = Theme::Light);
    static QColor axisColour(Theme theme = Theme::Light);
    // The inside of a hollow mark (a person's own note): the background's colour.
    static QColor hollowFillColour(Theme theme = Theme::Light);
};

} // namespace ldn
