#include "gui/common/MessageStyle.h"

#include "core/base/InputError.h"
#include "storage/db/StorageError.h"

namespace ldn {

QString MessageStyle::sentence(const QString& message)
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

QString MessageStyle::detailOf(const std::exception& error)
{
    if (const auto* storageError = dynamic_cast<const StorageError*>(&error)) {
        return storageError->message();
    }
    if (const auto* inputError = dynamic_cast<const InputError*>(&error)) {
        return inputError->message();
    }
    return QString::fromUtf8(error.what());
}

QColor MessageStyle::errorColour(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB0, 0x00, 0x20);
}

QColor MessageStyle::warningColour(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xFF, 0xB0, 0x66) : QColor(0xA8, 0x3A, 0x00);
}

QColor MessageStyle::mutedColour(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xA8, 0xA8, 0xA8) : QColor(0x6B, 0x6B, 0x6B);
}

} // namespace ldn
