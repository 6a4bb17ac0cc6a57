#pragma once

#include "core/diary/Dose.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace ldn {

class DoseSpinBox;

// The questions asked before a dose that is probably a slip is saved, the same on the Today tab and
// in the quick log: a bare number that reads better as micrograms ("500": "Did you mean 0.5 mg
// (500 micrograms)?"), then a dose outside the usual LDN range. Both default to No, so a tired
// Enter never saves 500 mg. Tests answer them without a dialog.
class DoseQuestions {
    Q_DECLARE_TR_FUNCTIONS(DoseQuestions)

public:
    // true: save this unusual dose.
    using UnusualDoseAnswer = std::function<bool(const Dose& dose)>;
    // true: the person meant `reading`, not `typed` (both as doses).
    using MicrogramAnswer = std::function<bool(const Dose& typed, const Dose& reading)>;

    void setUnusualDoseAnswer(UnusualDoseAnswer answer) { m_unusual = std::move(answer); }
    void setMicrogramAnswer(MicrogramAnswer answer) { m_micrograms = std::move(answer); }

    // When the field's dose was typed as a bare number with a microgram reading, asks whether that
    // was meant; "yes" puts the reading in the field. True when the reading was taken.
    bool settleMicrograms(DoseSpinBox& field, QWidget* parent) const;
    // True when `dose` may be saved: in the usual range, or confirmed.
    bool confirmUnusual(const Dose& dose, QWidget* parent) const;

    // "45 mg is far above the usual LDN range of 0.1–10 mg; ... Did you mean 4.5 mg? ..."
    static QString unusualDoseQuestion(const Dose& dose);
    // "500 without a unit reads as 500 mg, ... Did you mean 0.5 mg (500 micrograms)?"
    static QString microgramQuestion(const Dose& typed, const Dose& reading);
    // "0.5 mg (500 micrograms)"
    static QString withMicrograms(const Dose& dose);

private:
    UnusualDoseAnswer m_unusual;
    MicrogramAnswer m_micrograms;
};

} // namespace ldn
