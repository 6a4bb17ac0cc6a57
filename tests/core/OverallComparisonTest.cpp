#include "core/analysis/OverallComparison.h"

#include "core/analysis/DoseResponseAnalysis.h"
#include "core/analysis/DoseResponseJson.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace ldn;
using Catch::Detail::Approx;

// The baseline before LDN against the last 28 days, from hand-made diaries whose answers are known.

namespace {

const QDate kStart(2026, 1, 1);
const QString kPain = QStringLiteral("pain");
const QString kSleep = QStringLiteral("sleep quality");

// A small wobble (-1, 0, +1) so no side is constant.
int wobble(int day)
{
    return (day * 7) % 3 - 1;
}

DiaryEntry entry(int day, double doseMg, int pain, int sleep)
{
    DiaryEntry result;
    result.date = kStart.addDays(day);
    result.dose = Dose::fromMicrograms(static_cast<std::int64_t>(doseMg * 1000));
    result.symptomScores[kPain] = pain;
    result.symptomScores[kSleep] = sleep;
    return result;
}

// 40 days at 0 mg (pain about 7, sleep about 3), then LDN from day 40 on 1.5 mg for 80 days, pain
// falling to about 4 and sleep unchanged. Day 100 is missed (with a score that must not count).
std::vector<DiaryEntry> diary()
{
    std::vector<DiaryEntry> entries;
    for (int day = 0; day < 120; ++day) {
        const bool onLdn = day >= 40;
        const int pain = (onLdn && day >= 60 ? 4 : 7) + wobble(day);
        entries.push_back(entry(day, onLdn ? 1.5 : 0.0, pain, 3 + wobble(day + 1)));
        if (day == 100) {
            entries.back().status = DoseStatus::Missed;
            entries.back().dose = Dose();
            entries.back().symptomScores[kPain] = 10;
        }
    }
    return entries;
}

const std::vector<SymptomDefinition> kSymptoms{{kPain, false}, {kSleep, true}};

DoseResponseResult analyse(const std::vector<DiaryEntry>& entries, const QDate& from = {},
                           const QDate& to = {})
{
    DoseResponseAnalysis::Settings settings;
    settings.from = from;
    settings.to = to;
    return DoseResponseAnalysis::run(entries, kSymptoms, settings);
}

} // namespace

TEST_CASE("The baseline is the 28 days before the first dose; recent the range's last 28 days",
          "[analysis][overall]")
{
    const DoseResponseResult result = analyse(diary());
    REQUIRE(result.firstLdnDose);
    CHECK(*result.firstLdnDose == kStart.addDays(40));

    const SymptomOverallChange& pain = result.overall.at(kPain);
    REQUIRE(pain.baseline);
    CHECK(pain.baseline->n() == 28); // not all 40 days at 0 mg
    CHECK(pain.baseline->first() == kStart.addDays(12));
    CHECK(pain.baseline->last() == kStart.addDays(39));
    CHECK(pain.recent.n() == 27); // day 100 was missed
    CHECK(pain.recent.first() == kStart.addDays(92));
    CHECK(pain.recent.last() == kStart.addDays(119));
    CHECK(*pain.baseline->mean() == Approx(7.0).margin(0.05));
    REQUIRE(pain.difference);
    CHECK(*pain.difference == Approx(*pain.recent.mean() - *pain.baseline->mean()));
    REQUIRE(pain.autocorrelated.interval);
    CHECK(pain.autocorrelated.interval->excludesZero());
    CHECK(pain.verdict == ChangeVerdict::Better); // less pain
    CHECK_FALSE(pain.gap);

    const SymptomOverallChange& sleep = result.overall.at(kSleep);
    REQUIRE(sleep.verdict);
    CHECK(*sleep.verdict == ChangeVerdict::NoClearChange);
}

TEST_CASE("A missed day's scores never count, and a clear fall in sleep quality is worse",
          "[analysis][overall]")
{
    std::vector<DiaryEntry> entries = diary();
    for (DiaryEntry& day : entries) {
        if (day.date >= kStart.addDays(80) && day.status == DoseStatus::Taken) {
            day.symptomScores[kSleep] = 1 + wobble(day.date.day()) + 1;
        }
    }
    const DoseResponseResult result = analyse(entries);
    const SymptomOverallChange& pain = result.overall.at(kPain);
    CHECK(pain.recent.n() == 27);
    CHECK(std::find(pain.recent.scores.begin(), pain.recent.scores.end(), 10.0) == pain.recent.scores.end());
    CHECK(result.overall.at(kSleep).verdict == ChangeVerdict::Worse); // higher is better, and it fell
}

TEST_CASE("The baseline comes from before --from; recent never reaches back before the first dose",
          "[analysis][overall]")
{
    const DoseResponseResult whole = analyse(diary());
    const DoseResponseResult later = analyse(diary(), kStart.addDays(70), kStart.addDays(110));
    CHECK(later.adherence.daysInRange == 41);
    REQUIRE(later.overall.at(kPain).baseline);
    CHECK(later.overall.at(kPain).baseline->scores == whole.overall.at(kPain).baseline->scores);
    CHECK(later.overall.at(kPain).recent.first() == kStart.addDays(83));
    CHECK(later.overall.at(kPain).recent.last() == kStart.addDays(110));

    // Ten days into LDN: "recent" is those ten days, not the 0 mg days before them.
    const DoseResponseResult early = analyse(diary(), kStart.addDays(20), kStart.addDays(49));
    CHECK(early.overall.at(kPain).recent.first() == kStart.addDays(40));
    CHECK(early.overall.at(kPain).recent.n() == 10);
}

TEST_CASE("Without a baseline, or before LDN, there is no verdict and the reason says why",
          "[analysis][overall]")
{
    // The diary starts on the first dose: no 0 mg day before it.
    const std::vector<DiaryEntry> whole = diary();
    std::vector<DiaryEntry> onLdn(whole.begin() + 40, whole.end());
    DoseResponseResult result = analyse(onLdn);
    const SymptomOverallChange& pain = result.overall.at(kPain);
    CHECK_FALSE(pain.baseline);
    CHECK_FALSE(pain.verdict);
    CHECK_FALSE(pain.difference);
    CHECK(pain.gap == EstimateGap::NoBaseline);
    CHECK(pain.recent.n() == 27);

    // 0 mg days, but all more than 28 days before the first dose.
    std::vector<DiaryEntry> gap = diary();
    gap.erase(gap.begin() + 5, gap.begin() + 40);
    CHECK(analyse(gap).overall.at(kPain).gap == EstimateGap::NoBaseline);

    // Never started.
    const std::vector<DiaryEntry> baselineOnly(whole.begin(), whole.begin() + 40);
    result = analyse(baselineOnly);
    CHECK_FALSE(result.firstLdnDose);
    CHECK(result.overall.at(kPain).gap == EstimateGap::NoLdnDose);

    // The dates end before the first dose.
    result = analyse(diary(), kStart, kStart.addDays(30));
    CHECK(result.overall.at(kPain).gap == EstimateGap::EndsBeforeLdn);
    CHECK_FALSE(result.overall.at(kPain).verdict);

    // Two days of baseline: too few to compare.
    std::vector<DiaryEntry> short_ = diary();
    short_.erase(short_.begin(), short_.begin() + 38);
    result = analyse(short_);
    CHECK(result.overall.at(kPain).baseline->n() == 2);
    CHECK(result.overall.at(kPain).gap == EstimateGap::TooFewBefore);
    CHECK(result.overall.at(kPain).difference); // the means exist; only the judgement is withheld
}

TEST_CASE("Starting LDN while the scores were climbing is flagged as a possible flare", "[analysis][overall]")
{
    std::vector<DiaryEntry> entries = diary();
    CHECK_FALSE(analyse(entries).overall.at(kPain).startedInFlare());
    // Pain climbs over the last fortnight before LDN to 9-10: the worst quarter, and worsening.
    for (int day = 26; day < 40; ++day) {
        entries[static_cast<std::size_t>(day)].symptomScores[kPain] = 8 + (day - 26) / 7 + (day % 2);
    }
    const SymptomOverallChange pain = analyse(entries).overall.at(kPain);
    REQUIRE(pain.flare);
    CHECK(pain.flare->scoresBeforeLdn == 40);
    CHECK(pain.startedInFlare());
    REQUIRE(pain.baselineTrend);
    CHECK(pain.baselineTrend->isWorsening(false));
}

TEST_CASE("analyze --json adds the Newey-West fields to every step and an overall object", "[analysis][json]")
{
    const DoseResponseResult result = analyse(diary());
    const nlohmann::json json = DoseResponseJson::toJson(result, QStringLiteral("Alex"));
    CHECK(json["first_ldn_dose"] == "2026-02-10");

    REQUIRE(json["steps"].size() == 1);
    const nlohmann::json& step = json["steps"][0]["symptoms"]["pain"];
    for (const char* key : {"n_before", "n_after", "before_mean", "after_mean", "difference", "ci95",
                            "ci95_hac", "lag1_autocorrelation", "before_trend", "reason"}) {
        INFO(key);
        CHECK(step.contains(key));
    }
    CHECK(step["ci95"].is_array()); // Welch's stays, for comparison
    CHECK(step["ci95_hac"].is_array());
    CHECK(step["lag1_autocorrelation"].is_number());
    CHECK(step["before_trend"]["ci95"].is_array());
    CHECK(step["before_trend"]["flagged"].is_boolean());
    CHECK(step["reason"].is_null());

    const nlohmann::json& pain = json["overall"]["pain"];
    CHECK(pain["baseline"]["from"] == "2026-01-13");
    CHECK(pain["baseline"]["to"] == "2026-02-09");
    CHECK(pain["baseline"]["n"] == 28);
    CHECK(pain["recent"]["to"] == "2026-04-30");
    CHECK(pain["difference"].get<double>() == Approx(result.overall.at(kPain).difference.value()));
    CHECK(pain["ci95_hac"].is_array());
    CHECK(pain["verdict"] == "better");
    CHECK(pain["reason"].is_null());
    CHECK(pain["flare_at_start"]["baseline_in_worst_quarter"] == false);
    CHECK(json["overall"]["sleep quality"]["verdict"] == "no clear change");

    // With no baseline the fields are null and the reason is given.
    const std::vector<DiaryEntry> whole = diary();
    std::vector<DiaryEntry> onLdn(whole.begin() + 40, whole.end());
    const nlohmann::json none = DoseResponseJson::toJson(analyse(onLdn), QStringLiteral("Alex"));
    CHECK(none["overall"]["pain"]["baseline"].is_null());
    CHECK(none["overall"]["pain"]["ci95_hac"].is_null());
    CHECK(none["overall"]["pain"]["verdict"].is_null());
    CHECK(none["overall"]["pain"]["reason"].get<std::string>().find("no baseline") == 0);
    CHECK(none["overall"]["pain"]["recent"]["n"] == 27);
    // The old top-level baseline (every 0 mg day before the first dose, in range) is unchanged.
    CHECK(json["baseline"]["days"] == 40);
}

TEST_CASE("A step with too few days before it has null fields and one reason", "[analysis][json]")
{
    std::vector<DiaryEntry> entries = diary();
    entries.erase(entries.begin(), entries.begin() + 38); // two 0 mg days before the first dose
    const nlohmann::json json = DoseResponseJson::toJson(analyse(entries), QStringLiteral("Alex"));
    const nlohmann::json& step = json["steps"][0]["symptoms"]["pain"];
    CHECK(step["n_before"] == 2);
    CHECK(step["ci95_hac"].is_null());
    CHECK(step["lag1_autocorrelation"].is_null());
    CHECK(step["before_trend"].is_null());
    CHECK(step["reason"] == "fewer than 3 scored days before the change");
}
