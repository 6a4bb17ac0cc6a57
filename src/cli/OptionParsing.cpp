#include "cli/OptionParsing.h"

#include "core/base/InputError.h"

#include <QRegularExpression>

namespace ldn {

qint64 OptionParsing::wholeNumber(const QString& text, const QString& option, qint64 lowest, qint64 highest)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < lowest || value > highest) {
        throw InputError(
            option,
            QStringLiteral("\"%1\" is not a whole number from %2 to %3").arg(text).arg(lowest).arg(highest));
    }
    return value;
}

std::pair<QString, int> OptionParsing::namedNumber(const QString& text, const QString& option, int lowest,
                                                   int highest)
{
    const qsizetype equals = text.lastIndexOf(QLatin1Char('='));
    const QString name = equals > 0 ? text.left(equals).simplified() : QString();
    if (name.isEmpty()) {
        throw InputError(option, QStringLiteral("\"%1\" should look like NAME=%2").arg(text).arg(highest));
    }
    const int value = static_cast<int>(
        wholeNumber(text.mid(equals + 1), option + QLatin1Char(' ') + name, lowest, highest));
    return {name, value};
}

QTime OptionParsing::clockTime(const QString& text, const QString& option)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^([01]\d|2[0-3]):([0-5]\d)$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        throw InputError(option,
                         QStringLiteral("\"%1\" is not a time in the form HH:MM (00:00 to 23:59)").arg(text));
    }
    return QTime(match.captured(1).toInt(), match.captured(2).toInt());
}

} // namespace ldn
