#include "gui/plan/PlanDialog.h"

#include "core/base/InputError.h"
#include "gui/common/MessageStyle.h"
#include "presentation/DateText.h"
#include "presentation/DoseText.h"
#include "services/ProblemText.h"
#include "storage/db/StorageError.h"
#include "ui_PlanDialog.h"

#include <QPushButton>

#include <algorithm>
#include <exception>
#include <utility>

namespace ldn {
namespace {

// A long custom climb (0.1 mg steps to 4.5 mg) would fill the dialog; the first steps and the
// target say enough.
constexpr int kPreviewHeadSteps = 5;
constexpr int kPreviewMaximumSteps = 8;

QString stepText(Dose dose, const QDate& date, int startYear)
{
    const QString format = date.year() == startYear ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy");
    return PlanDialog::tr("%1 mg from %2").arg(milligramFigure(dose), date.toString(format));
}

} // namespace

PlanDialog::PlanDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PlanDialog>())
{
    m_ui->setupUi(this);
    m_ui->planButtons->button(QDialogButtonBox::Ok)->setText(tr("Set plan"));

    MessageStyle::prepareErrorLine(m_ui->planError);
    QPalette mutedPalette = m_ui->planReplaceNote->palette();
    mutedPalette.setColor(QPalette::WindowText, MessageStyle::mutedColour(palette()));
    m_ui->planReplaceNote->setPalette(mutedPalette);
    m_ui->planReplaceNote->setVisible(false);

    // Qt sizes a date field for its earliest and latest dates; "Wed 28 Sep" is wider than those
    // and would be cut off.
    m_ui->startDateEdit->setMinimumWidth(
        m_ui->startDateEdit->sizeHint().width() +
        m_ui->startDateEdit->fontMetrics().horizontalAdvance(QStringLiteral("WW")));
    QFont previewFont = m_ui->planPreview->font();
    previewFont.setBold(true);
    m_ui->planPreview->setFont(previewFont);

    for (QRadioButton* radio :
         {m_ui->standardRadio, m_ui->weeklyRadio, m_ui->sensitiveRadio, m_ui->customRadio}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool checked) {
            if (checked) {
                templateChosen();
            }
        });
    }
    connect(m_ui->startDateEdit, &QDateEdit::dateChanged, this, &PlanDialog::revalidate);
    for (DoseSpinBox* spin : {m_ui->startDoseSpin, m_ui->stepSpin, m_ui->targetSpin, m_ui->maximumSpin}) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, &PlanDialog::revalidate);
    }
    connect(m_ui->intervalSpin, &QSpinBox::valueChanged, this, &PlanDialog::revalidate);
    connect(m_ui->planButtons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(m_ui->planButtons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);

    setPlan(TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, QDate::currentDate()));
    adjustSize();
}

PlanDialog::~PlanDialog() = default;

void PlanDialog::setPlan(const TitrationPlan& plan)
{
    m_filling = true;
    switch (plan.kind) {
    case TitrationPlan::Template::Standard:
        m_ui->standardRadio->setChecked(true);
        break;
    case TitrationPlan::Template::Weekly:
        m_ui->weeklyRadio->setChecked(true);
        break;
    case TitrationPlan::Template::Sensitive:
        m_ui->sensitiveRadio->setChecked(true);
        break;
    case TitrationPlan::Template::Custom:
        m_ui->customRadio->setChecked(true);
        break;
    }
    m_ui->startDateEdit->setDate(plan.startOn);
    m_ui->startDoseSpin->setDose(plan.startDose);
    m_ui->stepSpin->setDose(plan.stepDose);
    m_ui->intervalSpin->setValue(plan.intervalDays);
    m_ui->targetSpin->setDose(plan.targetDose);
    m_ui->maximumSpin->setDose(plan.maximumDose);
    m_filling = false;
    templateChosen();
}

TitrationPlan PlanDialog::plan() const
{
    TitrationPlan plan;
    plan.kind = selectedTemplate();
    plan.startOn = m_ui->startDateEdit->date();
    plan.startDose = m_ui->startDoseSpin->dose();
    plan.stepDose = m_ui->stepSpin->dose();
    plan.intervalDays = m_ui->intervalSpin->value();
    plan.targetDose = m_ui->targetSpin->dose();
    plan.maximumDose = m_ui->maximumSpin->dose();
    return plan;
}

void PlanDialog::setCurrentPlanStart(const QDate& startOn)
{
    m_ui->planReplaceNote->setVisible(startOn.isValid());
    m_ui->planReplaceNote->setText(
        tr("Your current plan (started %1) ends the day before this one starts. It stays in the history.")
            .arg(shortDate(startOn)));
}

void PlanDialog::setSubmitFunction(SubmitFunction submit)
{
    m_submit = std::move(submit);
}

QString PlanDialog::problem() const
{
    try {
        plan().validate();
    } catch (const InputError& error) {
        return ProblemText::sentence(error.message());
    }
    return {};
}

QString PlanDialog::previewText() const
{
    return m_ui->planPreview->text();
}

QString PlanDialog::schedulePreview(const TitrationPlan& plan)
{
    const int startYear = plan.startOn.year();
    QStringList steps{stepText(plan.startDose, plan.startOn, startYear)};
    Dose dose = plan.startDose;
    QDate date = plan.startOn;
    while (dose < plan.targetDose && !plan.stepDose.isZero()) {
        dose =
            std::min(Dose::fromMicrograms(dose.micrograms() + plan.stepDose.micrograms()), plan.targetDose);
        date = date.addDays(plan.intervalDays);
        steps << stepText(dose, date, startYear);
    }
    if (steps.size() > kPreviewMaximumSteps) {
        const QString last = steps.constLast();
        steps = steps.mid(0, kPreviewHeadSteps);
        steps << QStringLiteral("\u2026") << last;
    }
    return steps.join(QStringLiteral(" \u00b7 "));
}

void PlanDialog::accept()
{
    const QString refusal = problem();
    if (!refusal.isEmpty()) {
        showError(refusal);
        return;
    }
    if (m_submit) {
        try {
            m_submit(plan());
        } catch (const InputError& error) {
            showError(ProblemText::sentence(error.message()));
            return;
        } catch (const StorageError& error) {
            showError(tr("The plan could not be saved: %1").arg(error.message()));
            return;
        } catch (const std::exception& error) {
            showError(tr("The plan could not be saved: %1").arg(ProblemText::of(error)));
            return;
        }
    }
    QDialog::accept();
}

TitrationPlan::Template PlanDialog::selectedTemplate() const
{
    if (m_ui->standardRadio->isChecked()) {
        return TitrationPlan::Template::Standard;
    }
    if (m_ui->weeklyRadio->isChecked()) {
        return TitrationPlan::Template::Weekly;
    }
    if (m_ui->sensitiveRadio->isChecked()) {
        return TitrationPlan::Template::Sensitive;
    }
    return TitrationPlan::Template::Custom;
}

void PlanDialog::templateChosen()
{
    if (m_filling) {
        return;
    }
    const bool custom = selectedTemplate() == TitrationPlan::Template::Custom;
    if (!custom) {
        fillFromTemplate();
    }
    // A template's numbers are what the template means; only a custom plan has numbers of its own.
    for (QWidget* field : std::initializer_list<QWidget*>{
             m_ui->startDoseSpin, m_ui->stepSpin, m_ui->intervalSpin, m_ui->targetSpin, m_ui->maximumSpin}) {
        field->setEnabled(custom);
    }
    revalidate();
}

void PlanDialog::fillFromTemplate()
{
    const TitrationPlan templatePlan = TitrationPlan::fromTemplate(selectedTemplate(), QDate());
    m_filling = true;
    m_ui->startDoseSpin->setDose(templatePlan.startDose);
    m_ui->stepSpin->setDose(templatePlan.stepDose);
    m_ui->intervalSpin->setValue(templatePlan.intervalDays);
    m_ui->targetSpin->setDose(templatePlan.targetDose);
    m_ui->maximumSpin->setDose(templatePlan.maximumDose);
    m_filling = false;
}

void PlanDialog::revalidate()
{
    if (m_filling) {
        return;
    }
    const QString refusal = problem();
    m_ui->planButtons->button(QDialogButtonBox::Ok)->setEnabled(refusal.isEmpty());
    m_ui->planPreview->setText(refusal.isEmpty() ? schedulePreview(plan()) : QStringLiteral("\u2014"));
    m_ui->planError->setText(refusal);
    m_ui->planError->setVisible(!refusal.isEmpty());
}

void PlanDialog::showError(const QString& message)
{
    m_ui->planError->setText(message);
    m_ui->planError->setVisible(true);
}

} // namespace ldn
