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

TEST_CASE("Doses may be written in micrograms or milligrams, and a bare number in the profile's unit",
          "[dose]")
{
    const auto in = [](const char* text, Dose::Unit bare) {
        return Dose::parse(QString::fromUtf8(text), QStringLiteral("--dose"), bare).micrograms();
    };
    CHECK(in("500mcg", Dose::Unit::Milligrams) == 500);
    CHECK(in("500 mcg", Dose::Unit::Milligrams) == 500);
    CHECK(in("500 \u00b5g", Dose::Unit::Milligrams) == 500); // micro sign
    CHECK(in("500\u03bcg", Dose::Unit::Milligrams) == 500);  // Greek mu
    CHECK(in("500 ug", Dose::Unit::Milligrams) == 500);
    CHECK(in("250 micrograms", Dose::Unit::Milligrams) == 250);
    CHECK(in("0.5mg", Dose::Unit::Micrograms) == 500);
    CHECK(in("1.5 mg", Dose::Unit::Micrograms) == 1500);
    CHECK(in("1.5 milligrams", Dose::Unit::Micrograms) == 1500);
    CHECK(in("1.5 MG", Dose::Unit::Micrograms) == 1500);
    CHECK(in("750", Dose::Unit::Micrograms) == 750);
    CHECK(in("750", Dose::Unit::Milligrams) == 750000);
    CHECK(Dose::parseTyped(QStringLiteral("500mcg"), QStringLiteral("dose")).unitWritten);
    CHECK_FALSE(Dose::parseTyped(QStringLiteral("500"), QStringLiteral("dose")).unitWritten);
    CHECK_THROWS_WITH(in("500.5mcg", Dose::Unit::Milligrams),
                      "--dose: 500.5mcg is more precise than a microgram");
    CHECK_THROWS_WITH(in("2000000 mcg", Dose::Unit::Milligrams),
                      "--dose: 2000000 mcg is not a possible dose");
    CHECK_THROWS_AS(in("5 kg", Dose::Unit::Milligrams), InputError);
}

TEST_CASE("A bare number above 10 mg that is an ordinary dose in micrograms is offered as one", "[dose]")
{
    const auto reading = [](const char* text) { return Dose::microgramReadingOf(QString::fromUtf8(text)); };
    CHECK(reading("500") == Dose::fromMicrograms(500));
    CHECK(reading(" 1500 ") == Dose::fromMicrograms(1500));
    CHECK(reading("100") == Dose::fromMicrograms(100));
    CHECK(reading("10000") == Dose::fromMicrograms(10000));
    CHECK_FALSE(reading("45").has_value());    // 0.045 mg: no LDN dose either way
    CHECK_FALSE(reading("10").has_value());    // 10 mg needs no question
    CHECK_FALSE(reading("12000").has_value()); // 12 mg even in micrograms
    CHECK_FALSE(reading("450.5").has_value());
    CHECK_FALSE(reading("500mg").has_value()); // a unit written is meant
    CHECK_THROWS_WITH(parse("1500"), "--dose: 1500 mg is not a possible dose");
    CHECK(Dose::fromMicrograms(500).toText(Dose::Unit::Micrograms) == QStringLiteral("500 micrograms"));
    CHECK(Dose::fromMicrograms(4500).toText(Dose::Unit::Micrograms) == QStringLiteral("4.5 mg"));
    CHECK(Dose::fromMicrograms(500).toText() == QStringLiteral("0.5 mg"));
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
