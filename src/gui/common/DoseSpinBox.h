#pragma once

#include "core/diary/Dose.h"

#include <QDoubleSpinBox>

#include <optional>

namespace ldn {

// A field for naltrexone doses that takes them as people write them: "4.5", "0.5mg", "1.5 mg",
// "500mcg", "500 µg". A number without a unit is in the field's unit: milligrams ("4.5 mg"), or
// micrograms ("500 mcg") for a person on a sensitive titration who thinks in them. Doses are whole
// micrograms, so the value is exact; milligrams keep three decimals (half of 0.75 mg is 0.375 mg)
// but show the shortest exact form: "4.5 mg", not "4.500 mg", which reads like a different number.
//
// Micrograms are shown as "mcg", never "µg": a handwritten or blurred µg is read as mg, a
// thousandfold error (ISMP's list of error-prone abbreviations).
class DoseSpinBox : public QDoubleSpinBox {
    Q_OBJECT

public:
    explicit DoseSpinBox(QWidget* parent = nullptr);

    Dose::Unit unit() const { return m_unit; }
    // Shows and takes doses in `unit` from now on; the dose stays the same.
    void setUnit(Dose::Unit unit);

    // A dash one step below zero then means "no dose entered yet".
    void setNoDoseAllowed(bool allowed);
    bool hasDose() const;
    // The highest dose the field holds (10 mg unless set): a dose typed above it is refused as typed.
    void setMaximumDose(Dose dose);

    // The dose shown (0 when there is none).
    Dose dose() const;
    void setDose(Dose dose);
    // Shows the dash (with setNoDoseAllowed).
    void clearDose();

    // When the dose was typed as a bare whole number of 100 to 10,000 milligrams, the dose the person
    // more likely meant (500 -> 0.5 mg, read as micrograms), to be asked about.
    std::optional<Dose> microgramReading() const;
    // What is wrong with the text in the field when it is not (yet) a dose ("0.5" in micrograms).
    std::optional<QString> problem() const;

    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& input, int& position) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    struct Reading;
    // "mg" or "mcg"
    QString unitText() const;
    // "4.5" or "500": the value without its unit.
    QString numberText(double value) const;
    Reading read(const QString& text) const;
    bool meansNoDose(const QString& text) const;
    void applyRange();
    double valueOf(Dose dose) const;
    int extraWidth() const;

    Dose::Unit m_unit = Dose::Unit::Milligrams;
    bool m_noDoseAllowed = false;
    Dose m_maximum = Dose::fromMicrograms(Dose::kConfirmAboveMicrograms);
    QString m_lastTyped; // what the person typed last, without the shown unit
};

} // namespace ldn
