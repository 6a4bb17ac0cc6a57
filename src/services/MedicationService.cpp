#include "services/MedicationService.h"

#include "core/base/InputError.h"
#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/plan/MedicationRepository.h"

namespace ldn {

MedicationService::MedicationService(DiarySession& session)
    : m_session(session)
{}

std::int64_t MedicationService::add(std::int64_t profileId, const Medication& medication)
{
    m_session.requireWritable(QStringLiteral("medicine"));
    const std::int64_t id = MedicationRepository(m_session.database()).add(profileId, medication);
    m_session.announce({DiaryChange::Subject::Medicines, profileId});
    return id;
}

void MedicationService::remove(std::int64_t profileId, const Medication& medication)
{
    m_session.requireWritable(QStringLiteral("medicine"));
    MedicationRepository(m_session.database()).remove(medication.id);
    m_changedProfile = profileId;
    m_lastChange = LastChange{LastChange::Kind::Removal, medication};
    m_session.announce({DiaryChange::Subject::Medicines, profileId});
}

void MedicationService::setStopped(std::int64_t profileId, const Medication& medication,
                                   const QDate& stoppedOn, const QDate& today)
{
    m_session.requireWritable(QStringLiteral("medicine"));
    if (stoppedOn.isValid() && stoppedOn > today) {
        throw InputError(QStringLiteral("stopped on"), QStringLiteral("the day must be today or earlier"));
    }
    MedicationRepository(m_session.database()).setStopped(medication.id, stoppedOn);
    m_changedProfile = profileId;
    m_lastChange = LastChange{LastChange::Kind::Stop, medication};
    m_session.announce({DiaryChange::Subject::Medicines, profileId});
}

std::optional<MedicationService::LastChange> MedicationService::lastChange(std::int64_t profileId) const
{
    return m_changedProfile == profileId ? m_lastChange : std::nullopt;
}

bool MedicationService::undo(std::int64_t profileId)
{
    if (m_changedProfile != profileId || !m_lastChange) {
        return false;
    }
    m_session.requireWritable(QStringLiteral("medicine"));
    MedicationRepository medicines(m_session.database());
    const Medication& before = m_lastChange->before;
    if (m_lastChange->kind == LastChange::Kind::Removal) {
        medicines.add(profileId, before);
    } else {
        medicines.setStopped(before.id, before.stoppedOn);
    }
    forgetUndo();
    m_session.announce({DiaryChange::Subject::Medicines, profileId});
    return true;
}

void MedicationService::forgetUndo()
{
    m_changedProfile.reset();
    m_lastChange.reset();
}

} // namespace ldn
