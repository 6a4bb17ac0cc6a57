#pragma once

#include "core/analysis/DoseResponseResult.h"

#include <nlohmann/json.hpp>

namespace ldn {

// The JSON form of an analysis, as `ldn-tracker-cli analyze --json` prints it. Absent
// estimates are null, never 0. The keys are documented in docs/formats.md.
class DoseResponseJson {
public:
    static nlohmann::json toJson(const DoseResponseResult& result, const QString& profileName);
};

} // namespace ldn
