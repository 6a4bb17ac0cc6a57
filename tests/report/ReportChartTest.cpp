#include "report/ReportChart.h"

#include "presentation/ChartStyle.h"

#include <QImage>
#include <QPainter>
#include <catch2/catch.hpp>

#include <map>

namespace ldn::test {
namespace {

constexpr int kSymptoms = 10;

// Ten symptoms over two months, of which only `scored` has scores (a flat 7-day mean of 5), so
// the only symptom line in the plot is that one's.
SymptomChartData tenSymptomsOneScored(int scored)
{
    SymptomChartData data;
    data.from = QDate(2026, 1, 1);
    data.to = QDate(2026, 2, 28);
    for (int index = 0; index < kSymptoms; ++index) {
        SymptomChartData::SymptomSeries series;
        series.symptom = {QStringLiteral("symptom %1").arg(index + 1), false};
        for (QDate day = data.from; index == scored && day <= data.to; day = day.addDays(1)) {
            series.rollingMean.push_back({day, 5.0});
        }
        data.symptoms.push_back(series);
    }
    for (QDate day = data.from; day <= data.to; day = day.addDays(1)) {
        data.dose.push_back({day, day.month() == 1 ? 1.5 : 3.0});
    }
    return data;
}

// How many pixels of each colour the plot (not the legend under it) has.
std::map<QRgb, qsizetype> plotColours(const ReportChart& chart)
{
    // Four pixels to the point, so a line 1.3 points wide has pixels of its pure colour.
    constexpr double kScale = 4.0;
    constexpr double kWidth = 480.0;
    QImage image(static_cast<int>(kWidth * kScale), static_cast<int>(chart.height(kWidth) * kScale),
                 QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(kScale, kScale);
    chart.paint(painter, QRectF(0, 0, kWidth, chart.height(kWidth)));
    painter.end();
    // The plot ends above the date labels and the legend.
    const int plotBottom = static_cast<int>(ReportChart::kPlotHeight * kScale);
    std::map<QRgb, qsizetype> pixels;
    for (int y = 0; y < plotBottom; ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            ++pixels[line[x] | 0xFF000000];
        }
    }
    return pixels;
}

} // namespace

TEST_CASE("The report's chart draws each symptom in the colour it has on screen", "[report][chart]")
{
    for (int scored = 0; scored < kSymptoms; ++scored) {
        const ChartStyle::SymptomStyle style = ChartStyle::symptom(static_cast<std::size_t>(scored));
        if (style.colour == Qt::black) {
            continue; // the frame is black too
        }
        const ReportChart chart(tenSymptomsOneScored(scored));
        REQUIRE(chart.hasData());
        const std::map<QRgb, qsizetype> pixels = plotColours(chart);
        INFO("symptom " << scored + 1 << " " << style.colour.name().toStdString());
        REQUIRE(pixels.count(style.colour.rgb()) == 1);
        CHECK(pixels.at(style.colour.rgb()) > 300);
        // No other symptom's colour is in the plot.
        for (std::size_t other = 0; other < ChartStyle::kColourCount; ++other) {
            const QColor colour = ChartStyle::symptom(other).colour;
            if (colour != style.colour && colour != Qt::black) {
                CHECK(pixels.count(colour.rgb()) == 0);
            }
        }
        CHECK(pixels.count(ChartStyle::doseColour().rgb()) == 1);
    }
}

} // namespace ldn::test
