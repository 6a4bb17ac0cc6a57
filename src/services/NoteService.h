#pragma once

#include "core/diary/Annotation.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace ldn {

class DiarySession;

// Notes about a person's days besides the day's own note, most often a carer's: added, changed
// and deleted at once, a deletion undoable. The writer of the last note is remembered in the
// diary, so the next note (and the same diary on another computer) starts with the same writer.
class NoteService {
public:
    struct RememberedAuthor {
        Annotation::Author author = Annotation::Author::Carer;
        QString carerName;
    };

    explicit NoteService(DiarySession& session);

    // Stores a note about `note.day` for the profile, written now; returns its id. A person's own
    // note carries no author name. Throws InputError (no text, too long, read-only) or StorageError.
    std::int64_t add(std::int64_t profileId, Annotation note);
    void edit(std::int64_t profileId, std::int64_t noteId, const QString& body);
    // Deletes the note; it can be put back with undoRemoval until another note is deleted.
    void remove(std::int64_t profileId, const Annotation& note);
    // The note deleted last for this profile, if it can still be put back.
    std::optional<Annotation> lastRemoved(std::int64_t profileId) const;
    // Puts it back with its writer and its first time; false when there is nothing to put back.
    bool undoRemoval(std::int64_t profileId);

    // Who wrote the last note in this diary, if anyone did.
    std::optional<RememberedAuthor> rememberedAuthor() const;

private:
    DiarySession& m_session;
    std::optional<std::int64_t> m_removedFrom;
    std::optional<Annotation> m_removed;
};

} // namespace ldn
