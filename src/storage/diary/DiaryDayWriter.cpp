#include "storage/diary/DiaryDayWriter.h"

#include "core/base/IsoDate.h"
#include "storage/db/Connection.h"

#include <optional>
#include <utility>

namespace ldn {
namespace {

constexpr const char* kInsertDay = "INSERT INTO diary_day (profile_id, day, status, dose_ug, time_taken, "
                                   "formulation, pharmacy, batch, note, "
                                   "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ";
constexpr const char* kReplaceClause =
    "ON CONFLICT (profile_id, day) DO UPDATE SET status = excluded.status, dose_ug = excluded.dose_ug, "
    "time_taken = excluded.time_taken, formulation = excluded.formulation, pharmacy = excluded.pharmacy, "
    "batch = excluded.batch, note = excluded.note, updated_at = excluded.updated_at ";

std::string dayStatement(DiaryDayWriter::Existing existing)
{
    return std::string(kInsertDay) + (existing == DiaryDayWriter::Existing::Replace ? kReplaceClause : "") +
           "RETURNING id";
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
    const bool taken = entry.status == DoseStatus::Taken;
    m_writeDay.bind(1, m_profileId)
        .bind(2, IsoDate::format(entry.date))
        .bind(3, toStorageText(entry.status))
        .bind(4, taken ? std::optional<std::int64_t>(entry.dose.micrograms()) : std::nullopt)
        .bind(5, entry.timeTaken ? std::optional<QString>(entry.timeTaken->toString(QStringLiteral("HH:mm")))
                                 : std::nullopt)
        .bind(6, entry.formulation ? std::optional<QString>(toStorageText(*entry.formulation)) : std::nullopt)
        .bind(7, entry.pharmacy.trimmed())
        .bind(8, entry.batch.trimmed())
        .bind(9, entry.note)
        .bind(10, updatedAt);
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
