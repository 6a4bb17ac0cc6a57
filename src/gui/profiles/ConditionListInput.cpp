#include "gui/profiles/ConditionListInput.h"

#include <QRegularExpression>

namespace ldn {

QStringList ConditionListInput::parse(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    QStringList conditions;
    for (const QString& part : text.split(separators)) {
        const QString condition = part.simplified();
        if (!condition.isEmpty() && !conditions.contains(condition, Qt::CaseInsensitive)) {
            conditions << condition;
        }
    }
    return conditions;
}

} // namespace ldn
