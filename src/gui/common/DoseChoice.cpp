#include "gui/common/DoseChoice.h"

#include "core/base/InputError.h"
#include "gui/common/DoseSpinBox.h"
#include "presentation/DoseText.h"

#include <QButtonGroup>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QRadioButton>

namespace ldn {
namespace {

// The dose field keeps any number up to this as typed, so that the largest bare number with a
// microgram reading (10000, for 10 mg) reaches the question instead of being cut to a range.
constexpr Dose kLargestTypedDose = Dose::fromMicrograms(Dose::kConfirmAboveMicrograms * 1000);

} // namespace

DoseChoice::DoseChoice(QWidget* form, QRadioButton* taken, QRadioButton* noLdn, QRadioButton* missed,
                       DoseSpinBox* field)
    : QObject(form)
    , m_form(form)
    , m_taken(taken)
    , m_noLdn(noLdn)
    , m_missed(missed)
    , m_field(field)
    , m_group(new QButtonGroup(this))
{
    m_field->setNoDoseAllowed(true);
    m_field->setMaximumDose(kLargestTypedDose);
    m_field->clearDose();
    for (QRadioButton* radio : {m_taken, m_noLdn, m_missed}) {
        m_group->addButton(radio);
        // Qt skips unticked radio buttons going forward, but not back with Shift+Tab; only the
        // ticked one takes Tab focus at all (the arrow keys still reach the others).
        radio->setFocusPolicy(radio->isChecked() ? Qt::StrongFocus : Qt::ClickFocus);
        connect(radio, &QRadioButton::toggled, this, [this, radio](bool checked) {
            radio->setFocusPolicy(checked ? Qt::StrongFocus : Qt::ClickFocus);
            m_field->setEnabled(m_taken->isChecked());
            if (checked) {
                Q_EMIT choiceChanged();
            }
        });
    }
    m_field->installEventFilter(this);
}

QString DoseChoice::fieldName()
{
    return tr("dose");
}

void DoseChoice::setUnit(Dose::Unit unit)
{
    m_field->setUnit(unit);
    m_field->setAccessibleName(unit == Dose::Unit::Micrograms ? tr("Dose in micrograms")
                                                              : tr("Dose in milligrams"));
}

void DoseChoice::offer(const std::optional<Dose>& suggested)
{
    if (suggested) {
        m_field->setDose(*suggested);
    } else {
        m_field->clearDose();
    }
    (suggested && suggested->isZero() ? m_noLdn : m_taken)->setChecked(true);
    m_field->setEnabled(m_taken->isChecked());
}

void DoseChoice::show(const DiaryEntry& entry)
{
    if (entry.status == DoseStatus::Missed) {
        m_missed->setChecked(true);
    } else if (entry.dose.isZero()) {
        m_noLdn->setChecked(true);
    } else {
        m_field->setDose(entry.dose);
        m_taken->setChecked(true);
    }
    m_field->setEnabled(m_taken->isChecked());
}

bool DoseChoice::isTaken() const
{
    return m_taken->isChecked();
}

void DoseChoice::read(DiaryEntry& entry) const
{
    if (m_missed->isChecked()) {
        entry.status = DoseStatus::Missed;
        entry.dose = Dose();
        return;
    }
    entry.status = DoseStatus::Taken;
    if (m_noLdn->isChecked()) {
        entry.dose = Dose::fromMicrograms(0);
        return;
    }
    if (!m_field->hasDose()) {
        throw InputError(fieldName(),
                         tr("type the dose you took, or choose \"No LDN today\" or \"Missed dose\""));
    }
    entry.dose = m_field->dose();
    if (entry.dose.micrograms() > Dose::kMaximumMicrograms) {
        throw InputError(fieldName(), tr("%1 is not a possible dose").arg(milligrams(entry.dose)));
    }
}

bool DoseChoice::settle(QWidget* parent, QString& problem)
{
    if (!isTaken()) {
        return true;
    }
    if (const std::optional<QString> notYet = m_field->problem()) {
        problem = *notYet;
        return false;
    }
    m_field->interpretText();
    m_questions.settleMicrograms(*m_field, parent);
    return true;
}

bool DoseChoice::confirmUnusual(const Dose& dose, QWidget* parent) const
{
    return m_questions.confirmUnusual(dose, parent);
}

void DoseChoice::focus()
{
    if (!isTaken()) {
        m_group->checkedButton()->setFocus(Qt::TabFocusReason);
        return;
    }
    m_field->setFocus(Qt::TabFocusReason);
    m_field->selectAll();
}

bool DoseChoice::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier))) {
            m_field->interpretText();
            m_confirmed = true;
            Q_EMIT confirmedWithEnter();
            return true;
        }
    } else if (watched == m_field && event->type() == QEvent::FocusOut) {
        // Focus also leaves with "Tab" when the form is hidden (another tab opens): no moving on.
        const Qt::FocusReason reason = static_cast<QFocusEvent*>(event)->reason();
        if (m_form->isVisible() && (reason == Qt::TabFocusReason || reason == Qt::MouseFocusReason)) {
            m_confirmed = true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ldn
