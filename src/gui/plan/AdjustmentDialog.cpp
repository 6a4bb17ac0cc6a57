#include "gui/plan/AdjustmentDialog.h"

#include "core/base/InputError.h"
#include "gui/common/MessageStyle.h"
#include "presentation/DoseText.h"
#include "services/ProblemText.h"
#include "storage/db/StorageError.h"
#include "ui_AdjustmentDialog.h"

#include <QPushButton>

#include <exception>
#include <utility>

namespace ldn {

AdjustmentDialog::AdjustmentDialog(TitrationAdjustment::Kind kind, const TitrationPlan& plan,
                                   const QDate& effectiveOn, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AdjustmentDialog>())
    , m_kind(kind)
    , m_schedule(plan)
{
    m_ui->setupUi(this);

    QString title;
    QString intro;
    QString example;
    switch (kind) {
    case TitrationAdjustment::Kind::Hold:
        title = tr("Hold the plan");
        intro = tr("Stay on the current dose. There are no further steps until you resume.");
        example = tr("optional, e.g. waiting to see how I settle");
        break;
    case TitrationAdjustment::Kind::StepDown:
        title = tr("Step down");
        intro = tr("Go down to a lower dose and stay there until you resume, for example after side "
                   "effects. Half of the planned dose is filled in; you can change it.");
        example = tr("optional, e.g. vivid dreams");
        break;
    case TitrationAdjustment::Kind::Resume:
        title = tr("Resume the plan");
        intro = tr("Climb again from the current dose. The next step comes one interval after this day.");
        example = tr("optional, e.g. side effects settled");
        break;
    case TitrationAdjustment::Kind::SetDose:
        title = tr("Set the dose");
        intro = tr("Move to a dose of your choice and keep climbing from there.");
        example = tr("optional, e.g. prescriber's advice");
        break;
    }
    setWindowTitle(title);
    m_ui->adjustmentIntro->setText(intro);
    m_ui->adjustmentReasonEdit->setPlaceholderText(example);
    m_ui->adjustmentButtons->button(QDialogButtonBox::Ok)->setText(displayName(kind));

    MessageStyle::prepareErrorLine(m_ui->adjustmentError);

    m_ui->adjustmentForm->setRowVisible(m_ui->adjustmentDoseSpin, takesDose());
    // The repository refuses a dose above the plan's maximum and a change before the plan began;
    // the fields do not offer them in the first place.
    m_ui->adjustmentDoseSpin->setMaximum(plan.maximumDose.milligrams());
    m_ui->adjustmentDateEdit->setMinimumDate(plan.startOn);
    m_ui->adjustmentDateEdit->setDate(std::max(effectiveOn, plan.startOn));

    // Qt sizes a date field for its earliest and latest dates; "Wed 28 Sep" is wider than those
    // and would be cut off.
    m_ui->adjustmentDateEdit->setMinimumWidth(
        m_ui->adjustmentDateEdit->sizeHint().width() +
        m_ui->adjustmentDateEdit->fontMetrics().horizontalAdvance(QStringLiteral("WW")));
    connect(m_ui->adjustmentDateEdit, &QDateEdit::dateChanged, this, &AdjustmentDialog::dateChanged);
    connect(m_ui->adjustmentDoseSpin, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_filling) {
            m_doseEdited = true;
        }
    });
    connect(m_ui->adjustmentButtons, &QDialogButtonBox::accepted, this, &AdjustmentDialog::accept);
    connect(m_ui->adjustmentButtons, &QDialogButtonBox::rejected, this, &AdjustmentDialog::reject);
    dateChanged();
    // Wide enough that the explanation reads as two or three lines, not a narrow column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    adjustSize();
    (takesDose() ? static_cast<QWidget*>(m_ui->adjustmentDoseSpin) : m_ui->adjustmentReasonEdit)->setFocus();
}

AdjustmentDialog::~AdjustmentDialog() = default;

TitrationAdjustment AdjustmentDialog::adjustment() const
{
    TitrationAdjustment adjustment;
    adjustment.kind = m_kind;
    adjustment.effectiveOn = m_ui->adjustmentDateEdit->date();
    if (takesDose()) {
        adjustment.dose = m_ui->adjustmentDoseSpin->dose();
    }
    adjustment.reason = m_ui->adjustmentReasonEdit->text().trimmed();
    return adjustment;
}

void AdjustmentDialog::setSubmitFunction(SubmitFunction submit)
{
    m_submit = std::move(submit);
}

void AdjustmentDialog::accept()
{
    if (m_submit) {
        try {
            m_submit(adjustment());
        } catch (const InputError& error) {
            showError(ProblemText::sentence(error.message()));
            return;
        } catch (const StorageError& error) {
            showError(tr("The change could not be saved: %1").arg(error.message()));
            return;
        } catch (const std::exception& error) {
            showError(tr("The change could not be saved: %1").arg(ProblemText::of(error)));
            return;
        }
    }
    QDialog::accept();
}

bool AdjustmentDialog::takesDose() const
{
    return m_kind == TitrationAdjustment::Kind::StepDown || m_kind == TitrationAdjustment::Kind::SetDose;
}

void AdjustmentDialog::dateChanged()
{
    const std::optional<TitrationSchedule::Day> day = m_schedule.on(m_ui->adjustmentDateEdit->date());
    if (!day) {
        m_ui->adjustmentPlannedLabel->setText(tr("The plan has not started yet"));
        return;
    }
    QString planned = milligrams(day->plannedDose);
    if (day->onHold) {
        planned = tr("%1 (on hold)").arg(planned);
    }
    m_ui->adjustmentPlannedLabel->setText(planned);
    // Follow the chosen day until the person types a dose of their own.
    if (takesDose() && !m_doseEdited) {
        const Dose suggested = m_kind == TitrationAdjustment::Kind::StepDown
                                   ? Dose::fromMicrograms(day->plannedDose.micrograms() / 2)
                                   : day->plannedDose;
        m_filling = true;
        m_ui->adjustmentDoseSpin->setDose(suggested);
        m_filling = false;
    }
}

void AdjustmentDialog::showError(const QString& message)
{
    m_ui->adjustmentError->setText(message);
    m_ui->adjustmentError->setVisible(true);
}

} // namespace ldn
