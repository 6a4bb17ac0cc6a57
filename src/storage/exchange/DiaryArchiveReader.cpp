#include "storage/exchange/DiaryArchiveReader.h"

#include "core/base/InputError.h"
#include "core/evidence/EvidencePackJson.h"
#include "storage/db/Database.h"
#include "storage/db/ReadSnapshot.h"
#include "storage/db/Statement.h"
#include "storage/db/StoredValue.h"
#include "storage/diary/AnnotationRepository.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/evidence/EvidenceRepository.h"
#include "storage/plan/MedicationRepository.h"
#include "storage/plan/TitrationRepository.h"
#include "storage/trial/TrialRepository.h"

namespace ldn {
namespace {

// Whole seconds: the archive holds times as the database does, so a written and re-read archive
// compares equal.
QDateTime exportTime()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}

} // namespace

DiaryArchiveReader::DiaryArchiveReader(Database& database)
    : m_database(database)
{}

DiaryArchive DiaryArchiveReader::readProfile(const QString& profileName, const QString& field)
{
    ReadSnapshot snapshot(m_database.connection());
    const Profile profile = ProfileRepository(m_database).require(profileName, field);
    DiaryArchive archive;
    archive.scope = DiaryArchive::Scope::Profile;
    archive.exportedAt = exportTime();
    archive.schemaVersion = m_database.schemaVersion();
    archive.profiles.push_back(readProfileData(profile.id));
    return archive;
}

DiaryArchive DiaryArchiveReader::readDatabase()
{
    Connection& connection = m_database.connection();
    ReadSnapshot snapshot(connection);
    DiaryArchive archive;
    archive.scope = DiaryArchive::Scope::Database;
    archive.exportedAt = exportTime();
    archive.schemaVersion = m_database.schemaVersion();
    Statement profiles = connection.prepare("SELECT id FROM profile ORDER BY id");
    while (profiles.step()) {
        archive.profiles.push_back(readProfileData(profiles.int64(0)));
    }

    Statement conditions = connection.prepare(
        "SELECT id, name, category, description FROM condition WHERE origin = 'user' ORDER BY id");
    Statement synonyms = connection.prepare(
        "SELECT synonym FROM condition_synonym WHERE condition_id = ?1 AND origin = 'user' ORDER BY synonym");
    while (conditions.step()) {
        ArchivedCondition condition;
        condition.name = conditions.text(1);
        condition.category = conditions.text(2);
        condition.description = conditions.text(3);
        synonyms.bind(1, conditions.int64(0));
        while (synonyms.step()) {
            condition.synonyms << synonyms.text(0);
        }
        synonyms.reset();
        archive.ownConditions.push_back(condition);
    }

    const EvidencePack evidence = EvidenceRepository(m_database).exportUserEntries();
    if (!evidence.sources.empty() || !evidence.claims.empty() || !evidence.grades.empty() ||
        !evidence.conditions.empty()) {
        const QByteArray packText = EvidencePackJson::write(evidence);
        archive.ownEvidence =
            nlohmann::json::parse(packText.constData(), packText.constData() + packText.size());
    }

    Statement settings = connection.prepare("SELECT key, value FROM setting ORDER BY key");
    while (settings.step()) {
        archive.settings.emplace_back(settings.text(0), settings.text(1));
    }
    return archive;
}

ArchivedProfile DiaryArchiveReader::readProfileData(std::int64_t profileId)
{
    Connection& connection = m_database.connection();
    ArchivedProfile profile;
    Statement header = connection.prepare(
        "SELECT name, created_at, notes, dose_unit, colour, reminder_time FROM profile WHERE id = ?1");
    header.bind(1, profileId);
    header.step();
    profile.name = header.text(0);
    profile.createdAt = StoredValue::timestamp(header, 1);
    profile.notes = header.text(2);
    profile.doseUnit =
        header.text(3) == QLatin1String("mcg") ? Dose::Unit::Micrograms : Dose::Unit::Milligrams;
    profile.colour = header.isNull(4) ? QString() : header.text(4);
    if (!header.isNull(5)) {
        profile.reminderTime = StoredValue::clockTime(header, 5);
    }

    Statement conditions = connection.prepare(
        "SELECT c.name, pc.diagnosed_on FROM profile_condition pc JOIN condition c ON c.id = pc.condition_id "
        "WHERE pc.profile_id = ?1 ORDER BY c.name COLLATE NOCASE");
    conditions.bind(1, profileId);
    while (conditions.step()) {
        profile.conditions.push_back({conditions.text(0), StoredValue::date(conditions, 1)});
    }

    profile.symptoms = ProfileRepository(m_database).allSymptoms(profileId);
    profile.days = DiaryRepository(m_database).archivedDays(profileId);

    profile.annotations = AnnotationRepository(m_database).list(profileId);
    for (Annotation& annotation : profile.annotations) {
        annotation.id = 0; // ids are this database's business, not the archive's
    }

    Statement medications = connection.prepare("SELECT name, dose_text, started_on, stopped_on, notes FROM "
                                               "medication WHERE profile_id = ?1 ORDER BY id");
    medications.bind(1, profileId);
    while (medications.step()) {
        Medication medication;
        medication.name = medications.text(0);
        medication.doseText = medications.text(1);
        medication.startedOn = StoredValue::date(medications, 2);
        medication.stoppedOn = StoredValue::date(medications, 3);
        medication.notes = medications.text(4);
        profile.medications.push_back(medication);
    }

    std::vector<TitrationPlan> plans = TitrationRepository(m_database).history(profileId);
    Statement planRows = connection.prepare("SELECT created_at, ended_on FROM titration_plan WHERE id = ?1");
    Statement adjustmentTimes = connection.prepare(
        "SELECT created_at FROM titration_adjustment WHERE plan_id = ?1 ORDER BY effective_on, id");
    for (TitrationPlan& plan : plans) {
        ArchivedPlan archived;
        planRows.bind(1, plan.id);
        planRows.step();
        archived.createdAt = StoredValue::timestamp(planRows, 0);
        archived.endedOn = StoredValue::date(planRows, 1);
        planRows.reset();
        adjustmentTimes.bind(1, plan.id);
        while (adjustmentTimes.step()) {
            archived.adjustmentsCreatedAt.push_back(StoredValue::timestamp(adjustmentTimes, 0));
        }
        adjustmentTimes.reset();
        plan.id = 0;
        archived.plan = std::move(plan);
        profile.plans.push_back(std::move(archived));
    }

    for (Trial& trial : TrialRepository(m_database).list(profileId)) {
        trial.id = 0; // a backup keeps no ids
        trial.profileId = 0;
        profile.trials.push_back(std::move(trial));
    }
    return profile;
}

} // namespace ldn
