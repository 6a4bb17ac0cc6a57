#include "services/DiarySession.h"

#include "services/DiaryService.h"
#include "services/EvidenceService.h"
#include "services/ExchangeService.h"
#include "services/MedicationService.h"
#include "services/NoteService.h"
#include "services/PlanService.h"
#include "services/ProfileService.h"
#include "services/ReadOnlyError.h"
#include "services/TrialService.h"
#include "storage/db/Database.h"
#include "storage/diary/AnnotationRepository.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/diary/SettingRepository.h"
#include "storage/evidence/EvidenceRepository.h"
#include "storage/plan/MedicationRepository.h"
#include "storage/plan/TitrationRepository.h"
#include "storage/trial/TrialRepository.h"

namespace ldn {

DiarySession::DiarySession(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_profiles(std::make_unique<ProfileRepository>(database))
    , m_diary(std::make_unique<DiaryRepository>(database))
    , m_notes(std::make_unique<AnnotationRepository>(database))
    , m_plans(std::make_unique<TitrationRepository>(database))
    , m_medicines(std::make_unique<MedicationRepository>(database))
    , m_settings(std::make_unique<SettingRepository>(database))
    , m_trials(std::make_unique<TrialRepository>(database))
    , m_evidence(std::make_unique<EvidenceRepository>(database))
    , m_profileService(std::make_unique<ProfileService>(*this))
    , m_diaryService(std::make_unique<DiaryService>(*this))
    , m_noteService(std::make_unique<NoteService>(*this))
    , m_planService(std::make_unique<PlanService>(*this))
    , m_medicationService(std::make_unique<MedicationService>(*this))
    , m_exchangeService(std::make_unique<ExchangeService>(*this))
    , m_evidenceService(std::make_unique<EvidenceService>(*this))
    , m_trialService(std::make_unique<TrialService>(*this))
{
    qRegisterMetaType<DiaryChange>();
}

DiarySession::~DiarySession() = default;

bool DiarySession::isReadOnly() const
{
    return m_database.isReadOnly();
}

void DiarySession::requireWritable(const QString& what) const
{
    if (isReadOnly()) {
        throw ReadOnlyError(what);
    }
}

Connection& DiarySession::connection()
{
    return m_database.connection();
}

void DiarySession::announce(const DiaryChange& change)
{
    Q_EMIT changed(change);
}

} // namespace ldn
