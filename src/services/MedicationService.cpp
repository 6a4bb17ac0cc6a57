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
    return m_session.change(QStringLiteral("medicine"), {DiaryChange::Subject::Medicines, profileId}, [&] {
        return MedicationRepository(m_session.database()).add(profileId, medication);
    });
}

void MedicationService::remove(std::int64_t profileId, const Medication& medication)
{
    m_session.change(QStringLiteral("medicine"), {DiaryChange::Subject::Medicines, profileId}, [&] {
        MedicationRepository(m_session.database()).remove(medication.id);
        m_changedProfile = profileId;
        m_lastChange = LastChange{LastChange::Kind::Removal, medication};
    });
}

void MedicationService::setStopped(std::int64_t profileId, const Medication& medication,
                                   const QDate& stoppedOn, const QDate& today)
{
    m_session.change(QStringLiteral("medicine"), {DiaryChange::Subject::Medicines, profileId}, [&] {
        if (stoppedOn.isValid() && stoppedOn > today) {
            throw InputError(QStringLiteral("stopped on"),
                             QStringLiteral("the day must be today or earlier"));
        }
        MedicationRepository(m_session.database()).setStopped(medication.id, stoppedOn);
        m_changedProfile = profileId;
        m_lastChange = LastChange{LastChange::Kind::Stop, medication};
    });
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
    m_session.change(QStringLiteral("medicine"), {DiaryChange::Subject::Medicines, profileId}, [&] {
        MedicationRepository medicines(m_session.database());
        const Medication& before = m_lastChange->before;
        if (m_lastChange->kind == LastChange::Kind::Removal) {
            medicines.add(profileId, before);
        } else {
            medicines.setStopped(before.id, before.stoppedOn);
        }
        forgetUndo();
    });
    return true;
}

void MedicationService::forgetUndo()
{
    m_changedProfile.reset();
    m_lastChange.reset();
}

} // namespace ldn
