#pragma once

#include "core/trial/TrialProtocol.h"
#include "core/trial/TrialSpan.h"

#include <QDate>
#include <QString>

#include <cstdint>

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

    bool isStopped() const { return stoppedOn.isValid(); }
    // Start to review date, or to the stop day when it was stopped before the review.
    TrialSpan span() const
    {
        return TrialSpan{protocol.start,
                         isStopped() && stoppedOn < protocol.reviewOn ? stoppedOn : protocol.reviewOn};
    }
    friend bool operator==(const Trial&, const Trial&) = default;
};

} // namespace ldn
