#include "core/analysis/DoseResponseJson.h"

#include "core/base/IsoDate.h"

#include <QStringList>

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

nlohmann::json intervalJson(const std::optional<NeweyWestInterval>& interval)
{
    return interval ? nlohmann::json::array({interval->low, interval->high}) : nlohmann::json(nullptr);
}

nlohmann::json trendJson(const std::optional<BeforeTrend>& trend, bool higherIsBetter)
{
    if (!trend) {
        return nullptr;
    }
    nlohmann::json direction = nullptr;
    if (trend->isImproving(higherIsBetter)) {
        direction = "improving";
    } else if (trend->isWorsening(higherIsBetter)) {
        direction = "worsening";
    }
    return {{"points_per_week", trend->pointsPerWeek},
            {"ci95", {trend->low, trend->high}},
            {"n", trend->n},
            {"flagged", trend->isFlagged()},
            {"direction", direction}};
}

// One sentence for every estimate that is absent, in the order of the keys; null when none is.
nlohmann::json reasonJson(std::initializer_list<std::optional<EstimateGap>> gaps, ComparisonKind kind)
{
    QStringList reasons;
    for (const std::optional<EstimateGap>& gap : gaps) {
        if (gap && !reasons.contains(reasonText(*gap, kind))) {
            reasons << reasonText(*gap, kind);
        }
    }
    return reasons.isEmpty() ? nlohmann::json(nullptr)
                             : nlohmann::json(reasons.join(QStringLiteral("; ")).toStdString());
}

bool higherIsBetter(const DoseResponseResult& result, const QString& name)
{
    for (const SymptomDefinition& symptom : result.symptoms) {
        if (symptom.name == name) {
            return symptom.higherIsBetter;
        }
    }
    return false;
}

nlohmann::json windowJson(const DatedScores& scores)
{
    const auto dateOrNull = [](const QDate& date) {
        return date.isValid() ? nlohmann::json(IsoDate::format(date).toStdString()) : nlohmann::json(nullptr);
    };
    return {{"from", dateOrNull(scores.first())},
            {"to", dateOrNull(scores.last())},
            {"n", scores.n()},
            {"mean", optionalNumber(scores.mean())}};
}

nlohmann::json overallJson(const DoseResponseResult& result)
{
    nlohmann::json overall = nlohmann::json::object();
    for (const auto& [name, change] : result.overall) {
        nlohmann::json flare = nullptr;
        if (change.flare) {
            flare = {{"baseline_in_worst_quarter", change.flare->baselineInWorstQuarter},
                     {"worsening_before", change.flare->worseningBefore},
                     {"worst_quarter_limit", change.flare->worstQuarterLimit},
                     {"scores_before_ldn", change.flare->scoresBeforeLdn}};
        }
        overall[name.toStdString()] = {
            {"baseline", change.baseline ? windowJson(*change.baseline) : nlohmann::json(nullptr)},
            {"recent", windowJson(change.recent)},
            {"difference", optionalNumber(change.difference)},
            {"ci95_hac", intervalJson(change.autocorrelated.interval)},
            {"lag1_autocorrelation", optionalNumber(change.autocorrelated.lagOneAutocorrelation)},
            {"before_trend", trendJson(change.baselineTrend, higherIsBetter(result, name))},
            {"flare_at_start", flare},
            {"verdict", change.verdict ? nlohmann::json(verdictKey(*change.verdict).toStdString())
                                       : nlohmann::json(nullptr)},
            {"reason", reasonJson({change.gap, change.baseline ? change.baselineTrendGap : std::nullopt},
                                  ComparisonKind::Overall)},
        };
    }
    return overall;
}

nlohmann::json levelJson(const DoseLevelSummary& level)
{
    nlohmann::json symptoms = nlohmann::json::object();
    for (const auto& [name, statistics] : level.symptoms) {
        symptoms[name.toStdString()] = statisticsJson(statistics);
    }
    return {{"dose_mg", level.dose.milligrams()}, {"days", level.days}, {"symptoms", symptoms}};
}

nlohmann::json stepJson(const DoseResponseResult& result, const DoseStep& step)
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
            {"ci95_hac", intervalJson(change.autocorrelated.interval)},
            {"lag1_autocorrelation", optionalNumber(change.autocorrelated.lagOneAutocorrelation)},
            {"before_trend", trendJson(change.beforeTrend, higherIsBetter(result, name))},
            {"reason", reasonJson({change.autocorrelated.gap, change.beforeTrendGap}, ComparisonKind::Step)},
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
        steps.push_back(stepJson(result, step));
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
        {"first_ldn_dose", result.firstLdnDose ? dateOrNull(*result.firstLdnDose) : nlohmann::json(nullptr)},
        {"overall", overallJson(result)},
    };
}

} // namespace ldn
