#include "core/trial/TrialJson.h"

#include "core/base/IsoDate.h"

namespace ldn {
namespace {

nlohmann::json optionalNumber(const std::optional<double>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json periodJson(const TrialPeriod& period)
{
    return {{"index", period.index},
            {"start", IsoDate::format(period.start).toStdString()},
            {"end", IsoDate::format(period.end).toStdString()}};
}

} // namespace

nlohmann::json TrialJson::periods(const TrialPeriods& periods)
{
    nlohmann::json list = nlohmann::json::array();
    for (const TrialPeriod& period : periods.periods()) {
        list.push_back(periodJson(period));
    }
    return list;
}

nlohmann::json TrialJson::pharmacySheet(const TrialPeriods& periods, const BlindedAllocation& allocation,
                                        const UnblindingCode& code, const Dose& ldnDose)
{
    nlohmann::json list = nlohmann::json::array();
    for (const TrialPeriod& period : periods.periods()) {
        nlohmann::json entry = periodJson(period);
        entry["arm"] = armKey(allocation.armOfPeriod(period.index)).toStdString();
        list.push_back(entry);
    }
    const int capsules = periods.periods().empty() ? 0 : periods.periods().front().days();
    return {{"code", code.text().toStdString()},
            {"ldn_dose_mg", ldnDose.milligrams()},
            {"capsules_per_period", capsules},
            {"periods", list}};
}

nlohmann::json TrialJson::verdict(const std::map<QString, TrialOutcomeVerdict>& outcomes, int pairs)
{
    nlohmann::json byName = nlohmann::json::object();
    for (const auto& [name, outcome] : outcomes) {
        nlohmann::json pairDifferences = nlohmann::json::array();
        for (const TrialPairDifference& pair : outcome.pairs) {
            pairDifferences.push_back({{"pair", pair.pair},
                                       {"ldn_mean", optionalNumber(pair.ldnMean)},
                                       {"placebo_mean", optionalNumber(pair.placeboMean)},
                                       {"ldn_days", pair.ldnDays},
                                       {"placebo_days", pair.placeboDays},
                                       {"difference", optionalNumber(pair.difference)}});
        }
        const std::optional<NeweyWestInterval>& interval = outcome.autocorrelated.interval;
        byName[name.toStdString()] = {
            {"difference", optionalNumber(outcome.difference)},
            {"ci95_hac",
             interval ? nlohmann::json::array({interval->low, interval->high}) : nlohmann::json(nullptr)},
            {"randomization_p", optionalNumber(outcome.randomizationP)},
            {"pairs", pairs},
            {"pairs_used", outcome.pairsUsed},
            {"meets_mid", outcome.meetsMid ? nlohmann::json(*outcome.meetsMid) : nlohmann::json(nullptr)},
            {"pair_differences", pairDifferences},
            {"verdict", outcome.verdict.toStdString()},
        };
    }
    return {{"outcomes", byName}};
}

} // namespace ldn
