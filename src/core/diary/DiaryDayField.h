#pragma once

#include "core/diary/DiaryEntry.h"

#include <QString>

#include <cstdint>
#include <span>
#include <variant>

namespace ldn {

// One simple stored field of a diary day: its column in `diary_day`, its key in backups, and how
// its value is taken from and put into a DiaryEntry with the checks a value from outside needs.
// The table of them (`all()`) is the one place such a field is named: the day writer, the diary
// repository and the backup format loop over it, so that a new field (say, hours of sleep) is
// added here, in DiaryEntry, in a migration and on the form, and nowhere else. The structured
// parts of a day (scores, side effects, events) and its date keep their own tables and code.
struct DiaryDayField {
    // How the database and backups hold the value: INTEGER / whole number, REAL / number,
    // TEXT / string.
    enum class Kind { Integer, Number, Text };
    // Where the key comes in a day of a backup: backups have always written pharmacy and batch
    // before the scores, side effects and events, and the note after them; keeping that order
    // keeps a backup of the same diary byte for byte the same.
    enum class InBackup { BeforeLists, AfterLists };
    // std::monostate: the day has no value (NULL in the database, key left out of backups). An
    // empty text is also left out of backups.
    using Value = std::variant<std::monostate, std::int64_t, double, QString>;

    const char* column;
    const char* jsonKey;
    Kind kind;
    InBackup inBackup;
    // The value to store and back up.
    Value (*valueOf)(const DiaryEntry& entry);
    // Sets the field from a stored or backed-up value. Returns what is wrong with the value (empty
    // when nothing); the caller says where. The fields before this one in `all()` are set already,
    // so a dose or a time can depend on the day's status.
    QString (*assign)(DiaryEntry& entry, const Value& value);

    // In the order of the columns of `diary_day` and of the keys in backups.
    static std::span<const DiaryDayField> all();
};

} // namespace ldn
