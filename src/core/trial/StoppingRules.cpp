#include "core/trial/StoppingRules.h"

#include "core/diary/Severity.h"
#include "core/plan/MedicationSafety.h"

#include <QCoreApplication>

#include <map>
#include <optional>

namespace ldn {
namespace {

std::optional<StoppingRules::Met> severeTwoDaysInARow(const std::vector<const DiaryEntry*>& diary,
                                                      const QDate& trialStart, const QDate& asOf)
{
    // Side effect (case-folded) -> the day it was last severe and its name as written then.
    std::map<QString, QDate> severeOn;
    const DiaryEntry* previous = nullptr;
    for (const DiaryEntry* entry : diary) {
        if (entry->date < trialStart || entry->date > asOf) {
            continue;
        }
        for (const auto& [name, severity] : entry->sideEffects) {
            if (severity < Severity::kSevere) {
                continue;
            }
            const QString key = name.trimmed().toCaseFolded();
            const bool yesterdayToo = previous && previous->date.addDays(1) == entry->date &&
                                      severeOn.count(key) && severeOn[key] == previous->date;
            if (yesterdayToo) {
                return StoppingRules::Met{StoppingRules::Rule::SevereSideEffectTwoDays, previous->date, name};
            }
        }
        for (const auto& [name, severity] : entry->sideEffects) {
            if (severity >= Severity::kSevere) {
                severeOn[name.trimmed().toCaseFolded()] = entry->date;
            }
        }
        previous = entry;
    }
    return std::nullopt;
}

std::optional<StoppingRules::Met> opioidAdded(const std::vector<Medication>& medications,
                                              const QDate& trialStart, const QDate& asOf)
{
    std::optional<StoppingRules::Met> earliest;
    for (const Medication& medication : medications) {
        const MedicationSafety::Assessment assessment = MedicationSafety::assess(medication.name);
        if (assessment.group != QLatin1String("opioid")) {
            continue;
        }
        const bool startedByThen = !medication.startedOn.isValid() || medication.startedOn <= asOf;
        // An opioid stopped shortly before the start (entered after it began) still bears on the trial,
        // as MedicationSafety's clearance rule says.
        const bool takenSinceStart =
            !medication.stoppedOn.isValid() ||
            medication.stoppedOn >= trialStart.addDays(-MedicationSafety::kOpioidClearanceDays);
        if (!startedByThen || !takenSinceStart) {
            continue;
        }
        const QDate since = medication.startedOn.isValid() && medication.startedOn > trialStart
                                ? medication.startedOn
                                : trialStart;
        if (!earliest || since < earliest->since) {
            earliest = StoppingRules::Met{StoppingRules::Rule::OpioidAdded, since, medication.name};
        }
    }
    return earliest;
}

} // namespace

QString StoppingRules::Met::words() const
{
    switch (rule) {
    case Rule::SevereSideEffectTwoDays:
        return QCoreApplication::translate("StoppingRules",
                                           "Stopping rule met: %1 was severe (3) on two days in a row, "
                                           "from %2. Stop the trial and talk to your doctor.")
            .arg(cause, since.toString(Qt::ISODate));
    case Rule::OpioidAdded:
        break;
    }
    return QCoreApplication::translate("StoppingRules",
                                       "Stopping rule met: %1, an opioid, is on your medicines since %2. "
                                       "Naltrexone blocks opioids (withdrawal, or no pain relief): do not "
                                       "take LDN with it, and talk to your doctor.")
        .arg(cause, since.toString(Qt::ISODate));
}

std::vector<StoppingRules::Met> StoppingRules::check(const std::vector<const DiaryEntry*>& diary,
                                                     const std::vector<Medication>& medications,
                                                     const QDate& trialStart, const QDate& asOf)
{
    std::vector<Met> met;
    if (const std::optional<Met> severe = severeTwoDaysInARow(diary, trialStart, asOf)) {
        met.push_back(*severe);
    }
    if (const std::optional<Met> opioid = opioidAdded(medications, trialStart, asOf)) {
        met.push_back(*opioid);
    }
    return met;
}

} // namespace ldn
