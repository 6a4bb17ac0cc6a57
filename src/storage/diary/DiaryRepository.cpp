#include "storage/diary/DiaryRepository.h"

#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "core/diary/DiaryDayField.h"
#include "core/diary/SymptomDefinition.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/StoredValue.h"
#include "storage/db/Transaction.h"
#include "storage/diary/DiaryDayWriter.h"

#include <QDateTime>
#include <QHash>

#include <string>
#include <unordered_map>

namespace ldn {
namespace {

QHash<QString, std::int64_t> symptomIdsOf(Connection& connection, std::int64_t profileId)
{
    Statement select = connection.prepare("SELECT lower(name), id FROM symptom WHERE profile_id = ?1");
    select.bind(1, profileId);
    QHash<QString, std::int64_t> ids;
    while (select.step()) {
        ids.insert(select.text(0), select.int64(1));
    }
    return ids;
}

DiaryDayField::Value storedValue(const Statement& row, int column, DiaryDayField::Kind kind)
{
    if (row.isNull(column)) {
        return {};
    }
    switch (kind) {
    case DiaryDayField::Kind::Integer:
        return row.int64(column);
    case DiaryDayField::Kind::Number:
        return row.real(column);
    case DiaryDayField::Kind::Text:
        break;
    }
    return row.text(column);
}

} // namespace

DiaryRepository::DiaryRepository(Database& database)
    : m_database(database)
{}

void DiaryRepository::save(std::int64_t profileId, const std::vector<DiaryEntry>& entries)
{
    Connection& connection = m_database.connection();
    const QHash<QString, std::int64_t> symptomIds = symptomIdsOf(connection, profileId);
    // Retired symptoms count too: an old day keeps the scores it was given.
    std::vector<SymptomDefinition> symptoms;
    for (auto it = symptomIds.cbegin(); it != symptomIds.cend(); ++it) {
        symptoms.push_back({it.key(), false});
    }
    for (const DiaryEntry& entry : entries) {
        entry.validate(symptoms);
    }

    Transaction transaction(connection);
    DiaryDayWriter writer(connection, profileId, symptomIds, DiaryDayWriter::Existing::Replace);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const DiaryEntry& entry : entries) {
        writer.write(entry, now);
    }
    transaction.commit();
}

std::vector<DiaryEntry> DiaryRepository::entries(std::int64_t profileId, const QDate& from,
                                                 const QDate& to) const
{
    return readDays(profileId, from, to, nullptr);
}

std::vector<ArchivedDay> DiaryRepository::archivedDays(std::int64_t profileId) const
{
    std::vector<QDateTime> updatedAt;
    std::vector<DiaryEntry> entries = readDays(profileId, {}, {}, &updatedAt);
    std::vector<ArchivedDay> days;
    days.reserve(entries.size());
    for (std::size_t index = 0; index < entries.size(); ++index) {
        days.push_back({std::move(entries[index]), updatedAt[index]});
    }
    return days;
}

std::vector<DiaryEntry> DiaryRepository::readDays(std::int64_t profileId, const QDate& from, const QDate& to,
                                                  std::vector<QDateTime>* updatedAt) const
{
    Connection& connection = m_database.connection();
    const QString first = from.isValid() ? IsoDate::format(from) : QStringLiteral("0000-01-01");
    const QString last = to.isValid() ? IsoDate::format(to) : QStringLiteral("9999-12-31");

    // The columns of the table of day fields, read back the way they were written (the values
    // were checked then, so a problem reading them is not expected and not reported).
    std::string columns;
    for (const DiaryDayField& field : DiaryDayField::all()) {
        columns += std::string(field.column) + ", ";
    }
    Statement days =
        connection.prepare("SELECT id, day, " + columns +
                           "updated_at FROM diary_day WHERE profile_id = ?1 AND day BETWEEN ?2 AND ?3 "
                           "ORDER BY day");
    days.bind(1, profileId).bind(2, first).bind(3, last);
    std::vector<DiaryEntry> result;
    std::unordered_map<std::int64_t, std::size_t> indexOfDay;
    while (days.step()) {
        DiaryEntry entry;
        entry.date = StoredValue::date(days, 1);
        int column = 2;
        for (const DiaryDayField& field : DiaryDayField::all()) {
            field.assign(entry, storedValue(days, column++, field.kind));
        }
        if (updatedAt) {
            updatedAt->push_back(StoredValue::timestamp(days, column));
        }
        indexOfDay.emplace(days.int64(0), result.size());
        result.push_back(std::move(entry));
    }

    // Symptom names by id, so every score of a symptom shares one string rather than each being
    // decoded from the database anew.
    QHash<std::int64_t, QString> symptomNames;
    Statement symptoms = connection.prepare("SELECT id, name FROM symptom WHERE profile_id = ?1");
    symptoms.bind(1, profileId);
    while (symptoms.step()) {
        symptomNames.insert(symptoms.int64(0), symptoms.text(1));
    }

    // One query per child table over the same range keeps loading a ten-year diary linear.
    const auto forEachChild = [&](std::string_view sql, auto&& apply) {
        Statement children = connection.prepare(sql);
        children.bind(1, profileId).bind(2, first).bind(3, last);
        while (children.step()) {
            const auto found = indexOfDay.find(children.int64(0));
            if (found != indexOfDay.end()) {
                apply(result[found->second], children);
            }
        }
    };
    forEachChild(
        "SELECT d.id, ss.symptom_id, ss.score FROM symptom_score ss JOIN diary_day d ON d.id = ss.day_id "
        "WHERE d.profile_id = ?1 AND d.day BETWEEN ?2 AND ?3",
        [&](DiaryEntry& entry, Statement& row) {
            const auto name = symptomNames.constFind(row.int64(1));
            if (name != symptomNames.constEnd()) {
                entry.symptomScores[*name] = row.integer(2);
            }
        });
    forEachChild("SELECT d.id, se.name, se.severity FROM side_effect se JOIN diary_day d ON d.id = se.day_id "
                 "WHERE d.profile_id = ?1 AND d.day BETWEEN ?2 AND ?3",
                 [](DiaryEntry& entry, Statement& row) { entry.sideEffects[row.text(1)] = row.integer(2); });
    forEachChild("SELECT d.id, e.event FROM day_event e JOIN diary_day d ON d.id = e.day_id "
                 "WHERE d.profile_id = ?1 AND d.day BETWEEN ?2 AND ?3 ORDER BY e.rowid",
                 [](DiaryEntry& entry, Statement& row) { entry.events << row.text(1); });
    return result;
}

std::optional<DiaryEntry> DiaryRepository::latestBefore(std::int64_t profileId, const QDate& date) const
{
    Statement latest =
        m_database.connection().prepare("SELECT max(day) FROM diary_day WHERE profile_id = ?1 AND day < ?2");
    latest.bind(1, profileId).bind(2, IsoDate::format(date));
    latest.step();
    const QDate day = StoredValue::date(latest, 0);
    if (!day.isValid()) {
        return std::nullopt;
    }
    std::vector<DiaryEntry> entries = this->entries(profileId, day, day);
    if (entries.empty()) {
        return std::nullopt;
    }
    return std::move(entries.front());
}

DayDefaults DiaryRepository::defaultsBefore(std::int64_t profileId, const QDate& date,
                                            const QDate& since) const
{
    // Each detail is the newest day's that has one: the (profile_id, day) index is walked back
    // from the date, so this stays a handful of lookups however long the diary is.
    Statement latest = m_database.connection().prepare(
        "SELECT "
        "(SELECT time_taken FROM diary_day WHERE profile_id = ?1 AND day < ?2 AND day >= ?3 "
        " AND time_taken IS NOT NULL ORDER BY day DESC LIMIT 1), "
        "(SELECT formulation FROM diary_day WHERE profile_id = ?1 AND day < ?2 AND day >= ?3 "
        " AND formulation IS NOT NULL ORDER BY day DESC LIMIT 1), "
        "(SELECT pharmacy FROM diary_day WHERE profile_id = ?1 AND day < ?2 AND day >= ?3 "
        " AND pharmacy <> '' ORDER BY day DESC LIMIT 1), "
        "(SELECT batch FROM diary_day WHERE profile_id = ?1 AND day < ?2 AND day >= ?3 "
        " AND batch <> '' ORDER BY day DESC LIMIT 1), "
        "(SELECT dose_ug FROM diary_day WHERE profile_id = ?1 AND day < ?2 AND day >= ?3 "
        " AND status = 'taken' ORDER BY day DESC LIMIT 1)");
    latest.bind(1, profileId).bind(2, IsoDate::format(date)).bind(3, IsoDate::format(since));
    latest.step();
    DayDefaults defaults;
    if (!latest.isNull(0)) {
        defaults.timeTaken = StoredValue::clockTime(latest, 0);
    }
    if (!latest.isNull(1)) {
        defaults.formulation = formulationFromText(latest.text(1));
    }
    defaults.pharmacy = latest.text(2);
    defaults.batch = latest.text(3);
    if (!latest.isNull(4)) {
        defaults.lastTakenDose = Dose::fromMicrograms(latest.int64(4));
    }
    return defaults;
}

int DiaryRepository::countDays(std::int64_t profileId) const
{
    Statement count = m_database.connection().prepare("SELECT count(*) FROM diary_day WHERE profile_id = ?1");
    count.bind(1, profileId);
    count.step();
    return count.integer(0);
}

std::optional<QDate> DiaryRepository::firstDoseDay(std::int64_t profileId) const
{
    Statement first = m_database.connection().prepare(
        "SELECT min(day) FROM diary_day WHERE profile_id = ?1 AND status = 'taken' AND dose_ug > 0");
    first.bind(1, profileId);
    first.step();
    const QDate day = StoredValue::date(first, 0);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

} // namespace ldn
