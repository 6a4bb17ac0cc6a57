#pragma once

#include <QString>

#include <stdexcept>

namespace ldn {

// The command line itself is wrong: an unknown command or option, a missing value. Exit code 1.
class UsageError : public std::runtime_error {
public:
    explicit UsageError(const QString& message);
    QString message() const { return QString::fromUtf8(what()); }
};

} // namespace ldn
