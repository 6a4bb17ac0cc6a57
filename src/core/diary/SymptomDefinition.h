#pragma once

#include <QString>

#include <vector>

namespace ldn {

// A symptom a person scores from 0 to 10. The direction matters: a higher pain score is worse,
// a higher sleep-quality score is better, and analysis must not mix the two up.
struct SymptomDefinition {
    QString name;
    bool higherIsBetter = false;

    friend bool operator==(const SymptomDefinition&, const SymptomDefinition&) = default;
};

// The set every new profile starts with; people add their own on top.
std::vector<SymptomDefinition> defaultSymptoms();

constexpr int kMinimumSymptomScore = 0;
constexpr int kMaximumSymptomScore = 10;

} // namespace ldn
