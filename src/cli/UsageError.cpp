#include "cli/UsageError.h"

namespace ldn {

UsageError::UsageError(const QString& message)
    : std::runtime_error(message.toStdString())
{}

} // namespace ldn
