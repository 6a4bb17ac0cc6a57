#include "core/base/InputError.h"

namespace ldn {

InputError::InputError(const QString& location, const QString& problem)
    : std::runtime_error((location + QStringLiteral(": ") + problem).toStdString())
    , m_location(location)
    , m_problem(problem)
{}

QString InputError::message() const
{
    return QString::fromUtf8(what());
}

} // namespace ldn
