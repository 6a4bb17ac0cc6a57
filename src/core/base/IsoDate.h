#pragma once

#include <QDate>
#include <QString>

namespace ldn {

// Dates are stored and exchanged as ISO 8601 calendar dates (YYYY-MM-DD) and nothing else, so a
// day sorts and compares correctly as text in SQLite and in every export.
class IsoDate {
public:
    // Refuses anything that is not exactly YYYY-MM-DD or is not a real day (2025-02-30).
    static QDate parse(const QString& text, const QString& field);
    static QString format(const QDate& date);
};

} // namespace ldn
