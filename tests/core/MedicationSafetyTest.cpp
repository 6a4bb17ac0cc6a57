#include "core/MedicationSafety.h"

#include <catch2/catch.hpp>

using namespace ldn;
using Level = MedicationSafety::Level;

TEST_CASE("Every opioid named in the brief is flagged as not to be combined with LDN", "[medication]")
{
    for (const char* name : {"morphine", "Codeine phosphate 30 mg", "Tramadol", "oxycodone", "hydrocodone",
                             "Fentanyl patch", "buprenorphine", "Methadone", "tapentadol", "dihydrocodeine",
                             "pethidine", "Co-codamol 30/500", "OxyContin", "Zomorph", "Butrans"}) {
        INFO(name);
        const MedicationSafety::Assessment assessment = MedicationSafety::assess(QString::fromUtf8(name));
        CHECK(assessment.level == Level::Contraindicated);
        CHECK(assessment.group == QStringLiteral("opioid"));
        CHECK(assessment.warning.contains(QStringLiteral("Do not take LDN with opioid")));
    }
}

TEST_CASE("Immunosuppressants and thyroid hormone get a softer caution", "[medication]")
{
    CHECK(MedicationSafety::assess(QStringLiteral("Tacrolimus")).level == Level::Caution);
    CHECK(MedicationSafety::assess(QStringLiteral("ciclosporin")).group ==
          QStringLiteral("immunosuppressant"));
    const MedicationSafety::Assessment thyroid =
        MedicationSafety::assess(QStringLiteral("Levothyroxine 75 mcg"));
    CHECK(thyroid.level == Level::Caution);
    CHECK(thyroid.group == QStringLiteral("thyroid hormone"));
    CHECK(thyroid.warning.contains(QStringLiteral("start LDN low")));
}

TEST_CASE("Ordinary medicines raise nothing", "[medication]")
{
    for (const char* name : {"Paracetamol", "ibuprofen", "Vitamin D", "Sertraline", "Amitriptyline", ""}) {
        INFO(name);
        const MedicationSafety::Assessment assessment = MedicationSafety::assess(QString::fromUtf8(name));
        CHECK(assessment.level == Level::None);
        CHECK(assessment.warning.isEmpty());
    }
}
