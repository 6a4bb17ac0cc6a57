#include "storage/diary/DiaryDayWriter.h"

#include "core/base/IsoDate.h"
#include "core/diary/DiaryDayField.h"
#include "storage/db/Connection.h"

#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace ldn {
namespace {

// The statement is spelt out from the table of day fields, so a new field is written with the
// day without a change here.
std::string dayStatement(DiaryDayWriter::Existing existing)
{
    std::string columns = "profile_id, day";
    std::string parameters = "?1, ?2";
    std::string updates;
    int index = 2;
    for (const DiaryDayField& field : DiaryDayField::all()) {
        columns += std::string(", ") + field.column;
        parameters += ", ?" + std::to_string(++index);
        updates += std::string(field.column) + " = excluded." + field.column + ", ";
    }
    std::string statement = "INSERT INTO diary_day (" + columns + ", updated_at) VALUES (" + parameters +
                            ", ?" + std::to_string(++index) + ") ";
    if (existing == DiaryDayWriter::Existing::Replace) {
        statement +=
            "ON CONFLICT (profile_id, day) DO UPDATE SET " + updates + "updated_at = excluded.updated_at ";
    }
    return statement + "RETURNING id";
}

void bindValue(Statement& statement, int index, const DiaryDayField::Value& value)
{
    std::visit(
        [&](const auto& held) {
            if constexpr (std::is_same_v<std::decay_t<decltype(held)>, std::monostate>) {
                statement.bindNull(index);
            } else {
                statement.bind(index, held);
            }
        },
        value);
}

} // namespace

DiaryDayWriter::DiaryDayWriter(Connection& connection, std::int64_t profileId,
                               QHash<QString, std::int64_t> symptomIds, Existing existing)
    : m_profileId(profileId)
    , m_symptomIds(std::move(symptomIds))
    , m_existing(existing)
    , m_writeDay(connection.prepare(dayStatement(existing)))
    , m_clearScores(connection.prepare("DELETE FROM symptom_score WHERE day_id = ?1"))
    , m_clearEffects(connection.prepare("DELETE FROM side_effect WHERE day_id = ?1"))
    , m_clearEvents(connection.prepare("DELETE FROM day_event WHERE day_id = ?1"))
    , m_addScore(
          connection.prepare("INSERT INTO symptom_score (day_id, symptom_id, score) VALUES (?1, ?2, ?3)"))
    , m_addEffect(connection.prepare("INSERT INTO side_effect (day_id, name, severity) VALUES (?1, ?2, ?3)"))
    , m_addEvent(connection.prepare("INSERT OR IGNORE INTO day_event (day_id, event) VALUES (?1, ?2)"))
{}

void DiaryDayWriter::write(const DiaryEntry& entry, const QString& updatedAt)
{
    m_writeDay.bind(1, m_profileId).bind(2, IsoDate::format(entry.date));
    int index = 2;
    for (const DiaryDayField& field : DiaryDayField::all()) {
        bindValue(m_writeDay, ++index, field.valueOf(entry));
    }
    m_writeDay.bind(++index, updatedAt);
    m_writeDay.step();
    const std::int64_t dayId = m_writeDay.int64(0);
    m_writeDay.reset();

    if (m_existing == Existing::Replace) {
        for (Statement* clear : {&m_clearScores, &m_clearEffects, &m_clearEvents}) {
            clear->bind(1, dayId);
            clear->run();
            clear->reset();
        }
    }
    for (const auto& [symptom, score] : entry.symptomScores) {
        m_addScore.bind(1, dayId).bind(2, m_symptomIds.value(symptom.toLower())).bind(3, score);
        m_addScore.run();
        m_addScore.reset();
    }
    for (const auto& [effect, severity] : entry.sideEffects) {
        m_addEffect.bind(1, dayId).bind(2, effect.trimmed()).bind(3, severity);
        m_addEffect.run();
        m_addEffect.reset();
    }
    for (const QString& event : entry.events) {
        m_addEvent.bind(1, dayId).bind(2, event.trimmed());
        m_addEvent.run();
        m_addEvent.reset();
    }
}

} // namespace ldn
