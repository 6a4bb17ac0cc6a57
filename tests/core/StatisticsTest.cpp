#include "core/analysis/StudentT.h"
#include "core/analysis/SummaryStatistics.h"
#include "core/analysis/WelchInterval.h"

#include <catch2/catch.hpp>

using namespace ldn;
using Catch::Detail::Approx;

// Reference values: published t tables, and an independent computation (numerical integration
// of the t density) for Welch's intervals, matching R's t.test(after, before).

TEST_CASE("Summary statistics use n - 1 and leave absent estimates empty", "[statistics]")
{
    const SummaryStatistics three = SummaryStatistics::of({6, 8, 7});
    CHECK(three.n == 3);
    CHECK(*three.mean == Approx(7.0));
    CHECK(*three.median == Approx(7.0));
    CHECK(*three.standardDeviation == Approx(1.0));

    const SummaryStatistics even = SummaryStatistics::of({1, 2, 4, 10});
    CHECK(*even.median == Approx(3.0));
    CHECK(*even.mean == Approx(4.25));
    CHECK(*even.standardDeviation == Approx(4.031129));

    const SummaryStatistics one = SummaryStatistics::of({5});
    CHECK(one.n == 1);
    CHECK(*one.mean == Approx(5.0));
    CHECK_FALSE(one.standardDeviation);

    const SummaryStatistics none = SummaryStatistics::of({});
    CHECK(none.n == 0);
    CHECK_FALSE(none.mean);
    CHECK_FALSE(none.median);
}

TEST_CASE("Student's t quantiles match the tables", "[statistics]")
{
    CHECK(StudentT::quantile(0.975, 1) == Approx(12.706204736).epsilon(1e-9));
    CHECK(StudentT::quantile(0.975, 5) == Approx(2.570581836).epsilon(1e-9));
    CHECK(StudentT::quantile(0.975, 10) == Approx(2.228138852).epsilon(1e-9));
    CHECK(StudentT::quantile(0.975, 30) == Approx(2.042272456).epsilon(1e-9));
    CHECK(StudentT::quantile(0.025, 10) == Approx(-2.228138852).epsilon(1e-9));
    CHECK(StudentT::quantile(0.5, 7) == Approx(0.0).margin(1e-12));
    CHECK(StudentT::cdf(0.0, 3) == Approx(0.5));
    CHECK(std::isnan(StudentT::quantile(1.0, 3)));
    CHECK(std::isnan(StudentT::quantile(0.9, 0)));
}

TEST_CASE("Welch's interval matches R's t.test", "[statistics]")
{
    const std::optional<WelchInterval> small = WelchInterval::of({4, 5, 6}, {6, 7, 8, 9});
    REQUIRE(small);
    CHECK(small->difference == Approx(-2.5));
    CHECK(small->degreesOfFreedom == Approx(4.959184).epsilon(1e-6));
    CHECK(small->low == Approx(-4.731711).epsilon(1e-6));
    CHECK(small->high == Approx(-0.268289).epsilon(1e-5));

    const std::optional<WelchInterval> larger =
        WelchInterval::of({3, 4, 4, 5, 2, 3, 4, 3}, {6, 5, 7, 6, 6, 8, 5});
    REQUIRE(larger);
    CHECK(larger->difference == Approx(-2.642857).epsilon(1e-6));
    CHECK(larger->degreesOfFreedom == Approx(12.021398).epsilon(1e-6));
    CHECK(larger->low == Approx(-3.775633).epsilon(1e-6));
    CHECK(larger->high == Approx(-1.510081).epsilon(1e-6));

    CHECK_FALSE(WelchInterval::of({4}, {6, 7}));
    CHECK_FALSE(WelchInterval::of({4, 4}, {6, 6})); // no spread at all: no honest interval
}
