#pragma once

#include "core/exchange/DiaryArchive.h"

#include <QDateTime>
#include <QString>
#include <nlohmann/json.hpp>

namespace ldn {

// Turns one person's diary into a FHIR R4 (4.0.1) Bundle of type "collection", for
// `export --format fhir`: the Patient, their Conditions, one MedicationAdministration per logged
// day and one Observation per symptom score and side effect. It says only what the diary knows:
// no invented gender, birth date, time zone, clinical status or codes that do not truly apply.
// The same diary and generation time give byte-for-byte the same JSON: every fullUrl is a
// name-based UUID (v5) of the person, the resource kind and its key. The mapping is documented
// in docs/formats.md ("FHIR R4 export").
class FhirBundleBuilder {
public:
    // Throws InputError naming the day and field when the archive holds something FHIR cannot
    // carry honestly (a score outside 0-10, a day logged twice, an invalid date or time).
    static nlohmann::json build(const ArchivedProfile& profile, const QDateTime& generatedAt);

    // Local code systems. urn:uuid names are ours for good and resolve nowhere, unlike a web
    // address on a domain we do not own; they must never change, or exports stop matching.
    static const QString kSymptomCodeSystem;      // code: slug of the symptom's name; value 0-10
    static const QString kSideEffectCodeSystem;   // code: slug of the side effect's name; value 0-3
    static const QString kDoseNotTakenCodeSystem; // why a day has no dose: "missed", "zero-dose"

    // The code for a symptom or side effect name: lower case, letters and digits of any script
    // kept, every other run of characters one "-" ("Brain fog!" -> "brain-fog").
    static QString slug(const QString& name);
};

} // namespace ldn
