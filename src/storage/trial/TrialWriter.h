#pragma once

#include "core/trial/Trial.h"

#include <QDate>
#include <QString>

#include <cstdint>

namespace ldn {

class Connection;

// The one place that writes rows of `trial`, `trial_outcome` and `trial_stop_rule`. Runs inside
// the caller's transaction; the protocol has been validated (TrialProtocol::validate) and its
// outcomes are symptoms of the profile. A blinded trial is written with its SealedAllocation
// (scrambled allocation and key) only: no arm and no code is ever stored in clear.
class TrialWriter {
public:
    explicit TrialWriter(Connection& connection);

    std::int64_t insert(std::int64_t profileId, const Trial& trial);
    // Records the day a blinded trial's code was entered.
    void setUnblinded(std::int64_t trialId, const QDate& unblindedOn);
    void setStopped(std::int64_t trialId, const QDate& stoppedOn, const QString& reason);

private:
    Connection& m_connection;
};

} // namespace ldn
