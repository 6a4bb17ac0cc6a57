#pragma once

#include "core/diary/SymptomDefinition.h"
#include "core/exchange/CsvField.h"
#include "core/exchange/CsvScale.h"

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
    // Symptoms only: the scale the column scores on when it is not the diary's 0-10 (from its
    // header, a preset or the person), and whether the person confirmed converting it to 0-10.
    std::optional<CsvScale> scale{};
    bool scaleConfirmed = false;
    // Symptoms only: the column's scores all lie between 1 and 5, so it may be a 1-5 scale; the
    // person must say which before it is imported (setting `scale`, 0-10 included, answers it).
    bool scaleUnknown = false;
    friend bool operator==(const CsvColumnRole&, const CsvColumnRole&) = default;
};

// Which column of a CSV file is which part of a diary day: chosen by the person in the import
// dialog, pre-filled (and, on the command line, decided) by guessFromHeader.
class CsvColumnMapping {
public:
    CsvColumnMapping() = default;
    explicit CsvColumnMapping(int columnCount);

    // Maps each header this program writes and the usual spellings people use ("Date", "Day",
    // "Timestamp", "Dose (mg)", "LDN mg", "Missed?", "Time taken", "Lot", "Side effects",
    // "Notes", ...; case, spaces, '_' and brackets do not matter). A header naming one of
    // `symptoms`, with or without a scale ("Pain (0-10)"), maps to that symptom. Any other column
    // whose cells are all whole numbers on the header's scale (0-10 when it names none) becomes a
    // new symptom named after its header without the scale, higher being better when the name
    // speaks of sleep, energy, mood, quality or wellbeing in English or German. A scale other
    // than 0-10 is kept on the role, unconfirmed; a symptom column scored only 1 to 5 on five or
    // more days is marked scaleUnknown. The rest, and a second column for a field already taken, are
    // ignored. A header naming micrograms (mcg, ug, µg) is never taken as the dose in mg.
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
    // The date column: the one mapped to Date, else the one mapped to DateTime.
    std::optional<int> dateColumn() const;
    // The symptoms NewSymptom columns will add, in column order.
    std::vector<SymptomDefinition> newSymptoms() const;

    // What must change before anything can be imported: no date column, neither a dose nor a
    // missed column, two columns for one field or one symptom, a new symptom without a name or
    // named like an existing one, a symptom column on another scale that the person has not
    // confirmed converting, or whose scale is unknown. `header` names the columns in the
    // messages. Empty when fine.
    QStringList problems(const QStringList& header, const std::vector<SymptomDefinition>& symptoms) const;

    // The role of a symptom column, as guessFromHeader makes it: `symptom` (a profile's symptom
    // when `existing`, else a new one), with the header's scale, or scaleUnknown when the column's
    // scores are all 1 to 5 on five or more days.
    static CsvColumnRole symptomRole(const CsvTable& table, int column, const SymptomDefinition& symptom,
                                     bool existing);

    // "Dose (mg)" and "dose_mg" alike: lower case, brackets, '_', '-', '?', ':' and '.' as spaces,
    // spaces simplified.
    static QString normalisedHeader(const QString& header);

    friend bool operator==(const CsvColumnMapping&, const CsvColumnMapping&) = default;

private:
    std::vector<CsvColumnRole> m_roles;
};

} // namespace ldn
