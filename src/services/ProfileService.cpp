#include "services/ProfileService.h"

#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/db/StorageError.h"
#include "storage/db/Transaction.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "storage/diary/ProfileRepository.h"

namespace ldn {

ProfileService::ProfileService(DiarySession& session)
    : m_session(session)
{}

std::int64_t ProfileService::create(const QString& name, const QStringList& conditions)
{
    m_session.requireWritable(QStringLiteral("profile"));
    const std::int64_t id = ProfileRepository(m_session.database()).add(name, conditions);
    m_session.announce({DiaryChange::Subject::Profiles, id});
    return id;
}

ProfileService::DemoResult ProfileService::createDemo(const DemoRequest& request)
{
    m_session.requireWritable(QStringLiteral("profile"));
    Database& database = m_session.database();
    Transaction transaction(database.connection());
    DemoDiaryWriter::Request demo;
    demo.profileName = request.profileName;
    demo.days = request.days;
    demo.seed = request.seed;
    demo.lastDay = request.lastDay;
    DemoResult result;
    result.days = DemoDiaryWriter(database).write(demo);
    const std::optional<Profile> written = ProfileRepository(database).findByName(request.profileName);
    if (!written) {
        throw StorageError(QStringLiteral("the demo profile was written but cannot be read back"));
    }
    result.profileId = written->id;
    transaction.commit();
    m_session.announce({DiaryChange::Subject::Profiles | DiaryChange::Subject::Days, result.profileId});
    return result;
}

void ProfileService::addSymptom(std::int64_t profileId, const SymptomDefinition& symptom)
{
    m_session.requireWritable(QStringLiteral("symptom"));
    ProfileRepository(m_session.database()).addSymptom(profileId, symptom);
    m_session.announce({DiaryChange::Subject::Symptoms, profileId});
}

} // namespace ldn
