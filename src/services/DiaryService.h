#pragma once

#include "core/diary/DiaryEntry.h"

#include <cstdint>
#include <vector>

namespace ldn {

class DiarySession;

// Logging days: from the day form, the quick log and `ldn-tracker-cli log`.
class DiaryService {
public:
    explicit DiaryService(DiarySession& session);

    // Saves the day, replacing one already logged on its date. Throws InputError (the entry breaks
    // a rule of DiaryEntry::validate, or scores a symptom the profile does not have) or
    // StorageError, having written nothing.
    void saveDay(std::int64_t profileId, const DiaryEntry& entry);
    // The same for several days, all or none.
    void saveDays(std::int64_t profileId, const std::vector<DiaryEntry>& entries);

private:
    DiarySession& m_session;
};

} // namespace ldn
