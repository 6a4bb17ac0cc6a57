#include "storage/exchange/DiaryArchiveImporter.h"

#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "core/evidence/EvidencePackJson.h"
#include "core/exchange/DiaryArchiveJson.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/Transaction.h"
#include "storage/diary/DiaryDayWriter.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/evidence/EvidenceRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace ldn {
namespace {

QString timestampOrNow(const QDateTime& time)
{
    return (time.isValid() ? time : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate);
}

std::optional<QString> optionalDate(const QDate& date)
{
    return date.isValid() ? std::optional<QString>(IsoDate::format(date)) : std::nullopt;
}

} // namespace

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
        if (name.isEmpty() || name.size() > ProfileRepository::kMaximumNameLength) {
            throw InputError(QStringLiteral("--profile"),
                             QStringLiteral("a name of 1 to %1 characters is required")
                                 .arg(ProfileRepository::kMaximumNameLength));
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
    for (const ArchivedCondition& condition : archive.ownConditions) {
        Statement existing = connection.prepare("SELECT id FROM condition WHERE name = ?1");
        existing.bind(1, condition.name);
        if (existing.step()) {
            continue; // the library has it already (bundled, or added by this person before)
        }
        connection
            .prepare(
                "INSERT INTO condition (name, category, description, origin) VALUES (?1, ?2, ?3, 'user')")
            .bind(1, condition.name)
            .bind(2, condition.category)
            .bind(3, condition.description)
            .run();
        const std::int64_t conditionId = connection.lastInsertRowId();
        Statement addSynonym = connection.prepare("INSERT OR IGNORE INTO condition_synonym (condition_id, "
                                                  "synonym, origin) VALUES (?1, ?2, 'user')");
        for (const QString& synonym : condition.synonyms) {
            addSynonym.bind(1, conditionId).bind(2, synonym);
            addSynonym.run();
            addSynonym.reset();
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
    Statement setting = connection.prepare("INSERT OR REPLACE INTO setting (key, value) VALUES (?1, ?2)");
    for (const auto& [key, value] : archive.settings) {
        setting.bind(1, key).bind(2, value);
        setting.run();
        setting.reset();
    }
    transaction.commit();
    return result;
}

void DiaryArchiveImporter::importProfile(const ArchivedProfile& profile, const QString& name, const QString&)
{
    Connection& connection = m_database.connection();
    connection.prepare("INSERT INTO profile (name, created_at, notes) VALUES (?1, ?2, ?3)")
        .bind(1, name)
        .bind(2, timestampOrNow(profile.createdAt))
        .bind(3, profile.notes)
        .run();
    const std::int64_t profileId = connection.lastInsertRowId();

    ProfileRepository profiles(m_database);
    Statement link = connection.prepare("INSERT OR IGNORE INTO profile_condition (profile_id, condition_id, "
                                        "diagnosed_on) VALUES (?1, ?2, ?3)");
    for (const ProfileConditionLink& condition : profile.conditions) {
        link.bind(1, profileId)
            .bind(2, profiles.conditionIdFor(condition.name))
            .bind(3, optionalDate(condition.diagnosedOn));
        link.run();
        link.reset();
    }

    Statement addSymptom = connection.prepare("INSERT INTO symptom (profile_id, name, higher_is_better, "
                                              "position, archived) VALUES (?1, ?2, ?3, ?4, ?5) "
                                              "RETURNING id");
    QHash<QString, std::int64_t> symptomIds;
    int position = 0;
    for (const ArchivedSymptom& symptom : profile.symptoms) {
        addSymptom.bind(1, profileId)
            .bind(2, symptom.definition.name)
            .bind(3, symptom.definition.higherIsBetter ? 1 : 0)
            .bind(4, position++)
            .bind(5, symptom.archived ? 1 : 0);
        addSymptom.step();
        symptomIds.insert(symptom.definition.name.toLower(), addSymptom.int64(0));
        addSymptom.reset();
    }

    // A new profile has no days yet, so a date twice in the backup is refused, not merged.
    DiaryDayWriter days(connection, profileId, symptomIds, DiaryDayWriter::Existing::MustNotExist);
    for (const ArchivedDay& day : profile.days) {
        days.write(day.entry, timestampOrNow(day.updatedAt));
    }

    Statement addAnnotation = connection.prepare(
        "INSERT INTO annotation (profile_id, day, author_role, author_name, body, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const Annotation& annotation : profile.annotations) {
        addAnnotation.bind(1, profileId)
            .bind(2, optionalDate(annotation.day))
            .bind(3, toStorageText(annotation.author))
            .bind(4, annotation.authorName)
            .bind(5, annotation.body)
            .bind(6, timestampOrNow(annotation.createdAt));
        addAnnotation.run();
        addAnnotation.reset();
    }

    Statement addMedication = connection.prepare(
        "INSERT INTO medication (profile_id, name, dose_text, started_on, stopped_on, notes) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const Medication& medication : profile.medications) {
        addMedication.bind(1, profileId)
            .bind(2, medication.name)
            .bind(3, medication.doseText)
            .bind(4, optionalDate(medication.startedOn))
            .bind(5, optionalDate(medication.stoppedOn))
            .bind(6, medication.notes);
        addMedication.run();
        addMedication.reset();
    }

    Statement addPlan = connection.prepare(
        "INSERT INTO titration_plan (profile_id, template, start_on, start_ug, step_ug, interval_days, "
        "target_ug, "
        "maximum_ug, created_at, ended_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id");
    Statement addAdjustment = connection.prepare(
        "INSERT INTO titration_adjustment (plan_id, effective_on, kind, dose_ug, reason, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const ArchivedPlan& archived : profile.plans) {
        const TitrationPlan& plan = archived.plan;
        addPlan.bind(1, profileId)
            .bind(2, toStorageText(plan.kind))
            .bind(3, IsoDate::format(plan.startOn))
            .bind(4, plan.startDose.micrograms())
            .bind(5, plan.stepDose.micrograms())
            .bind(6, plan.intervalDays)
            .bind(7, plan.targetDose.micrograms())
            .bind(8, plan.maximumDose.micrograms())
            .bind(9, timestampOrNow(archived.createdAt))
            .bind(10, optionalDate(archived.endedOn));
        addPlan.step();
        const std::int64_t planId = addPlan.int64(0);
        addPlan.reset();
        for (std::size_t i = 0; i < plan.adjustments.size(); ++i) {
            const TitrationAdjustment& adjustment = plan.adjustments[i];
            addAdjustment.bind(1, planId)
                .bind(2, IsoDate::format(adjustment.effectiveOn))
                .bind(3, toStorageText(adjustment.kind))
                .bind(4, adjustment.dose ? std::optional<std::int64_t>(adjustment.dose->micrograms())
                                         : std::nullopt)
                .bind(5, adjustment.reason)
                .bind(6, timestampOrNow(i < archived.adjustmentsCreatedAt.size()
                                            ? archived.adjustmentsCreatedAt[i]
                                            : QDateTime()));
            addAdjustment.run();
            addAdjustment.reset();
        }
    }
}

} // namespace ldn
