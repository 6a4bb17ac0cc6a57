#pragma once

#include "core/diary/DoseStatus.h"
#include "core/exchange/CsvField.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace ldn {

// The spelling of the diary CSV: the headers this program writes, and how the cells that hold
// more than one value are written, so that DiaryCsvWriter and DiaryCsvImport agree and an export
// reads back as the same diary.
//
// - Side effects: "insomnia: 3; vivid dreams: 1" (name, colon, severity 0-3; by name).
// - Events: "infection; stressful day".
//   In both, a ';' or '\' inside a name is written "\;" or "\\".
// - Formula guard: a cell that starts with =, +, -, @, tab or CR would be run as a formula by
//   Excel and LibreOffice (a note "=HYPERLINK(...)" is an attack, "-tired" an error). Such a cell
//   is written with an apostrophe in front ('-tired), which both show as text. Reading removes
//   one apostrophe in front of those characters; a cell that really starts with apostrophes and
//   one of them gets one more, so every text reads back exactly.
class DiaryCsvFormat {
public:
    // This program's header for a column ("date", "dose_mg", "missed", "time", "formulation",
    // "pharmacy", "batch", "side_effects", "events", "note"); empty for Ignore and symptoms.
    static QString header(CsvField field);
    // A symptom's column is headed by its name, or "NAME (score)" when the name is one of the
    // headers above (a symptom called "note"), so the columns stay apart.
    static QString symptomHeader(const QString& symptomName);
    // The symptom name a header stands for: "note (score)" -> "note"; other headers unchanged.
    static QString symptomNameOf(const QString& header);

    static QString missedText(DoseStatus status); // "yes" or "no"
    // yes/y/true/1/x/missed are missed; no/n/false/0/taken and an empty cell are not; anything
    // else is std::nullopt.
    static std::optional<bool> parseMissed(const QString& text);

    static QString sideEffectsText(const std::map<QString, int>& sideEffects);
    // Throws InputError(column, problem) for an entry without "NAME: SEVERITY", a severity other
    // than a whole number 0-3, or a name given twice.
    static std::map<QString, int> parseSideEffects(const QString& text, const QString& column);
    static QString eventsText(const QStringList& events);
    static QStringList parseEvents(const QString& text);

    static QString guardAgainstFormula(const QString& cell);
    static QString removeFormulaGuard(const QString& cell);
};

} // namespace ldn
