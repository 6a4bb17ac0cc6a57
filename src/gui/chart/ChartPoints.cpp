#include "gui/chart/ChartPoints.h"

#include <QDateTime>
#include <QTime>

#include <cmath>
#include <unordered_map>

namespace ldn {

qint64 ChartPoints::msAt(const QDate& date, int hour)
{
    // Converting through the time zone costs thousands of instructions, and a ten-year chart asks
    // for the same few thousand days over and over, so each answer is remembered.
    static std::unordered_map<qint64, qint64> cache;
    const qint64 key = date.toJulianDay() * 24 + hour;
    const auto found = cache.find(key);
    if (found != cache.end()) {
        return found->second;
    }
    const qint64 ms = QDateTime(date, QTime(hour, 0)).toMSecsSinceEpoch();
    cache.emplace(key, ms);
    return ms;
}

QList<QPointF> ChartPoints::of(const std::vector<SymptomChartData::Point>& points)
{
    QList<QPointF> result;
    result.reserve(static_cast<qsizetype>(points.size()));
    for (const SymptomChartData::Point& point : points) {
        result.append(QPointF(static_cast<qreal>(middayMs(point.date)), point.value));
    }
    return result;
}

QList<QPointF> ChartPoints::markerRow(const std::vector<SymptomChartData::Marker>& markers, double row)
{
    QList<QPointF> result;
    QDate last;
    for (const SymptomChartData::Marker& marker : markers) {
        if (marker.date != last) {
            result.append(QPointF(static_cast<qreal>(middayMs(marker.date)), row));
            last = marker.date;
        }
    }
    return result;
}

QList<QPointF> ChartPoints::slice(const QList<QPointF>& points, qint64 start, qint64 end, bool withNeighbours)
{
    const auto byX = [](const QPointF& point, qreal x) { return point.x() < x; };
    auto first = std::lower_bound(points.begin(), points.end(), static_cast<qreal>(start), byX);
    auto last = std::lower_bound(first, points.end(), static_cast<qreal>(end), byX);
    if (withNeighbours) {
        if (first != points.begin()) {
            --first;
        }
        if (last != points.end()) {
            ++last;
        }
    }
    return QList<QPointF>(first, last);
}

QList<QPointF> ChartPoints::thinned(QList<QPointF> points, qint64 start, qint64 end, qreal columns)
{
    // The means are smooth over 7 days, so nothing visible is lost; tooltips use exact values.
    if (columns < 1.0 || points.size() <= static_cast<qsizetype>(columns)) {
        return points;
    }
    const double columnMs = static_cast<double>(end - start) / columns;
    QList<QPointF> result;
    result.reserve(static_cast<qsizetype>(columns) + 4);
    qsizetype index = 0;
    while (index < points.size()) {
        const double column = std::floor((points[index].x() - static_cast<double>(start)) / columnMs);
        QPointF sum;
        qsizetype count = 0;
        while (index < points.size() &&
               std::floor((points[index].x() - static_cast<double>(start)) / columnMs) == column) {
            sum += points[index];
            ++count;
            ++index;
        }
        result.append(sum / static_cast<qreal>(count));
    }
    return result;
}

} // namespace ldn
