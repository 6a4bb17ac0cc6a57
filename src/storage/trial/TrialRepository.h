#pragma once

#include "core/trial/Trial.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace ldn {

class Database;

// Reads a profile's trials (written by TrialWriter through TrialService).
class TrialRepository {
public:
    explicit TrialRepository(Database& database);

    // Every trial of the profile, the earliest start first, with outcomes and stopping rules.
    std::vector<Trial> list(std::int64_t profileId) const;
    // The trial started last, stopped or not; empty when the profile never had one.
    std::optional<Trial> latest(std::int64_t profileId) const;

private:
    Database& m_database;
};

} // namespace ldn
