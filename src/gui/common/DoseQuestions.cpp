#include "gui/common/DoseQuestions.h"

#include "gui/common/DoseSpinBox.h"
#include "presentation/DoseText.h"

#include <QMessageBox>
#include <QPushButton>

namespace ldn {

QString DoseQuestions::withMicrograms(const Dose& dose)
{
    return tr("%1 mg (%n micrograms)", nullptr, static_cast<int>(dose.micrograms()))
        .arg(milligramFigure(dose));
}

QString DoseQuestions::microgramQuestion(const Dose& typed, const Dose& reading)
{
    return tr("%1 without a unit reads as %1 mg, far above the usual LDN range of 0.1–10 mg; "
              "full-dose naltrexone is 50 mg.")
               .arg(milligramFigure(typed)) +
           QStringLiteral("\n\n") + tr("Did you mean %1?").arg(withMicrograms(reading));
}

QString DoseQuestions::unusualDoseQuestion(const Dose& dose)
{
    // The likely slip is one misplaced decimal point: 45 for 4.5, 0.05 for 0.5.
    const bool tooHigh = dose.micrograms() > Dose::kConfirmAboveMicrograms;
    const Dose meant = Dose::fromMicrograms(tooHigh ? dose.micrograms() / 10 : dose.micrograms() * 10);
    QString question =
        tooHigh ? tr("%1 mg is far above the usual LDN range of 0.1–10 mg; full-dose naltrexone is 50 mg.")
                      .arg(milligramFigure(dose))
                : tr("%1 mg is below the usual LDN range of 0.1–10 mg.").arg(milligramFigure(dose));
    if (!meant.needsConfirmation() && !meant.isZero()) {
        question += QLatin1Char(' ') + tr("Did you mean %1 mg?").arg(milligramFigure(meant));
    }
    return question + QStringLiteral("\n\n") + tr("Save %1 mg anyway?").arg(milligramFigure(dose));
}

bool DoseQuestions::settleMicrograms(DoseSpinBox& field, QWidget* parent) const
{
    const std::optional<Dose> reading = field.microgramReading();
    if (!reading) {
        return false;
    }
    const Dose typed = field.dose();
    bool meant = false;
    if (m_micrograms) {
        meant = m_micrograms(typed, *reading);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Check the dose"), microgramQuestion(typed, *reading),
                        QMessageBox::NoButton, parent);
        QPushButton* yes = box.addButton(tr("Yes, %1").arg(withMicrograms(*reading)), QMessageBox::YesRole);
        QPushButton* no = box.addButton(tr("No, %1 mg").arg(milligramFigure(typed)), QMessageBox::NoRole);
        box.setDefaultButton(no);
        box.setEscapeButton(no);
        box.exec();
        meant = box.clickedButton() == yes;
    }
    if (meant) {
        field.setDose(*reading);
    }
    return meant;
}

bool DoseQuestions::confirmUnusual(const Dose& dose, QWidget* parent) const
{
    if (!dose.needsConfirmation()) {
        return true;
    }
    if (m_unusual) {
        return m_unusual(dose);
    }
    return QMessageBox::warning(parent, tr("Check the dose"), unusualDoseQuestion(dose),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

} // namespace ldn
