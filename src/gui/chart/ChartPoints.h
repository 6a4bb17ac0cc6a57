#pragma once

#include "core/analysis/SymptomChartData.h"

#include <QDate>
#include <QList>
#include <QPointF>
#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace ldn {

// Where days sit on the symptom chart's time axis, and the parts of the precomputed points that
// the chart's series hold for the range in view. Zooming and panning only choose slices of these
// lists, which keeps a ten-year diary quick to redraw.
class ChartPoints {
public:
    // Local time of `hour` on `date`, in milliseconds since the epoch, so the axis labels (which Qt
    // Charts prints in local time) name the right days.
    static qint64 msAt(const QDate& date, int hour);
    // Scores and means sit at midday, so the day's dose step (midnight to midnight) frames them and
    // a change of dose at midnight separates the day before from the change day.
    static qint64 middayMs(const QDate& date) { return msAt(date, 12); }

    static QList<QPointF> of(const std::vector<SymptomChartData::Point>& points);
    // One point per day at height `row`: several side effects on one day make one marker (the
    // tooltip lists them all).
    static QList<QPointF> markerRow(const std::vector<SymptomChartData::Marker>& markers, double row);

    // The points from `start` to before `end`; a line keeps one point beyond each side
    // (`withNeighbours`) so it runs on to the edges of the plot.
    static QList<QPointF> slice(const QList<QPointF>& points, qint64 start, qint64 end, bool withNeighbours);
    // A line with more points than the plot has `columns` draws the same picture more slowly
    // (dashed, antialiased lines cost per segment), so it keeps one averaged point per column.
    static QList<QPointF> thinned(QList<QPointF> points, qint64 start, qint64 end, qreal columns);

    // The items of `items` (sorted by their `date`) on `date`, as an iterator range.
    template <typename Item>
    static auto onDate(const std::vector<Item>& items, const QDate& date)
    {
        return std::equal_range(items.begin(), items.end(), date, ByDate{});
    }

private:
    struct ByDate {
        template <typename Item>
        bool operator()(const Item& item, const QDate& date) const
        {
            return item.date < date;
        }
        template <typename Item>
        bool operator()(const QDate& date, const Item& item) const
        {
            return date < item.date;
        }
    };
};

} // namespace ldn
