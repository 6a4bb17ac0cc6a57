#include "core/exchange/CsvColumnMapping.h"

#include "core/exchange/CsvSymptomHeader.h"
#include "core/exchange/CsvTable.h"
#include "core/exchange/DiaryCsvFormat.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <map>
#include <utility>

namespace ldn {
namespace {

struct Spellings {
    CsvField field;
    std::initializer_list<const char*> names; // normalised
};

// What people head these columns with in their own spreadsheets, normalised.
const std::array<Spellings, 11>& knownSpellings()
{
    static const std::array<Spellings, 11> kSpellings{{
        {CsvField::Date,
         {"date", "day", "diary date", "datum", "fecha", "full date", "date formatted", "tag"}},
        {CsvField::DateTime,
         {"timestamp", "date time", "datetime", "date and time", "zeitstempel", "zeitpunkt"}},
        {CsvField::Dose,
         {"dose mg", "dose", "ldn", "ldn mg", "ldn dose", "ldn dose mg", "dose of ldn", "dose of ldn mg",
          "mg", "dosage", "dosage mg", "dose in mg", "ldn dosage", "naltrexone mg", "naltrexone dose",
          "dosis", "dosis mg", "ldn dosis"}},
        {CsvField::Missed,
         {"missed", "missed dose", "dose missed", "skipped", "skipped dose", "missed yes no", "forgot",
          "vergessen", "ausgelassen"}},
        {CsvField::Time, {"time", "time taken", "dose time", "time of dose", "taken at", "uhrzeit"}},
        {CsvField::Formulation, {"formulation", "form", "ldn form"}},
        {CsvField::Pharmacy, {"pharmacy", "compounding pharmacy", "chemist"}},
        {CsvField::Batch, {"batch", "lot", "batch number", "lot number", "batch no", "lot no", "batch lot"}},
        {CsvField::SideEffects, {"side effects", "side effect", "adverse effects", "side effects severity"}},
        {CsvField::Events, {"events", "event", "day events", "triggers"}},
        {CsvField::Note, {"note", "notes", "comment", "comments", "remarks", "notiz", "notizen"}},
    }};
    return kSpellings;
}

bool speaksOfMicrograms(const QString& normalised)
{
    const QStringList words = normalised.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const char* unit : {"mcg", "ug", "µg", "μg", "microgram", "micrograms"}) {
        if (words.contains(QString::fromUtf8(unit))) {
            return true;
        }
    }
    return false;
}

// The whole-number scores of a column, or nothing when any cell is not a whole number within
// `scale` (empty cells are "not recorded").
std::optional<std::vector<int>> scoresOf(const CsvTable& table, int column, const CsvScale& scale)
{
    static const QRegularExpression score(QStringLiteral(R"(^\d{1,4}$)"));
    std::vector<int> scores;
    for (std::size_t i = 1; i < table.rows().size(); ++i) {
        const QString text = CsvTable::cell(table.rows()[i], column).trimmed();
        if (text.isEmpty()) {
            continue;
        }
        if (!score.match(text).hasMatch() || text.toInt() < scale.minimum || text.toInt() > scale.maximum) {
            return std::nullopt;
        }
        scores.push_back(text.toInt());
    }
    if (scores.empty()) {
        return std::nullopt;
    }
    return scores;
}

// A column of five or more scores, all between 1 and 5, may well be a 1-5 scale.
bool mayBeFivePointScale(const std::vector<int>& scores)
{
    return scores.size() >= 5 &&
           std::all_of(scores.begin(), scores.end(), [](int score) { return score >= 1 && score <= 5; });
}

QString columnLabel(const QStringList& header, int column)
{
    const QString text = column < header.size() ? header.at(column).simplified() : QString();
    return text.isEmpty() ? QStringLiteral("column %1").arg(column + 1) : QStringLiteral("\"%1\"").arg(text);
}

} // namespace

CsvColumnMapping::CsvColumnMapping(int columnCount)
    : m_roles(static_cast<std::size_t>(std::max(columnCount, 0)))
{}

QString CsvColumnMapping::normalisedHeader(const QString& header)
{
    static const QRegularExpression separators(QStringLiteral(R"([()\[\]_\-?:./])"));
    QString text = DiaryCsvFormat::removeFormulaGuard(header).toLower();
    text.replace(separators, QStringLiteral(" "));
    return text.simplified();
}

CsvColumnMapping CsvColumnMapping::guessFromHeader(const CsvTable& table,
                                                   const std::vector<SymptomDefinition>& symptoms)
{
    const QStringList& header = table.header();
    CsvColumnMapping mapping(table.columnCount());
    std::vector<bool> taken(mapping.m_roles.size(), false);
    const auto assign = [&](int column, CsvColumnRole role) {
        mapping.m_roles[static_cast<std::size_t>(column)] = std::move(role);
        taken[static_cast<std::size_t>(column)] = true;
    };
    const auto fieldFree = [&](CsvField field) { return !mapping.columnOf(field).has_value(); };
    const auto symptomFree = [&](const QString& name) {
        for (const CsvColumnRole& role : mapping.m_roles) {
            if ((role.field == CsvField::Symptom || role.field == CsvField::NewSymptom) &&
                role.symptom.name.compare(name, Qt::CaseInsensitive) == 0) {
                return false;
            }
        }
        return true;
    };

    // 1. This program's own headers, exactly.
    for (int column = 0; column < mapping.columnCount(); ++column) {
        const QString text = DiaryCsvFormat::removeFormulaGuard(header.at(column)).trimmed();
        for (const Spellings& spellings : knownSpellings()) {
            if (text.compare(DiaryCsvFormat::header(spellings.field), Qt::CaseInsensitive) == 0 &&
                fieldFree(spellings.field)) {
                assign(column, {spellings.field, {}});
            }
        }
    }
    // 2. The profile's symptoms, with or without a scale in the header ("Pain (0-10)").
    for (int column = 0; column < mapping.columnCount(); ++column) {
        if (taken[static_cast<std::size_t>(column)]) {
            continue;
        }
        const QString text =
            DiaryCsvFormat::symptomNameOf(DiaryCsvFormat::removeFormulaGuard(header.at(column)).trimmed());
        const QString name = normalisedHeader(CsvSymptomHeader::name(text));
        for (const SymptomDefinition& symptom : symptoms) {
            if (!name.isEmpty() && name == normalisedHeader(symptom.name) && symptomFree(symptom.name)) {
                assign(column, symptomRole(table, column, symptom, true));
                break;
            }
        }
    }
    // 3. Usual spellings; 4. columns of scores as new symptoms.
    for (int column = 0; column < mapping.columnCount(); ++column) {
        if (taken[static_cast<std::size_t>(column)]) {
            continue;
        }
        const QString name = normalisedHeader(header.at(column));
        if (name.isEmpty()) {
            continue;
        }
        bool known = false;
        for (const Spellings& spellings : knownSpellings()) {
            for (const char* spelling : spellings.names) {
                if (name == QLatin1String(spelling)) {
                    known = true;
                    if (fieldFree(spellings.field)) {
                        assign(column, {spellings.field, {}});
                    }
                }
            }
        }
        // A column of micrograms is never read as milligrams nor as scores.
        if (known || speaksOfMicrograms(name)) {
            continue;
        }
        const QString text = DiaryCsvFormat::removeFormulaGuard(header.at(column)).simplified();
        const std::optional<CsvScale> declared = CsvSymptomHeader::scale(text);
        const std::optional<std::vector<int>> scores = scoresOf(table, column, declared.value_or(CsvScale{}));
        const QString symptomName = CsvSymptomHeader::name(text);
        if (scores && !symptomName.isEmpty() && symptomFree(symptomName)) {
            assign(column,
                   symptomRole(table, column,
                               {symptomName, CsvSymptomHeader::higherSoundsBetter(symptomName)}, false));
        }
    }
    return mapping;
}

CsvColumnRole CsvColumnMapping::symptomRole(const CsvTable& table, int column,
                                            const SymptomDefinition& symptom, bool existing)
{
    CsvColumnRole role{existing ? CsvField::Symptom : CsvField::NewSymptom, symptom, {}, false, false};
    const QString header = DiaryCsvFormat::removeFormulaGuard(table.header().value(column)).simplified();
    const std::optional<CsvScale> declared = CsvSymptomHeader::scale(header);
    if (declared && !declared->isDiaryScale()) {
        role.scale = declared;
    }
    // A column scored only 1 to 5 may be on a 1-5 scale, which only the person can tell, even when
    // it is named like one of the profile's 0-10 symptoms (Bearable's mood is such a column).
    if (!declared) {
        const std::optional<std::vector<int>> scores = scoresOf(table, column, CsvScale{});
        role.scaleUnknown = scores && mayBeFivePointScale(*scores);
    }
    return role;
}

std::optional<int> CsvColumnMapping::dateColumn() const
{
    const std::optional<int> date = columnOf(CsvField::Date);
    return date ? date : columnOf(CsvField::DateTime);
}

std::optional<int> CsvColumnMapping::columnOf(CsvField field) const
{
    for (std::size_t column = 0; column < m_roles.size(); ++column) {
        if (m_roles[column].field == field) {
            return static_cast<int>(column);
        }
    }
    return std::nullopt;
}

std::vector<SymptomDefinition> CsvColumnMapping::newSymptoms() const
{
    std::vector<SymptomDefinition> symptoms;
    for (const CsvColumnRole& role : m_roles) {
        if (role.field == CsvField::NewSymptom) {
            symptoms.push_back(role.symptom);
        }
    }
    return symptoms;
}

QStringList CsvColumnMapping::problems(const QStringList& header,
                                       const std::vector<SymptomDefinition>& symptoms) const
{
    QStringList problems;
    if (!dateColumn()) {
        problems << QStringLiteral("no column is mapped to the date");
    }
    if (columnOf(CsvField::DateTime) && columnOf(CsvField::Date)) {
        problems << QStringLiteral(
                        "columns %1 and %2 both give the date; map one of them to the time taken or "
                        "ignore it")
                        .arg(columnLabel(header, *columnOf(CsvField::Date)),
                             columnLabel(header, *columnOf(CsvField::DateTime)));
    }
    if (columnOf(CsvField::DateTime) && columnOf(CsvField::Time)) {
        problems << QStringLiteral("columns %1 and %2 both give the time taken")
                        .arg(columnLabel(header, *columnOf(CsvField::DateTime)),
                             columnLabel(header, *columnOf(CsvField::Time)));
    }
    if (!columnOf(CsvField::Dose) && !columnOf(CsvField::Missed)) {
        problems << QStringLiteral("no column is mapped to the dose (mg) or to missed doses");
    }
    std::map<CsvField, int> firstOfField;
    std::map<QString, int> firstOfSymptom; // lower-case name
    for (int column = 0; column < columnCount(); ++column) {
        const CsvColumnRole& current = role(column);
        if (isSingleColumnField(current.field)) {
            const auto [found, added] = firstOfField.emplace(current.field, column);
            if (!added) {
                problems << QStringLiteral("columns %1 and %2 are both mapped to %3")
                                .arg(columnLabel(header, found->second), columnLabel(header, column),
                                     displayName(current.field));
            }
            continue;
        }
        if (current.field == CsvField::Ignore) {
            continue;
        }
        const QString name = current.symptom.name.simplified();
        bool existing = false;
        for (const SymptomDefinition& symptom : symptoms) {
            existing = existing || symptom.name.compare(name, Qt::CaseInsensitive) == 0;
        }
        if (name.isEmpty()) {
            problems
                << QStringLiteral("column %1 needs the name of its symptom").arg(columnLabel(header, column));
            continue;
        }
        if (current.field == CsvField::Symptom && !existing) {
            problems << QStringLiteral(
                            "column %1 is mapped to %2, which is not one of the profile's symptoms")
                            .arg(columnLabel(header, column), name);
            continue;
        }
        if (current.field == CsvField::NewSymptom && existing) {
            problems << QStringLiteral(
                            "column %1 would add the symptom %2, which the profile already has; map "
                            "it to that symptom instead")
                            .arg(columnLabel(header, column), name);
            continue;
        }
        const auto [found, added] = firstOfSymptom.emplace(name.toLower(), column);
        if (!added) {
            problems << QStringLiteral("columns %1 and %2 are both mapped to the symptom %3")
                            .arg(columnLabel(header, found->second), columnLabel(header, column), name);
        }
        // Another scale is never read as 0-10, and never converted without the person's word.
        if (current.scaleUnknown && !current.scale) {
            problems << QStringLiteral(
                            "the scores of %1 in column %2 are all between 1 and 5: say whether %1 is "
                            "scored 0 to 10 or 1 to 5")
                            .arg(name, columnLabel(header, column));
        } else if (current.scale && !current.scale->isDiaryScale() && !current.scaleConfirmed) {
            problems << QStringLiteral(
                            "column %1 scores %2 from %3 to %4, not 0 to 10; its scores are converted to "
                            "0-10 (%3 becomes 0, %4 becomes 10) only once you confirm it")
                            .arg(columnLabel(header, column), name)
                            .arg(current.scale->minimum)
                            .arg(current.scale->maximum);
        }
    }
    return problems;
}

} // namespace ldn
