#pragma once

#include "core/diary/SymptomDefinition.h"
#include "core/exchange/CsvDateFormat.h"
#include "core/exchange/CsvScale.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace ldn {

class CsvColumnMapping;
class CsvTable;

// Everything the import dialog lets a person say about a spreadsheet, said on the command line:
//
//   --map COLUMN=FIELD        COLUMN is a header (case, spaces and brackets do not matter) or a
//                             column number from 1; FIELD is date, datetime, dose, missed, time,
//                             formulation, pharmacy, batch, side_effects, events, note, ignore,
//                             symptom (named after the header) or symptom:NAME (the profile's
//                             symptom NAME, or a new one)
//   --scale SYMPTOM=MIN-MAX   the column of SYMPTOM is scored MIN to MAX (1-5, 0-100, or 0-10 to
//                             say it is the diary's scale); other scales are converted to 0-10
//   --higher-is-better SYMPTOM, --higher-is-worse SYMPTOM
//                             the direction of a symptom the import adds
//   --date-format iso|uk|us|excel
struct CsvImportChoices {
    std::vector<std::pair<QString, QString>> columns; // COLUMN, FIELD
    std::vector<std::pair<QString, CsvScale>> scales; // SYMPTOM, scale
    QStringList higherIsBetter;
    QStringList higherIsWorse;
    std::optional<CsvDateFormat> dateFormat;

    // Reads the options' texts; throws InputError naming the option for one that is not well formed.
    static CsvImportChoices fromOptions(const QStringList& maps, const QStringList& scales,
                                        const QStringList& higherIsBetter, const QStringList& higherIsWorse,
                                        const std::optional<QString>& dateFormat);

    // Applies the choices to a mapping guessed from `table`. Throws InputError naming the option
    // for a column the file does not have, a field that does not exist, a symptom no column is
    // mapped to, or a direction given for one of the profile's own symptoms (their direction is
    // the profile's, and changing it would change what earlier days mean).
    void applyTo(CsvColumnMapping& mapping, const CsvTable& table,
                 const std::vector<SymptomDefinition>& symptoms) const;
};

} // namespace ldn
