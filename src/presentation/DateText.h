#pragma once

#include <QDate>
#include <QString>

namespace ldn {

// Dates and day counts as people read them, written the same way on every page, in the GP report
// and by the command-line tool.
//
// Day and month names are English, like every other text until a translation is loaded; they
// come from one locale here, so a translation changes them in one place.

// "3 Mar 2026"
QString shortDate(const QDate& date);
// "3 March 2026"
QString longDate(const QDate& date);
// "Tue 3 Mar 2026"
QString weekdayDate(const QDate& date);
// "Tue 3 Mar": a recent day, whose year goes without saying.
QString shortDay(const QDate& date);
// "3 Mar": a chart's day ticks.
QString dayAndMonth(const QDate& date);
// "Mar", and "Mar 2026": a chart's month ticks.
QString shortMonth(const QDate& date);
QString shortMonthAndYear(const QDate& date);
// "3 Mar 2026 – 10 Mar 2026", or one date when both are the same day.
QString dateSpan(const QDate& from, const QDate& to);
// "1 day", "3 days"
QString dayCount(int days);

} // namespace ldn
