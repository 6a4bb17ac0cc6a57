#pragma once

#include "core/diary/SymptomDefinition.h"
#include "core/exchange/CsvTable.h"

#include <QString>

#include <vector>

namespace ldn {

// Exports of other trackers recognised from their header alone, and turned into one row per day
// in this program's own columns (date, dose_mg, missed, time, events, note, one column per
// score), so the usual column mapping, checks and confirmations apply to them unchanged. Each
// cell remembers the line of the file it came from, so problems are reported where they are.
//
// - Daylio ("full_date, date, weekday, time, mood, activities, note_title, note"): a row per
//   entry, several a day. Mood words become a 0-10 mood by a fixed mapping (rad 10, good 8, meh 5,
//   bad 2, awful 0; the day's mean when it has several, rounded half up); activities become
//   events, except an activity naming the LDN dose ("LDN 1.5mg", "LDN 500mcg", "Naltrexone 3 mg"),
//   which is the dose, with its entry's time (12-hour "10:05 pm" too) as the time taken, and
//   "LDN missed" / "no LDN", which mark the day missed; note titles and notes become the note.
// - Long files, a row per measurement (Bearable's "date formatted, category, rating/amount,
//   detail", or any file with a date, a name and a value column): pivoted to a column per thing
//   measured. A Bearable symptom is named by its detail, a medication detail naming the LDN dose
//   is the dose, factors and activities are events, notes the note. Several ratings of one thing
//   on one day become their mean, rounded half up.
//
// Google Forms (a Timestamp column, "Pain (0-10)") and Excel files need no turning: their date-time
// cells, serial dates and scales in headers are read by CsvDateFormat and CsvColumnMapping.
class CsvDiaryPreset {
public:
    enum class Kind { None, Daylio, LongFile };

    struct Result {
        Kind kind = Kind::None;
        QString description; // what was recognised and done, for the person; empty for None
        // Columns the export defines as scores (Daylio's mood), with their direction: mapped to a
        // symptom even when a cell is not a score, so such a cell is reported, not the column dropped.
        std::vector<SymptomDefinition> scoreColumns;
    };

    // Recognises `table`; when it is a known export, replaces it with its days. A table that is not
    // one is left as it is.
    static Result apply(CsvTable& table);
    // Maps the result's score columns that the guess left out to the profile's symptom of that name
    // or a new one.
    static void mapScoreColumns(const Result& result, const CsvTable& table, class CsvColumnMapping& mapping,
                                const std::vector<SymptomDefinition>& symptoms);
};

} // namespace ldn
