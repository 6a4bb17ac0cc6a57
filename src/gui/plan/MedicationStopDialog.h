#pragma once

#include "core/plan/Medication.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace ldn {

// Asks on which day a medicine on the list was stopped: today unless changed, never later than
// today or before the day it was started. The medicine stays on the list as stopped, so the GP
// report can say so; an opioid keeps its warning for a while after (MedicationSafety). For a
// medicine already stopped it shows that day, to correct it, and offers "Still taking it", which
// submits an invalid date.
//
// Like the plan dialogs it does not touch the database: OK runs the submit function and stays
// open with the problem shown when that throws.
class MedicationStopDialog : public QDialog {
    Q_OBJECT

public:
    MedicationStopDialog(const Medication& medication, const QDate& today, QWidget* parent = nullptr);

    QDate stoppedOn() const;
    void setStoppedOn(const QDate& date);
    void setSubmitFunction(std::function<void(const QDate&)> submit);
    QString problem() const;

    void accept() override;

private:
    // OK submits the chosen day, "Still taking it" an invalid date.
    void submit(const QDate& stoppedOn);

    std::function<void(const QDate&)> m_submit;
    QDateEdit* m_date;
    QLabel* m_note;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace ldn
