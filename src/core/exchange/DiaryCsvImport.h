#pragma once

#include "core/diary/DiaryEntry.h"
#include "core/diary/SymptomDefinition.h"
#include "core/exchange/CsvDateFormat.h"

#include <QDate>
#include <QString>

#include <set>
#include <vector>

namespace ldn {

class CsvColumnMapping;
class CsvTable;

// Why a row of the file cannot be imported (or, in unusualDoses, what must be confirmed).
struct CsvRowProblem {
    int line = 0;   // physical line the row starts on
    QString column; // the header of the column at fault; empty when it is the row as a whole
    QString reason;
    friend bool operator==(const CsvRowProblem&, const CsvRowProblem&) = default;
};

struct CsvImportedDay {
    int line = 0;
    DiaryEntry entry;
    friend bool operator==(const CsvImportedDay&, const CsvImportedDay&) = default;
};

struct DiaryCsvImportResult {
    std::vector<CsvImportedDay> days;        // readable rows for days not yet in the diary, by date
    std::vector<CsvImportedDay> conflicts;   // readable rows for days the diary already has, by date
    std::vector<CsvRowProblem> problems;     // why rows are skipped, by line; a row can have several
    std::vector<CsvRowProblem> unusualDoses; // readable rows whose dose needs confirming, by line
    int blankRows = 0; // rows with nothing but (perhaps) a date: days not logged, skipped

    // How many rows are skipped for problems (problems counts each problem).
    int rowsWithProblems() const;
    // The entries to save, by date: the new days, and the conflicting ones only when the person
    // chose to replace those days.
    std::vector<DiaryEntry> entries(bool replaceConflicts = false) const;
};

// Turns the rows of a CSV table into diary entries, as mapped by the person, checking every row
// completely and never repairing one: a row with any problem is listed (line, column, reason)
// and left out whole, nothing is clamped or guessed. The problems found:
// - a date that is missing, not in the chosen form, not in the calendar (2025-02-30), after
//   `today`, or on two rows (both rows are listed: which one is right cannot be known);
// - a dose that is negative, not a number, has more than three decimals or exceeds
//   Dose::kMaximumMicrograms; missed "yes" together with a dose or a time; neither a dose nor
//   missed "yes" (an empty dose is not 0 mg: write 0 for a day without LDN);
// - a score that is not a whole number 0-10, a side effect without a severity 0-3, a time that
//   is not a clock time, an unknown formulation, a missed cell other than yes/no;
// - cells beyond the header (usually a comma in a cell that is not in quotes).
// Empty cells are "not recorded". Rows whose mapped cells are all empty except the date are
// days not logged and are skipped (blankRows). A decimal comma (1,5) is read in files that do
// not use ',' between cells. Doses outside 0.1-10 mg are read but listed in unusualDoses for the
// person to confirm, as everywhere else in the program. Days the diary already has are not
// problems: they are kept apart in conflicts so the caller decides (never silently replaced).
class DiaryCsvImport {
public:
    struct Settings {
        CsvDateFormat dateFormat = CsvDateFormat::Iso;
        std::vector<SymptomDefinition> symptoms; // the profile's
        std::set<QDate> loggedDays;              // the days the diary already has
        QDate today;                             // later days are refused; invalid for no limit
    };

    // Throws InputError("FILE:LINE" of the header) with the mapping's first problem, if any.
    static DiaryCsvImportResult read(const CsvTable& table, const CsvColumnMapping& mapping,
                                     const Settings& settings);
};

} // namespace ldn
