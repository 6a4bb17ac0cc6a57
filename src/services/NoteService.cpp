#include "services/NoteService.h"

#include "services/DiarySession.h"
#include "services/SettingKeys.h"
#include "storage/db/Database.h"
#include "storage/diary/AnnotationRepository.h"
#include "storage/diary/SettingRepository.h"

namespace ldn {

NoteService::NoteService(DiarySession& session)
    : m_session(session)
{}

std::int64_t NoteService::add(std::int64_t profileId, Annotation note)
{
    note.id = 0;
    note.createdAt = QDateTime();
    if (note.author == Annotation::Author::Patient) {
        note.authorName.clear();
    }
    return m_session.change(QStringLiteral("note"), {DiaryChange::Subject::Notes, profileId}, [&] {
        Database& database = m_session.database();
        const std::int64_t id = AnnotationRepository(database).add(profileId, note);
        SettingRepository settings(database);
        settings.setValue(QString::fromLatin1(SettingKeys::lastNoteAuthor.name), toStorageText(note.author));
        if (note.author == Annotation::Author::Carer) {
            settings.setValue(QString::fromLatin1(SettingKeys::carerName.name), note.authorName.simplified());
        }
        return id;
    });
}

void NoteService::edit(std::int64_t profileId, std::int64_t noteId, const QString& body)
{
    m_session.change(QStringLiteral("note"), {DiaryChange::Subject::Notes, profileId},
                     [&] { AnnotationRepository(m_session.database()).updateBody(noteId, body); });
}

void NoteService::remove(std::int64_t profileId, const Annotation& note)
{
    m_session.change(QStringLiteral("note"), {DiaryChange::Subject::Notes, profileId}, [&] {
        AnnotationRepository(m_session.database()).remove(note.id);
        m_removedFrom = profileId;
        m_removed = note;
    });
}

std::optional<Annotation> NoteService::lastRemoved(std::int64_t profileId) const
{
    return m_removedFrom == profileId ? m_removed : std::nullopt;
}

bool NoteService::undoRemoval(std::int64_t profileId)
{
    if (m_removedFrom != profileId || !m_removed) {
        return false;
    }
    m_session.change(QStringLiteral("note"), {DiaryChange::Subject::Notes, profileId}, [&] {
        // Stored again with its writer and the time it was first written.
        AnnotationRepository(m_session.database()).add(profileId, *m_removed);
        m_removed.reset();
        m_removedFrom.reset();
    });
    return true;
}

std::optional<NoteService::RememberedAuthor> NoteService::rememberedAuthor() const
{
    const SettingRepository& settings = m_session.storedSettings();
    const std::optional<QString> author =
        settings.value(QString::fromLatin1(SettingKeys::lastNoteAuthor.name));
    const std::optional<Annotation::Author> known = author ? annotationAuthorFromText(*author) : std::nullopt;
    if (!known) {
        return std::nullopt;
    }
    return RememberedAuthor{
        *known, settings.value(QString::fromLatin1(SettingKeys::carerName.name)).value_or(QString())};
}

} // namespace ldn
