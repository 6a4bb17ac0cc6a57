#pragma once

#include "core/trial/OpenTrialReview.h"
#include "core/trial/StoppingRules.h"
#include "core/trial/Trial.h"
#include "core/trial/TrialVerdict.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace ldn {

class DiarySession;

// A trial of LDN agreed with the GP (issue 19): started from a protocol, stopped early with a
// reason, checked against its stopping rules and reviewed; a blinded trial is started with a
// freshly drawn allocation and unblinding code, sealed (SealedAllocation) before they are stored.
class TrialService {
public:
    explicit TrialService(DiarySession& session);

    // Sets the review date `reviewWeeks` after the target dose of the titration plan is reached
    // (without a plan, or one that reaches it before the baseline ends: after the baseline; for a
    // blinded trial: after the last period, with no baseline), then refuses with InputError what
    // TrialProtocol::validate refuses, a blinded trial whose LDN dose is not the stable dose of
    // the last 14 logged days ("ldn-dose", StableDose) and dates that overlap another trial of the
    // profile ("start"); nothing is written then. A blinded trial's allocation is drawn from the
    // system's cryptographic generator and stored sealed.
    Trial start(std::int64_t profileId, TrialProtocol protocol, int reviewWeeks);
    // Ends the latest trial on `stoppedOn` (not before its start, not after `today`). Throws
    // InputError without a running trial ("trial") or without a reason ("reason").
    Trial stop(std::int64_t profileId, const QString& reason, const QDate& stoppedOn, const QDate& today);

    // A blinded trial's allocation and unblinding code, unscrambled, for the pharmacy sheet only
    // (nothing is written). Throws InputError("trial") for an open trial or a damaged seal.
    SealedAllocation::Contents openSeal(const Trial& trial) const;

    // Unblinds the latest trial of the profile with the code from its pharmacy sheet, on `today`:
    // from then on its verdict can be shown. Throws InputError and changes nothing for a wrong
    // code ("code"), an open trial or one already unblinded ("trial"). Ending a trial early does
    // not unblind it; only the code does.
    Trial unblind(std::int64_t profileId, const QString& typedCode, const QDate& today);
    // The blinded trial's verdict per outcome (TrialVerdict), from the days logged in its
    // periods; throws InputError("trial") while it is still sealed or for an open trial.
    std::map<QString, TrialOutcomeVerdict> blindedVerdict(const Trial& trial) const;

    // The trial started last, stopped or not.
    std::optional<Trial> latest(std::int64_t profileId) const;
    // The built-in stopping rules met from the trial's start up to `asOf` (or its stop day).
    std::vector<StoppingRules::Met> rulesMet(const Trial& trial, const QDate& asOf) const;
    // The last day a review looks at: `asOf`, but not after the review date or the stop day.
    static QDate reviewedTo(const Trial& trial, const QDate& asOf);
    // The open trial's review up to reviewedTo(trial, asOf).
    OpenTrialReview review(const Trial& trial, const QDate& asOf) const;

private:
    QDate targetDoseReached(std::int64_t profileId, const QDate& from) const;

    DiarySession& m_session;
};

} // namespace ldn
