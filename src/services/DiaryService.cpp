#include "services/DiaryService.h"

#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/diary/DiaryRepository.h"

namespace ldn {

DiaryService::DiaryService(DiarySession& session)
    : m_session(session)
{}

void DiaryService::saveDay(std::int64_t profileId, const DiaryEntry& entry)
{
    saveDays(profileId, std::vector<DiaryEntry>{entry});
}

void DiaryService::saveDays(std::int64_t profileId, const std::vector<DiaryEntry>& entries)
{
    m_session.change(QStringLiteral("day"), {DiaryChange::Subject::Days, profileId},
                     [&] { DiaryRepository(m_session.database()).save(profileId, entries); });
}

} // namespace ldn
