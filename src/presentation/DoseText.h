#pragma once

#include "core/diary/Dose.h"

#include <QString>

namespace ldn {

// Doses as people read them, the same on every page, in the GP report and on the command line:
// as few decimals as the dose needs ("4.5 mg", "0.25 mg", "3 mg"), never rounded, with the decimal
// sign of the language installed (presentation/Translations.h).

// "4.5 mg"
QString milligrams(const Dose& dose);
// "4.5" ("4,5" in German): the dose's figure alone, for texts that carry their own "mg".
QString milligramFigure(const Dose& dose);
// "4.5" for a dose carried as a number of milligrams (a chart's value), to the nearest microgram.
QString milligramNumber(double milligrams);
// "2.5" as the language writes it ("2,5" in German): the numbers stored and exported keep a point.
QString localDecimals(const QString& number);

} // namespace ldn
