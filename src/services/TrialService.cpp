#include "services/TrialService.h"

#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "core/plan/TitrationSchedule.h"
#include "core/trial/StableDose.h"
#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/db/Transaction.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/plan/MedicationRepository.h"
#include "storage/plan/TitrationRepository.h"
#include "storage/trial/TrialRepository.h"
#include "storage/trial/TrialWriter.h"

#include <algorithm>

namespace ldn {
namespace {

// A titration plan that has not reached its target within two years never will.
constexpr int kLongestClimbDays = 730;

std::vector<const DiaryEntry*> pointersTo(const std::vector<DiaryEntry>& entries)
{
    std::vector<const DiaryEntry*> pointers;
    pointers.reserve(entries.size());
    for (const DiaryEntry& entry : entries) {
        pointers.push_back(&entry);
    }
    return pointers;
}

} // namespace

TrialService::TrialService(DiarySession& session)
    : m_session(session)
{}

QDate TrialService::targetDoseReached(std::int64_t profileId, const QDate& from) const
{
    const std::optional<TitrationPlan> plan = m_session.plans().activePlan(profileId);
    if (!plan) {
        return {};
    }
    const TitrationSchedule schedule(*plan);
    for (QDate day = std::max(from, plan->startOn); day <= from.addDays(kLongestClimbDays);
         day = day.addDays(1)) {
        const std::optional<TitrationSchedule::Day> planned = schedule.on(day);
        if (planned && planned->targetReached) {
            return day;
        }
    }
    return {};
}

Trial TrialService::start(std::int64_t profileId, TrialProtocol protocol, int reviewWeeks)
{
    m_session.requireWritable(QStringLiteral("trial"));
    if (reviewWeeks < 0 || reviewWeeks > TrialProtocol::kMaximumReviewWeeks) {
        throw InputError(QStringLiteral("review-weeks"),
                         QStringLiteral("must be 0 to %1 weeks").arg(TrialProtocol::kMaximumReviewWeeks));
    }
    for (QString& outcome : protocol.outcomes) {
        outcome = outcome.simplified();
    }
    if (protocol.isBlinded()) {
        // Counted from the end of the last period; a blinded trial has no baseline at 0 mg.
        protocol.baselineDays = 0;
        protocol.reviewOn = protocol.reviewDateAfter(reviewWeeks);
    } else {
        const QDate baselineEnds = protocol.reviewCountsFrom();
        QDate targetReached = targetDoseReached(profileId, protocol.start);
        if (targetReached.isValid() && targetReached < baselineEnds) {
            targetReached = QDate(); // already at the target: the review counts from the baseline's end
        }
        protocol.reviewOn = protocol.reviewDateAfter(reviewWeeks, targetReached);
    }
    protocol.validate(m_session.profiles().symptoms(profileId), m_session.medicines().list(profileId));
    if (protocol.isBlinded()) {
        const std::vector<DiaryEntry> before =
            m_session.diary().entries(profileId, QDate(), protocol.start.addDays(-1));
        StableDose::require(pointersTo(before), protocol.start, protocol.blinded->ldnDose);
    }

    Trial trial;
    trial.profileId = profileId;
    trial.protocol = protocol;
    trial.reviewWeeks = reviewWeeks;
    if (protocol.isBlinded()) {
        trial.sealed = SealedAllocation::seal(BlindedAllocation::draw(protocol.blinded->pairs),
                                              UnblindingCode::generate());
    }
    std::vector<TrialSpan> existing;
    for (const Trial& other : TrialRepository(m_session.database()).list(profileId)) {
        existing.push_back(other.span());
    }
    TrialSpan::refuseOverlap(trial.span(), existing);

    Connection& connection = m_session.database().connection();
    Transaction transaction(connection);
    trial.id = TrialWriter(connection).insert(profileId, trial);
    transaction.commit();
    m_session.announce({DiaryChange::Subject::Trial, profileId});
    return trial;
}

Trial TrialService::stop(std::int64_t profileId, const QString& reason, const QDate& stoppedOn,
                         const QDate& today)
{
    m_session.requireWritable(QStringLiteral("trial"));
    std::optional<Trial> trial = latest(profileId);
    if (!trial || trial->isStopped()) {
        throw InputError(QStringLiteral("trial"), QStringLiteral("there is no running trial to stop"));
    }
    if (reason.trimmed().isEmpty()) {
        throw InputError(QStringLiteral("reason"), QStringLiteral("say why the trial stops"));
    }
    if (!stoppedOn.isValid() || stoppedOn < trial->protocol.start || stoppedOn > today) {
        throw InputError(QStringLiteral("date"),
                         QStringLiteral("the trial can stop from its start (%1) up to today")
                             .arg(IsoDate::format(trial->protocol.start)));
    }
    Connection& connection = m_session.database().connection();
    Transaction transaction(connection);
    TrialWriter(connection).setStopped(trial->id, stoppedOn, reason);
    transaction.commit();
    trial->stoppedOn = stoppedOn;
    trial->stopReason = reason.trimmed();
    m_session.announce({DiaryChange::Subject::Trial, profileId});
    return *trial;
}

SealedAllocation::Contents TrialService::openSeal(const Trial& trial) const
{
    if (!trial.protocol.isBlinded() || !trial.sealed) {
        throw InputError(QStringLiteral("trial"), QStringLiteral("an open trial has no sealed allocation"));
    }
    return trial.sealed->open();
}

Trial TrialService::unblind(std::int64_t profileId, const QString& typedCode, const QDate& today)
{
    m_session.requireWritable(QStringLiteral("trial"));
    std::optional<Trial> trial = latest(profileId);
    if (!trial || !trial->protocol.isBlinded()) {
        throw InputError(QStringLiteral("trial"), QStringLiteral("there is no blinded trial to unblind"));
    }
    if (!trial->isSealed()) {
        throw InputError(
            QStringLiteral("trial"),
            QStringLiteral("the trial was already unblinded on %1").arg(IsoDate::format(trial->unblindedOn)));
    }
    const SealedAllocation::Contents contents = openSeal(*trial);
    if (!contents.code.matches(typedCode)) {
        throw InputError(
            QStringLiteral("code"),
            QStringLiteral("\"%1\" is not this trial's unblinding code (see the pharmacy sheet); "
                           "nothing was changed")
                .arg(typedCode.trimmed()));
    }
    Connection& connection = m_session.database().connection();
    Transaction transaction(connection);
    TrialWriter(connection).setUnblinded(trial->id, today);
    transaction.commit();
    trial->unblindedOn = today;
    m_session.announce({DiaryChange::Subject::Trial, profileId});
    return *trial;
}

std::map<QString, TrialOutcomeVerdict> TrialService::blindedVerdict(const Trial& trial) const
{
    if (!trial.protocol.isBlinded()) {
        throw InputError(QStringLiteral("trial"), QStringLiteral("an open trial has no blinded verdict"));
    }
    if (trial.isSealed()) {
        throw InputError(QStringLiteral("trial"), QStringLiteral("the trial is still blinded"));
    }
    const TrialPeriods periods = trial.protocol.blinded->periodsFrom(trial.protocol.start);
    // The logged days of the periods decide, not today's date.
    const std::vector<DiaryEntry> entries =
        m_session.diary().entries(trial.profileId, periods.firstDay(), periods.lastDay());
    return TrialVerdict::of(trial.protocol, openSeal(trial).allocation,
                            m_session.profiles().symptoms(trial.profileId), pointersTo(entries));
}

std::optional<Trial> TrialService::latest(std::int64_t profileId) const
{
    return m_session.trials().latest(profileId);
}

QDate TrialService::reviewedTo(const Trial& trial, const QDate& asOf)
{
    return std::min(asOf, trial.span().last);
}

std::vector<StoppingRules::Met> TrialService::rulesMet(const Trial& trial, const QDate& asOf) const
{
    const QDate to = trial.isStopped() ? std::min(asOf, trial.stoppedOn) : asOf;
    const std::vector<DiaryEntry> entries =
        m_session.diary().entries(trial.profileId, trial.protocol.start, to);
    return StoppingRules::check(pointersTo(entries), m_session.medicines().list(trial.profileId),
                                trial.protocol.start, to);
}

OpenTrialReview TrialService::review(const Trial& trial, const QDate& asOf) const
{
    const QDate to = reviewedTo(trial, asOf);
    // The whole diary up to the review: OverallComparison finds the baseline before the first dose.
    const std::vector<DiaryEntry> entries = m_session.diary().entries(trial.profileId, QDate(), to);
    const std::optional<TitrationPlan> plan = m_session.plans().activePlan(trial.profileId);
    OpenTrialReview::PlannedDose plannedDose;
    if (plan) {
        plannedDose = [schedule = TitrationSchedule(*plan)](const QDate& day) -> std::optional<Dose> {
            const std::optional<TitrationSchedule::Day> planned = schedule.on(day);
            return planned ? std::optional<Dose>(planned->plannedDose) : std::nullopt;
        };
    }
    return OpenTrialReview::of(trial.protocol, m_session.profiles().symptoms(trial.profileId),
                               pointersTo(entries), to, plannedDose);
}

} // namespace ldn
