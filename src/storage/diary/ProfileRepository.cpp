#include "storage/diary/ProfileRepository.h"

#include "core/base/InputError.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/Transaction.h"
#include "storage/diary/ProfileWriter.h"
#include "storage/diary/SymptomWriter.h"
#include "storage/evidence/ConditionWriter.h"

namespace ldn {

ProfileRepository::ProfileRepository(Database& database)
    : m_database(database)
{}

std::int64_t ProfileRepository::add(const QString& rawName, const QStringList& conditions)
{
    const QString name = Profile::checkedName(rawName, QStringLiteral("profile name"));
    QStringList conditionNames;
    for (const QString& condition : conditions) {
        conditionNames << Profile::checkedName(condition, QStringLiteral("condition"));
    }
    if (const std::optional<Profile> existing = findByName(name)) {
        throw InputError(QStringLiteral("profile name"),
                         QStringLiteral("a profile called \"%1\" already exists").arg(existing->name));
    }

    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    ProfileWriter profiles(connection);
    const std::int64_t profileId = profiles.insert(name);
    SymptomWriter symptoms(connection);
    int position = 0;
    for (const SymptomDefinition& symptom : defaultSymptoms()) {
        symptoms.insert(profileId, symptom, position++);
    }
    for (const QString& condition : conditionNames) {
        profiles.linkCondition(profileId, conditionIdFor(condition));
    }
    transaction.commit();
    return profileId;
}

std::int64_t ProfileRepository::conditionIdFor(const QString& name)
{
    Connection& connection = m_database.connection();
    Statement find =
        connection.prepare("SELECT id FROM condition WHERE name = ?1 "
                           "UNION ALL SELECT condition_id FROM condition_synonym WHERE synonym = ?1 "
                           "LIMIT 1");
    find.bind(1, name);
    if (find.step()) {
        return find.int64(0);
    }
    return ConditionWriter(connection)
        .insert(name, QStringLiteral("other"), {}, ConditionWriter::Origin::User);
}

QStringList ProfileRepository::conditionsOf(std::int64_t profileId) const
{
    Statement select = m_database.connection().prepare(
        "SELECT c.name FROM profile_condition pc JOIN condition c ON c.id = pc.condition_id "
        "WHERE pc.profile_id = ?1 ORDER BY c.name");
    select.bind(1, profileId);
    QStringList names;
    while (select.step()) {
        names << select.text(0);
    }
    return names;
}

std::vector<Profile> ProfileRepository::list() const
{
    Statement select = m_database.connection().prepare(
        "SELECT p.id, p.name, (SELECT count(*) FROM diary_day d WHERE d.profile_id = p.id) "
        "FROM profile p ORDER BY p.name");
    std::vector<Profile> profiles;
    while (select.step()) {
        profiles.push_back({select.int64(0), select.text(1), {}, select.integer(2)});
    }
    for (Profile& profile : profiles) {
        profile.conditions = conditionsOf(profile.id);
    }
    return profiles;
}

std::optional<Profile> ProfileRepository::find(std::int64_t profileId) const
{
    Statement select = m_database.connection().prepare(
        "SELECT p.id, p.name, (SELECT count(*) FROM diary_day d WHERE d.profile_id = p.id) "
        "FROM profile p WHERE p.id = ?1");
    select.bind(1, profileId);
    return profileFrom(select);
}

std::optional<Profile> ProfileRepository::findByName(const QString& name) const
{
    Statement select = m_database.connection().prepare(
        "SELECT p.id, p.name, (SELECT count(*) FROM diary_day d WHERE d.profile_id = p.id) "
        "FROM profile p WHERE p.name = ?1");
    select.bind(1, name.simplified());
    return profileFrom(select);
}

std::optional<Profile> ProfileRepository::profileFrom(Statement& select) const
{
    if (!select.step()) {
        return std::nullopt;
    }
    Profile profile{select.int64(0), select.text(1), {}, select.integer(2)};
    profile.conditions = conditionsOf(profile.id);
    return profile;
}

Profile ProfileRepository::require(const QString& name, const QString& field) const
{
    if (std::optional<Profile> profile = findByName(name)) {
        return *profile;
    }
    throw InputError(field, QStringLiteral("there is no profile called \"%1\"").arg(name));
}

std::vector<SymptomDefinition> ProfileRepository::symptoms(std::int64_t profileId) const
{
    Statement select =
        m_database.connection().prepare("SELECT name, higher_is_better FROM symptom WHERE profile_id = ?1 "
                                        "AND archived = 0 ORDER BY position, id");
    select.bind(1, profileId);
    std::vector<SymptomDefinition> symptoms;
    while (select.step()) {
        symptoms.push_back({select.text(0), select.integer(1) != 0});
    }
    return symptoms;
}

void ProfileRepository::addSymptom(std::int64_t profileId, const SymptomDefinition& symptom)
{
    const QString name = Profile::checkedName(symptom.name, QStringLiteral("symptom"));
    for (const SymptomDefinition& existing : symptoms(profileId)) {
        if (existing.name.compare(name, Qt::CaseInsensitive) == 0) {
            throw InputError(QStringLiteral("symptom"),
                             QStringLiteral("\"%1\" is already tracked").arg(existing.name));
        }
    }
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    SymptomWriter writer(connection);
    Statement retired = connection.prepare("SELECT id FROM symptom WHERE profile_id = ?1 AND name = ?2");
    retired.bind(1, profileId).bind(2, name);
    if (retired.step()) {
        // A symptom tracked before and retired comes back with its old scores.
        writer.bringBack(retired.int64(0), symptom.higherIsBetter);
    } else {
        writer.insert(profileId, {name, symptom.higherIsBetter});
    }
    transaction.commit();
}

} // namespace ldn
