#include "report/ReportChart.h"

#include "presentation/ChartStyle.h"
#include "presentation/DateText.h"
#include "presentation/DoseText.h"
#include "report/ReportSection.h"
#include "report/ReportText.h"
#include "report/ReportWording.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace ldn {
namespace {

constexpr double kLeftAxis = 34.0;
constexpr double kRightAxis = 34.0;
constexpr double kTopBand = 13.0;    // dose-change labels
constexpr double kBottomBand = 22.0; // date labels
constexpr double kLegendGap = 6.0;
constexpr double kLegendSample = 30.0;
constexpr double kLegendItemGap = 12.0;
constexpr double kLineWidth = 1.3;
constexpr double kDoseLineWidth = 1.8;
constexpr double kMarkerRadius = 2.7;
constexpr double kMarkerSpacing = 46.0;
constexpr double kMaximumScore = 10.0;

const TextStyle kAxisText{7.0, false, false, QColor(0x30, 0x30, 0x30)};
const TextStyle kAxisTitle{7.0, true, false, QColor(0x30, 0x30, 0x30)};
const TextStyle kLegendText{7.5};
const TextStyle kChangeText{6.5, true};

// A small speech bubble, its tail pointing down at `tip`.
QPainterPath noteBubble(const QPointF& tip)
{
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(tip.x() - 3.2, tip.y() - 7.2, 6.4, 4.6), 1.2, 1.2);
    QPainterPath tail;
    tail.addPolygon(QPolygonF({QPointF(tip.x() - 1.4, tip.y() - 2.8), QPointF(tip.x() + 0.8, tip.y() - 2.8),
                               QPointF(tip.x() - 1.0, tip.y())}));
    return bubble.united(tail);
}

// The next "round" dose-axis maximum.
double niceCeiling(double value)
{
    static constexpr std::array<double, 12> kSteps{1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25};
    for (const double step : kSteps) {
        if (value <= step) {
            return step;
        }
    }
    return std::ceil(value / 10.0) * 10.0;
}

struct Tick {
    QDate date;
    QString label;
    QString second; // the year under the month, at the first tick and each January
};

std::vector<Tick> dateTicks(const QDate& from, const QDate& to)
{
    const qint64 days = from.daysTo(to) + 1;
    std::vector<Tick> ticks;
    if (days <= 70) {
        QDate day = from;
        while (day.dayOfWeek() != Qt::Monday) {
            day = day.addDays(1);
        }
        for (; day <= to; day = day.addDays(7)) {
            ticks.push_back({day, dayAndMonth(day), QString()});
        }
        return ticks;
    }
    const int monthStep = days <= 550 ? 1 : (days <= 5 * 366 ? 3 : 12);
    QDate month(from.year(), from.month(), 1);
    if (month < from) {
        month = month.addMonths(1);
    }
    while ((month.month() - 1) % monthStep != 0) {
        month = month.addMonths(1);
    }
    bool first = true;
    for (; month <= to; month = month.addMonths(monthStep)) {
        if (monthStep == 12) {
            ticks.push_back({month, QString::number(month.year()), QString()});
        } else {
            ticks.push_back({month, shortMonth(month),
                             first || month.month() == 1 ? QString::number(month.year()) : QString()});
        }
        first = false;
    }
    return ticks;
}

// A point shape as on screen, centred on `centre`.
QPolygonF markerAt(ChartStyle::MarkerShape shape, const QPointF& centre)
{
    return ChartStyle::markerOutline(shape, QRectF(centre.x() - kMarkerRadius, centre.y() - kMarkerRadius,
                                                   2 * kMarkerRadius, 2 * kMarkerRadius));
}

} // namespace

ReportChart::ReportChart(const SymptomChartData& data)
    : m_data(data)
{}

void ReportChart::setNoteDays(std::vector<QDate> days)
{
    m_noteDays = std::move(days);
}

bool ReportChart::hasData() const
{
    if (!m_data.from.isValid() || !m_data.to.isValid()) {
        return false;
    }
    if (!m_data.dose.empty()) {
        return true;
    }
    return std::any_of(
        m_data.symptoms.begin(), m_data.symptoms.end(),
        [](const SymptomChartData::SymptomSeries& series) { return !series.rollingMean.empty(); });
}

std::vector<ReportChart::LegendItem> ReportChart::legendItems() const
{
    std::vector<LegendItem> items;
    for (std::size_t index = 0; index < m_data.symptoms.size(); ++index) {
        const SymptomDefinition& symptom = m_data.symptoms[index].symptom;
        items.push_back({symptom.higherIsBetter ? ReportWording::tr("%1 (higher is better)").arg(symptom.name)
                                                : symptom.name,
                         0, index});
    }
    items.push_back({ReportWording::tr("dose, mg (right axis)"), 1, 0});
    if (!m_data.doseChanges.empty()) {
        items.push_back({ReportWording::tr("change of dose"), 2, 0});
    }
    if (!m_noteDays.empty()) {
        items.push_back(
            {ReportWording::tr("a note about the day (see %1)").arg(sectionTitle(ReportSection::CarerNotes)),
             3, 0});
    }
    return items;
}

double ReportChart::legendHeight(double width) const
{
    int rows = 1;
    double x = 0.0;
    for (const LegendItem& item : legendItems()) {
        const double itemWidth = kLegendSample + 4 + ReportText::width(item.label, kLegendText);
        if (x > 0 && x + itemWidth > width) {
            ++rows;
            x = 0.0;
        }
        x += itemWidth + kLegendItemGap;
    }
    return rows * (ReportText::lineHeight(kLegendText) + 2);
}

double ReportChart::height(double width) const
{
    return kTopBand + kPlotHeight + kBottomBand + kLegendGap + legendHeight(width - kLeftAxis);
}

double ReportChart::doseAxisMaximum() const
{
    double maximum = 0.0;
    for (const SymptomChartData::Point& point : m_data.dose) {
        maximum = std::max(maximum, point.value);
    }
    // The highest dose sits below the top edge, clear of the change markers.
    return niceCeiling(std::max(maximum / 0.9, 1.0));
}

QRectF ReportChart::plotRect(const QRectF& box) const
{
    return QRectF(box.left() + kLeftAxis, box.top() + kTopBand, box.width() - kLeftAxis - kRightAxis,
                  kPlotHeight);
}

void ReportChart::paint(QPainter& painter, const QRectF& box) const
{
    if (!hasData()) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QRectF plot = plotRect(box);
    const double totalDays = static_cast<double>(m_data.from.daysTo(m_data.to) + 1);
    const auto xOf = [&](const QDate& date) {
        return plot.left() + (static_cast<double>(m_data.from.daysTo(date)) + 0.5) / totalDays * plot.width();
    };
    const auto yOfScore = [&](double score) { return plot.bottom() - score / kMaximumScore * plot.height(); };
    const double doseMaximum = doseAxisMaximum();
    const auto yOfDose = [&](double dose) { return plot.bottom() - dose / doseMaximum * plot.height(); };

    // Grid and score axis (left).
    const double axisLine = ReportText::lineHeight(kAxisText);
    for (int score = 0; score <= 10; score += 2) {
        const double y = yOfScore(score);
        painter.setPen(QPen(ChartStyle::gridColour(), 0.4));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        ReportText::drawRightAligned(painter, QPointF(plot.left() - 3, y - axisLine / 2),
                                     QString::number(score), kAxisText);
    }
    // Dose axis (right).
    const double doseStep = doseMaximum <= 6 ? 1.0 : (doseMaximum <= 12 ? 2.0 : 5.0);
    for (double dose = 0.0; dose <= doseMaximum + 1e-9; dose += doseStep) {
        const double y = yOfDose(dose);
        painter.setPen(QPen(Qt::black, 0.6));
        painter.drawLine(QPointF(plot.right(), y), QPointF(plot.right() + 3, y));
        ReportText::draw(painter, QPointF(plot.right() + 5, y - axisLine / 2), milligramNumber(dose),
                         kAxisText);
    }
    // Axis titles, turned to run up the sides.
    const auto drawVerticalTitle = [&](double x, const QString& title) {
        painter.save();
        painter.translate(x, plot.center().y());
        painter.rotate(-90);
        ReportText::draw(painter, QPointF(-ReportText::width(title, kAxisTitle) / 2, 0), title, kAxisTitle);
        painter.restore();
    };
    drawVerticalTitle(box.left(), ReportWording::tr("Score, 7-day mean (0–10)"));
    drawVerticalTitle(box.right() - ReportText::lineHeight(kAxisTitle), ReportWording::tr("Dose (mg)"));

    // Date axis.
    double lastLabelRight = -1e9;
    for (const Tick& tick : dateTicks(m_data.from, m_data.to)) {
        const double x = xOf(tick.date) - 0.5 / totalDays * plot.width();
        painter.setPen(QPen(ChartStyle::gridColour(), 0.4));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(QPen(Qt::black, 0.6));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
        const double labelWidth =
            std::max(ReportText::width(tick.label, kAxisText), ReportText::width(tick.second, kAxisText));
        const double left = x - labelWidth / 2;
        if (left > lastLabelRight + 3 && left + labelWidth <= box.right()) {
            ReportText::draw(painter,
                             QPointF(x - ReportText::width(tick.label, kAxisText) / 2, plot.bottom() + 4),
                             tick.label, kAxisText);
            if (!tick.second.isEmpty()) {
                ReportText::draw(
                    painter,
                    QPointF(x - ReportText::width(tick.second, kAxisText) / 2, plot.bottom() + 4 + axisLine),
                    tick.second, kAxisText);
            }
            lastLabelRight = left + labelWidth;
        }
    }

    // Changes of dose: a dotted line through the plot and a labelled marker above it.
    lastLabelRight = -1e9;
    for (const SymptomChartData::DoseChange& change : m_data.doseChanges) {
        const double x = xOf(change.date);
        painter.setPen(QPen(ChartStyle::doseChangeColour(), 0.5, Qt::DotLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::black);
        painter.drawPolygon(QPolygonF({QPointF(x - 2.6, plot.top() - 4.5), QPointF(x + 2.6, plot.top() - 4.5),
                                       QPointF(x, plot.top())}));
        const QString label = milligramFigure(change.to);
        const double labelWidth = ReportText::width(label, kChangeText);
        const double left = x + 3.5;
        if (left > lastLabelRight + 2 && left + labelWidth <= plot.right() + kRightAxis) {
            ReportText::draw(painter, QPointF(left, box.top()), label, kChangeText);
            lastLabelRight = left + labelWidth;
        }
    }
    painter.setBrush(Qt::NoBrush);

    // Symptom means, averaged to one point per kPointSpacing and broken where the diary has a gap.
    const double binWidth = std::max(kPointSpacing, plot.width() / totalDays);
    for (std::size_t index = 0; index < m_data.symptoms.size(); ++index) {
        const std::vector<SymptomChartData::Point>& means = m_data.symptoms[index].rollingMean;
        if (means.empty()) {
            continue;
        }
        const ChartStyle::SymptomStyle style = ChartStyle::symptom(index);
        std::vector<QPolygonF> runs(1);
        int currentBin = -1;
        double sum = 0.0;
        int count = 0;
        double binX = 0.0;
        QDate previous;
        const auto flush = [&] {
            if (count > 0) {
                runs.back() << QPointF(binX, yOfScore(sum / count));
            }
            sum = 0.0;
            count = 0;
        };
        for (const SymptomChartData::Point& point : means) {
            const double x = xOf(point.date);
            const int bin = static_cast<int>((x - plot.left()) / binWidth);
            if (previous.isValid() && previous.daysTo(point.date) > SymptomChartData::kRollingDays) {
                flush();
                runs.emplace_back();
                currentBin = -1;
            }
            if (bin != currentBin) {
                flush();
                currentBin = bin;
                binX = x;
            }
            sum += point.value;
            ++count;
            previous = point.date;
        }
        flush();

        QPen pen(style.colour, kLineWidth);
        pen.setCapStyle(Qt::FlatCap);
        pen.setJoinStyle(Qt::RoundJoin);
        if (!style.dashes.isEmpty()) {
            pen.setDashPattern(style.dashes);
        }
        painter.setPen(pen);
        for (const QPolygonF& run : runs) {
            if (run.size() == 1) {
                painter.drawPoint(run.front());
            } else if (run.size() > 1) {
                painter.drawPolyline(run);
            }
        }
        // Point shapes along the line, offset per symptom so they do not sit on top of each other.
        painter.setPen(QPen(Qt::white, 0.5));
        painter.setBrush(style.colour);
        for (const QPolygonF& run : runs) {
            double nextMarker =
                run.isEmpty() ? 0.0 : run.front().x() + kMarkerSpacing * (0.25 + 0.15 * index);
            for (const QPointF& point : run) {
                if (point.x() >= nextMarker) {
                    painter.drawPolygon(markerAt(style.shape, point));
                    nextMarker = point.x() + kMarkerSpacing;
                }
            }
        }
        painter.setBrush(Qt::NoBrush);
    }

    // The dose as a step line: it changes on the day of a change and holds through missed days.
    if (!m_data.dose.empty()) {
        QPolygonF steps;
        double lastValue = m_data.dose.front().value;
        steps << QPointF(xOf(m_data.dose.front().date) - 0.5 / totalDays * plot.width(), yOfDose(lastValue));
        for (const SymptomChartData::Point& point : m_data.dose) {
            if (point.value != lastValue) {
                const double x = xOf(point.date) - 0.5 / totalDays * plot.width();
                steps << QPointF(x, yOfDose(lastValue)) << QPointF(x, yOfDose(point.value));
                lastValue = point.value;
            }
        }
        steps << QPointF(xOf(m_data.dose.back().date) + 0.5 / totalDays * plot.width(), yOfDose(lastValue));
        QPen dosePen(ChartStyle::doseColour(), kDoseLineWidth);
        dosePen.setJoinStyle(Qt::MiterJoin);
        dosePen.setCapStyle(Qt::FlatCap);
        painter.setPen(dosePen);
        painter.drawPolyline(steps);
    }

    // Notes: a bubble just inside the top of the plot, above the lines (scores stay below 10).
    painter.setPen(QPen(Qt::white, 0.4));
    painter.setBrush(ChartStyle::noteColour());
    for (const QDate& day : m_noteDays) {
        if (day >= m_data.from && day <= m_data.to) {
            painter.drawPath(noteBubble(QPointF(xOf(day), plot.top() + 9.0)));
        }
    }
    painter.setBrush(Qt::NoBrush);

    // Frame.
    painter.setPen(QPen(Qt::black, 0.6));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.topLeft(), plot.bottomLeft());
    painter.drawLine(plot.topRight(), plot.bottomRight());

    // Legend.
    double x = plot.left();
    double y = plot.bottom() + kBottomBand + kLegendGap;
    const double rowHeight = ReportText::lineHeight(kLegendText) + 2;
    for (const LegendItem& item : legendItems()) {
        const double itemWidth = kLegendSample + 4 + ReportText::width(item.label, kLegendText);
        if (x > plot.left() && x + itemWidth > box.right()) {
            x = plot.left();
            y += rowHeight;
        }
        const double middle = y + ReportText::lineHeight(kLegendText) / 2;
        if (item.kind == 0) {
            const ChartStyle::SymptomStyle style = ChartStyle::symptom(item.symptomIndex);
            QPen pen(style.colour, kLineWidth);
            pen.setCapStyle(Qt::FlatCap);
            if (!style.dashes.isEmpty()) {
                pen.setDashPattern(style.dashes);
            }
            painter.setPen(pen);
            painter.drawLine(QPointF(x, middle), QPointF(x + kLegendSample, middle));
            painter.setPen(QPen(Qt::white, 0.5));
            painter.setBrush(style.colour);
            painter.drawPolygon(markerAt(style.shape, QPointF(x + kLegendSample / 2, middle)));
            painter.setBrush(Qt::NoBrush);
        } else if (item.kind == 1) {
            painter.setPen(QPen(ChartStyle::doseColour(), kDoseLineWidth, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(QPointF(x, middle), QPointF(x + kLegendSample, middle));
        } else if (item.kind == 3) {
            painter.setPen(QPen(Qt::white, 0.4));
            painter.setBrush(ChartStyle::noteColour());
            painter.drawPath(noteBubble(QPointF(x + kLegendSample / 2, middle + 3.5)));
            painter.setBrush(Qt::NoBrush);
        } else {
            const double centre = x + kLegendSample / 2;
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::black);
            painter.drawPolygon(
                QPolygonF({QPointF(centre - 2.6, middle - 3.5), QPointF(centre + 2.6, middle - 3.5),
                           QPointF(centre, middle + 1)}));
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(ChartStyle::doseChangeColour(), 0.5, Qt::DotLine));
            painter.drawLine(QPointF(centre, middle + 1), QPointF(centre, middle + 5));
        }
        ReportText::draw(painter, QPointF(x + kLegendSample + 4, y), item.label, kLegendText);
        x += itemWidth + kLegendItemGap;
    }
    painter.restore();
}

} // namespace ldn
