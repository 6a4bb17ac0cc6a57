#pragma once

#include "core/trial/SealedAllocation.h"
#include "core/trial/TrialProtocol.h"
#include "core/trial/TrialSpan.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace ldn {

// A trial as it is kept in the diary: its protocol, the review weeks it was agreed with, and
// whether and why it was stopped early. A stopped trial takes up its dates up to the stop day.
struct Trial {
    std::int64_t id = 0;
    std::int64_t profileId = 0;
    TrialProtocol protocol;
    int reviewWeeks = TrialProtocol::kDefaultReviewWeeks;
    QDate stoppedOn;
    QString stopReason;
    // A blinded trial's allocation and unblinding code, scrambled as they are stored; opened only
    // for the pharmacy sheet and for unblinding. Empty for an open trial.
    std::optional<SealedAllocation> sealed;
    QDate unblindedOn; // the day the code was entered; invalid while the trial is sealed

    bool isStopped() const { return stoppedOn.isValid(); }
    // A blinded trial whose code has not been entered: nothing may show its arms.
    bool isSealed() const { return protocol.isBlinded() && !unblindedOn.isValid(); }
    // Start to review date, or to the stop day when it was stopped before the review.
    TrialSpan span() const
    {
        return TrialSpan{protocol.start,
                         isStopped() && stoppedOn < protocol.reviewOn ? stoppedOn : protocol.reviewOn};
    }
    friend bool operator==(const Trial&, const Trial&) = default;
};

} // namespace ldn
