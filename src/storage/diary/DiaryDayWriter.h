#pragma once

#include "core/diary/DiaryEntry.h"
#include "storage/db/Statement.h"

#include <QHash>
#include <QString>

#include <cstdint>

namespace ldn {

class Connection;

// Writes diary days of one profile: the `diary_day` row and its scores, side effects and events,
// with surrounding spaces trimmed from pharmacy, batch, side effects and events (callers validate
// first). Saving from a form replaces a day already stored for the date; restoring a backup into
// a new profile only ever inserts. Both run inside the caller's transaction, with the statements
// prepared once for all the days.
class DiaryDayWriter {
public:
    enum class Existing { Replace, MustNotExist };

    // `symptomIds`: the profile's symptom ids by lower-case name.
    DiaryDayWriter(Connection& connection, std::int64_t profileId, QHash<QString, std::int64_t> symptomIds,
                   Existing existing);

    // `updatedAt` as stored: YYYY-MM-DDTHH:MM:SSZ.
    void write(const DiaryEntry& entry, const QString& updatedAt);

private:
    std::int64_t m_profileId;
    QHash<QString, std::int64_t> m_symptomIds;
    Existing m_existing;
    Statement m_writeDay;
    Statement m_clearScores;
    Statement m_clearEffects;
    Statement m_clearEvents;
    Statement m_addScore;
    Statement m_addEffect;
    Statement m_addEvent;
};

} // namespace ldn
