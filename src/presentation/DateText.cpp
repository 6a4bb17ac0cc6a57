#include "presentation/DateText.h"

#include <QCoreApplication>
#include <QLocale>

namespace ldn {
namespace {

const QLocale& namesLocale()
{
    static const QLocale locale = QLocale::c();
    return locale;
}

} // namespace

QString shortDate(const QDate& date)
{
    return namesLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString longDate(const QDate& date)
{
    return namesLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString weekdayDate(const QDate& date)
{
    return namesLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

QString shortDay(const QDate& date)
{
    return namesLocale().toString(date, QStringLiteral("ddd d MMM"));
}

QString dayAndMonth(const QDate& date)
{
    return namesLocale().toString(date, QStringLiteral("d MMM"));
}

QString shortMonth(const QDate& date)
{
    return namesLocale().toString(date, QStringLiteral("MMM"));
}

QString shortMonthAndYear(const QDate& date)
{
    return namesLocale().toString(date, QStringLiteral("MMM yyyy"));
}

QString dateSpan(const QDate& from, const QDate& to)
{
    if (from == to) {
        return shortDate(from);
    }
    return QCoreApplication::translate("ldn::DateText", "%1 \u2013 %2").arg(shortDate(from), shortDate(to));
}

QString dayCount(int days)
{
    // The singular is its own text, so English reads right without a translation loaded; "%n"
    // lets a translation give every plural form its language has (21 in Russian is singular).
    return days == 1 ? QCoreApplication::translate("ldn::DateText", "1 day")
                     : QCoreApplication::translate("ldn::DateText", "%n days", nullptr, days);
}

} // namespace ldn
