#pragma once

#include "core/trial/Trial.h"

#include <QDate>
#include <QTextStream>
#include <nlohmann/json.hpp>

namespace ldn {

// What `trial start` and `trial show` say about a blinded trial: the design, the periods with
// their dates ("period 3 of 8"), and what K pairs can prove at best. Never an arm: the allocation
// stays sealed here whatever the trial's state (the pharmacy sheet is the one place it is shown).
class BlindedTrialText {
public:
    // The lines after "Started a blinded trial …": design, periods, the smallest possible p.
    static void writeDesign(QTextStream& out, const Trial& trial);
    // `trial show` for a blinded trial, in words.
    static void writeShow(QTextStream& out, const Trial& trial, const QDate& today);
    // The "blinded" object of `trial show --json`: {"pairs", "period_days", "washout_days",
    // "ldn_dose_mg", "capsules_per_period", "sealed", "unblinded_on", "position",
    // "smallest_possible_p", "pairs_advice", "periods": [{"index", "start", "end"}]}; no "arm".
    static nlohmann::json showJson(const Trial& trial, const QDate& today);
    // Where a blinded trial stands on `today`: "Period 3 of 8 (washout until …)".
    static QString standing(const Trial& trial, const QDate& today);
};

} // namespace ldn
