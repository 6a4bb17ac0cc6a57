#pragma once

#include <QString>

#include <optional>

namespace ldn {

// The standard codes the FHIR export puts beside its own local codes, where one truly applies.
//
// Conditions: SNOMED CT codes for the evidence library's conditions, by the name the library gives
// them. The table was reviewed against published uses of each code; a condition whose code could
// not be confirmed (or that has no single concept, such as "Allergies" or "Chronic Lyme disease")
// is left with its name only: a wrong code would tell a health-record system something untrue.
//
// Pain: LOINC 72514-3, "Pain severity - 0-10 verbal numeric rating [Score] - Reported", fits a
// symptom called pain that the person scored 0-10, higher being worse, which is exactly what
// the diary's pain score is. Other symptoms keep their local code only.
class FhirClinicalCodes {
public:
    struct Code {
        const char* code;
        const char* display;
    };

    static constexpr const char* kSnomedSystem = "http://snomed.info/sct";
    static constexpr const char* kLoincSystem = "http://loinc.org";
    static constexpr Code kPainSeverity{"72514-3",
                                        "Pain severity - 0-10 verbal numeric rating [Score] - Reported"};

    // The SNOMED CT code of a condition of the library, by its name (case does not matter).
    static std::optional<Code> snomedForCondition(const QString& name);
    // Whether a symptom's score is a 0-10 pain severity (its name says pain, higher is worse).
    static bool isPainSeverity(const QString& symptomName, bool higherIsBetter);
    // The condition names the table codes, for the test that keeps it in step with the library.
    static QStringList codedConditionNames();
};

} // namespace ldn
