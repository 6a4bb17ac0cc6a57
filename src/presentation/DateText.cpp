#include "presentation/DateText.h"

#include "presentation/Translations.h"

#include <QCoreApplication>
#include <QLocale>

namespace ldn {
namespace {

// The month and day names of the language installed (Translations), British English before any;
// never the system's, so an English text never carries German month names or the other way round.
QLocale namesLocale()
{
    return Translations::locale();
}

// The formats are translatable (QLocale::toString's letters) because the order differs: "3 Mar
// 2026" in Britain, "Mar 3, 2026" in the US, "3. März 2026" in Germany.
QString format(const char* pattern)
{
    return QCoreApplication::translate("ldn::DateText", pattern);
}

} // namespace

QString shortDate(const QDate& date)
{
    return namesLocale().toString(date, format(QT_TRANSLATE_NOOP("ldn::DateText", "d MMM yyyy")));
}

QString longDate(const QDate& date)
{
    return namesLocale().toString(date, format(QT_TRANSLATE_NOOP("ldn::DateText", "d MMMM yyyy")));
}

QString weekdayDate(const QDate& date)
{
    return namesLocale().toString(date, format(QT_TRANSLATE_NOOP("ldn::DateText", "ddd d MMM yyyy")));
}

QString shortDay(const QDate& date)
{
    return namesLocale().toString(date, format(QT_TRANSLATE_NOOP("ldn::DateText", "ddd d MMM")));
}

QString dayAndMonth(const QDate& date)
{
    return namesLocale().toString(date, format(QT_TRANSLATE_NOOP("ldn::DateText", "d MMM")));
}

QString shortMonth(const QDate& date)
{
    return namesLocale().toString(date, format(QT_TRANSLATE_NOOP("ldn::DateText", "MMM")));
}

QString shortMonthAndYear(const QDate& date)
{
    return namesLocale().toString(date, format(QT_TRANSLATE_NOOP("ldn::DateText", "MMM yyyy")));
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
