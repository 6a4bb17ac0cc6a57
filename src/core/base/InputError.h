#pragma once

#include <QString>

#include <stdexcept>

namespace ldn {

// Raised when something a person typed or a file they chose cannot be accepted. It always names
// where the problem is (a field, an option, or file:line) so the message can be acted on.
class InputError : public std::runtime_error {
public:
    InputError(const QString& location, const QString& problem);

    const QString& location() const { return m_location; }
    const QString& problem() const { return m_problem; }
    QString message() const;

private:
    QString m_location;
    QString m_problem;
};

} // namespace ldn
