#include "cli/ArgumentList.h"

#include "cli/UsageError.h"

#include <utility>

namespace ldn {

ArgumentList::ArgumentList(QStringList arguments)
    : m_arguments(std::move(arguments))
{}

std::optional<QString> ArgumentList::takePositional()
{
    for (qsizetype i = 0; i < m_arguments.size(); ++i) {
        if (!m_arguments[i].startsWith(QLatin1String("--"))) {
            return m_arguments.takeAt(i);
        }
        if (!m_arguments[i].contains(QLatin1Char('=')) && i + 1 < m_arguments.size()) {
            ++i; // skip the option's value; flags are taken before positionals are read
        }
    }
    return std::nullopt;
}

std::optional<QString> ArgumentList::takeOption(const QString& name)
{
    std::optional<QString> value;
    const QString prefix = name + QLatin1Char('=');
    for (qsizetype i = 0; i < m_arguments.size();) {
        if (m_arguments[i] == name) {
            if (i + 1 >= m_arguments.size()) {
                throw UsageError(QStringLiteral("%1 needs a value").arg(name));
            }
            value = m_arguments[i + 1];
            m_arguments.remove(i, 2);
        } else if (m_arguments[i].startsWith(prefix)) {
            value = m_arguments[i].mid(prefix.size());
            m_arguments.removeAt(i);
        } else {
            ++i;
        }
    }
    return value;
}

QStringList ArgumentList::takeAllOptions(const QString& name)
{
    QStringList values;
    const QString prefix = name + QLatin1Char('=');
    for (qsizetype i = 0; i < m_arguments.size();) {
        if (m_arguments[i] == name) {
            if (i + 1 >= m_arguments.size()) {
                throw UsageError(QStringLiteral("%1 needs a value").arg(name));
            }
            values << m_arguments[i + 1];
            m_arguments.remove(i, 2);
        } else if (m_arguments[i].startsWith(prefix)) {
            values << m_arguments[i].mid(prefix.size());
            m_arguments.removeAt(i);
        } else {
            ++i;
        }
    }
    return values;
}

bool ArgumentList::takeFlag(const QString& name)
{
    return m_arguments.removeAll(name) > 0;
}

void ArgumentList::expectEmpty(const QString& command) const
{
    if (m_arguments.isEmpty()) {
        return;
    }
    const QString first = m_arguments.first();
    if (first.startsWith(QLatin1String("--"))) {
        throw UsageError(QStringLiteral("%1: unknown option %2").arg(command, first));
    }
    throw UsageError(QStringLiteral("%1: unexpected argument \"%2\"").arg(command, first));
}

} // namespace ldn
