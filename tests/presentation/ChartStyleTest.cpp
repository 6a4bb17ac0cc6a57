#include "presentation/ChartStyle.h"

#include <QImage>
#include <QPainter>
#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <set>
#include <tuple>

namespace ldn::test {
namespace {

using Style = ChartStyle::SymptomStyle;

// WCAG relative luminance and contrast against white.
double contrastOnWhite(const QColor& colour)
{
    const auto linear = [](double channel) {
        return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const double luminance =
        0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
    return 1.05 / (luminance + 0.05);
}

double luminance(const QColor& colour)
{
    const auto linear = [](double channel) {
        return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
           0.0722 * linear(colour.blueF());
}

double contrast(const QColor& one, const QColor& other)
{
    const double a = luminance(one);
    const double b = luminance(other);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

// CIE L*a*b* distance (CIE76) between two sRGB colours: about 2 is a just noticeable difference;
// lines a person must tell apart at a glance want far more.
double labDistance(const QColor& one, const QColor& other)
{
    const auto lab = [](const QColor& colour) {
        const auto linear = [](double channel) {
            return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
        };
        const double r = linear(colour.redF());
        const double g = linear(colour.greenF());
        const double b = linear(colour.blueF());
        const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
        return std::array<double, 3>{116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))};
    };
    const std::array<double, 3> a = lab(one);
    const std::array<double, 3> b = lab(other);
    return std::sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) +
                     (a[2] - b[2]) * (a[2] - b[2]));
}

std::tuple<QRgb, QList<qreal>, int> key(const Style& style)
{
    return {style.colour.rgb(), style.dashes, static_cast<int>(style.shape)};
}

} // namespace

TEST_CASE("The first symptoms have Okabe and Ito's colours, a dash pattern and a shape each",
          "[presentation][chart]")
{
    // Okabe & Ito's order, their faint yellow darkened.
    const std::vector<QRgb> expected{0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7,
                                     0xE69F00, 0x56B4E9, 0xA89400, 0x000000};
    std::set<QList<qreal>> dashes;
    std::set<int> shapes;
    for (std::size_t index = 0; index < expected.size(); ++index) {
        const Style style = ChartStyle::symptom(index);
        INFO("symptom " << index);
        CHECK(style.colour.rgb() == (expected[index] | 0xFF000000));
        dashes.insert(style.dashes);
        shapes.insert(static_cast<int>(style.shape));
    }
    CHECK(ChartStyle::symptom(0).dashes.isEmpty()); // the first line is solid
    CHECK(dashes.size() == 8);
    CHECK(shapes.size() == ChartStyle::kShapeCount);
}

TEST_CASE("Every symptom colour reads on white paper", "[presentation][chart]")
{
    for (std::size_t index = 0; index < ChartStyle::kColourCount; ++index) {
        INFO("symptom " << index << " " << ChartStyle::symptom(index).colour.name().toStdString());
        // Okabe and Ito's own yellow (#F0E442) has 1.3:1 and all but vanishes.
        CHECK(contrastOnWhite(ChartStyle::symptom(index).colour) > 2.2);
    }
    // The dark yellow stands out better than the palette's orange and sky blue.
    CHECK(contrastOnWhite(ChartStyle::symptom(6).colour) >= 3.0);
}

TEST_CASE("Any number of symptoms stays distinguishable", "[presentation][chart]")
{
    std::set<std::tuple<QRgb, QList<qreal>, int>> seen;
    for (std::size_t index = 0; index < ChartStyle::kDistinctSymptoms; ++index) {
        INFO("symptom " << index);
        CHECK(seen.insert(key(ChartStyle::symptom(index))).second);
    }
    CHECK(seen.size() == ChartStyle::kColourCount * ChartStyle::kDashPatternCount * ChartStyle::kShapeCount);

    // Neighbours in the list (and so in the picker and the legend) differ in all three.
    for (std::size_t index = 0; index + 1 < 2 * ChartStyle::kDistinctSymptoms; ++index) {
        const Style one = ChartStyle::symptom(index);
        const Style next = ChartStyle::symptom(index + 1);
        INFO("symptoms " << index << " and " << index + 1);
        CHECK(one.colour != next.colour);
        CHECK(one.dashes != next.dashes);
        CHECK(one.shape != next.shape);
    }
    // Beyond the distinct ones the styles repeat rather than fail.
    CHECK(ChartStyle::symptom(ChartStyle::kDistinctSymptoms) == ChartStyle::symptom(0));
}

TEST_CASE("Marker shapes fill their box and differ from each other", "[presentation][chart]")
{
    const QRectF box(10, 10, 40, 40);
    std::vector<QImage> pictures;
    for (const ChartStyle::MarkerShape shape :
         {ChartStyle::MarkerShape::Circle, ChartStyle::MarkerShape::Square, ChartStyle::MarkerShape::Triangle,
          ChartStyle::MarkerShape::Diamond, ChartStyle::MarkerShape::Star,
          ChartStyle::MarkerShape::Pentagon}) {
        const QPolygonF outline = ChartStyle::markerOutline(shape, box);
        INFO("shape " << static_cast<int>(shape));
        REQUIRE(outline.size() >= 3);
        CHECK(box.adjusted(-0.01, -0.01, 0.01, 0.01).contains(outline.boundingRect()));
        CHECK(outline.boundingRect().height() > box.height() * 0.8);

        QImage image(60, 60, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::black);
        painter.drawPolygon(outline);
        painter.end();
        pictures.push_back(image);
    }
    // Six shapes, six different pictures.
    for (std::size_t one = 0; one < pictures.size(); ++one) {
        for (std::size_t other = one + 1; other < pictures.size(); ++other) {
            CHECK(pictures[one] != pictures[other]);
        }
    }
}

TEST_CASE("The chart's other marks keep apart from the symptoms", "[presentation][chart]")
{
    // Notes are wine red, a colour no symptom has.
    for (std::size_t index = 0; index < ChartStyle::kColourCount; ++index) {
        CHECK(ChartStyle::symptom(index).colour != ChartStyle::noteColour());
    }
    CHECK(ChartStyle::noteColour() == QColor(0x88, 0x22, 0x55));
    // The dose line is dark enough to read as the heaviest line in greyscale.
    CHECK(ChartStyle::doseColour().lightness() < 60);
    CHECK(ChartStyle::gridColour().lightness() > 200);
}

TEST_CASE("On a dark chart every colour reads and the symptoms stay apart", "[presentation][chart]")
{
    using Theme = ChartStyle::Theme;
    const QColor background = ChartStyle::backgroundColour(Theme::Dark);
    CHECK(background.lightness() < 60);
    CHECK(contrast(ChartStyle::textColour(Theme::Dark), background) >= 7.0);
    CHECK(contrast(ChartStyle::textColour(Theme::Light), ChartStyle::backgroundColour(Theme::Light)) >= 7.0);
    for (std::size_t index = 0; index < ChartStyle::kColourCount; ++index) {
        const Style dark = ChartStyle::symptom(index, Theme::Dark);
        const Style light = ChartStyle::symptom(index, Theme::Light);
        INFO("symptom " << index << " " << dark.colour.name().toStdString());
        CHECK(contrast(dark.colour, background) >= 3.0);
        // Only the colour changes: a symptom keeps its line and shape, so the legend still matches.
        CHECK(dark.dashes == light.dashes);
        CHECK(dark.shape == light.shape);
        for (std::size_t other = index + 1; other < ChartStyle::kColourCount; ++other) {
            const QColor otherColour = ChartStyle::symptom(other, Theme::Dark).colour;
            INFO("against symptom " << other << " " << otherColour.name().toStdString());
            CHECK(labDistance(dark.colour, otherColour) >= 20.0);
        }
        CHECK(labDistance(dark.colour, ChartStyle::noteColour(Theme::Dark)) >= 15.0);
    }
    // The dose line and the marks above the scores read on the dark background too.
    for (const QColor& mark :
         {ChartStyle::doseColour(Theme::Dark), ChartStyle::doseChangeColour(Theme::Dark),
          ChartStyle::noteColour(Theme::Dark), ChartStyle::sideEffectColour(Theme::Dark),
          ChartStyle::missedDoseColour(Theme::Dark), ChartStyle::eventColour(Theme::Dark)}) {
        INFO("mark " << mark.name().toStdString());
        CHECK(contrast(mark, background) >= 3.0);
    }
    // The grid stays quiet: visible, but well below the lines.
    CHECK(contrast(ChartStyle::gridColour(Theme::Dark), background) < 2.0);
    CHECK(contrast(ChartStyle::gridColour(Theme::Dark), background) > 1.2);
    // Light stays exactly as the GP report prints it.
    CHECK(ChartStyle::symptom(0) == ChartStyle::symptom(0, Theme::Light));
    CHECK(ChartStyle::backgroundColour() == QColor(Qt::white));
}

} // namespace ldn::test
