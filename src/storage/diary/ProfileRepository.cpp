#include "storage/diary/ProfileRepository.h"

#include "core/base/InputError.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/Transaction.h"

#include <QDateTime>

namespace ldn {
namespace {

QString validatedName(const QString& raw, const QString& field)
{
    const QString name = raw.simplified();
    if (name.isEmpty()) {
        throw InputError(field, QStringLiteral("a name is required"));
    }
    if (name.size() > ProfileRepository::kMaximumNameLength) {
        throw InputError(field, QStringLiteral("a name can be at most %1 characters (got %2)")
                                    .arg(ProfileRepository::kMaximumNameLength)
                                    .arg(name.size()));
    }
    return name;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

ProfileRepository::ProfileRepository(Database& database)
    : m_database(database)
{}

std::int64_t ProfileRepository::add(const QString& rawName, const QStringList& conditions)
{
    const QString name = validatedName(rawName, QStringLiteral("profile name"));
    QStringList conditionNames;
    for (const QString& condition : conditions) {
        conditionNames << validatedName(condition, QStringLiteral("condition"));
    }
    if (const std::optional<Profile> existing = findByName(name)) {
        throw InputError(QStringLiteral("profile name"),
                         QStringLiteral("a profile called \"%1\" already exists").arg(existing->name));
    }

    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    connection.prepare("INSERT INTO profile (name, created_at) VALUES (?1, ?2)")
        .bind(1, name)
        .bind(2, nowText())
        .run();
    const std::int64_t profileId = connection.lastInsertRowId();

    Statement addSymptom = connection.prepare(
        "INSERT INTO symptom (profile_id, name, higher_is_better, position) VALUES (?1, ?2, ?3, ?4)");
    int position = 0;
    for (const SymptomDefinition& symptom : defaultSymptoms()) {
        addSymptom.bind(1, profileId)
            .bind(2, symptom.name)
            .bind(3, symptom.higherIsBetter ? 1 : 0)
            .bind(4, position++);
        addSymptom.run();
        addSymptom.reset();
    }

    Statement link = connection.prepare(
        "INSERT OR IGNORE INTO profile_condition (profile_id, condition_id) VALUES (?1, ?2)");
    for (const QString& condition : conditionNames) {
        link.bind(1, profileId).bind(2, conditionIdFor(condition));
        link.run();
        link.reset();
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
    connection.prepare("INSERT INTO condition (name, category, origin) VALUES (?1, 'other', 'user')")
        .bind(1, name)
        .run();
    return connection.lastInsertRowId();
}

QStringList ProfileRepository::conditionsOf(std::int64_t profileId)
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

std::vector<Profile> ProfileRepository::list()
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

std::optional<Profile> ProfileRepository::find(std::int64_t profileId)
{
    Statement select = m_database.connection().prepare(
        "SELECT p.id, p.name, (SELECT count(*) FROM diary_day d WHERE d.profile_id = p.id) "
        "FROM profile p WHERE p.id = ?1");
    select.bind(1, profileId);
    return profileFrom(select);
}

std::optional<Profile> ProfileRepository::findByName(const QString& name)
{
    Statement select = m_database.connection().prepare(
        "SELECT p.id, p.name, (SELECT count(*) FROM diary_day d WHERE d.profile_id = p.id) "
        "FROM profile p WHERE p.name = ?1");
    select.bind(1, name.simplified());
    return profileFrom(select);
}

std::optional<Profile> ProfileRepository::profileFrom(Statement& select)
{
    if (!select.step()) {
        return std::nullopt;
    }
    Profile profile{select.int64(0), select.text(1), {}, select.integer(2)};
    profile.conditions = conditionsOf(profile.id);
    return profile;
}

Profile ProfileRepository::require(const QString& name, const QString& field)
{
    if (std::optional<Profile> profile = findByName(name)) {
        return *profile;
    }
    throw InputError(field, QStringLiteral("there is no profile called \"%1\"").arg(name));
}

std::vector<SymptomDefinition> ProfileRepository::symptoms(std::int64_t profileId)
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
    const QString name = validatedName(symptom.name, QStringLiteral("symptom"));
    for (const SymptomDefinition& existing : symptoms(profileId)) {
        if (existing.name.compare(name, Qt::CaseInsensitive) == 0) {
            throw InputError(QStringLiteral("symptom"),
                             QStringLiteral("\"%1\" is already tracked").arg(existing.name));
        }
    }
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    Statement archived = connection.prepare("SELECT id FROM symptom WHERE profile_id = ?1 AND name = ?2");
    archived.bind(1, profileId).bind(2, name);
    if (archived.step()) {
        // A symptom tracked before and archived comes back with its old scores.
        connection.prepare("UPDATE symptom SET archived = 0, higher_is_better = ?2 WHERE id = ?1")
            .bind(1, archived.int64(0))
            .bind(2, symptom.higherIsBetter ? 1 : 0)
            .run();
    } else {
        connection
            .prepare("INSERT INTO symptom (profile_id, name, higher_is_better, position) VALUES (?1, ?2, ?3, "
                     "(SELECT coalesce(max(position), -1) + 1 FROM symptom WHERE profile_id = ?1))")
            .bind(1, profileId)
            .bind(2, name)
            .bind(3, symptom.higherIsBetter ? 1 : 0)
            .run();
    }
    transaction.commit();
}

} // namespace ldn
