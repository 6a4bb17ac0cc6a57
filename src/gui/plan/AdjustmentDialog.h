#pragma once

#include "core/plan/TitrationAdjustment.h"
#include "core/plan/TitrationSchedule.h"

#include <QDate>
#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class AdjustmentDialog;
}

namespace ldn {

// One change to the active plan: hold, step down, resume or set a dose, from a chosen day and
// with an optional reason. It shows what the plan says for that day; a step-down starts at half of
// it (the usual advice after side effects) and a set dose at the planned dose, both editable.
//
// Like PlanDialog it does not touch the database: OK runs the submit function, if any, and stays
// open with the problem shown when that throws.
class AdjustmentDialog : public QDialog {
    Q_OBJECT

public:
    using SubmitFunction = std::function<void(const TitrationAdjustment&)>;

    AdjustmentDialog(TitrationAdjustment::Kind kind, const TitrationPlan& plan, const QDate& effectiveOn,
                     QWidget* parent = nullptr);
    ~AdjustmentDialog() override;

    TitrationAdjustment::Kind kind() const { return m_kind; }
    TitrationAdjustment adjustment() const;
    void setSubmitFunction(SubmitFunction submit);

    void accept() override;

private:
    bool takesDose() const;
    void dateChanged();
    void showError(const QString& message);

    std::unique_ptr<Ui::AdjustmentDialog> m_ui;
    TitrationAdjustment::Kind m_kind;
    TitrationSchedule m_schedule;
    SubmitFunction m_submit;
    bool m_doseEdited = false;
    bool m_filling = false;
};

} // namespace ldn
