#include "core/diary/Dose.h"

#include "core/base/InputError.h"

#include <catch2/catch.hpp>

using ldn::Dose;
using ldn::InputError;

namespace {
Dose parse(const char* text)
{
    return Dose::parse(QString::fromUtf8(text), QStringLiteral("--dose"));
}
} // namespace

TEST_CASE("Doses are parsed exactly into micrograms", "[dose]")
{
    CHECK(parse("4.5").micrograms() == 4500);
    CHECK(parse("4.5 mg").micrograms() == 4500);
    CHECK(parse(" 1.5mg ").micrograms() == 1500);
    CHECK(parse("0").micrograms() == 0);
    CHECK(parse("0.25").micrograms() == 250);
    CHECK(parse("0.001").micrograms() == 1);
    CHECK(parse("12").micrograms() == 12000);
}

TEST_CASE("Bad doses are refused with the field and the reason", "[dose]")
{
    const auto refusal = [](const char* text) {
        try {
            parse(text);
        } catch (const InputError& error) {
            return error.message();
        }
        return QString();
    };
    CHECK(refusal("-1").contains(QStringLiteral("--dose: a dose cannot be negative")));
    CHECK(refusal("abc").contains(QStringLiteral("is not a dose in mg")));
    CHECK(refusal("").contains(QStringLiteral("--dose")));
    CHECK(refusal("4,5").contains(QStringLiteral("is not a dose in mg")));
    CHECK(refusal("1.2345").contains(QStringLiteral("is not a dose in mg")));
    CHECK(refusal("nan").contains(QStringLiteral("is not a dose in mg")));
    CHECK(refusal("1e3").contains(QStringLiteral("is not a dose in mg")));
    CHECK(refusal("1001").contains(QStringLiteral("not a possible dose")));
}

TEST_CASE("Doses outside the usual LDN range need confirmation", "[dose]")
{
    CHECK_FALSE(parse("0").needsConfirmation());
    CHECK(parse("0.05").needsConfirmation());
    CHECK_FALSE(parse("0.1").needsConfirmation());
    CHECK_FALSE(parse("4.5").needsConfirmation());
    CHECK_FALSE(parse("10").needsConfirmation());
    CHECK(parse("10.1").needsConfirmation());
    CHECK(parse("45").needsConfirmation());
    CHECK(parse("50").needsConfirmation());
}

TEST_CASE("Doses print as the shortest exact milligram text", "[dose]")
{
    CHECK(parse("4.5").toMilligramText() == QStringLiteral("4.5"));
    CHECK(parse("3").toMilligramText() == QStringLiteral("3"));
    CHECK(parse("0.25").toMilligramText() == QStringLiteral("0.25"));
    CHECK(parse("0.001").toMilligramText() == QStringLiteral("0.001"));
    CHECK(parse("0").toMilligramText() == QStringLiteral("0"));
    CHECK(parse("4.5") > parse("3"));
    CHECK(parse("4.50") == parse("4.5"));
}
