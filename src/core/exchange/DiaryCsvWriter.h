#pragma once

#include <QByteArray>

namespace ldn {

struct ArchivedProfile;

// Writes one person's diary as a CSV file that opens cleanly in LibreOffice, Excel and Google
// Sheets: UTF-8 with a byte-order mark (without one Excel reads accents as Windows-1252), CRLF
// line ends, ',' between cells, RFC 4180 quoting (cells with a comma, quote or line break are
// quoted, quotes doubled), one header row and one row per logged day, by date. Days not logged
// have no row. The columns, spelled as in DiaryCsvFormat:
//
//   date, dose_mg, missed, time, formulation, pharmacy, batch, <each symptom>, side_effects,
//   events, note
//
// date is yyyy-mm-dd; dose_mg is the exact dose in mg with '.' (0, 1.5, 0.25), empty on a missed
// day; missed is yes or no; time is HH:MM (24 h). A symptom column is headed by the symptom's name
// (archived symptoms too, in the profile's order) and holds the score 0-10 or nothing. Every text
// cell is protected against being run as a formula (DiaryCsvFormat::guardAgainstFormula).
// DiaryCsvImport reads the result back into the same entries.
class DiaryCsvWriter {
public:
    static QByteArray write(const ArchivedProfile& profile);
};

} // namespace ldn
