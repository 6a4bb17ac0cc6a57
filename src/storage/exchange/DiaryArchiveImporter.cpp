#include "storage/exchange/DiaryArchiveImporter.h"

#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "core/evidence/EvidencePackJson.h"
#include "core/exchange/DiaryArchiveJson.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/StoredValue.h"
#include "storage/db/Transaction.h"
#include "storage/diary/AnnotationWriter.h"
#include "storage/diary/DiaryDayWriter.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/diary/ProfileWriter.h"
#include "storage/diary/SettingWriter.h"
#include "storage/diary/SymptomWriter.h"
#include "storage/evidence/ConditionWriter.h"
#include "storage/evidence/EvidenceRepository.h"
#include "storage/plan/MedicationWriter.h"
#include "storage/plan/TitrationWriter.h"
#include "storage/trial/TrialWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace ldn {

DiaryArchiveImporter::DiaryArchiveImporter(Database& database)
    : m_database(database)
{}

DiaryArchiveImportResult DiaryArchiveImporter::importFile(const QString& path, const QString& renameTo)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw InputError(path, QStringLiteral("cannot read the file (%1)").arg(file.errorString()));
    }
    if (file.size() > DiaryArchiveJson::kMaximumFileBytes) {
        throw InputError(name, QStringLiteral("the file is %1 MB; a backup is never larger than %2 MB")
                                   .arg(file.size() / (1024 * 1024))
                                   .arg(DiaryArchiveJson::kMaximumFileBytes / (1024 * 1024)));
    }
    const DiaryArchive archive = DiaryArchiveJson::parse(file.readAll(), name);
    try {
        return import(archive, renameTo);
    } catch (const InputError& error) {
        throw InputError(name + QStringLiteral(": ") + error.location(), error.problem());
    }
}

DiaryArchiveImportResult DiaryArchiveImporter::import(const DiaryArchive& archive, const QString& renameTo)
{
    if (!renameTo.isEmpty() && archive.profiles.size() != 1) {
        throw InputError(QStringLiteral("--profile"),
                         QStringLiteral("a new name can only be given when the backup holds one profile (it "
                                        "holds %1)")
                             .arg(archive.profiles.size()));
    }
    ProfileRepository profiles(m_database);
    DiaryArchiveImportResult result;
    for (std::size_t i = 0; i < archive.profiles.size(); ++i) {
        const QString name = renameTo.isEmpty() ? archive.profiles[i].name : renameTo.simplified();
        if (name.isEmpty() || name.size() > Profile::kMaximumNameLength) {
            throw InputError(
                QStringLiteral("--profile"),
                QStringLiteral("a name of 1 to %1 characters is required").arg(Profile::kMaximumNameLength));
        }
        if (const std::optional<Profile> existing = profiles.findByName(name)) {
            throw InputError(
                QStringLiteral("profiles[%1]: name").arg(i),
                QStringLiteral("this diary already has a profile called \"%1\"; nothing was imported. "
                               "Import it under another name (--profile NAME) or open it for review.")
                    .arg(existing->name));
        }
        result.profiles << name;
        result.days += static_cast<int>(archive.profiles[i].days.size());
    }

    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    ConditionWriter conditions(connection);
    for (const ArchivedCondition& condition : archive.ownConditions) {
        Statement existing = connection.prepare("SELECT id FROM condition WHERE name = ?1");
        existing.bind(1, condition.name);
        if (existing.step()) {
            continue; // the library has it already (bundled, or added by this person before)
        }
        const std::int64_t conditionId = conditions.insert(
            condition.name, condition.category, condition.description, ConditionWriter::Origin::User);
        for (const QString& synonym : condition.synonyms) {
            conditions.addSynonym(conditionId, synonym, ConditionWriter::Origin::User);
        }
    }
    for (std::size_t i = 0; i < archive.profiles.size(); ++i) {
        importProfile(archive.profiles[i], result.profiles[static_cast<qsizetype>(i)],
                      QStringLiteral("profiles[%1]").arg(i));
    }
    if (archive.ownEvidence) {
        const std::string text = archive.ownEvidence->dump(1);
        const EvidencePack pack = EvidencePackJson::parse(
            QByteArray(text.data(), static_cast<qsizetype>(text.size())), QStringLiteral("own_evidence"));
        EvidenceRepository(m_database).importPack(pack);
    }
    SettingWriter settings(connection);
    for (const auto& [key, value] : archive.settings) {
        settings.set(key, value);
    }
    transaction.commit();
    return result;
}

void DiaryArchiveImporter::importProfile(const ArchivedProfile& profile, const QString& name, const QString&)
{
    Connection& connection = m_database.connection();
    ProfileWriter profiles(connection);
    const std::int64_t profileId = profiles.insert(name, profile.createdAt, profile.notes);
    profiles.setPreferences(profileId, profile.doseUnit, profile.colour, profile.reminderTime);

    ProfileRepository library(m_database);
    for (const ProfileConditionLink& condition : profile.conditions) {
        profiles.linkCondition(profileId, library.conditionIdFor(condition.name), condition.diagnosedOn);
    }

    SymptomWriter symptoms(connection);
    QHash<QString, std::int64_t> symptomIds;
    int position = 0;
    for (const ArchivedSymptom& symptom : profile.symptoms) {
        const std::int64_t symptomId =
            symptoms.insert(profileId, symptom.definition, position++, symptom.archived);
        if (symptom.quickLog) {
            symptoms.setQuickLog(symptomId, true);
        }
        symptomIds.insert(symptom.definition.name.toLower(), symptomId);
    }

    // A new profile has no days yet, so a date twice in the backup is refused, not merged.
    DiaryDayWriter days(connection, profileId, symptomIds, DiaryDayWriter::Existing::MustNotExist);
    for (const ArchivedDay& day : profile.days) {
        days.write(day.entry, StoredValue::timestampText(day.updatedAt));
    }

    AnnotationWriter annotations(connection);
    for (const Annotation& annotation : profile.annotations) {
        annotations.insert(profileId, annotation);
    }

    MedicationWriter medications(connection);
    for (const Medication& medication : profile.medications) {
        medications.insert(profileId, medication);
    }

    TitrationWriter plans(connection);
    for (const ArchivedPlan& archived : profile.plans) {
        const std::int64_t planId =
            plans.insertPlan(profileId, archived.plan, archived.createdAt, archived.endedOn);
        const std::vector<TitrationAdjustment>& adjustments = archived.plan.adjustments;
        for (std::size_t i = 0; i < adjustments.size(); ++i) {
            plans.insertAdjustment(planId, adjustments[i],
                                   i < archived.adjustmentsCreatedAt.size() ? archived.adjustmentsCreatedAt[i]
                                                                            : QDateTime());
        }
    }

    TrialWriter trials(connection);
    for (const Trial& trial : profile.trials) {
        trials.insert(profileId, trial);
    }
}

} // namespace ldn
