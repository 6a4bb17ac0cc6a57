#include "presentation/ChartStyle.h"

#include <array>
#include <cmath>
#include <numbers>

namespace ldn {
namespace {

// Okabe & Ito's palette, in their order. Their yellow (#F0E442) is all but invisible on white
// paper and on a light screen, so a darker yellow of the same hue takes its place; its symptom
// also has the heaviest dash pattern.
constexpr std::array<QRgb, ChartStyle::kColourCount> kPalette{0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7,
                                                              0xE69F00, 0x56B4E9, 0xA89400, 0x000000};

// The same hues for a dark background (#232323), each lighter so that it keeps at least 3:1
// contrast there and stays apart from the others; black, invisible there, becomes near white and
// the darkened yellow Okabe & Ito's own.
constexpr std::array<QRgb, ChartStyle::kColourCount> kDarkPalette{0x3D9BE0, 0xF07A2A, 0x1FBF8F, 0xE393C2,
                                                                  0xD9A21B, 0x9AD8F8, 0xF0E442, 0xEDEDED};

// Short enough that even a legend's short sample of each line shows its pattern. The first is
// solid.
const std::array<QList<qreal>, ChartStyle::kDashPatternCount> kDashPatterns{{
    {},
    {4.0, 1.5},
    {0.7, 1.4},
    {4.0, 1.4, 0.7, 1.4},
    {1.8, 1.4},
    {4.0, 1.4, 0.7, 1.4, 0.7, 1.4},
    {8.0, 1.5},
    {0.7, 3.0},
}};

constexpr std::array<ChartStyle::MarkerShape, ChartStyle::kShapeCount> kShapes{
    ChartStyle::MarkerShape::Circle,  ChartStyle::MarkerShape::Square, ChartStyle::MarkerShape::Triangle,
    ChartStyle::MarkerShape::Diamond, ChartStyle::MarkerShape::Star,   ChartStyle::MarkerShape::Pentagon};

// How the shape moves on from one round of the colours to the next, and once more after each pass
// through the dash patterns. With 8 dash patterns and 6 shapes, 2 * 8 + 1 = 17 shares no factor
// with 6, so within one colour and dash pattern each of 6 passes has another shape: every
// (colour, dash, shape) combination comes once in 384 symptoms. Moving by 2 per round also keeps
// the last symptom of a round and the first of the next from sharing a shape.
constexpr std::size_t kShapeStepPerRound = 2;
constexpr std::size_t kShapeStepPerDashCycle = 1;

} // namespace

ChartStyle::SymptomStyle ChartStyle::symptom(std::size_t index, Theme theme)
{
    const std::size_t colour = index % kColourCount;
    const std::size_t round = index / kColourCount; // how often the colours have been used up
    const std::size_t dash = (colour + round) % kDashPatternCount;
    const std::size_t shape =
        (colour + kShapeStepPerRound * round + kShapeStepPerDashCycle * (round / kDashPatternCount)) %
        kShapeCount;
    const QRgb rgb = theme == Theme::Dark ? kDarkPalette[colour] : kPalette[colour];
    return {QColor::fromRgb(rgb), kDashPatterns[dash], kShapes[shape]};
}

QPolygonF ChartStyle::markerOutline(MarkerShape shape, const QRectF& box)
{
    const QPointF centre = box.center();
    const qreal radius = box.width() / 2.0;
    QPolygonF outline;
    const auto regular = [&](int corners, qreal innerRatio) {
        const int points = innerRatio > 0 ? corners * 2 : corners;
        for (int i = 0; i < points; ++i) {
            const qreal angle = -std::numbers::pi / 2.0 + 2.0 * std::numbers::pi * i / points;
            const qreal r = (innerRatio > 0 && i % 2 == 1) ? radius * innerRatio : radius;
            outline << centre + QPointF(std::cos(angle) * r, std::sin(angle) * r);
        }
    };
    switch (shape) {
    case MarkerShape::Square:
        outline = QPolygonF(box);
        break;
    case MarkerShape::Triangle:
        outline << QPointF(box.left(), box.bottom()) << QPointF(box.right(), box.bottom())
                << QPointF(centre.x(), box.top());
        break;
    case MarkerShape::Diamond:
        outline << QPointF(box.left(), centre.y()) << QPointF(centre.x(), box.bottom())
                << QPointF(box.right(), centre.y()) << QPointF(centre.x(), box.top());
        break;
    case MarkerShape::Star:
        regular(5, 0.5);
        break;
    case MarkerShape::Pentagon:
        regular(5, 0.0);
        break;
    case MarkerShape::Circle:
        regular(24, 0.0);
        break;
    }
    return outline;
}

QColor ChartStyle::doseColour(Theme theme)
{
    return theme == Theme::Dark ? QColor(0xE6, 0xE6, 0xE6) : QColor(0x30, 0x30, 0x30);
}

QColor ChartStyle::doseChangeColour(Theme theme)
{
    return theme == Theme::Dark ? QColor(0xB4, 0xB4, 0xB4) : QColor(0x50, 0x50, 0x50);
}

QColor ChartStyle::noteColour(Theme theme)
{
    // Paul Tol's "wine": apart from the Okabe-Ito colours of the symptoms and the other markers;
    // on dark, a lighter wine.
    return theme == Theme::Dark ? QColor(0xD4, 0x5C, 0x96) : QColor(0x88, 0x22, 0x55);
}

QColor ChartStyle::sideEffectColour(Theme theme)
{
    return theme == Theme::Dark ? QColor(0xF0, 0x7A, 0x2A) : QColor(0xD5, 0x5E, 0x00);
}

QColor ChartStyle::missedDoseColour(Theme theme)
{
    return theme == Theme::Dark ? QColor(0xF2, 0xF2, 0xF2) : QColor(0x00, 0x00, 0x00);
}

QColor ChartStyle::eventColour(Theme theme)
{
    return theme == Theme::Dark ? QColor(0x3D, 0x9B, 0xE0) : QColor(0x00, 0x72, 0xB2);
}

QColor ChartStyle::gridColour(Theme theme)
{
    return theme == Theme::Dark ? QColor(0x40, 0x40, 0x40) : QColor(0xDD, 0xDD, 0xDD);
}

QColor ChartStyle::backgroundColour(Theme theme)
{
    return theme == Theme::Dark ? QColor(0x23, 0x23, 0x23) : QColor(0xFF, 0xFF, 0xFF);
}

QColor ChartStyle::textColour(Theme theme)
{
    return theme == Theme::Dark ? QColor(0xE0, 0xE0, 0xE0) : QColor(0x20, 0x20, 0x20);
}

QColor ChartStyle::axisColour(Theme theme)
{
    return theme == Theme::Dark ? QColor(0x90, 0x90, 0x90) : QColor(0x70, 0x70, 0x70);
}

QColor ChartStyle::hollowFillColour(Theme theme)
{
    return backgroundColour(theme);
}

} // namespace ldn
