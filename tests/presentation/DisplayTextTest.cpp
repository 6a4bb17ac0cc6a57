#include "presentation/DateText.h"
#include "presentation/DoseText.h"

#include <catch2/catch.hpp>

namespace ldn::test {

TEST_CASE("Dates read the same everywhere", "[presentation][text]")
{
    const QDate date(2026, 3, 3);
    CHECK(shortDate(date) == QStringLiteral("3 Mar 2026"));
    CHECK(longDate(date) == QStringLiteral("3 March 2026"));
    CHECK(weekdayDate(date) == QStringLiteral("Tue 3 Mar 2026"));
    CHECK(shortDay(date) == QStringLiteral("Tue 3 Mar"));
    CHECK(dateSpan(date, date) == QStringLiteral("3 Mar 2026"));
    CHECK(dateSpan(date, QDate(2026, 12, 10)) == QStringLiteral("3 Mar 2026 \u2013 10 Dec 2026"));
}

TEST_CASE("Day counts are singular for one day only", "[presentation][text]")
{
    CHECK(dayCount(0) == QStringLiteral("0 days"));
    CHECK(dayCount(1) == QStringLiteral("1 day"));
    CHECK(dayCount(2) == QStringLiteral("2 days"));
    CHECK(dayCount(21) == QStringLiteral("21 days"));
}

TEST_CASE("Doses show as many decimals as they need and are never rounded", "[presentation][text]")
{
    CHECK(milligrams(Dose::fromMicrograms(4500)) == QStringLiteral("4.5 mg"));
    CHECK(milligrams(Dose::fromMicrograms(250)) == QStringLiteral("0.25 mg"));
    CHECK(milligrams(Dose::fromMicrograms(3000)) == QStringLiteral("3 mg"));
    CHECK(milligrams(Dose::fromMicrograms(0)) == QStringLiteral("0 mg"));
    // A chart's value in milligrams, to the nearest microgram: 4.4999999 is 4.5.
    CHECK(milligramNumber(4.4999999) == QStringLiteral("4.5"));
    CHECK(milligramNumber(0.125) == QStringLiteral("0.125"));
    CHECK(milligramNumber(12.0) == QStringLiteral("12"));
}

} // namespace ldn::test
