#include "gui/plan/MedicationStopDialog.h"

#include "core/base/InputError.h"
#include "core/plan/MedicationSafety.h"
#include "gui/common/MessageStyle.h"
#include "services/ProblemText.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ldn {

MedicationStopDialog::MedicationStopDialog(const Medication& medication, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_date(new QDateEdit(this))
    , m_note(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool stopped = medication.stoppedOn.isValid();
    setWindowTitle(stopped ? tr("When %1 was stopped").arg(medication.name)
                           : tr("Stop %1").arg(medication.name));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("%1 stays on the list as stopped, with the day it stopped, so the GP report can say so.")
            .arg(medication.name),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_date->setObjectName(QStringLiteral("stoppedOnEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_date->setMaximumDate(today);
    if (medication.startedOn.isValid()) {
        m_date->setMinimumDate(std::min(medication.startedOn, today));
    }
    m_date->setDate(stopped ? medication.stoppedOn : today);
    m_date->setAccessibleName(tr("Stopped on"));
    form->addRow(tr("&Stopped on"), m_date);
    layout->addLayout(form);

    // An opioid is still warned about after it stops: say so here, where the stop is recorded.
    m_note->setObjectName(QStringLiteral("stopNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setText(tr("The opioid warning stays for %1 days after this day: the trials of LDN left out "
                       "anyone who had taken an opioid in the 15 days to 4 weeks before.")
                        .arg(MedicationSafety::kOpioidClearanceDays));
    m_note->setVisible(MedicationSafety::assess(medication.name).level ==
                       MedicationSafety::Level::Contraindicated);
    layout->addWidget(m_note);

    m_error->setObjectName(QStringLiteral("stopError"));
    MessageStyle::prepareErrorLine(m_error);
    layout->addWidget(m_error);

    m_buttons->setObjectName(QStringLiteral("stopButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(stopped ? tr("Change the day") : tr("Mark stopped"));
    if (stopped) {
        QPushButton* stillTaking = m_buttons->addButton(tr("Still &taking it"), QDialogButtonBox::ActionRole);
        stillTaking->setObjectName(QStringLiteral("stillTakingButton"));
        connect(stillTaking, &QPushButton::clicked, this, [this] { submit(QDate()); });
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MedicationStopDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MedicationStopDialog::reject);
    layout->addWidget(m_buttons);
    // Wide enough that the notes read as sentences, not as a column of words.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_date->setFocus();
}

QDate MedicationStopDialog::stoppedOn() const
{
    return m_date->date();
}

void MedicationStopDialog::setStoppedOn(const QDate& date)
{
    m_date->setDate(date);
}

void MedicationStopDialog::setSubmitFunction(std::function<void(const QDate&)> submit)
{
    m_submit = std::move(submit);
}

QString MedicationStopDialog::problem() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void MedicationStopDialog::accept()
{
    submit(stoppedOn());
}

void MedicationStopDialog::submit(const QDate& stoppedOn)
{
    if (m_submit) {
        try {
            m_submit(stoppedOn);
        } catch (const InputError& error) {
            m_error->setText(ProblemText::sentence(error.message()));
            m_error->setVisible(true);
            return;
        } catch (const std::exception& error) {
            m_error->setText(tr("The stop could not be saved: %1").arg(ProblemText::of(error)));
            m_error->setVisible(true);
            return;
        }
    }
    QDialog::accept();
}

} // namespace ldn
