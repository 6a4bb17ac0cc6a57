#pragma once

#include "core/plan/TitrationPlan.h"

#include <QDate>
#include <QDialog>

#include <functional>
#include <memory>

class QAbstractButton;

namespace Ui {
class PlanDialog;
}

namespace ldn {

// Chooses a titration plan: one of the usual templates or custom numbers, and a start date. The
// schedule it makes is previewed as it is edited, and a plan TitrationPlan::validate refuses is
// explained inline with OK disabled, so a bad plan can never be submitted.
//
// The dialog does not touch the database. Whoever opens it may give it a submit function; OK runs
// it and closes only when it did not throw, so a refusal is shown without losing what was typed.
class PlanDialog : public QDialog {
    Q_OBJECT

public:
    using SubmitFunction = std::function<void(const TitrationPlan&)>;

    explicit PlanDialog(QWidget* parent = nullptr);
    ~PlanDialog() override;

    // Fills the form from a plan (its template, numbers and start date).
    void setPlan(const TitrationPlan& plan);
    // The plan as the form stands; check problem() before relying on it.
    TitrationPlan plan() const;

    // A plan that is still active when the new one is set: the dialog says it will end, not vanish.
    void setCurrentPlanStart(const QDate& startOn);
    void setSubmitFunction(SubmitFunction submit);

    // What TitrationPlan::validate says about the form as a sentence, or empty when it is valid.
    QString problem() const;
    // "1.5 mg from 2 Nov · 3 mg from 16 Nov · 4.5 mg from 30 Nov"
    QString previewText() const;

    // The dates and doses of every step of `plan` until its target, as shown in the preview.
    static QString schedulePreview(const TitrationPlan& plan);

    void accept() override;

private:
    TitrationPlan::Template selectedTemplate() const;
    void templateChosen();
    void fillFromTemplate();
    void revalidate();
    void showError(const QString& message);

    std::unique_ptr<Ui::PlanDialog> m_ui;
    SubmitFunction m_submit;
    bool m_filling = false;
};

} // namespace ldn
