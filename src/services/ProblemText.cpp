#include "services/ProblemText.h"

#include "core/base/InputError.h"
#include "storage/db/StorageError.h"

#include <stdexcept>

namespace ldn {

QString ProblemText::of(const std::exception& error)
{
    if (const auto* storageError = dynamic_cast<const StorageError*>(&error)) {
        return storageError->message();
    }
    if (const auto* inputError = dynamic_cast<const InputError*>(&error)) {
        return inputError->message();
    }
    return QString::fromUtf8(error.what());
}

QString ProblemText::sentence(const QString& message)
{
    QString text = message.trimmed();
    if (text.isEmpty()) {
        return text;
    }
    text[0] = text.at(0).toUpper();
    if (!text.endsWith(QLatin1Char('.'))) {
        text += QLatin1Char('.');
    }
    return text;
}

QString ProblemText::ofCurrentException()
{
    try {
        throw;
    } catch (const std::exception& error) {
        return of(error);
    } catch (...) {
        return QStringLiteral("an unexpected error");
    }
}

} // namespace ldn
