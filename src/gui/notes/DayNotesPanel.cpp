#include "gui/notes/DayNotesPanel.h"

#include "core/base/InputError.h"
#include "gui/common/MessageStyle.h"
#include "gui/notes/AnnotationDialog.h"
#include "gui/notes/NoteMarker.h"
#include "presentation/DateText.h"
#include "services/DiarySession.h"
#include "services/NoteService.h"
#include "services/ProblemText.h"
#include "services/ReadOnlyError.h"
#include "storage/diary/AnnotationRepository.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ldn {
namespace {

// Muted like the other hints of the form.
void setMuted(QLabel* label)
{
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, MessageStyle::mutedColour(label->palette()));
    label->setPalette(muted);
}

// Changes made by the panel itself are shown by the panel at once; while they are written, the
// change notifications they cause are not read back.
class ChangingScope {
public:
    explicit ChangingScope(bool& changing)
        : m_changing(changing)
    {
        m_changing = true;
    }
    ~ChangingScope() { m_changing = false; }
    ChangingScope(const ChangingScope&) = delete;
    ChangingScope& operator=(const ChangingScope&) = delete;

private:
    bool& m_changing;
};

} // namespace

DayNotesPanel::DayNotesPanel(DiarySession& session, QWidget* parent)
    // Beside the day's own note, so the two kinds of note are seen together but never mixed up.
    : QGroupBox(tr("Notes by carers and others"), parent)
    , m_session(session)
    , m_scroll(new QScrollArea(this))
    , m_list(new QWidget(m_scroll))
    , m_listLayout(new QVBoxLayout(m_list))
    , m_noNotes(new QLabel(tr("No other notes about this day."), this))
    , m_error(new QLabel(this))
    , m_undoBar(new QWidget(this))
    , m_undoLabel(new QLabel(m_undoBar))
    , m_undoButton(new QPushButton(tr("Undo"), m_undoBar))
    , m_addButton(new QPushButton(tr("Add a note\u2026 (Ctrl+Shift+N)"), this))
{
    setObjectName(QStringLiteral("annotationGroup"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(4);

    m_scroll->setObjectName(QStringLiteral("annotationScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setMinimumHeight(fontMetrics().lineSpacing() * 2 + 8);
    m_list->setObjectName(QStringLiteral("annotationList"));
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_listLayout->setSpacing(6);
    m_listLayout->addStretch(1);
    m_scroll->setWidget(m_list);
    // The list's background is the page's, so the notes read as part of the form.
    m_scroll->viewport()->setAutoFillBackground(false);
    m_list->setAutoFillBackground(false);

    m_noNotes->setObjectName(QStringLiteral("noAnnotationsLabel"));
    setMuted(m_noNotes);

    m_error->setObjectName(QStringLiteral("annotationPageError"));
    MessageStyle::prepareErrorLine(m_error);

    // Deleting happens at once and can be undone, as removing a medicine does: a confirmation
    // question is answered by habit, an undo button is there when the mistake is noticed.
    m_undoBar->setObjectName(QStringLiteral("annotationUndoBar"));
    auto* undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    m_undoLabel->setObjectName(QStringLiteral("annotationUndoLabel"));
    m_undoLabel->setTextFormat(Qt::PlainText);
    m_undoLabel->setWordWrap(true);
    m_undoButton->setObjectName(QStringLiteral("undoAnnotationButton"));
    m_undoButton->setAccessibleName(tr("Undo deleting the note"));
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(m_undoButton);
    m_undoBar->setVisible(false);
    connect(m_undoButton, &QPushButton::clicked, this, [this] { undoRemoval(); });

    m_addButton->setObjectName(QStringLiteral("addAnnotationButton"));
    m_addButton->setIcon(NoteMarker::icon(true));
    m_addButton->setToolTip(
        tr("Add a note about this day, by a carer or by you, kept apart from the day's own note"));
    m_addButton->setAccessibleName(tr("Add a note about this day"));
    connect(m_addButton, &QPushButton::clicked, this, [this] { openAddDialog(); });
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addButton);
    buttonRow->addStretch(1);

    layout->addWidget(m_noNotes);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_undoBar);
    layout->addLayout(buttonRow);

    connect(&session, &DiarySession::changed, this, &DayNotesPanel::onDiaryChanged);
    setReadOnly(session.isReadOnly());
    showDay(std::nullopt, {});
}

void DayNotesPanel::showDay(std::optional<std::int64_t> profileId, const QDate& date)
{
    if (profileId != m_profileId) {
        // A deleted note can only be put back in the diary of the person it was about.
        m_undoBar->setVisible(false);
    }
    m_profileId = profileId;
    m_date = date;
    load();
}

void DayNotesPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_addButton->setVisible(!readOnly);
    m_addButton->setEnabled(!readOnly && m_profileId.has_value());
    if (readOnly) {
        m_undoBar->setVisible(false);
    }
    showNotes();
}

void DayNotesPanel::onDiaryChanged(const DiaryChange& change)
{
    if (!m_changing && m_profileId && change.concerns(DiaryChange::Subject::Notes, m_profileId)) {
        load();
    }
}

void DayNotesPanel::load()
{
    m_notes.clear();
    m_error->setVisible(false);
    if (m_profileId && m_date.isValid()) {
        try {
            for (Annotation& note : m_session.notes().list(*m_profileId, m_date, m_date)) {
                // Notes about the diary as a whole come with every range; this list is the day's.
                if (note.day == m_date) {
                    m_notes.push_back(std::move(note));
                }
            }
        } catch (const std::exception& error) {
            showError(tr("The notes could not be read: %1").arg(ProblemText::of(error)));
        }
    }
    m_addButton->setEnabled(!m_readOnly && m_profileId.has_value());
    showNotes();
}

void DayNotesPanel::showNotes()
{
    while (m_listLayout->count() > 1) {
        QLayoutItem* item = m_listLayout->takeAt(0);
        // Later, not now: this may run inside a click on one of the row's own buttons.
        // Nameless meanwhile, so nothing finds a note that is no longer shown.
        QWidget* row = item->widget();
        row->hide();
        row->setObjectName(QString());
        for (QObject* child : row->findChildren<QObject*>()) {
            child->setObjectName(QString());
        }
        row->deleteLater();
        delete item;
    }
    int position = 0;
    for (const Annotation& note : m_notes) {
        QWidget* row = noteRow(note);
        m_listLayout->insertWidget(position++, row);
        row->show(); // now, not on the layout's next pass, like the score rows
    }
    m_noNotes->setVisible(m_notes.empty());
    m_noNotes->setText(m_profileId ? tr("No other notes about this day.") : QString());
    m_scroll->setVisible(!m_notes.empty());
}

QWidget* DayNotesPanel::noteRow(const Annotation& note)
{
    auto* row = new QFrame(m_list);
    row->setObjectName(QStringLiteral("annotation_%1").arg(note.id));
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(6);

    const bool carer = note.author == Annotation::Author::Carer;
    auto* icon = new QLabel(row);
    icon->setPixmap(NoteMarker::icon(carer).pixmap(QSize(16, 16)));
    icon->setToolTip(carer ? tr("Written by a carer") : tr("Written by the patient"));
    rowLayout->addWidget(icon, 0, Qt::AlignTop);

    const QLocale locale;
    QString when;
    if (note.createdAt.isValid()) {
        const QDateTime local = note.createdAt.toLocalTime();
        when = local.date() == note.day
                   ? locale.toString(local.time(), QStringLiteral("HH:mm"))
                   : tr("written %1").arg(locale.toString(local, QStringLiteral("d MMM, HH:mm")));
    }
    QString body = note.body.toHtmlEscaped();
    body.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    const QColor muted = MessageStyle::mutedColour(palette());
    auto* text = new QLabel(row);
    text->setObjectName(QStringLiteral("annotationText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(QStringLiteral("<b>%1</b>%2<br>%3")
                      .arg(describeAuthor(note).toHtmlEscaped(),
                           when.isEmpty() ? QString()
                                          : QStringLiteral(" <span style=\"color:%1\">\u00b7 %2</span>")
                                                .arg(muted.name(), when.toHtmlEscaped()),
                           body));
    text->setAccessibleName(tr("Note by %1").arg(describeAuthor(note)));
    text->setAccessibleDescription(note.body);
    rowLayout->addWidget(text, 1);

    if (!m_readOnly) {
        const std::int64_t id = note.id;
        auto* edit = new QToolButton(row);
        edit->setObjectName(QStringLiteral("editAnnotationButton"));
        edit->setText(tr("Edit\u2026"));
        edit->setAccessibleName(tr("Edit the note by %1").arg(describeAuthor(note)));
        edit->setAutoRaise(true);
        connect(edit, &QToolButton::clicked, this, [this, id] { openEditDialog(id); });
        auto* remove = new QToolButton(row);
        remove->setObjectName(QStringLiteral("deleteAnnotationButton"));
        remove->setText(tr("Delete"));
        remove->setAccessibleName(tr("Delete the note by %1").arg(describeAuthor(note)));
        remove->setAutoRaise(true);
        connect(remove, &QToolButton::clicked, this, [this, id] { removeNote(id); });
        rowLayout->addWidget(edit, 0, Qt::AlignTop);
        rowLayout->addWidget(remove, 0, Qt::AlignTop);
    }
    return row;
}

void DayNotesPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(true);
}

AnnotationDialog* DayNotesPanel::openAddDialog()
{
    if (!m_profileId || m_readOnly) {
        return nullptr;
    }
    auto* dialog = new AnnotationDialog(m_date, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    try {
        if (const std::optional<NoteService::RememberedAuthor> known =
                m_session.noteService().rememberedAuthor()) {
            dialog->setRememberedAuthor(known->author, known->carerName);
        }
    } catch (const std::exception&) {
        // Without the remembered writer the dialog simply asks.
    }
    dialog->setSubmitFunction([this](const Annotation& note) { addNote(note); });
    dialog->open();
    return dialog;
}

AnnotationDialog* DayNotesPanel::openEditDialog(std::int64_t noteId)
{
    const auto found = std::find_if(m_notes.begin(), m_notes.end(),
                                    [noteId](const Annotation& note) { return note.id == noteId; });
    if (!m_profileId || m_readOnly || found == m_notes.end()) {
        return nullptr;
    }
    auto* dialog = new AnnotationDialog(found->day, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEditing(*found);
    dialog->setSubmitFunction([this](const Annotation& note) { editNote(note.id, note.body); });
    dialog->open();
    return dialog;
}

std::int64_t DayNotesPanel::addNote(const Annotation& note)
{
    if (m_readOnly) {
        throw ReadOnlyError(tr("note"));
    }
    if (!m_profileId) {
        throw InputError(tr("profile"), tr("no profile is open"));
    }
    Annotation stored = note;
    stored.day = m_date;
    std::int64_t id = 0;
    {
        const ChangingScope changing(m_changing);
        id = m_session.noteService().add(*m_profileId, stored);
    }
    load();
    Q_EMIT confirmed(tr("Added a note by %1.").arg(describeAuthor(stored)));
    return id;
}

void DayNotesPanel::editNote(std::int64_t noteId, const QString& body)
{
    if (m_readOnly || !m_profileId) {
        throw ReadOnlyError(tr("note"));
    }
    {
        const ChangingScope changing(m_changing);
        m_session.noteService().edit(*m_profileId, noteId, body);
    }
    load();
    Q_EMIT confirmed(tr("Changed the note."));
}

void DayNotesPanel::removeNote(std::int64_t noteId)
{
    const auto found = std::find_if(m_notes.begin(), m_notes.end(),
                                    [noteId](const Annotation& note) { return note.id == noteId; });
    if (!m_profileId || m_readOnly || found == m_notes.end()) {
        return;
    }
    const Annotation removed = *found;
    try {
        const ChangingScope changing(m_changing);
        m_session.noteService().remove(*m_profileId, removed);
    } catch (const std::exception& error) {
        showError(tr("The note could not be deleted: %1").arg(ProblemText::of(error)));
        return;
    }
    m_undoLabel->setText(
        tr("Deleted the note by %1 about %2.").arg(describeAuthor(removed), shortDay(removed.day)));
    m_undoBar->setVisible(true);
    load();
    m_undoButton->setFocus();
}

bool DayNotesPanel::undoRemoval()
{
    if (!m_profileId || m_readOnly || !m_session.noteService().lastRemoved(*m_profileId)) {
        return false;
    }
    try {
        const ChangingScope changing(m_changing);
        m_session.noteService().undoRemoval(*m_profileId);
    } catch (const std::exception& error) {
        showError(tr("The note could not be put back: %1").arg(ProblemText::of(error)));
        return false;
    }
    m_undoBar->setVisible(false);
    load();
    return true;
}

} // namespace ldn
