#pragma once

#include "core/DiaryEntry.h"

#include <QDate>

#include <cstdint>
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
    std::vector<DiaryEntry> entries(std::int64_t profileId, const QDate& from = {}, const QDate& to = {});
    int countDays(std::int64_t profileId);

private:
    Database& m_database;
};

} // namespace ldn
