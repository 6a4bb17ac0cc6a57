#pragma once

#include "core/diary/SymptomDefinition.h"
#include "core/exchange/CsvField.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ldn {

class CsvTable;

// What one column of the file is imported as.
struct CsvColumnRole {
    CsvField field = CsvField::Ignore;
    // For Symptom, the profile's symptom (its name as the profile spells it); for NewSymptom,
    // the symptom to add, with the direction the person chose.
    SymptomDefinition symptom;
    friend bool operator==(const CsvColumnRole&, const CsvColumnRole&) = default;
};

// Which column of a CSV file is which part of a diary day: chosen by the person in the import
// dialog, pre-filled (and, on the command line, decided) by guessFromHeader.
class CsvColumnMapping {
public:
    CsvColumnMapping() = default;
    explicit CsvColumnMapping(int columnCount);

    // Maps each header this program writes and the usual spellings people use ("Date", "Day",
    // "Dose (mg)", "LDN mg", "Missed?", "Time taken", "Lot", "Side effects", "Notes", ...;
    // case, spaces, '_' and brackets do not matter). A header naming one of `symptoms` maps to
    // that symptom. Any other column whose cells are all whole numbers 0-10 becomes a new
    // symptom named after its header (higher is better when the name speaks of sleep, energy,
    // mood, quality or wellbeing, as with the default symptoms). The rest, and a second column
    // for a field already taken, are ignored. A header naming micrograms (mcg, ug, µg) is never
    // taken as the dose in mg.
    static CsvColumnMapping guessFromHeader(const CsvTable& table,
                                            const std::vector<SymptomDefinition>& symptoms);

    int columnCount() const { return static_cast<int>(m_roles.size()); }
    const CsvColumnRole& role(int column) const { return m_roles.at(static_cast<std::size_t>(column)); }
    void setRole(int column, CsvColumnRole role)
    {
        m_roles.at(static_cast<std::size_t>(column)) = std::move(role);
    }
    // The first column mapped to `field`.
    std::optional<int> columnOf(CsvField field) const;
    // The symptoms NewSymptom columns will add, in column order.
    std::vector<SymptomDefinition> newSymptoms() const;

    // What must change before anything can be imported: no date column, neither a dose nor a
    // missed column, two columns for one field or one symptom, a new symptom without a name or
    // named like an existing one. `header` names the columns in the messages. Empty when fine.
    QStringList problems(const QStringList& header, const std::vector<SymptomDefinition>& symptoms) const;

    // "Dose (mg)" and "dose_mg" alike: lower case, brackets, '_', '-', '?', ':' and '.' as spaces,
    // spaces simplified.
    static QString normalisedHeader(const QString& header);

    friend bool operator==(const CsvColumnMapping&, const CsvColumnMapping&) = default;

private:
    std::vector<CsvColumnRole> m_roles;
};

} // namespace ldn
