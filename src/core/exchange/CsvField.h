#pragma once

#include <QString>

namespace ldn {

// What a column of an imported spreadsheet holds, as far as the diary is concerned.
enum class CsvField {
    Ignore,      // not imported
    Date,        // the day (required, or DateTime); a time after the date is not read
    DateTime,    // the day and the time the dose was taken, in one cell ("3/12/2025 22:15:03")
    Dose,        // in milligrams; empty when missed
    Missed,      // yes/no
    Time,        // when the dose was taken
    Formulation, // capsule, liquid, tablet, sublingual, cream
    Pharmacy,
    Batch,
    Symptom,     // a score 0-10 of one of the profile's symptoms
    NewSymptom,  // a score 0-10 of a symptom the import adds to the profile
    SideEffects, // "nausea: 2; vivid dreams: 1"
    Events,      // "infection; stressful day"
    Note,
};

// The words the import dialog shows: "Dose (mg)", "Missed dose", ...
QString displayName(CsvField field);
// Fields a spreadsheet may have at most one column of (all but Ignore, Symptom and NewSymptom).
bool isSingleColumnField(CsvField field);

} // namespace ldn
