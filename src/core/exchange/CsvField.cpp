#include "core/exchange/CsvField.h"

namespace ldn {

QString displayName(CsvField field)
{
    switch (field) {
    case CsvField::Ignore:
        return QStringLiteral("Ignore");
    case CsvField::Date:
        return QStringLiteral("Date");
    case CsvField::DateTime:
        return QStringLiteral("Date and time taken");
    case CsvField::Dose:
        return QStringLiteral("Dose (mg)");
    case CsvField::Missed:
        return QStringLiteral("Missed dose");
    case CsvField::Time:
        return QStringLiteral("Time taken");
    case CsvField::Formulation:
        return QStringLiteral("Formulation");
    case CsvField::Pharmacy:
        return QStringLiteral("Pharmacy");
    case CsvField::Batch:
        return QStringLiteral("Batch");
    case CsvField::Symptom:
        return QStringLiteral("Symptom score");
    case CsvField::NewSymptom:
        return QStringLiteral("New symptom");
    case CsvField::SideEffects:
        return QStringLiteral("Side effects");
    case CsvField::Events:
        return QStringLiteral("Events");
    case CsvField::Note:
        return QStringLiteral("Note");
    }
    return {};
}

bool isSingleColumnField(CsvField field)
{
    return field != CsvField::Ignore && field != CsvField::Symptom && field != CsvField::NewSymptom;
}

} // namespace ldn
