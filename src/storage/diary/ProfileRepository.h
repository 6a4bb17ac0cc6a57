#pragma once

#include "core/diary/Profile.h"
#include "core/diary/SymptomDefinition.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
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

    std::vector<SymptomDefinition> symptoms(std::int64_t profileId) const;
    // Adds one of the person's own symptoms after the existing ones; names are unique per profile.
    void addSymptom(std::int64_t profileId, const SymptomDefinition& symptom);

    // The condition called `name` (or known by it as a synonym), created as the person's own
    // when the library has none; used when linking a profile to its conditions.
    std::int64_t conditionIdFor(const QString& name);

private:
    QStringList conditionsOf(std::int64_t profileId) const;
    // The profile in the row `select` steps to (id, name, logged days), or none.
    std::optional<Profile> profileFrom(Statement& select) const;

    Database& m_database;
};

} // namespace ldn
