#pragma once

#include "core/diary/SymptomDefinition.h"

#include <cstdint>
#include <optional>

namespace ldn {

class Connection;

// The one place that writes rows of `symptom`: a profile's symptoms in the order the form shows
// them. A retired symptom stays with its scores, hidden from the form. Runs inside the caller's
// transaction; callers check names first.
class SymptomWriter {
public:
    explicit SymptomWriter(Connection& connection);

    // At `position` (the form's order), or after the profile's last symptom when none is given.
    std::int64_t insert(std::int64_t profileId, const SymptomDefinition& symptom,
                        std::optional<int> position = {}, bool retired = false);
    // Brings a retired symptom back, with its scores, in the direction given now.
    void bringBack(std::int64_t symptomId, bool higherIsBetter);
    void retire(std::int64_t symptomId);
    void rename(std::int64_t symptomId, const QString& name);
    // Whether the quick log offers the symptom.
    void setQuickLog(std::int64_t symptomId, bool offered);

private:
    Connection& m_connection;
};

} // namespace ldn
