#include "core/analysis/DoseResponseJson.h"

#include "core/base/IsoDate.h"

namespace ldn {
namespace {

nlohmann::json optionalNumber(const std::optional<double>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json statisticsJson(const SummaryStatistics& statistics)
{
    return {{"n", statistics.n},
            {"mean", optionalNumber(statistics.mean)},
            {"median", optionalNumber(statistics.median)},
            {"sd", optionalNumber(statistics.standardDeviation)}};
}

nlohmann::json levelJson(const DoseLevelSummary& level)
{
    nlohmann::json symptoms = nlohmann::json::object();
    for (const auto& [name, statistics] : level.symptoms) {
        symptoms[name.toStdString()] = statisticsJson(statistics);
    }
    return {{"dose_mg", level.dose.milligrams()}, {"days", level.days}, {"symptoms", symptoms}};
}

nlohmann::json stepJson(const DoseStep& step)
{
    nlohmann::json symptoms = nlohmann::json::object();
    for (const auto& [name, change] : step.symptoms) {
        symptoms[name.toStdString()] = {
            {"n_before", change.before.size()},
            {"n_after", change.after.size()},
            {"before_mean", optionalNumber(change.beforeMean)},
            {"after_mean", optionalNumber(change.afterMean)},
            {"difference", optionalNumber(change.difference)},
            {"ci95", change.interval ? nlohmann::json::array({change.interval->low, change.interval->high})
                                     : nlohmann::json(nullptr)},
        };
    }
    return {{"date", IsoDate::format(step.date).toStdString()},
            {"from_mg", step.from.milligrams()},
            {"to_mg", step.to.milligrams()},
            {"symptoms", symptoms}};
}

} // namespace

nlohmann::json DoseResponseJson::toJson(const DoseResponseResult& result, const QString& profileName)
{
    nlohmann::json symptoms = nlohmann::json::array();
    for (const SymptomDefinition& symptom : result.symptoms) {
        symptoms.push_back(
            {{"name", symptom.name.toStdString()}, {"higher_is_better", symptom.higherIsBetter}});
    }
    nlohmann::json levels = nlohmann::json::array();
    for (const DoseLevelSummary& level : result.doseLevels) {
        levels.push_back(levelJson(level));
    }
    nlohmann::json steps = nlohmann::json::array();
    for (const DoseStep& step : result.steps) {
        steps.push_back(stepJson(step));
    }
    const auto dateOrNull = [](const QDate& date) {
        return date.isValid() ? nlohmann::json(IsoDate::format(date).toStdString()) : nlohmann::json(nullptr);
    };
    return {
        {"profile", profileName.toStdString()},
        {"from", dateOrNull(result.from)},
        {"to", dateOrNull(result.to)},
        {"window_days", result.windowDays},
        {"settle_days", result.settleDays},
        {"symptoms", symptoms},
        {"adherence",
         {{"days_in_range", result.adherence.daysInRange},
          {"days_logged", result.adherence.daysLogged},
          {"doses_taken", result.adherence.dosesTaken},
          {"doses_missed", result.adherence.dosesMissed},
          {"zero_mg_days", result.adherence.zeroDoseDays}}},
        {"baseline", levelJson(result.baseline)},
        {"dose_levels", levels},
        {"steps", steps},
    };
}

} // namespace ldn
