#pragma once

#include "core/diary/Profile.h"
#include "core/diary/SymptomDefinition.h"
#include "core/exchange/DiaryArchive.h"

#include <QString>
#include <QStringList>
#include <QTime>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace ldn {

class Database;
class Statement;

// People whose diaries are kept, their conditions and their symptom lists.
class ProfileRepository {
public:
    explicit ProfileRepository(Database& database);

    // Creates the profile with the default symptoms and links the named conditions, creating a
    // condition the library does not know yet. Throws InputError for an empty or taken name.
    std::int64_t add(const QString& name, const QStringList& conditions = {});

    std::vector<Profile> list() const;
    std::optional<Profile> find(std::int64_t profileId) const;
    std::optional<Profile> findByName(const QString& name) const;
    // Like findByName, but a missing profile is an InputError naming `field`.
    Profile require(const QString& name, const QString& field) const;

    // The nightly reminders that are on: each profile's id and time, without counting anyone's
    // days (the tray reads them at every start).
    std::vector<std::pair<std::int64_t, QTime>> reminderTimes() const;

    std::vector<SymptomDefinition> symptoms(std::int64_t profileId) const;
    // Adds one of the person's own symptoms after the existing ones; names are unique per profile.
    void addSymptom(std::int64_t profileId, const SymptomDefinition& symptom);

    // Every symptom, retired ones too, in the form's order.
    std::vector<ArchivedSymptom> allSymptoms(std::int64_t profileId) const;
    // The symptoms the quick log offers: those chosen for it, or else the first five.
    std::vector<SymptomDefinition> quickLogSymptoms(std::int64_t profileId) const;
    static constexpr int kQuickLogSymptoms = 5;

    // The condition called `name` (or known by it as a synonym), created as the person's own
    // when the library has none; used when linking a profile to its conditions.
    std::int64_t conditionIdFor(const QString& name);

    // Changes of a profile, each checked first and written in one transaction. They throw
    // InputError naming the field (a taken or empty name, an unknown symptom or condition).
    void rename(std::int64_t profileId, const QString& name);
    void setPreferences(std::int64_t profileId, const Profile& preferences);
    void linkCondition(std::int64_t profileId, const QString& condition);
    void unlinkCondition(std::int64_t profileId, const QString& condition);
    void renameSymptom(std::int64_t profileId, const QString& from, const QString& to);
    // Hidden from the form from now on; its scores stay with their days (addSymptom brings it back).
    void retireSymptom(std::int64_t profileId, const QString& name);
    // At most kQuickLogSymptoms of the profile's symptoms.
    void setQuickLogSymptoms(std::int64_t profileId, const QStringList& names);
    // The profile with all its days, symptoms, notes, medicines and plans.
    void remove(std::int64_t profileId);

private:
    QStringList conditionsOf(std::int64_t profileId) const;
    // The id of one of the profile's symptoms, retired ones too; InputError when there is none.
    std::int64_t requireSymptom(std::int64_t profileId, const QString& name) const;
    // The profile in the row `select` steps to (id, name, logged days), or none.
    std::optional<Profile> profileFrom(Statement& select) const;

    Database& m_database;
};

} // namespace ldn
