#include "storage/diary/DemoDiaryWriter.h"

#include "core/base/InputError.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "storage/db/Database.h"
#include "storage/db/Transaction.h"
#include "storage/diary/AnnotationWriter.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/plan/MedicationWriter.h"
#include "storage/plan/TitrationWriter.h"

namespace ldn {

DemoDiaryWriter::DemoDiaryWriter(Database& database)
    : m_database(database)
{}

int DemoDiaryWriter::write(const Request& request)
{
    if (request.days < 1 || request.days > DemoDiaryGenerator::kMaximumDays) {
        throw InputError(QStringLiteral("days"), QStringLiteral("must be from 1 to %1 (got %2)")
                                                     .arg(DemoDiaryGenerator::kMaximumDays)
                                                     .arg(request.days));
    }
    ProfileRepository profiles(m_database);
    DiaryRepository diary(m_database);

    Transaction transaction(m_database.connection());
    std::int64_t profileId = 0;
    bool profileExisted = false;
    if (const std::optional<Profile> existing = profiles.findByName(request.profileName)) {
        if (existing->loggedDays > 0) {
            throw InputError(
                QStringLiteral("profile"),
                QStringLiteral("\"%1\" already has %2 diary days; a demo diary only fills an empty profile")
                    .arg(existing->name)
                    .arg(existing->loggedDays));
        }
        profileId = existing->id;
        profileExisted = true;
    } else {
        profileId = profiles.add(request.profileName);
    }

    DemoDiaryGenerator::Settings settings;
    settings.days = request.days;
    settings.seed = request.seed;
    settings.lastDay = request.lastDay.isValid() ? request.lastDay : QDate::currentDate();
    settings.symptoms = profiles.symptoms(profileId);
    const DemoDiaryGenerator generator(settings);
    const std::vector<DiaryEntry> entries = generator.generate();
    diary.save(profileId, entries);
    // The plan, medicines and notes come only with a fresh profile's demo: a profile that already
    // had a plan or medicines of its own keeps them as they were.
    if (request.withPlanMedicinesAndNotes && !profileExisted) {
        TitrationWriter(m_database.connection()).insertPlan(profileId, generator.plan());
        MedicationWriter medicines(m_database.connection());
        for (const Medication& medication : generator.medications()) {
            medicines.insert(profileId, medication);
        }
        AnnotationWriter notes(m_database.connection());
        for (const Annotation& note : generator.carerNotes()) {
            notes.insert(profileId, note);
        }
    }
    transaction.commit();
    return static_cast<int>(entries.size());
}

} // namespace ldn
