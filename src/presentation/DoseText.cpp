#include "presentation/DoseText.h"

#include "presentation/Translations.h"

#include <QCoreApplication>

#include <cmath>

namespace ldn {

QString localDecimals(const QString& number)
{
    // Dose and the files keep a point whatever the language; a person reads "2,5" in German.
    QString text = number;
    return text.replace(QLatin1Char('.'), Translations::locale().decimalPoint());
}

QString milligramFigure(const Dose& dose)
{
    return localDecimals(dose.toMilligramText());
}

QString milligrams(const Dose& dose)
{
    return QCoreApplication::translate("ldn::DoseText", "%1 mg").arg(milligramFigure(dose));
}

QString milligramNumber(double milligrams)
{
    return milligramFigure(Dose::fromMicrograms(std::llround(milligrams * 1000.0)));
}

} // namespace ldn
