#pragma once

#include "core/diary/Profile.h"
#include "core/diary/SymptomDefinition.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ldn {

class ConditionPicker;
class ProfileColourBox;
class DiarySession;

// Changes a profile after it was made: its name, its conditions (from the library, or the
// person's own), how doses are written (mg or µg) and its colour, and its symptoms: add one, rename one,
// retire one that no longer matters (its scores stay with their days and on the chart) or bring a retired one
// back with its history. Nothing is written until "Save changes"; every change goes through ProfileService,
// and a refused one is shown in the dialog, which stays open with everything as typed.
class EditProfileDialog : public QDialog {
    Q_OBJECT

public:
    // Reads the profile at once; a StorageError from that propagates to the caller.
    EditProfileDialog(DiarySession& session, std::int64_t profileId, QWidget* parent = nullptr);
    ~EditProfileDialog() override;

    QString problem() const;
    void accept() override;

    // The symptom list's actions, as the buttons do them (for the keyboard and for tests).
    void addSymptom(const SymptomDefinition& symptom);
    void renameSelectedSymptom();
    void toggleSelectedRetired();

private:
    // One symptom as stored and as it should become.
    struct SymptomRow {
        QString storedName; // empty for a symptom added in this dialog
        bool storedRetired = false;
        SymptomDefinition definition;
        bool retired = false;
    };

    void readProfile();
    void fillSymptoms();
    void describeRow(int row);
    int selectedRow() const;
    void updateSymptomButtons();
    void onSymptomEdited(QTreeWidgetItem* item, int column);
    void showProblem(const QString& text);
    // Writes what changed, in order: name, conditions, symptoms. Each step that succeeds becomes
    // the new "stored" state, so after a refusal Save writes only what is still to do.
    void save();

    DiarySession& m_session;
    std::int64_t m_profileId;
    QString m_storedName;
    QStringList m_storedConditions;
    Profile m_storedPreferences; // dose unit, colour and reminder as stored
    std::vector<SymptomRow> m_symptoms;

    QLineEdit* m_name;
    ConditionPicker* m_conditions;
    QComboBox* m_doseUnit;
    ProfileColourBox* m_colour;
    QTreeWidget* m_symptomList;
    QPushButton* m_addSymptom;
    QPushButton* m_renameSymptom;
    QPushButton* m_retireSymptom;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace ldn
