#pragma once

#include "core/diary/DiaryEntry.h"
#include "core/diary/SymptomDefinition.h"
#include "core/exchange/CsvDateFormat.h"
#include "core/exchange/CsvDiaryPreset.h"
#include "core/exchange/CsvImportChoices.h"
#include "core/exchange/CsvTable.h"
#include "core/exchange/DiaryCsvImport.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace ldn {

class Database;

// Puts a diary kept in a spreadsheet into a profile. The import dialog reads the file
// (readTable), lets the person map the columns and answer questions, and calls write; the
// command line calls importFile, which makes every choice the dialog would ask about
// automatically and refuses the file rather than guess:
//
// - a tracker's export (Daylio, a long file such as Bearable's) is first turned into days
//   (CsvDiaryPreset);
// - columns are mapped by header (CsvColumnMapping::guessFromHeader): this program's own export
//   and the usual spellings; a column of whole numbers 0-10 with an unknown header becomes a new
//   symptom of the profile (higher is worse unless its name speaks of sleep, energy, mood,
//   quality or wellbeing, in English or German); other unknown columns are ignored and listed in
//   the result; then the person's choices (CsvImportChoices: --map, --scale, --higher-is-better,
//   --higher-is-worse) are applied, and a symptom on another scale is refused until its scale
//   is given;
// - the date format is the one given, or detected from all dates; dates that fit both day first
//   and month first are refused with a request to choose;
// - any problem in any row, a day the diary already has (the command line never replaces a
//   logged day), and a dose outside 0.1-10 mg unless confirmUnusualDoses, throw InputError for
//   the first one, located "FILE:LINE: column" (FILE is the file's name), and nothing is
//   written. So does a file without a single diary day.
class DiaryCsvImporter {
public:
    struct FileImport {
        int days = 0; // days written
        CsvDateFormat dateFormat = CsvDateFormat::Iso;
        std::vector<SymptomDefinition> createdSymptoms;
        QStringList ignoredColumns;  // headers of the columns not imported
        int blankRows = 0;           // rows without anything but a date: not logged
        QString preset;              // what CsvDiaryPreset recognised and did; empty when nothing
        QStringList convertedScales; // "Energy: 1-5 converted to 0-10"
    };

    explicit DiaryCsvImporter(Database& database);

    // Reads a CSV file whole (refusing more than CsvTable::kMaximumBytes before reading it);
    // errors are InputError "NAME:LINE" with the file's name, or the path when it cannot be read.
    static CsvTable readTable(const QString& path);

    // What DiaryCsvImport::read needs to know about the profile: its symptoms (as the day form
    // shows them), the days it has logged, and today (later days are refused).
    DiaryCsvImport::Settings settingsFor(std::int64_t profileId, CsvDateFormat dateFormat);

    // Adds `newSymptoms` to the profile and saves `entries`, all in one transaction: if anything
    // fails (a symptom the profile has, an entry the diary refuses, the disk) nothing is written.
    // An entry for a day already logged replaces that day; callers pass such entries only when
    // the person chose to replace them.
    void write(std::int64_t profileId, const std::vector<SymptomDefinition>& newSymptoms,
               const std::vector<DiaryEntry>& entries);

    // The command line's import: see the class comment. `dateFormat` empty means detect.
    FileImport importFile(const QString& path, std::int64_t profileId,
                          std::optional<CsvDateFormat> dateFormat = std::nullopt,
                          bool confirmUnusualDoses = false);
    FileImport importFile(const QString& path, std::int64_t profileId, const CsvImportChoices& choices,
                          bool confirmUnusualDoses);

private:
    Database& m_database;
};

} // namespace ldn
