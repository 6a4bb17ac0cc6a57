#pragma once

#include "core/diary/DayDefaults.h"
#include "core/diary/DiaryEntry.h"
#include "core/exchange/DiaryArchive.h"

#include <QDate>
#include <QDateTime>

#include <cstdint>
#include <optional>
#include <vector>

namespace ldn {

class Database;

// Diary days of one profile. Saving a date that already has an entry replaces that day whole.
class DiaryRepository {
public:
    explicit DiaryRepository(Database& database);

    // Validates every entry first and writes all of them in one transaction, or none.
    void save(std::int64_t profileId, const std::vector<DiaryEntry>& entries);
    void save(std::int64_t profileId, const DiaryEntry& entry)
    {
        save(profileId, std::vector<DiaryEntry>{entry});
    }

    // Logged days between the two dates inclusive (an invalid date leaves that end open), by date.
    std::vector<DiaryEntry> entries(std::int64_t profileId, const QDate& from = {},
                                    const QDate& to = {}) const;
    // The latest logged day before `date`, if any.
    std::optional<DiaryEntry> latestBefore(std::int64_t profileId, const QDate& date) const;
    // The latest of each detail logged on the days from `since` up to the day before `date`; a
    // few index lookups, however long the diary.
    DayDefaults defaultsBefore(std::int64_t profileId, const QDate& date, const QDate& since) const;
    // Every logged day with the time it was last saved, as a backup keeps them.
    std::vector<ArchivedDay> archivedDays(std::int64_t profileId) const;
    int countDays(std::int64_t profileId) const;
    // The first day a dose above 0 mg was taken, if any: where the baseline before LDN ends.
    std::optional<QDate> firstDoseDay(std::int64_t profileId) const;

private:
    // The days, and when `updatedAt` is given their last-saved times in the same order.
    std::vector<DiaryEntry> readDays(std::int64_t profileId, const QDate& from, const QDate& to,
                                     std::vector<QDateTime>* updatedAt) const;

    Database& m_database;
};

} // namespace ldn
