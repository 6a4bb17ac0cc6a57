#pragma once

#include "core/diary/Dose.h"
#include "core/trial/BlindedAllocation.h"
#include "core/trial/TrialPeriods.h"
#include "core/trial/TrialVerdict.h"
#include "core/trial/UnblindingCode.h"

#include <nlohmann/json.hpp>

#include <map>

namespace ldn {

// The JSON forms of a trial that issue 19 spells out, for the command line and pharmacy systems.
// Keys are documented in docs/formats.md ("Trial"); absent estimates are null, never 0.
class TrialJson {
public:
    // [{"index", "start", "end"}]: what `trial show --json` lists, with no `arm` key (sealed).
    static nlohmann::json periods(const TrialPeriods& periods);

    // {"code", "ldn_dose_mg", "capsules_per_period", "periods": [{"index", "start", "end", "arm"}]}:
    // the pharmacy sheet, the one place the arms are written before unblinding.
    static nlohmann::json pharmacySheet(const TrialPeriods& periods, const BlindedAllocation& allocation,
                                        const UnblindingCode& code, const Dose& ldnDose);

    // {"outcomes": {NAME: {"difference", "ci95_hac", "randomization_p", "pairs", "pairs_used",
    // "meets_mid", "pair_differences", "verdict"}}}: `trial verdict --json`.
    static nlohmann::json verdict(const std::map<QString, TrialOutcomeVerdict>& outcomes, int pairs);
};

} // namespace ldn
