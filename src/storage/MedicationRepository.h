#pragma once

#include "core/Medication.h"

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
    std::vector<Medication> list(std::int64_t profileId);

private:
    Database& m_database;
};

} // namespace ldn
