#pragma once

#include "core/diary/Dose.h"

#include <QDoubleSpinBox>

namespace ldn {

// A milligram field for naltrexone doses. Doses are whole micrograms, so three decimals are kept
// (half of 0.75 mg is 0.375 mg), but they are shown as the shortest exact form: "4.5 mg", not
// "4.500 mg", which reads like a different number.
class DoseSpinBox : public QDoubleSpinBox {
    Q_OBJECT

public:
    explicit DoseSpinBox(QWidget* parent = nullptr);

    Dose dose() const;
    void setDose(Dose dose);

    QString textFromValue(double value) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int widthForAllDecimals() const;
};

} // namespace ldn
