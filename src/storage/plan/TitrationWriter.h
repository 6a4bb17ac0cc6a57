#pragma once

#include "core/plan/TitrationPlan.h"
#include "storage/db/Statement.h"

#include <QDate>
#include <QDateTime>

#include <cstdint>
#include <optional>

namespace ldn {

class Connection;

// The one place that writes rows of `titration_plan` and `titration_adjustment`: plans are added
// and ended, never rewritten, and adjustments only appended, so a plan's history can always be
// shown. Runs inside the caller's transaction; the plan and adjustments were validated.
class TitrationWriter {
public:
    explicit TitrationWriter(Connection& connection);

    // The plan alone (not its adjustments). `createdAt` invalid: now; `endedOn` invalid: active.
    std::int64_t insertPlan(std::int64_t profileId, const TitrationPlan& plan,
                            const QDateTime& createdAt = {}, const QDate& endedOn = {});
    // Ends the profile's active plans the day before `day` (never before their own start).
    void endActivePlans(std::int64_t profileId, const QDate& day);
    void insertAdjustment(std::int64_t planId, const TitrationAdjustment& adjustment,
                          const QDateTime& createdAt = {});

private:
    Connection& m_connection;
    std::optional<Statement> m_insertAdjustment;
};

} // namespace ldn
