#include "core/exchange/CsvField.h"

#include <QCoreApplication>

namespace ldn {

QString displayName(CsvField field)
{
    switch (field) {
    case CsvField::Ignore:
        return QCoreApplication::translate("CsvField", "Ignore");
    case CsvField::Date:
        return QCoreApplication::translate("CsvField", "Date");
    case CsvField::DateTime:
        return QCoreApplication::translate("CsvField", "Date and time taken");
    case CsvField::Dose:
        return QCoreApplication::translate("CsvField", "Dose (mg)");
    case CsvField::Missed:
        return QCoreApplication::translate("CsvField", "Missed dose");
    case CsvField::Time:
        return QCoreApplication::translate("CsvField", "Time taken");
    case CsvField::Formulation:
        return QCoreApplication::translate("CsvField", "Formulation");
    case CsvField::Pharmacy:
        return QCoreApplication::translate("CsvField", "Pharmacy");
    case CsvField::Batch:
        return QCoreApplication::translate("CsvField", "Batch");
    case CsvField::Symptom:
        return QCoreApplication::translate("CsvField", "Symptom score");
    case CsvField::NewSymptom:
        return QCoreApplication::translate("CsvField", "New symptom");
    case CsvField::SideEffects:
        return QCoreApplication::translate("CsvField", "Side effects");
    case CsvField::Events:
        return QCoreApplication::translate("CsvField", "Events");
    case CsvField::Note:
        return QCoreApplication::translate("CsvField", "Note");
    }
    return {};
}

bool isSingleColumnField(CsvField field)
{
    return field != CsvField::Ignore && field != CsvField::Symptom && field != CsvField::NewSymptom;
}

} // namespace ldn
