#pragma once

#include "core/diary/Annotation.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace ldn {

// Writes a note about one day that is not the day's own note: who is writing it (the person, or a
// carer with their name) and the text. Every note keeps its author, so whoever reads it later, a
// doctor included, knows whose words they are. Editing an existing note changes only its text.
// The dialog stays open with the problem shown when the note is refused, so nothing typed is lost.
class AnnotationDialog : public QDialog {
    Q_OBJECT

public:
    // A new note about `day`.
    explicit AnnotationDialog(const QDate& day, QWidget* parent = nullptr);

    // Who wrote last time, so a carer who adds a note every evening need not type their name again.
    void setRememberedAuthor(Annotation::Author author, const QString& carerName);
    // Turns the dialog into editing `annotation`: the author is shown, not asked.
    void setEditing(const Annotation& annotation);
    bool isEditing() const { return m_editing; }

    // The note as the form describes it (for an edited note, with its id, author and time).
    Annotation annotation() const;
    // Called by Save; a thrown InputError is shown and the dialog stays open.
    void setSubmitFunction(std::function<void(const Annotation&)> submit);
    QString problem() const;

    void accept() override;

private:
    void updateControls();

    Annotation m_original;
    bool m_editing = false;
    QLabel* m_intro;
    QLabel* m_authorLabel;
    QRadioButton* m_patient;
    QRadioButton* m_carer;
    QLineEdit* m_carerName;
    QLabel* m_writtenBy;
    QPlainTextEdit* m_text;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    std::function<void(const Annotation&)> m_submit;
};

} // namespace ldn
