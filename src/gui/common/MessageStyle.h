#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <exception>

namespace ldn {

// How problems are worded and coloured wherever a form shows one inline, so every form reads the same.
class MessageStyle {
public:
    // "profile name: a profile called "Ann" already exists" -> "Profile name: a profile ... exists."
    static QString sentence(const QString& message);

    // What went wrong, for a message box: the message of a StorageError or InputError (which name
    // the file, line or field), otherwise what() of any other exception.
    static QString detailOf(const std::exception& error);

    // Dark red on light themes, soft red on dark ones: readable on both. The words carry the
    // meaning, so nothing depends on seeing the colour.
    static QColor errorColour(const QPalette& palette);

    // Amber-brown for things that went wrong but are not errors, such as a missed dose.
    static QColor warningColour(const QPalette& palette);

    // Grey for what is absent, such as a day not logged: quieter than text, still readable (4.5:1).
    static QColor mutedColour(const QPalette& palette);

    static bool isDark(const QPalette& palette) { return palette.color(QPalette::Window).lightness() < 128; }
};

} // namespace ldn
