#include "core/exchange/CsvImportChoices.h"

#include "core/base/InputError.h"
#include "core/exchange/CsvColumnMapping.h"
#include "core/exchange/CsvSymptomHeader.h"
#include "core/exchange/CsvTable.h"
#include "core/exchange/DiaryCsvFormat.h"

#include <array>

namespace ldn {
namespace {

std::pair<QString, QString> assignment(const QString& text, const QString& option, const QString& form)
{
    const qsizetype equals = text.lastIndexOf(QLatin1Char('='));
    if (equals <= 0 || equals == text.size() - 1) {
        throw InputError(option, QStringLiteral("\"%1\" is not %2").arg(text, form));
    }
    return {text.left(equals).trimmed(), text.mid(equals + 1).trimmed()};
}

std::optional<CsvField> fieldNamed(const QString& name)
{
    static const std::array<std::pair<const char*, CsvField>, 16> kFields{{
        {"date", CsvField::Date},
        {"datetime", CsvField::DateTime},
        {"date time", CsvField::DateTime},
        {"timestamp", CsvField::DateTime},
        {"dose", CsvField::Dose},
        {"dose mg", CsvField::Dose},
        {"missed", CsvField::Missed},
        {"time", CsvField::Time},
        {"formulation", CsvField::Formulation},
        {"pharmacy", CsvField::Pharmacy},
        {"batch", CsvField::Batch},
        {"side effects", CsvField::SideEffects},
        {"events", CsvField::Events},
        {"note", CsvField::Note},
        {"notes", CsvField::Note},
        {"ignore", CsvField::Ignore},
    }};
    const QString wanted = CsvColumnMapping::normalisedHeader(name);
    for (const auto& [spelling, field] : kFields) {
        if (wanted == QLatin1String(spelling)) {
            return field;
        }
    }
    return std::nullopt;
}

int columnNamed(const CsvTable& table, const QString& name)
{
    bool isNumber = false;
    const int number = name.toInt(&isNumber);
    if (isNumber) {
        if (number < 1 || number > table.columnCount()) {
            throw InputError(
                QStringLiteral("--map"),
                QStringLiteral("the file has columns 1 to %1 (got %2)").arg(table.columnCount()).arg(number));
        }
        return number - 1;
    }
    const QString wanted = CsvColumnMapping::normalisedHeader(name);
    for (int column = 0; column < table.columnCount(); ++column) {
        if (CsvColumnMapping::normalisedHeader(table.header().at(column)) == wanted) {
            return column;
        }
    }
    throw InputError(QStringLiteral("--map"),
                     QStringLiteral("the file has no column \"%1\" (its columns: %2)")
                         .arg(name, table.header().join(QStringLiteral(", "))));
}

// The columns mapped to the symptom `name` (a profile's or a new one).
std::vector<int> columnsOfSymptom(const CsvColumnMapping& mapping, const QString& name)
{
    std::vector<int> columns;
    for (int column = 0; column < mapping.columnCount(); ++column) {
        const CsvColumnRole& role = mapping.role(column);
        if ((role.field == CsvField::Symptom || role.field == CsvField::NewSymptom) &&
            role.symptom.name.compare(name.simplified(), Qt::CaseInsensitive) == 0) {
            columns.push_back(column);
        }
    }
    return columns;
}

QStringList symptomNames(const CsvColumnMapping& mapping)
{
    QStringList names;
    for (int column = 0; column < mapping.columnCount(); ++column) {
        const CsvColumnRole& role = mapping.role(column);
        if (role.field == CsvField::Symptom || role.field == CsvField::NewSymptom) {
            names << role.symptom.name;
        }
    }
    return names;
}

} // namespace

CsvImportChoices CsvImportChoices::fromOptions(const QStringList& maps, const QStringList& scales,
                                               const QStringList& higherIsBetter,
                                               const QStringList& higherIsWorse,
                                               const std::optional<QString>& dateFormat)
{
    CsvImportChoices choices;
    for (const QString& text : maps) {
        choices.columns.push_back(assignment(text, QStringLiteral("--map"), QStringLiteral("COLUMN=FIELD")));
    }
    for (const QString& text : scales) {
        const auto [symptom, range] =
            assignment(text, QStringLiteral("--scale"), QStringLiteral("SYMPTOM=MIN-MAX"));
        const std::optional<CsvScale> scale = CsvScale::parse(range);
        if (!scale) {
            throw InputError(
                QStringLiteral("--scale"),
                QStringLiteral("\"%1\" is not a scale like 1-5 or 0-100 (lowest-highest, whole numbers)")
                    .arg(range));
        }
        choices.scales.emplace_back(symptom, *scale);
    }
    choices.higherIsBetter = higherIsBetter;
    choices.higherIsWorse = higherIsWorse;
    if (dateFormat) {
        choices.dateFormat = csvDateFormatFromText(*dateFormat);
        if (!choices.dateFormat) {
            throw InputError(QStringLiteral("--date-format"),
                             QStringLiteral("\"%1\" is not one of iso, uk, us, excel").arg(*dateFormat));
        }
    }
    return choices;
}

void CsvImportChoices::applyTo(CsvColumnMapping& mapping, const CsvTable& table,
                               const std::vector<SymptomDefinition>& symptoms) const
{
    for (const auto& [columnName, fieldName] : columns) {
        const int column = columnNamed(table, columnName);
        CsvColumnRole role;
        if (const std::optional<CsvField> field = fieldNamed(fieldName)) {
            role.field = *field;
        } else if (fieldName.compare(QLatin1String("symptom"), Qt::CaseInsensitive) == 0 ||
                   fieldName.startsWith(QLatin1String("symptom:"), Qt::CaseInsensitive)) {
            QString name = fieldName.mid(8).simplified();
            if (name.isEmpty()) {
                name = CsvSymptomHeader::name(DiaryCsvFormat::removeFormulaGuard(table.header().at(column)));
            }
            const SymptomDefinition* existing = nullptr;
            for (const SymptomDefinition& symptom : symptoms) {
                if (symptom.name.compare(name, Qt::CaseInsensitive) == 0) {
                    existing = &symptom;
                }
            }
            role = CsvColumnMapping::symptomRole(
                table, column,
                existing ? *existing : SymptomDefinition{name, CsvSymptomHeader::higherSoundsBetter(name)},
                existing != nullptr);
        } else {
            throw InputError(
                QStringLiteral("--map"),
                QStringLiteral("\"%1\" is not a field (date, datetime, dose, missed, time, formulation, "
                               "pharmacy, batch, side_effects, events, note, ignore, symptom or "
                               "symptom:NAME)")
                    .arg(fieldName));
        }
        // A field can have one column: the column it had before gives way.
        if (isSingleColumnField(role.field)) {
            if (const std::optional<int> before = mapping.columnOf(role.field); before && *before != column) {
                mapping.setRole(*before, {});
            }
        }
        mapping.setRole(column, role);
    }
    for (const auto& [name, scale] : scales) {
        const std::vector<int> found = columnsOfSymptom(mapping, name);
        if (found.empty()) {
            throw InputError(QStringLiteral("--scale"),
                             QStringLiteral("no column is mapped to the symptom \"%1\" (%2)")
                                 .arg(name, symptomNames(mapping).join(QStringLiteral(", "))));
        }
        for (const int column : found) {
            CsvColumnRole role = mapping.role(column);
            role.scale = scale;
            role.scaleConfirmed = true; // saying the scale is the confirmation
            mapping.setRole(column, role);
        }
    }
    const auto direct = [&](const QStringList& names, bool better, const char* option) {
        for (const QString& name : names) {
            const std::vector<int> found = columnsOfSymptom(mapping, name);
            if (found.empty()) {
                throw InputError(QLatin1String(option),
                                 QStringLiteral("no column is mapped to the symptom \"%1\" (%2)")
                                     .arg(name, symptomNames(mapping).join(QStringLiteral(", "))));
            }
            for (const int column : found) {
                CsvColumnRole role = mapping.role(column);
                if (role.field == CsvField::Symptom && role.symptom.higherIsBetter != better) {
                    throw InputError(
                        QLatin1String(option),
                        QStringLiteral("%1 is one of the profile's symptoms, where a higher score is %2; "
                                       "an import does not change that")
                            .arg(role.symptom.name, role.symptom.higherIsBetter ? QStringLiteral("better")
                                                                                : QStringLiteral("worse")));
                }
                role.symptom.higherIsBetter = better;
                mapping.setRole(column, role);
            }
        }
    };
    direct(higherIsBetter, true, "--higher-is-better");
    direct(higherIsWorse, false, "--higher-is-worse");
}

} // namespace ldn
