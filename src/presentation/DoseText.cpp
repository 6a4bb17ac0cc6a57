#include "presentation/DoseText.h"

#include <QCoreApplication>

#include <cmath>

namespace ldn {

QString milligrams(const Dose& dose)
{
    return QCoreApplication::translate("ldn::DoseText", "%1 mg").arg(dose.toMilligramText());
}

QString milligramNumber(double milligrams)
{
    return Dose::fromMicrograms(std::llround(milligrams * 1000.0)).toMilligramText();
}

} // namespace ldn
