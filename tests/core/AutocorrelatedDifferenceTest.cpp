#include "core/analysis/AutocorrelatedDifference.h"

#include "core/analysis/BeforeTrend.h"
#include "core/analysis/ChangeVerdict.h"
#include "core/analysis/FlareAtStart.h"
#include "core/analysis/LagOneAutocorrelation.h"
#include "core/analysis/NeweyWestInterval.h"
#include "core/analysis/WelchInterval.h"

#include <catch2/catch.hpp>

using namespace ldn;
using Catch::Detail::Approx;

// The building blocks of the autocorrelation-aware comparison. Reference values from R 4.2.2 with
// sandwich 3.0-2 (Debian 12): NeweyWest(lm(y ~ x), lag = L, prewhite = FALSE, adjust = FALSE),
// qt(0.975, n - 2), confint(lm(score ~ day)). tests/oracle checks many more series against R
// itself; these keep the rules in the fast suite.

namespace {

std::vector<QDate> consecutiveDays(std::size_t count, const QDate& first = QDate(2026, 2, 1))
{
    std::vector<QDate> days;
    for (std::size_t t = 0; t < count; ++t) {
        days.push_back(first.addDays(static_cast<qint64>(t)));
    }
    return days;
}

} // namespace

TEST_CASE("The Newey-West lag follows 4 (n/100)^(2/9) and changes at 28, 100 and 273", "[statistics][hac]")
{
    CHECK(NeweyWestInterval::lagFor(8) == 2);
    CHECK(NeweyWestInterval::lagFor(26) == 2);
    CHECK(NeweyWestInterval::lagFor(27) == 2);
    CHECK(NeweyWestInterval::lagFor(28) == 3);
    CHECK(NeweyWestInterval::lagFor(99) == 3);
    CHECK(NeweyWestInterval::lagFor(100) == 4);
    CHECK(NeweyWestInterval::lagFor(272) == 4);
    CHECK(NeweyWestInterval::lagFor(273) == 5);
}

TEST_CASE("Autocorrelated scores get a wider interval than Welch's, as R's sandwich gives it",
          "[statistics][hac]")
{
    const std::vector<double> before{7, 7, 8, 8, 8, 7, 6, 6, 7, 7};
    const std::vector<double> after{6, 6, 5, 5, 4, 4, 5, 5, 6, 6, 5, 5};
    const AutocorrelatedDifference difference = AutocorrelatedDifference::of(before, after);
    REQUIRE(difference.interval);
    CHECK_FALSE(difference.gap);
    CHECK(difference.interval->lag == 2);
    CHECK(difference.interval->estimate == Approx(-1.9333333333).margin(1e-9));
    CHECK(difference.interval->low == Approx(-2.7510129163).margin(1e-9));
    CHECK(difference.interval->high == Approx(-1.1156537504).margin(1e-9));
    CHECK(*difference.lagOneAutocorrelation == Approx(0.5311251314).margin(1e-9));

    // Welch's treats the 22 days as independent and is narrower (R: -2.586267 to -1.280400).
    const WelchInterval welch = *WelchInterval::of(after, before);
    CHECK(welch.low == Approx(-2.586267).margin(1e-6));
    CHECK(welch.high - welch.low < difference.interval->high - difference.interval->low);
}

TEST_CASE("Scores without autocorrelation: the interval and r1 match R", "[statistics][hac]")
{
    const AutocorrelatedDifference difference =
        AutocorrelatedDifference::of({6, 7, 7, 8, 6, 7, 8, 8, 7, 6}, {5, 5, 4, 6, 5, 4, 4, 5, 6, 5, 4, 4});
    REQUIRE(difference.interval);
    CHECK(difference.interval->low == Approx(-2.8497354847).margin(1e-9));
    CHECK(difference.interval->high == Approx(-1.6502645153).margin(1e-9));
    CHECK(*difference.lagOneAutocorrelation == Approx(0.0153061224).margin(1e-9));
}

TEST_CASE("No interval below 8 days, 3 a side, or without any scatter, and the reason is kept",
          "[statistics][hac]")
{
    const auto gapOf = [](const std::vector<double>& before, const std::vector<double>& after) {
        const AutocorrelatedDifference difference = AutocorrelatedDifference::of(before, after);
        CHECK_FALSE(difference.interval);
        CHECK_FALSE(difference.lagOneAutocorrelation);
        return difference.gap;
    };
    CHECK(gapOf({5, 6}, {4, 5, 4, 3, 5, 4}) == EstimateGap::TooFewBefore);
    CHECK(gapOf({5, 6, 7, 5, 6, 6}, {4, 5}) == EstimateGap::TooFewAfter);
    CHECK(gapOf({5, 6, 7}, {4, 5, 3, 4}) == EstimateGap::TooFewInAll);
    CHECK(gapOf({5, 5, 5, 5}, {5, 5, 5, 5}) == EstimateGap::NoVariation);
    CHECK(gapOf({7, 7, 7, 7, 7}, {4, 4, 4, 4}) == EstimateGap::NoVariation); // each side constant

    // Exactly 3 a side and 8 in all is enough.
    const AutocorrelatedDifference smallest = AutocorrelatedDifference::of({5, 6, 7}, {4, 5, 3, 4, 5});
    CHECK(smallest.interval);
    CHECK_FALSE(smallest.gap);
    CHECK(reasonText(EstimateGap::TooFewBefore, ComparisonKind::Step)
              .contains(QStringLiteral("before the change")));
    CHECK(
        reasonText(EstimateGap::TooFewBefore, ComparisonKind::Overall).contains(QStringLiteral("baseline")));
}

TEST_CASE("Lag-1 autocorrelation is the residuals' own, and absent for no residuals", "[statistics][hac]")
{
    CHECK(*LagOneAutocorrelation::of({1, -1, 1, -1}) == Approx(-0.75));
    CHECK(*LagOneAutocorrelation::of({1, 1, -1, -1}) == Approx(0.25));
    CHECK(*LagOneAutocorrelation::of({2, 1, -1, -2}) == Approx(0.3));
    CHECK_FALSE(LagOneAutocorrelation::of({0, 0, 0}));
}

TEST_CASE("The trend before a change is in points per week on calendar days, as confint gives it",
          "[statistics][trend]")
{
    // Days 0, 1, 2, 4, 5, 6, 7, 9, 10, 11: two unlogged days leave gaps in the calendar.
    std::vector<QDate> days;
    for (const int offset : {0, 1, 2, 4, 5, 6, 7, 9, 10, 11}) {
        days.push_back(QDate(2026, 2, 1).addDays(offset));
    }
    const std::optional<BeforeTrend> trend = BeforeTrend::of(days, {6, 7, 7, 8, 6, 7, 8, 8, 7, 6});
    REQUIRE(trend);
    CHECK(trend->n == 10);
    CHECK(trend->pointsPerWeek == Approx(0.2145593870).margin(1e-9));
    CHECK(trend->low == Approx(-0.9965972087).margin(1e-9));
    CHECK(trend->high == Approx(1.4257159826).margin(1e-9));
    CHECK_FALSE(trend->isFlagged());
    CHECK_FALSE(trend->isWorsening(false));

    // A steady climb of pain is flagged, and it is worsening when lower is better.
    const std::optional<BeforeTrend> climbing = BeforeTrend::of(consecutiveDays(8), {3, 4, 4, 5, 6, 6, 7, 8});
    REQUIRE(climbing);
    CHECK(climbing->isFlagged());
    CHECK(climbing->isWorsening(false));
    CHECK(climbing->isImproving(true));

    CHECK_FALSE(BeforeTrend::of(consecutiveDays(2), {3, 4}));          // too few for an interval
    CHECK_FALSE(BeforeTrend::of(consecutiveDays(5), {5, 5, 5, 5, 5})); // constant
    CHECK_FALSE(BeforeTrend::of(consecutiveDays(4), {2, 3, 4, 5}));    // exactly on a line
    CHECK(BeforeTrend::of(consecutiveDays(3), {2, 4, 3}).has_value()); // 3 is enough
}

TEST_CASE("The verdict follows the interval and the symptom's direction, never a leaning",
          "[statistics][verdict]")
{
    NeweyWestInterval lower;
    lower.estimate = -2.1;
    lower.low = -3.4;
    lower.high = -0.8;
    CHECK(verdictFor(lower, false) == ChangeVerdict::Better); // less pain
    CHECK(verdictFor(lower, true) == ChangeVerdict::Worse);   // less sleep quality
    NeweyWestInterval unclear = lower;
    unclear.high = 0.4;
    CHECK(verdictFor(unclear, false) == ChangeVerdict::NoClearChange);
    CHECK(verdictFor(unclear, true) == ChangeVerdict::NoClearChange);
    NeweyWestInterval touching = lower;
    touching.high = 0.0;
    CHECK(verdictFor(touching, false) == ChangeVerdict::NoClearChange);
    CHECK(verdictKey(ChangeVerdict::Better) == QStringLiteral("better"));
    CHECK(verdictKey(ChangeVerdict::Worse) == QStringLiteral("worse"));
    CHECK(verdictKey(ChangeVerdict::NoClearChange) == QStringLiteral("no clear change"));
}

TEST_CASE("A baseline in the worst quarter of the scores before LDN, or worsening, is a flare",
          "[statistics][flare]")
{
    // R: quantile(c(2, 3, 3, 4, 5, 8, 9, 9), c(0.25, 0.75)) is 3 and 8.25.
    const std::vector<double> history{2, 3, 3, 4, 5, 8, 9, 9};
    CHECK(FlareAtStart::quantile(history, 0.25) == Approx(3.0));
    CHECK(FlareAtStart::quantile(history, 0.75) == Approx(8.25));

    const std::optional<FlareAtStart> painFlare = FlareAtStart::assess(8.5, history, std::nullopt, false);
    REQUIRE(painFlare);
    CHECK(painFlare->baselineInWorstQuarter);
    CHECK(painFlare->worstQuarterLimit == Approx(8.25));
    CHECK(painFlare->isFlare());
    CHECK_FALSE(FlareAtStart::assess(8.0, history, std::nullopt, false)->isFlare());
    // Higher is better: the worst quarter is below the lower quartile.
    CHECK(FlareAtStart::assess(2.5, history, std::nullopt, true)->baselineInWorstQuarter);
    CHECK_FALSE(FlareAtStart::assess(8.5, history, std::nullopt, true)->baselineInWorstQuarter);
    // A baseline that never varies is not a flare of itself.
    CHECK_FALSE(FlareAtStart::assess(5.0, {5, 5, 5, 5}, std::nullopt, false)->isFlare());

    const std::optional<BeforeTrend> climbing = BeforeTrend::of(consecutiveDays(8), {3, 4, 4, 5, 6, 6, 7, 8});
    const std::optional<FlareAtStart> worsening =
        FlareAtStart::assess(5.4, {3, 4, 4, 5, 6, 6, 7, 8}, climbing, false);
    CHECK_FALSE(worsening->baselineInWorstQuarter);
    CHECK(worsening->worseningBefore);
    CHECK(worsening->isFlare());
    CHECK_FALSE(FlareAtStart::assess(5.0, {}, std::nullopt, false));
}
