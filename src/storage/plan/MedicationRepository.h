#pragma once

#include "core/plan/Medication.h"

#include <cstdint>
#include <vector>

namespace ldn {

class Database;

// A profile's other medicines.
class MedicationRepository {
public:
    explicit MedicationRepository(Database& database);

    std::int64_t add(std::int64_t profileId, const Medication& medication);
    void remove(std::int64_t medicationId);
    // Records the day the medicine was stopped (an invalid date: still taken). Refuses a day
    // before it was started, and an unknown id, leaving the list as it was.
    void setStopped(std::int64_t medicationId, const QDate& stoppedOn);
    std::vector<Medication> list(std::int64_t profileId) const;

private:
    Database& m_database;
};

} // namespace ldn
