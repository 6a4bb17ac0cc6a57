#include "gui/common/DoseSpinBox.h"

#include <algorithm>
#include <cmath>

namespace ldn {

DoseSpinBox::DoseSpinBox(QWidget* parent)
    : QDoubleSpinBox(parent)
{
    setDecimals(3);
    setSingleStep(0.1);
    setRange(0.0, static_cast<double>(Dose::kConfirmAboveMicrograms) / 1000.0);
    setSuffix(tr(" mg"));
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setAccelerated(true);
}

Dose DoseSpinBox::dose() const
{
    return Dose::fromMicrograms(std::llround(value() * 1000.0));
}

void DoseSpinBox::setDose(Dose dose)
{
    setValue(dose.milligrams());
}

QString DoseSpinBox::textFromValue(double value) const
{
    QString text = locale().toString(value, 'f', decimals());
    const QString point = locale().decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0'))) {
            text.chop(1);
        }
        if (text.endsWith(point)) {
            text.chop(point.size());
        }
    }
    return text;
}

QSize DoseSpinBox::sizeHint() const
{
    QSize hint = QDoubleSpinBox::sizeHint();
    hint.rwidth() += widthForAllDecimals();
    return hint;
}

QSize DoseSpinBox::minimumSizeHint() const
{
    QSize hint = QDoubleSpinBox::minimumSizeHint();
    hint.rwidth() += widthForAllDecimals();
    return hint;
}

int DoseSpinBox::widthForAllDecimals() const
{
    // Qt sizes a spin box for its minimum and maximum ("0 mg", "10 mg"); doses in between can be
    // wider ("0.375 mg") and must not be cut off.
    const QFontMetrics metrics = fontMetrics();
    const int widest = metrics.horizontalAdvance(locale().toString(maximum() - 0.001, 'f', decimals()));
    const int longest = std::max(metrics.horizontalAdvance(textFromValue(maximum())),
                                 metrics.horizontalAdvance(textFromValue(minimum())));
    return std::max(0, widest - longest);
}

} // namespace ldn
