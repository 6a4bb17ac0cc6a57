#include "core/exchange/FhirClinicalCodes.h"

#include <QStringList>

#include <array>

namespace ldn {
namespace {

struct CodedCondition {
    const char* name; // as the evidence library names it
    FhirClinicalCodes::Code code;
};

// Reviewed: each code was checked against several independent published uses (FHIR examples,
// Synthea's modules, terminology mappings) that give it the same meaning. Conditions of the
// library that are not here were left uncoded on purpose (see the class comment).
constexpr std::array<CodedCondition, 18> kConditions{{
    {"Fibromyalgia", {"203082005", "Fibromyalgia"}},
    {"ME/CFS", {"52702003", "Chronic fatigue syndrome"}},
    {"Multiple sclerosis", {"24700007", "Multiple sclerosis"}},
    {"Crohn's disease", {"34000006", "Crohn's disease"}},
    {"Ulcerative colitis", {"64766004", "Ulcerative colitis"}},
    {"Rheumatoid arthritis", {"69896004", "Rheumatoid arthritis"}},
    {"Systemic lupus erythematosus", {"55464009", "Systemic lupus erythematosus"}},
    {"Psoriasis", {"9014002", "Psoriasis"}},
    {"Coeliac disease", {"396331005", "Celiac disease"}},
    {"Parkinson's disease", {"49049000", "Parkinson's disease"}},
    {"Alzheimer's disease", {"26929004", "Alzheimer's disease"}},
    {"COPD", {"13645005", "Chronic obstructive lung disease"}},
    {"Asthma", {"195967001", "Asthma"}},
    {"Migraine", {"37796009", "Migraine"}},
    {"Depression", {"35489007", "Depressive disorder"}},
    {"Type 1 diabetes", {"46635009", "Diabetes mellitus type 1"}},
    {"Type 2 diabetes", {"44054006", "Diabetes mellitus type 2"}},
    {"HIV/AIDS", {"86406008", "Human immunodeficiency virus infection"}},
}};

} // namespace

std::optional<FhirClinicalCodes::Code> FhirClinicalCodes::snomedForCondition(const QString& name)
{
    const QString wanted = name.simplified();
    for (const CodedCondition& condition : kConditions) {
        if (wanted.compare(QString::fromUtf8(condition.name), Qt::CaseInsensitive) == 0) {
            return condition.code;
        }
    }
    return std::nullopt;
}

bool FhirClinicalCodes::isPainSeverity(const QString& symptomName, bool higherIsBetter)
{
    if (higherIsBetter) {
        return false;
    }
    const QString name = symptomName.simplified().toLower();
    for (const char* pain : {"pain", "pain level", "pain score", "pain severity", "overall pain", "schmerz",
                             "schmerzen", "schmerzstärke"}) {
        if (name == QString::fromUtf8(pain)) {
            return true;
        }
    }
    return false;
}

QStringList FhirClinicalCodes::codedConditionNames()
{
    QStringList names;
    for (const CodedCondition& condition : kConditions) {
        names << QString::fromUtf8(condition.name);
    }
    return names;
}

} // namespace ldn
