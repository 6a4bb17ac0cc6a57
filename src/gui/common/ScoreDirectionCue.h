#pragma once

#include <QCoreApplication>
#include <QPixmap>
#include <QString>

class QPalette;
class QWidget;

namespace ldn {

// Which way is good for a symptom's score, shown so it cannot be missed when "higher is better"
// (sleep quality, mood) and "higher is worse" (pain, fatigue) symptoms take turns on a form: an
// upward arrow with a smiling or a frowning face, and the words. The faces differ in shape, not
// only in colour, and the words go to screen readers too.
class ScoreDirectionCue {
    Q_DECLARE_TR_FUNCTIONS(ScoreDirectionCue)

public:
    static QString text(bool higherIsBetter);
    // For a score's accessible description: "0 to 10, higher is better."
    static QString description(bool higherIsBetter);
    // The icon, `height` logical pixels high, for a device with `pixelRatio`.
    static QPixmap icon(bool higherIsBetter, const QPalette& palette, int height, qreal pixelRatio);
    // The icon and the words side by side, as one widget.
    static QWidget* makeLabel(bool higherIsBetter, QWidget* parent);
};

} // namespace ldn
