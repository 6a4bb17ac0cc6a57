#include "core/plan/MedicationSafety.h"

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

TEST_CASE("A medicine's name is matched as a whole word, anywhere in what was typed", "[medication]")
{
    CHECK(MedicationSafety::assess(QStringLiteral("Tramadol/paracetamol 37.5/325")).level ==
          Level::Contraindicated);
    CHECK(MedicationSafety::assess(QStringLiteral("slow-release MORPHINE")).level == Level::Contraindicated);
    CHECK(MedicationSafety::assess(QStringLiteral("MS Contin 10 mg")).level == Level::Contraindicated);
    // Inside a longer word is not the medicine; a later whole-word mention still is.
    CHECK(MedicationSafety::assess(QStringLiteral("Zzmorphinezz")).level == Level::None);
    CHECK(MedicationSafety::assess(QStringLiteral("xcodeine, then codeine")).level == Level::Contraindicated);
    CHECK(MedicationSafety::assess(QStringLiteral("codeinex")).level == Level::None);
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

TEST_CASE("A stopped opioid is still of concern for four weeks after its stop day", "[medication]")
{
    const QDate today(2026, 11, 22);
    const auto medicine = [](const char* name, const QDate& stoppedOn, std::int64_t id) {
        Medication medication;
        medication.id = id;
        medication.name = QString::fromUtf8(name);
        medication.stoppedOn = stoppedOn;
        return medication;
    };
    const std::vector<Medication> list{
        medicine("Tramadol", QDate(), 1),            // still taken
        medicine("Codeine", today.addDays(-27), 2),  // stopped 27 days ago
        medicine("Morphine", today.addDays(-28), 3), // stopped 28 days ago: cleared
        medicine("Levothyroxine", QDate(), 4),       // not an opioid
        medicine("Oxycodone", today, 5),             // stopped today
    };
    std::vector<std::int64_t> ids;
    for (const Medication& opioid : MedicationSafety::opioidsOfConcern(list, today)) {
        ids.push_back(opioid.id);
    }
    CHECK(ids == std::vector<std::int64_t>{1, 2, 5});

    const QString note = MedicationSafety::clearanceNote(list[1], today);
    CHECK(note.startsWith(QStringLiteral("Codeine, an opioid, was stopped on 26 Oct 2026 (27 days ago).")));
    CHECK(note.contains(QStringLiteral("ask your prescriber")));
    CHECK(MedicationSafety::clearanceNote(list[4], today).contains(QStringLiteral("(today)")));
}
