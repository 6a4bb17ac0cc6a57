#include "storage/db/StoredValue.h"

#include "storage/db/Statement.h"

#include <string_view>

namespace ldn {
namespace {

// The number written by `count` digits from `from`, or -1 when one of them is not a digit.
int digitsAt(std::string_view text, std::size_t from, std::size_t count)
{
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return -1;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

QDate dateAt(std::string_view text)
{
    if (text[4] != '-' || text[7] != '-') {
        return {};
    }
    return QDate(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
}

} // namespace

QDate StoredValue::date(const Statement& row, int column)
{
    if (row.isNull(column)) {
        return {};
    }
    const std::string_view text = row.rawText(column);
    if (text.size() == 10) {
        const QDate date = dateAt(text);
        if (date.isValid()) {
            return date;
        }
    }
    return QDate::fromString(row.text(column), Qt::ISODate);
}

QTime StoredValue::clockTime(const Statement& row, int column)
{
    if (row.isNull(column)) {
        return {};
    }
    const std::string_view text = row.rawText(column);
    if (text.size() == 5 && text[2] == ':') {
        const QTime time(digitsAt(text, 0, 2), digitsAt(text, 3, 2));
        if (time.isValid()) {
            return time;
        }
    }
    return QTime::fromString(row.text(column), Qt::ISODate);
}

QDateTime StoredValue::timestamp(const Statement& row, int column)
{
    if (row.isNull(column)) {
        return {};
    }
    const std::string_view text = row.rawText(column);
    if (text.size() == 20 && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == 'Z') {
        const QDate date = dateAt(text);
        const QTime time(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2));
        if (date.isValid() && time.isValid()) {
            return QDateTime(date, time, Qt::UTC);
        }
    }
    return QDateTime::fromString(row.text(column), Qt::ISODate).toUTC();
}

std::optional<QString> StoredValue::dateText(const QDate& date)
{
    return date.isValid() ? std::optional<QString>(date.toString(Qt::ISODate)) : std::nullopt;
}

QString StoredValue::timestampText(const QDateTime& time)
{
    return (time.isValid() ? time : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate);
}

QString StoredValue::nowText()
{
    return timestampText({});
}

} // namespace ldn
