#include "storage/diary/ProfileRepository.h"

#include "core/base/InputError.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/StoredValue.h"
#include "storage/db/Transaction.h"
#include "storage/diary/ProfileWriter.h"
#include "storage/diary/SymptomWriter.h"
#include "storage/evidence/ConditionWriter.h"

#include <algorithm>
#include <string>

namespace ldn {
namespace {

// The columns profileIn reads, in its order.
const char* const kSelectProfile = "SELECT p.id, p.name, (SELECT count(*) FROM diary_day d WHERE "
                                   "d.profile_id = p.id), p.dose_unit, p.colour, "
                                   "p.reminder_time FROM profile p";

Profile profileIn(const Statement& row)
{
    Profile profile;
    profile.id = row.int64(0);
    profile.name = row.text(1);
    profile.loggedDays = row.integer(2);
    profile.doseUnit = row.text(3) == QLatin1String("mcg") ? Dose::Unit::Micrograms : Dose::Unit::Milligrams;
    profile.colour = row.isNull(4) ? QString() : row.text(4);
    if (!row.isNull(5)) {
        profile.reminderTime = StoredValue::clockTime(row, 5);
    }
    return profile;
}

} // namespace

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

std::vector<std::pair<std::int64_t, QTime>> ProfileRepository::reminderTimes() const
{
    Statement select = m_database.connection().prepare(
        "SELECT id, reminder_time FROM profile WHERE reminder_time IS NOT NULL ORDER BY id");
    std::vector<std::pair<std::int64_t, QTime>> reminders;
    while (select.step()) {
        reminders.emplace_back(select.int64(0), StoredValue::clockTime(select, 1));
    }
    return reminders;
}

std::vector<Profile> ProfileRepository::list() const
{
    Statement select = m_database.connection().prepare(kSelectProfile + std::string(" ORDER BY p.name"));
    std::vector<Profile> profiles;
    while (select.step()) {
        profiles.push_back(profileIn(select));
    }
    for (Profile& profile : profiles) {
        profile.conditions = conditionsOf(profile.id);
    }
    return profiles;
}

std::optional<Profile> ProfileRepository::find(std::int64_t profileId) const
{
    Statement select = m_database.connection().prepare(kSelectProfile + std::string(" WHERE p.id = ?1"));
    select.bind(1, profileId);
    return profileFrom(select);
}

std::optional<Profile> ProfileRepository::findByName(const QString& name) const
{
    Statement select = m_database.connection().prepare(kSelectProfile + std::string(" WHERE p.name = ?1"));
    select.bind(1, name.simplified());
    return profileFrom(select);
}

std::optional<Profile> ProfileRepository::profileFrom(Statement& select) const
{
    if (!select.step()) {
        return std::nullopt;
    }
    Profile profile = profileIn(select);
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
    std::vector<SymptomDefinition> symptoms;
    for (const ArchivedSymptom& symptom : allSymptoms(profileId)) {
        if (!symptom.archived) {
            symptoms.push_back(symptom.definition);
        }
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

std::vector<ArchivedSymptom> ProfileRepository::allSymptoms(std::int64_t profileId) const
{
    Statement select =
        m_database.connection().prepare("SELECT name, higher_is_better, archived, quick_log FROM symptom "
                                        "WHERE profile_id = ?1 ORDER BY position, id");
    select.bind(1, profileId);
    std::vector<ArchivedSymptom> symptoms;
    while (select.step()) {
        symptoms.push_back(
            {{select.text(0), select.integer(1) != 0}, select.integer(2) != 0, select.integer(3) != 0});
    }
    return symptoms;
}

std::vector<SymptomDefinition> ProfileRepository::quickLogSymptoms(std::int64_t profileId) const
{
    std::vector<SymptomDefinition> chosen;
    std::vector<SymptomDefinition> first;
    for (const ArchivedSymptom& symptom : allSymptoms(profileId)) {
        if (symptom.archived) {
            continue;
        }
        if (symptom.quickLog) {
            chosen.push_back(symptom.definition);
        }
        if (first.size() < static_cast<std::size_t>(kQuickLogSymptoms)) {
            first.push_back(symptom.definition);
        }
    }
    return chosen.empty() ? first : chosen;
}

std::int64_t ProfileRepository::requireSymptom(std::int64_t profileId, const QString& name) const
{
    Statement select =
        m_database.connection().prepare("SELECT id FROM symptom WHERE profile_id = ?1 AND name = ?2");
    select.bind(1, profileId).bind(2, name.simplified());
    if (!select.step()) {
        throw InputError(QStringLiteral("symptom"),
                         QStringLiteral("there is no symptom called \"%1\"").arg(name));
    }
    return select.int64(0);
}

void ProfileRepository::rename(std::int64_t profileId, const QString& rawName)
{
    const QString name = Profile::checkedName(rawName, QStringLiteral("profile name"));
    const std::optional<Profile> existing = findByName(name);
    if (existing && existing->id != profileId) {
        throw InputError(QStringLiteral("profile name"),
                         QStringLiteral("a profile called \"%1\" already exists").arg(existing->name));
    }
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    ProfileWriter(connection).rename(profileId, name);
    transaction.commit();
}

void ProfileRepository::setPreferences(std::int64_t profileId, const Profile& preferences)
{
    const QString colour = Profile::checkedColour(preferences.colour);
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    ProfileWriter(connection)
        .setPreferences(profileId, preferences.doseUnit, colour, preferences.reminderTime);
    transaction.commit();
}

void ProfileRepository::linkCondition(std::int64_t profileId, const QString& condition)
{
    const QString name = Profile::checkedName(condition, QStringLiteral("condition"));
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    ProfileWriter(connection).linkCondition(profileId, conditionIdFor(name));
    transaction.commit();
}

void ProfileRepository::unlinkCondition(std::int64_t profileId, const QString& condition)
{
    Connection& connection = m_database.connection();
    Statement find = connection.prepare(
        "SELECT c.id FROM profile_condition pc JOIN condition c ON c.id = pc.condition_id "
        "WHERE pc.profile_id = ?1 AND (c.name = ?2 OR c.id IN (SELECT condition_id FROM condition_synonym "
        "WHERE synonym = ?2))");
    find.bind(1, profileId).bind(2, condition.simplified());
    if (!find.step()) {
        throw InputError(QStringLiteral("condition"),
                         QStringLiteral("\"%1\" is not one of this profile's conditions").arg(condition));
    }
    const std::int64_t conditionId = find.int64(0);
    Transaction transaction(connection);
    ProfileWriter(connection).unlinkCondition(profileId, conditionId);
    transaction.commit();
}

void ProfileRepository::renameSymptom(std::int64_t profileId, const QString& from, const QString& to)
{
    const std::int64_t symptomId = requireSymptom(profileId, from);
    const QString name = Profile::checkedName(to, QStringLiteral("symptom"));
    for (const ArchivedSymptom& symptom : allSymptoms(profileId)) {
        if (symptom.definition.name.compare(name, Qt::CaseInsensitive) == 0 &&
            symptom.definition.name.compare(from.simplified(), Qt::CaseInsensitive) != 0) {
            throw InputError(QStringLiteral("symptom"),
                             QStringLiteral("\"%1\" is already one of this profile's symptoms")
                                 .arg(symptom.definition.name));
        }
    }
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    SymptomWriter(connection).rename(symptomId, name);
    transaction.commit();
}

void ProfileRepository::retireSymptom(std::int64_t profileId, const QString& name)
{
    const std::int64_t symptomId = requireSymptom(profileId, name);
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    SymptomWriter(connection).retire(symptomId);
    transaction.commit();
}

void ProfileRepository::setQuickLogSymptoms(std::int64_t profileId, const QStringList& names)
{
    if (names.size() > kQuickLogSymptoms) {
        throw InputError(
            QStringLiteral("quick log"),
            QStringLiteral("choose at most %1 symptoms (got %2)").arg(kQuickLogSymptoms).arg(names.size()));
    }
    std::vector<std::int64_t> chosen;
    for (const QString& name : names) {
        chosen.push_back(requireSymptom(profileId, name));
    }
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    SymptomWriter writer(connection);
    Statement all = connection.prepare("SELECT id FROM symptom WHERE profile_id = ?1");
    all.bind(1, profileId);
    while (all.step()) {
        const std::int64_t id = all.int64(0);
        writer.setQuickLog(id, std::find(chosen.begin(), chosen.end(), id) != chosen.end());
    }
    transaction.commit();
}

void ProfileRepository::remove(std::int64_t profileId)
{
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    ProfileWriter(connection).remove(profileId);
    transaction.commit();
}

} // namespace ldn
