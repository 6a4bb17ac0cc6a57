#include "core/base/IsoDate.h"

#include "core/base/InputError.h"

#include <catch2/catch.hpp>

using ldn::InputError;
using ldn::IsoDate;

TEST_CASE("Only real calendar days in YYYY-MM-DD are accepted", "[date]")
{
    CHECK(IsoDate::parse(QStringLiteral("2024-02-29"), QStringLiteral("--date")) == QDate(2024, 2, 29));
    CHECK(IsoDate::format(QDate(2026, 1, 5)) == QStringLiteral("2026-01-05"));

    for (const char* bad : {"2025-02-30", "2025-02-29", "2025-13-01", "2025-00-10", "2025-2-3", "03/02/2025",
                            "2025-02-03T10:00", "", "yesterday", " 2025-02-03"}) {
        INFO(bad);
        try {
            IsoDate::parse(QString::fromUtf8(bad), QStringLiteral("--date"));
            FAIL("accepted an impossible or malformed date");
        } catch (const InputError& error) {
            CHECK(error.location() == QStringLiteral("--date"));
            CHECK_FALSE(error.problem().isEmpty());
        }
    }
}
