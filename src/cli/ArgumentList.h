#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ldn {

// The words of a command line still to be consumed. Commands take what they understand; whatever
// is left over at the end is a usage error, so a mistyped option is never silently ignored.
class ArgumentList {
public:
    explicit ArgumentList(QStringList arguments);

    bool isEmpty() const { return m_arguments.isEmpty(); }
    // Removes and returns the first word that is not an option (nor an option's value).
    std::optional<QString> takePositional();
    // Removes `--name VALUE` or `--name=VALUE`; the last one wins if it is given twice.
    std::optional<QString> takeOption(const QString& name);
    // Removes every `--name VALUE`, in order.
    QStringList takeAllOptions(const QString& name);
    // Removes `--name`; true if it was there.
    bool takeFlag(const QString& name);
    // Throws a UsageError naming the first argument nobody took.
    void expectEmpty(const QString& command) const;

private:
    QStringList m_arguments;
};

} // namespace ldn
