#include "core/base/RoughDuration.h"

#include <catch2/catch.hpp>

using namespace ldn;

TEST_CASE("A span of days is rounded as people say it", "[duration]")
{
    using Unit = RoughDuration::Unit;
    const auto is = [](qint64 days, Unit unit, int count) {
        const RoughDuration duration = RoughDuration::of(days);
        INFO(days << " days");
        CHECK(duration.unit == unit);
        CHECK(duration.count == count);
    };
    is(0, Unit::Days, 0);
    is(13, Unit::Days, 13);
    is(14, Unit::Weeks, 2);
    is(24, Unit::Weeks, 3);
    is(60, Unit::Weeks, 9);
    is(61, Unit::Months, 2);
    is(340, Unit::Months, 11);
    is(365, Unit::Months, 12);
    is(715, Unit::Months, 23);
    is(731, Unit::Years, 2);
    is(3650, Unit::Years, 10);
}
