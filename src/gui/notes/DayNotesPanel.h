#pragma once

#include "core/diary/Annotation.h"

#include <QDate>
#include <QGroupBox>

#include <cstdint>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace ldn {

class AnnotationDialog;
class DiarySession;
struct DiaryChange;

// The notes about one day that are not the day's own note, most often a carer's, beside the day
// form: each with who wrote it and when, added, edited and deleted at once (a deletion can be
// undone), apart from saving the day. Read-only while another person's diary is reviewed.
class DayNotesPanel : public QGroupBox {
    Q_OBJECT

public:
    explicit DayNotesPanel(DiarySession& session, QWidget* parent = nullptr);

    // Shows the notes about `date` of the profile (none: an empty panel).
    void showDay(std::optional<std::int64_t> profileId, const QDate& date);
    void setReadOnly(bool readOnly);

    // The notes shown, oldest first.
    const std::vector<Annotation>& notes() const { return m_notes; }
    QPushButton* addButton() const { return m_addButton; }

    // Opens "Add a note" for the day shown, window-modal without blocking (nullptr when read-only
    // or no profile is shown); it deletes itself when closed.
    AnnotationDialog* openAddDialog();
    AnnotationDialog* openEditDialog(std::int64_t noteId);
    // Store a note about the day shown (its `day` is ignored), change a note's text, or delete a
    // note (offering to undo it), then show the day's notes again. Adding and changing throw
    // InputError or StorageError, having written nothing, when refused.
    std::int64_t addNote(const Annotation& note);
    void editNote(std::int64_t noteId, const QString& body);
    void removeNote(std::int64_t noteId);
    // Puts the last deleted note back, with its writer and time; false when there is nothing to undo.
    bool undoRemoval();

Q_SIGNALS:
    // "Added a note by Carer (Sam)." for the form's confirmation line.
    void confirmed(const QString& message);

private:
    void onDiaryChanged(const DiaryChange& change);
    void load();
    void showNotes();
    QWidget* noteRow(const Annotation& note);
    void showError(const QString& message);

    DiarySession& m_session;
    std::optional<std::int64_t> m_profileId;
    QDate m_date;
    bool m_readOnly = false;
    bool m_changing = false; // while this panel itself changes a note
    std::vector<Annotation> m_notes;
    QScrollArea* m_scroll;
    QWidget* m_list;
    QVBoxLayout* m_listLayout;
    QLabel* m_noNotes;
    QLabel* m_error;
    QWidget* m_undoBar;
    QLabel* m_undoLabel;
    QPushButton* m_undoButton;
    QPushButton* m_addButton;
};

} // namespace ldn
