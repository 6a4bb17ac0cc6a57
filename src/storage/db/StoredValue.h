#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

namespace ldn {

class Statement;

// Reads the date and time columns of the schema, which are stored as text in one fixed form each
// (CHECK constraints keep them so): days as YYYY-MM-DD, clock times as HH:MM and timestamps as
// YYYY-MM-DDTHH:MM:SSZ. Reading the digits directly is several times faster than Qt's string
// parsing, which loading or exporting a ten-year diary does tens of thousands of times; text in
// any other form (an older database, a hand-edited one) falls back to Qt's ISO parsing.
class StoredValue {
public:
    // A NULL column gives an invalid value.
    static QDate date(const Statement& row, int column);
    static QTime clockTime(const Statement& row, int column);
    static QDateTime timestamp(const Statement& row, int column); // UTC

    // The stored forms, for binding: an invalid date is NULL; an invalid time stamp is now.
    static std::optional<QString> dateText(const QDate& date);
    static QString timestampText(const QDateTime& time);
    static QString nowText();
};

} // namespace ldn
