#include "core/diary/Formulation.h"

#include "core/diary/DoseStatus.h"

#include <catch2/catch.hpp>

using namespace ldn;

TEST_CASE("Formulations round-trip through their stored names", "[formulation]")
{
    const QStringList names = formulationStorageTexts();
    CHECK(names == QStringList{QStringLiteral("capsule"), QStringLiteral("liquid"), QStringLiteral("tablet"),
                               QStringLiteral("sublingual"), QStringLiteral("cream")});
    for (const QString& name : names) {
        const std::optional<Formulation> formulation = formulationFromText(name);
        REQUIRE(formulation);
        CHECK(toStorageText(*formulation) == name);
    }
    CHECK(formulationFromText(QStringLiteral(" Liquid ")) == Formulation::Liquid);
    CHECK_FALSE(formulationFromText(QStringLiteral("injection")));
}

TEST_CASE("Dose statuses round-trip and unknown ones are refused", "[status]")
{
    CHECK(doseStatusFromStorageText(toStorageText(DoseStatus::Taken)) == DoseStatus::Taken);
    CHECK(doseStatusFromStorageText(toStorageText(DoseStatus::Missed)) == DoseStatus::Missed);
    CHECK_FALSE(doseStatusFromStorageText(QStringLiteral("not logged")));
}
