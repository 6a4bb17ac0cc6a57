#pragma once

#include "core/plan/TitrationPlan.h"

#include <QDate>

#include <cstdint>
#include <optional>
#include <vector>

namespace ldn {

class Database;

// Titration plans of a profile. Setting a new plan ends the current one (its history stays);
// adjustments (hold, step down, resume, set dose) are appended, never rewritten.
class TitrationRepository {
public:
    explicit TitrationRepository(Database& database);

    // Validates the plan, ends the active plan the day before the new one starts, and stores it.
    std::int64_t setPlan(std::int64_t profileId, const TitrationPlan& plan);
    void addAdjustment(std::int64_t planId, const TitrationAdjustment& adjustment);

    std::optional<TitrationPlan> activePlan(std::int64_t profileId) const;
    // Every plan the profile has had, oldest first, each with its adjustments.
    std::vector<TitrationPlan> history(std::int64_t profileId) const;

private:
    std::vector<TitrationPlan> plans(std::int64_t profileId, bool activeOnly) const;

    Database& m_database;
};

} // namespace ldn
