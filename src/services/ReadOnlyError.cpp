#include "services/ReadOnlyError.h"

namespace ldn {

ReadOnlyError::ReadOnlyError(const QString& what)
    : InputError(what, QStringLiteral("this diary is open read-only, for review"))
{}

} // namespace ldn
