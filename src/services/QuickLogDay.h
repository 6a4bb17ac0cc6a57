#pragma once

#include "core/diary/DayDefaults.h"
#include "core/diary/DiaryEntry.h"
#include "core/diary/Dose.h"
#include "core/diary/Profile.h"
#include "core/diary/SymptomDefinition.h"

#include <QDate>
#include <QDateTime>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace ldn {

class DiarySession;

// What the quick log needs to log one person's day on a bad evening, and how what it was given
// joins the day: the person, the dose planned for that day (the titration plan's, else the dose
// last taken), the few symptoms the quick log offers, and the day as logged already. Saving a
// quick log never wipes what the full form recorded that day (the time, the pharmacy, other
// scores, events, the note): only the dose, the scores given and the side effect chosen change.
class QuickLogDay {
public:
    // What the quick log asked for and the person answered.
    struct Answers {
        DoseStatus status = DoseStatus::Taken;
        Dose dose;
        std::map<QString, int> scores; // only the symptoms scored
        QString sideEffect;            // empty: none added
        int sideEffectSeverity = 1;    // 1 mild, 2 moderate, 3 severe
    };

    // Reads what the quick log shows for `profileId` on `day`. Throws StorageError when the diary
    // cannot be read, InputError("profile") when there is no such profile.
    static QuickLogDay read(const DiarySession& session, std::int64_t profileId, const QDate& day);

    // The diary day a quick log opened at `now` is for: LDN is taken at night, so until 04:00 it is
    // still the day before, as for the nightly reminder (ReminderSchedule::dayAskedAbout).
    static QDate dayAt(const QDateTime& now);

    const Profile& profile() const { return m_profile; }
    const QDate& day() const { return m_day; }
    const std::vector<SymptomDefinition>& symptoms() const { return m_symptoms; }
    const std::optional<DiaryEntry>& logged() const { return m_logged; }
    // The dose to offer: as logged, else the plan's for that day, else the dose taken last.
    std::optional<Dose> offeredDose() const;
    // The plan's dose for the day, when a plan covers it.
    const std::optional<Dose>& plannedDose() const { return m_planned; }

    // The day to save: the logged day (or, for a new day, the details the full form would start
    // from: the time, form, pharmacy and batch used last) with the answers put in.
    DiaryEntry merged(const Answers& answers) const;

private:
    Profile m_profile;
    QDate m_day;
    std::vector<SymptomDefinition> m_symptoms;
    std::optional<DiaryEntry> m_logged;
    std::optional<Dose> m_planned;
    DayDefaults m_defaults;
};

} // namespace ldn
