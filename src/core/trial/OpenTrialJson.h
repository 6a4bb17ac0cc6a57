#pragma once

#include "core/trial/OpenTrialReview.h"
#include "core/trial/StoppingRules.h"
#include "core/trial/Trial.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace ldn {

// The JSON of an open trial for `trial show --json` and `trial verdict --json` (keys in
// docs/formats.md, "Trial"). Absent estimates are null, never 0.
class OpenTrialJson {
public:
    // {"kind", "start", "outcomes", "mid", "baseline_days", "review_weeks", "review_on",
    //  "stop_rules", "stopped_on", "stop_reason"}
    static nlohmann::json protocol(const Trial& trial);
    // [{"rule": "severe_side_effect_two_days"|"opioid_added", "since", "cause", "words"}]
    static nlohmann::json rulesMet(const std::vector<StoppingRules::Met>& met);
    // {"kind": "open", "from", "to", "review_on", "at_review", "mid", "outcomes": {NAME: {
    //  "baseline_mean", "recent_mean", "difference", "ci95_hac", "improvement", "improved_by_mid",
    //  "verdict"}}, "adherence", "side_effects", "limits"}
    static nlohmann::json review(const OpenTrialReview& review, const Trial& trial);
};

} // namespace ldn
