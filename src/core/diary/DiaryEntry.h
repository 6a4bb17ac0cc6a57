#pragma once

#include "core/diary/Dose.h"
#include "core/diary/DoseStatus.h"
#include "core/diary/Formulation.h"
#include "core/diary/SymptomDefinition.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <map>
#include <optional>
#include <vector>

namespace ldn {

// One logged day of one person's diary. A day without an entry is "not logged".
struct DiaryEntry {
    QDate date;
    DoseStatus status = DoseStatus::Taken;
    Dose dose; // meaningful only when status is Taken
    std::optional<QTime> timeTaken;
    std::optional<Formulation> formulation;
    QString pharmacy;
    QString batch;
    std::map<QString, int> symptomScores; // symptom name -> 0..10
    std::map<QString, int> sideEffects;   // side effect name -> severity 0..3
    QStringList events;                   // e.g. "infection", "crash after exertion"
    QString note;

    // The rules every diary day keeps wherever it comes from (the form, the command line, a
    // backup, a spreadsheet, the demo): a valid date, a possible dose, no time for a missed dose,
    // scores 0-10, side-effect severities 0-3, named side effects and events. Throws InputError
    // located "YYYY-MM-DD field". With the profile's symptoms, every score must be for one of
    // them (compared without regard to case).
    void validate() const;
    void validate(const std::vector<SymptomDefinition>& symptoms) const;

    friend bool operator==(const DiaryEntry&, const DiaryEntry&) = default;

private:
    void validateScores(const std::vector<SymptomDefinition>* symptoms) const;
};

} // namespace ldn
