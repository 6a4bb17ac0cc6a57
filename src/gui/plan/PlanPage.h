#pragma once

#include "core/plan/Medication.h"
#include "core/plan/TitrationAdjustment.h"
#include "core/plan/TitrationPlan.h"
#include "gui/common/ProfileView.h"

#include <QDate>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class QTableWidget;

namespace Ui {
class PlanPage;
}

namespace ldn {

class AdjustmentDialog;
class DiarySession;
class PageRefresher;
class MedicationStopDialog;
class PlanDialog;

// The "Plan & medicines" tab: today's dose by the titration plan and the next step, the changes
// a person makes along the way (hold, step down, resume, set a dose) with the plan's history and
// the logged days that differed from it; beside it the other medicines they take, with a warning
// that cannot be missed when one of them is an opioid.
//
// The page reads and writes the database itself (only reads, when read-only). Its dialogs open without
// blocking and save through applyPlan / applyAdjustment, so tests (and menus) can drive every path.
class PlanPage : public QWidget, public ProfileView {
    Q_OBJECT

public:
    explicit PlanPage(DiarySession& session, QWidget* parent = nullptr);
    ~PlanPage() override;

    // Re-reads the plan, its adjustments, the deviations and the medicines of `profileId`.
    void showProfile(std::int64_t profileId) override;
    void clear() override;
    // The day the page treats as today (QDate::currentDate() when showProfile runs, unless set);
    // re-reads when it changes.
    void setToday(const QDate& today);
    QDate today() const { return m_today; }

    // Store a new plan (the current one ends and stays in the history) or a change to the active
    // plan, then re-read. Throw InputError or StorageError, having written nothing, when refused.
    // A step-down without a dose records half of that day's planned dose, as the CLI does.
    void applyPlan(const TitrationPlan& plan);
    void applyAdjustment(const TitrationAdjustment& adjustment);

    // Open the dialogs behind the buttons, window-modal but without blocking; each deletes itself
    // when closed. The adjustment dialog needs an active plan (nullptr otherwise).
    PlanDialog* openPlanDialog();
    AdjustmentDialog* openAdjustmentDialog(TitrationAdjustment::Kind kind);

    // Marks a medicine on the list as stopped on a day (an invalid date: still taken) and
    // re-reads; throws InputError or StorageError, having written nothing, when refused. Undo
    // puts the stop day back as it was.
    void stopMedication(const Medication& medication, const QDate& stoppedOn);
    // The dialog behind "Mark stopped…" ("Change stop…" for a stopped one), for the selection.
    MedicationStopDialog* openStopDialog();

    // Read-only (another person's diary open for review): the plan, its history and the medicines
    // are shown, every button that would change them is disabled, and applyPlan/applyAdjustment
    // refuse. A page on a diary opened read-only starts read-only.
    void setReadOnly(bool readOnly) override;
    PageRefresher& refresher() override { return *m_refresher; }
    bool isReadOnly() const { return m_readOnly; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void showPlan();
    void showHistory(const std::vector<TitrationPlan>& plans);
    void showDeviations();
    void showMedications();
    void showMedicationWarnings();
    void updatePlanButtons();
    void showPlanError(const QString& message);

    void addMedication();
    void removeSelectedMedication();
    void undoMedicationChange();
    std::optional<Medication> selectedMedication() const;
    void showMedicationError(const QString& message);
    void updateMedicationButtons();

    std::int64_t requireProfile() const;
    static void setUpTable(QTableWidget* table, const QStringList& headers);
    static void fitColumns(QTableWidget* table);

    std::unique_ptr<Ui::PlanPage> m_ui;
    DiarySession& m_session;
    PageRefresher* m_refresher;
    QDate m_today;
    bool m_todayFixed = false; // by setToday; otherwise showProfile follows the clock
    std::optional<std::int64_t> m_profileId;
    std::optional<TitrationPlan> m_plan;
    std::vector<Medication> m_medications;
    bool m_readOnly = false;
};

} // namespace ldn
