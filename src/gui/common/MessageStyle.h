#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QLabel;
class QWidget;

namespace ldn {

// How problems are worded and coloured wherever a form shows one inline, so every form reads the same.
class MessageStyle {
public:
    // (The words of a problem come from ProblemText, in the use-case layer.)

    // Dark red on light themes, soft red on dark ones: readable on both. The words carry the
    // meaning, so nothing depends on seeing the colour.
    static QColor errorColour(const QPalette& palette);

    // Amber-brown for things that went wrong but are not errors, such as a missed dose.
    static QColor warningColour(const QPalette& palette);

    // Grey for what is absent, such as a day not logged: quieter than text, still readable (4.5:1).
    static QColor mutedColour(const QPalette& palette);

    enum class Tone { Error, Warning, Muted };
    static QColor colour(Tone tone, const QPalette& palette);
    // Draws the widget's text (QPalette::WindowText and Text) in `tone`, now and after every change
    // of theme (PaletteFollower), so a hint stays readable when the window turns dark.
    static void setTextTone(QWidget* widget, Tone tone);

    // Makes `label` a line for a problem: wrapped plain text in the error colour, hidden until
    // there is something to say.
    static void prepareErrorLine(QLabel* label);

    static bool isDark(const QPalette& palette) { return palette.color(QPalette::Window).lightness() < 128; }
};

} // namespace ldn
