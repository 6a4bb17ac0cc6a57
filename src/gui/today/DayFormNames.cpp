#include "gui/today/DayFormNames.h"

namespace ldn {

QString DayFormNames::objectName(const QString& prefix, const QString& name)
{
    QString suffix = name.simplified();
    suffix.replace(QLatin1Char(' '), QLatin1Char('_'));
    return prefix + suffix;
}

QString DayFormNames::capitalised(const QString& text)
{
    if (text.isEmpty()) {
        return text;
    }
    return text.at(0).toUpper() + text.mid(1);
}

} // namespace ldn
