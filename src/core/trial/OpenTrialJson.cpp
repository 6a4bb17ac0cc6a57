#include "core/trial/OpenTrialJson.h"

#include "core/base/IsoDate.h"

#include <QCoreApplication>

namespace ldn {
namespace {

nlohmann::json optionalNumber(const std::optional<double>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json optionalDate(const QDate& date)
{
    return date.isValid() ? nlohmann::json(IsoDate::format(date).toStdString()) : nlohmann::json(nullptr);
}

nlohmann::json textList(const QStringList& texts)
{
    nlohmann::json list = nlohmann::json::array();
    for (const QString& text : texts) {
        list.push_back(text.toStdString());
    }
    return list;
}

const char* ruleKey(StoppingRules::Rule rule)
{
    switch (rule) {
    case StoppingRules::Rule::OpioidAdded:
        return "opioid_added";
    case StoppingRules::Rule::SevereSideEffectTwoDays:
        break;
    }
    return "severe_side_effect_two_days";
}

nlohmann::json outcomeJson(const OpenTrialOutcome& outcome)
{
    const SymptomOverallChange& change = outcome.comparison;
    const std::optional<NeweyWestInterval>& interval = change.autocorrelated.interval;
    // The improvement: recent − baseline with its sign turned so that better is positive.
    nlohmann::json improvement = nullptr;
    if (change.difference) {
        improvement = outcome.higherIsBetter ? *change.difference : -*change.difference;
    }
    return {{"higher_is_better", outcome.higherIsBetter},
            {"baseline_days", change.baseline ? change.baseline->n() : 0},
            {"baseline_mean",
             change.baseline ? optionalNumber(change.baseline->mean()) : nlohmann::json(nullptr)},
            {"recent_days", change.recent.n()},
            {"recent_mean", optionalNumber(change.recent.mean())},
            {"difference", optionalNumber(change.difference)},
            {"ci95_hac",
             interval ? nlohmann::json::array({interval->low, interval->high}) : nlohmann::json(nullptr)},
            {"improvement", improvement},
            {"improved_by_mid", OpenTrialReview::answerWords(outcome.answer)},
            {"verdict", outcome.words.toStdString()}};
}

} // namespace

nlohmann::json OpenTrialJson::protocol(const Trial& trial)
{
    const TrialProtocol& protocol = trial.protocol;
    return {{"kind", protocol.isBlinded() ? "blinded" : "open"},
            {"start", optionalDate(protocol.start)},
            {"outcomes", textList(protocol.outcomes)},
            {"mid", protocol.smallestChange},
            {"baseline_days", protocol.baselineDays},
            {"review_weeks", trial.reviewWeeks},
            {"review_on", optionalDate(protocol.reviewOn)},
            {"stop_rules", textList(protocol.stopRules)},
            {"stopped_on", optionalDate(trial.stoppedOn)},
            {"stop_reason",
             trial.isStopped() ? nlohmann::json(trial.stopReason.toStdString()) : nlohmann::json(nullptr)}};
}

nlohmann::json OpenTrialJson::rulesMet(const std::vector<StoppingRules::Met>& met)
{
    nlohmann::json list = nlohmann::json::array();
    for (const StoppingRules::Met& rule : met) {
        list.push_back({{"rule", ruleKey(rule.rule)},
                        {"since", optionalDate(rule.since)},
                        {"cause", rule.cause.toStdString()},
                        {"words", rule.words().toStdString()}});
    }
    return list;
}

nlohmann::json OpenTrialJson::review(const OpenTrialReview& review, const Trial& trial)
{
    nlohmann::json outcomes = nlohmann::json::object();
    for (const OpenTrialOutcome& outcome : review.outcomes) {
        outcomes[outcome.symptom.toStdString()] = outcomeJson(outcome);
    }
    const TrialAdherence& adherence = review.adherence;
    nlohmann::json sideEffects = nlohmann::json::array();
    for (const TrialSideEffectCount& effect : review.sideEffects) {
        sideEffects.push_back({{"name", effect.name.toStdString()},
                               {"days", effect.days},
                               {"severe_days", effect.severeDays},
                               {"worst", effect.worst}});
    }
    return {{"kind", "open"},
            {"from", optionalDate(review.from)},
            {"to", optionalDate(review.to)},
            {"review_on", optionalDate(trial.protocol.reviewOn)},
            {"at_review", review.to >= trial.protocol.reviewOn},
            {"stopped_on", optionalDate(trial.stoppedOn)},
            {"mid", trial.protocol.smallestChange},
            {"outcomes", outcomes},
            {"adherence",
             {{"days_in_trial", adherence.daysInTrial},
              {"days_logged", adherence.daysLogged},
              {"days_missed", adherence.daysMissed},
              {"days_as_planned", adherence.daysAsPlanned},
              {"share_as_planned", optionalNumber(adherence.shareAsPlanned())}}},
            {"side_effects", sideEffects},
            {"limits", textList(OpenTrialReview::limits())}};
}

} // namespace ldn
