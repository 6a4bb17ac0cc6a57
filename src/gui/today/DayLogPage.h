#pragma once

#include "core/diary/Annotation.h"
#include "core/diary/DayDefaults.h"
#include "core/diary/DiaryEntry.h"
#include "core/diary/Dose.h"
#include "core/diary/SymptomDefinition.h"
#include "core/plan/TitrationPlan.h"

#include <QDate>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QVBoxLayout;

namespace Ui {
class DayLogPage;
}

namespace ldn {

class AnnotationDialog;
class Database;

// The form for logging one day: dose (or missed, or a deliberate 0 mg), symptom scores, side
// effects, events and a note. Built to be filled in well under a minute from the keyboard alone on
// a bad day: the plan's dose and yesterday's details are pre-filled, scores take one digit and Tab,
// and Ctrl+S saves. A past day loads its saved entry and is edited the same way.
//
// Beside the day's own note are the other notes about the day (most often a carer's), each with
// who wrote it; they are added, edited and deleted (with undo) at once, apart from saving the day.
// A read-only page (another person's diary open for review) shows every day but changes nothing.
class DayLogPage : public QWidget {
    Q_OBJECT

public:
    // Asked before saving a dose outside the usual LDN range; true saves, false goes back to the dose.
    using DoseConfirmation = std::function<bool(const Dose&)>;

    explicit DayLogPage(Database& database, QWidget* parent = nullptr);
    ~DayLogPage() override;

    // Re-reads the profile's symptoms and active plan and the entry of the selected date.
    void showProfile(std::int64_t profileId);
    // No profile: an empty, disabled form.
    void clear();
    // Loads `date` (today at the latest) for editing and puts the cursor in the first score.
    void editDate(const QDate& date);

    // Replaces the question asked before an unusual dose is saved (a modal warning by default), so
    // the question can be answered without a dialog, e.g. by tests.
    void setDoseConfirmation(DoseConfirmation confirmation);
    // "45 mg is far above the usual LDN range of 0.1–10 mg; ... Did you mean 4.5 mg?"
    static QString doseConfirmationQuestion(const Dose& dose);

    // The side effects and events the form offers a tick box for, by the names they are saved under.
    static const QStringList& knownSideEffects();
    static const QStringList& knownEvents();

    // Adds one of the person's own symptoms and shows its score box at once, keeping whatever
    // was already typed on the form. Throws InputError (e.g. a symptom already tracked).
    void addSymptom(const SymptomDefinition& symptom);

    // Read-only: the date can be changed to look at any day, nothing can be saved, added or deleted.
    // A page on a diary opened read-only starts read-only.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    QDate selectedDate() const;

    // The notes about the selected day (not the day's own note), oldest first.
    const std::vector<Annotation>& dayAnnotations() const { return m_annotations; }
    // Opens "Add a note" for the selected day, window-modal without blocking (nullptr when read-only
    // or no profile is shown); it deletes itself when closed.
    AnnotationDialog* openAnnotationDialog();
    AnnotationDialog* openEditAnnotationDialog(std::int64_t annotationId);
    // Store a note about the selected day (its `day` is ignored), change a note's text, or delete a
    // note (offering to undo it), then show the day's notes again. Throw InputError or
    // StorageError, having written nothing, when refused.
    std::int64_t addAnnotation(const Annotation& annotation);
    void updateAnnotation(std::int64_t annotationId, const QString& body);
    void removeAnnotation(std::int64_t annotationId);
    // Puts the last deleted note back, with its author and time; false when there is nothing to undo.
    bool undoAnnotationRemoval();

    // The `setting` keys that remember who wrote the last note.
    static const QString& lastAuthorSetting();
    static const QString& carerNameSetting();

Q_SIGNALS:
    void diaryChanged();       // after a successful save
    void symptomsChanged();    // after a symptom was added
    void annotationsChanged(); // after a note was added, changed, deleted or put back

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openAddSymptomDialog();
    void updateOpioidReminder();

    struct SymptomRow {
        SymptomDefinition symptom;
        QSpinBox* score = nullptr;
    };
    struct SideEffectRow {
        QString name; // empty for "other", whose name is typed
        QCheckBox* check = nullptr;
        QComboBox* severity = nullptr;
    };
    struct EventRow {
        QString name;
        QCheckBox* check = nullptr;
    };

    void buildSideEffects();
    void buildEvents();
    void rebuildSymptomRows();
    void updateTabOrder();
    // Text fields take Ctrl+Y as "redo"; on this page it is "copy yesterday" (Ctrl+Shift+Z still redoes).
    void letPageHaveCopyKey(QWidget* root);

    void loadSelectedDate();
    void fillBlank();
    void fillFrom(const DiaryEntry& entry);
    void setDoseChoice(const DiaryEntry& entry);
    void updateDoseControls();
    void updateDateControls();
    void updateStatus();
    void updatePlanHint();
    void updateSideEffectsKept();

    // The dose to offer for the selected date: the plan's, otherwise the last dose taken before it.
    std::optional<Dose> suggestedDose() const;
    // Reads the form into an entry; throws InputError naming the field.
    DiaryEntry entryFromForm() const;
    bool confirmDose(const Dose& dose);

    void saveDay();
    void copyPreviousDay();
    void clearForm();
    void stepDate(int days);
    void focusFirstInput();
    void showError(const QString& message);
    void showConfirmation(const QString& message);

    void buildAnnotationPanel();
    void loadAnnotations();
    void showAnnotations();
    void showAnnotationError(const QString& message);
    void applyEditability();

    std::unique_ptr<Ui::DayLogPage> m_ui;
    Database& m_database;
    std::optional<std::int64_t> m_profileId;
    std::optional<TitrationPlan> m_plan;
    std::vector<SymptomDefinition> m_symptoms;
    // What a day not logged yet starts from, read for the selected date.
    DayDefaults m_defaults;
    bool m_selectedDateLogged = false;
    // Side effects of a loaded entry beyond the one the "other" row can show: kept on save.
    std::map<QString, int> m_keptSideEffects;

    std::vector<SymptomRow> m_symptomRows;
    std::vector<SideEffectRow> m_sideEffectRows;
    std::vector<EventRow> m_eventRows;
    QLineEdit* m_otherSideEffectName = nullptr;
    QLineEdit* m_otherEvent = nullptr;
    QLabel* m_opioidReminder = nullptr; // shown while an opioid is on the medicine list

    DoseConfirmation m_doseConfirmation;

    bool m_readOnly = false;
    std::vector<Annotation> m_annotations;
    std::optional<Annotation> m_lastRemovedAnnotation;
    QGroupBox* m_annotationGroup = nullptr;
    QScrollArea* m_annotationScroll = nullptr;
    QWidget* m_annotationList = nullptr;
    QVBoxLayout* m_annotationListLayout = nullptr;
    QLabel* m_noAnnotations = nullptr;
    QLabel* m_annotationError = nullptr;
    QWidget* m_annotationUndoBar = nullptr;
    QLabel* m_annotationUndoLabel = nullptr;
    QPushButton* m_undoAnnotationButton = nullptr;
    QPushButton* m_addAnnotationButton = nullptr;
    QLabel* m_readOnlyNotice = nullptr;
};

} // namespace ldn
