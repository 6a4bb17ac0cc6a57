#include "services/QuickLogDay.h"

#include "core/base/InputError.h"
#include "core/plan/TitrationSchedule.h"
#include "services/DiarySession.h"
#include "services/ReminderSchedule.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/plan/TitrationRepository.h"

namespace ldn {
namespace {

// The same look-back as the Today tab: a detail not recorded for over a year is no useful default.
constexpr int kDefaultsLookBackDays = 366;

} // namespace

QuickLogDay QuickLogDay::read(const DiarySession& session, std::int64_t profileId, const QDate& day)
{
    const std::optional<Profile> profile = session.profiles().find(profileId);
    if (!profile) {
        throw InputError(QStringLiteral("profile"), QStringLiteral("there is no profile %1").arg(profileId));
    }
    QuickLogDay result;
    result.m_profile = *profile;
    result.m_day = day;
    result.m_symptoms = session.profiles().quickLogSymptoms(profileId);
    const std::vector<DiaryEntry> logged = session.diary().entries(profileId, day, day);
    if (!logged.empty()) {
        result.m_logged = logged.front();
    }
    if (const std::optional<TitrationPlan> plan = session.plans().activePlan(profileId)) {
        if (const std::optional<TitrationSchedule::Day> planned = TitrationSchedule(*plan).on(day)) {
            result.m_planned = planned->plannedDose;
        }
    }
    result.m_defaults = session.diary().defaultsBefore(profileId, day, day.addDays(-kDefaultsLookBackDays));
    return result;
}

QDate QuickLogDay::dayAt(const QDateTime& now)
{
    return ReminderSchedule::dayAskedAbout(now.date(), now.time());
}

std::optional<Dose> QuickLogDay::offeredDose() const
{
    if (m_logged) {
        if (m_logged->status == DoseStatus::Missed) {
            return std::nullopt;
        }
        return m_logged->dose;
    }
    return m_planned ? m_planned : m_defaults.lastTakenDose;
}

DiaryEntry QuickLogDay::merged(const Answers& answers) const
{
    DiaryEntry entry;
    if (m_logged) {
        entry = *m_logged;
    } else {
        entry.date = m_day;
        entry.timeTaken = m_defaults.timeTaken;
        entry.formulation = m_defaults.formulation;
        entry.pharmacy = m_defaults.pharmacy;
        entry.batch = m_defaults.batch;
    }
    entry.status = answers.status;
    entry.dose = answers.status == DoseStatus::Taken ? answers.dose : Dose();
    if (entry.status != DoseStatus::Taken || entry.dose.isZero()) {
        // Nothing was taken, so there is no time, form or batch (as the full form saves it).
        entry.timeTaken.reset();
        entry.formulation.reset();
        entry.pharmacy.clear();
        entry.batch.clear();
    }
    for (const auto& [name, score] : answers.scores) {
        entry.symptomScores[name] = score;
    }
    if (!answers.sideEffect.isEmpty()) {
        entry.sideEffects[answers.sideEffect] = answers.sideEffectSeverity;
    }
    return entry;
}

} // namespace ldn
