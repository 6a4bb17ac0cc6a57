#pragma once

#include "core/diary/Annotation.h"
#include "core/diary/DiaryEntry.h"
#include "core/diary/SymptomDefinition.h"
#include "core/plan/Medication.h"
#include "core/plan/TitrationPlan.h"
#include "core/trial/Trial.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <nlohmann/json.hpp>

#include <optional>
#include <utility>
#include <vector>

namespace ldn {

// Everything kept about one person, as read out of the database for a backup, a CSV or FHIR
// export, and as written back by an import. Nothing here is derived: it is the stored data whole,
// including the times rows were made, so an export followed by an import gives the same diary.

struct ProfileConditionLink {
    QString name;      // the condition's name, as the library or the person named it
    QDate diagnosedOn; // invalid when not recorded
    friend bool operator==(const ProfileConditionLink&, const ProfileConditionLink&) = default;
};

struct ArchivedSymptom {
    SymptomDefinition definition;
    bool archived = false; // hidden from the day form, kept for the days that scored it
    bool quickLog = false; // offered by the quick log
    friend bool operator==(const ArchivedSymptom&, const ArchivedSymptom&) = default;
};

struct ArchivedDay {
    DiaryEntry entry;
    QDateTime updatedAt; // UTC, when the day was last saved
    friend bool operator==(const ArchivedDay&, const ArchivedDay&) = default;
};

struct ArchivedPlan {
    TitrationPlan plan; // with its adjustments
    QDateTime createdAt;
    QDate endedOn;                               // invalid while the plan is the active one
    std::vector<QDateTime> adjustmentsCreatedAt; // one per plan.adjustments, in the same order
    friend bool operator==(const ArchivedPlan&, const ArchivedPlan&) = default;
};

struct ArchivedProfile {
    QString name;
    QDateTime createdAt;
    QString notes;
    // The person's preferences (Profile): how bare doses are read, their colour, their reminder.
    Dose::Unit doseUnit = Dose::Unit::Milligrams;
    QString colour;
    std::optional<QTime> reminderTime;
    std::vector<ProfileConditionLink> conditions; // by name
    std::vector<ArchivedSymptom> symptoms;        // in the order the person sees them
    std::vector<ArchivedDay> days;                // by date
    std::vector<Annotation> annotations;          // by day, then creation
    std::vector<Medication> medications;          // by start date, then name
    std::vector<ArchivedPlan> plans;              // oldest first
    std::vector<Trial> trials;                    // oldest first; ids not kept
    friend bool operator==(const ArchivedProfile&, const ArchivedProfile&) = default;
};

// A condition the person added to the library themself (bundled ones come with the evidence pack).
struct ArchivedCondition {
    QString name;
    QString category; // storage text: autoimmune, cancer, other, suggested_untried
    QString description;
    QStringList synonyms;
    friend bool operator==(const ArchivedCondition&, const ArchivedCondition&) = default;
};

struct DiaryArchive {
    enum class Scope {
        Profile,  // one person's diary
        Database, // every profile, plus the person's own library entries and settings
    };

    Scope scope = Scope::Profile;
    QDateTime exportedAt;
    int schemaVersion = 0; // of the database it came from, for the reader's information
    std::vector<ArchivedProfile> profiles;
    std::vector<ArchivedCondition> ownConditions;      // Database scope only
    std::optional<nlohmann::json> ownEvidence;         // an evidence pack; Database scope only
    std::vector<std::pair<QString, QString>> settings; // Database scope only, by key

    friend bool operator==(const DiaryArchive&, const DiaryArchive&) = default;
};

} // namespace ldn
