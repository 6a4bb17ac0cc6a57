#pragma once

#include <QString>
#include <QTime>

#include <utility>

namespace ldn {

// Parsers for option values shared by several commands; each throws InputError naming the option.
class OptionParsing {
public:
    static qint64 wholeNumber(const QString& text, const QString& option, qint64 lowest, qint64 highest);
    // "pain=7" -> {"pain", 7}, with the number checked against [lowest, highest].
    static std::pair<QString, int> namedNumber(const QString& text, const QString& option, int lowest,
                                               int highest);
    // "22:30" (24-hour clock).
    static QTime clockTime(const QString& text, const QString& option);
};

} // namespace ldn
