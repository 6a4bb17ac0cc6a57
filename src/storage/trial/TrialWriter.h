#pragma once

#include "core/trial/Trial.h"

#include <QDate>
#include <QString>

#include <cstdint>

namespace ldn {

class Connection;

// The one place that writes rows of `trial`, `trial_outcome` and `trial_stop_rule`. Runs inside
// the caller's transaction; the protocol has been validated (TrialProtocol::validate) and its
// outcomes are symptoms of the profile. Only open trials are written so far: a blinded one is
// refused until its sealed allocation is kept too.
class TrialWriter {
public:
    explicit TrialWriter(Connection& connection);

    std::int64_t insert(std::int64_t profileId, const Trial& trial);
    void setStopped(std::int64_t trialId, const QDate& stoppedOn, const QString& reason);

private:
    Connection& m_connection;
};

} // namespace ldn
