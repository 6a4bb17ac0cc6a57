#include "core/exchange/FhirBundleBuilder.h"

#include "core/base/InputError.h"
#include "core/evidence/EvidencePackJson.h"
#include "core/exchange/FhirClinicalCodes.h"

#include <QFile>
#include <QTimeZone>
#include <catch2/catch.hpp>

#include <set>

using namespace ldn;

namespace {

const std::string kSymptomSystem = "urn:uuid:a4cf986b-902c-43c0-bfe7-8eb85f89a949";
const std::string kSideEffectSystem = "urn:uuid:287f97be-4108-4c6b-a34f-e57d141945ca";
const std::string kDoseNotTakenSystem = "urn:uuid:54a703a2-1692-42fa-9705-4b5181aa6847";
const std::string kUcum = "http://unitsofmeasure.org";

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

ArchivedDay day(int dayOfFebruary, std::optional<std::int64_t> micrograms, std::map<QString, int> scores)
{
    ArchivedDay archived;
    archived.entry.date = QDate(2026, 2, dayOfFebruary);
    if (micrograms) {
        archived.entry.status = DoseStatus::Taken;
        archived.entry.dose = Dose::fromMicrograms(*micrograms);
    } else {
        archived.entry.status = DoseStatus::Missed;
    }
    archived.entry.symptomScores = std::move(scores);
    archived.updatedAt = utc(2026, 2, dayOfFebruary, 22, 0);
    return archived;
}

// 1 Feb 0 mg baseline (logged with a time), 2 Feb 1.5 mg capsule at 21:30 with a side effect,
// 3 Feb missed, 4 Feb not logged, 5 Feb 4.5 mg with no time or form.
ArchivedProfile handMadeProfile()
{
    ArchivedProfile profile;
    profile.name = QStringLiteral("Alex Example");
    profile.createdAt = utc(2026, 1, 1, 10, 0);
    profile.conditions = {{QStringLiteral("fibromyalgia"), QDate(2020, 3, 15)},
                          {QStringLiteral("ME/CFS"), QDate()}};
    profile.symptoms = {{{QStringLiteral("pain"), false}, false},
                        {{QStringLiteral("sleep quality"), true}, false}};

    ArchivedDay baseline = day(1, 0, {{QStringLiteral("pain"), 7}, {QStringLiteral("sleep quality"), 3}});
    baseline.entry.timeTaken = QTime(21, 0);
    ArchivedDay first = day(2, 1500, {{QStringLiteral("pain"), 6}});
    first.entry.timeTaken = QTime(21, 30);
    first.entry.formulation = Formulation::Capsule;
    first.entry.sideEffects[QStringLiteral("vivid dreams")] = 2;
    ArchivedDay missed = day(3, std::nullopt, {{QStringLiteral("pain"), 8}});
    ArchivedDay later = day(5, 4500, {{QStringLiteral("sleep quality"), 5}});
    profile.days = {baseline, first, missed, later};
    return profile;
}

nlohmann::json buildHandMade()
{
    return FhirBundleBuilder::build(handMadeProfile(), utc(2026, 3, 1, 12, 0));
}

std::vector<nlohmann::json> resourcesOf(const nlohmann::json& bundle, const std::string& type)
{
    std::vector<nlohmann::json> result;
    for (const auto& entry : bundle.at("entry")) {
        if (entry.at("resource").at("resourceType") == type) {
            result.push_back(entry.at("resource"));
        }
    }
    return result;
}

nlohmann::json administrationOn(const nlohmann::json& bundle, const std::string& date)
{
    for (const auto& resource : resourcesOf(bundle, "MedicationAdministration")) {
        if (resource.at("effectiveDateTime") == date) {
            return resource;
        }
    }
    return nullptr;
}

nlohmann::json observationOf(const nlohmann::json& bundle, const std::string& system, const std::string& code,
                             const std::string& date)
{
    for (const auto& resource : resourcesOf(bundle, "Observation")) {
        const auto& coding = resource.at("code").at("coding").at(0);
        if (coding.at("system") == system && coding.at("code") == code &&
            resource.at("effectiveDateTime") == date) {
            return resource;
        }
    }
    return nullptr;
}

std::string patientUrl(const nlohmann::json& bundle)
{
    return bundle.at("entry").at(0).at("fullUrl").get<std::string>();
}

} // namespace

TEST_CASE("FHIR bundle: a collection with one Patient holding only the profile's name", "[fhir]")
{
    const nlohmann::json bundle = buildHandMade();
    CHECK(bundle.at("resourceType") == "Bundle");
    CHECK(bundle.at("type") == "collection");
    CHECK(bundle.at("timestamp") == "2026-03-01T12:00:00Z");
    // Patient, 2 conditions, 4 logged days, 5 scores and 1 side effect.
    CHECK(bundle.at("entry").size() == 13);

    const auto patients = resourcesOf(bundle, "Patient");
    REQUIRE(patients.size() == 1);
    CHECK(patients[0] ==
          nlohmann::json::parse(R"({"resourceType": "Patient", "name": [{"text": "Alex Example"}],
        "text": {"status": "generated",
                 "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Alex Example, who kept this LDN diary.</p></div>"}})"));
    CHECK(bundle.at("entry").at(0).at("resource") == patients[0]);

    std::set<std::string> urls;
    for (const auto& entry : bundle.at("entry")) {
        const std::string url = entry.at("fullUrl");
        CHECK(url.rfind("urn:uuid:", 0) == 0);
        CHECK(url.size() == 9 + 36);
        CHECK(url.at(9 + 14) == '5'); // name-based (v5), not random
        urls.insert(url);
        if (entry.at("resource").at("resourceType") != "Patient") {
            CHECK(entry.at("resource").at("subject").at("reference") == patientUrl(bundle));
        }
    }
    CHECK(urls.size() == bundle.at("entry").size());
}

TEST_CASE(
    "FHIR bundle: conditions carry the name, SNOMED CT where the library's condition has a reviewed code, "
    "and a known diagnosis date, no invented status",
    "[fhir]")
{
    const auto conditions = resourcesOf(buildHandMade(), "Condition");
    REQUIRE(conditions.size() == 2);
    CHECK(conditions[0].at("code") == nlohmann::json::parse(R"({"text": "fibromyalgia",
        "coding": [{"system": "http://snomed.info/sct", "code": "203082005", "display": "Fibromyalgia"}]})"));
    CHECK(conditions[0].at("text").at("div") ==
          "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Condition: fibromyalgia</p><p>SNOMED CT 203082005: "
          "Fibromyalgia</p><p>Diagnosed on 2020-03-15.</p></div>");
    CHECK(conditions[0].at("extension") ==
          nlohmann::json::parse(R"([{"url": "http://hl7.org/fhir/StructureDefinition/condition-assertedDate",
                                     "valueDateTime": "2020-03-15"}])"));
    CHECK(conditions[1].at("code").at("coding").at(0).at("code") == "52702003");
    CHECK(conditions[1].at("code").at("coding").at(0).at("display") == "Chronic fatigue syndrome");
    CHECK_FALSE(conditions[1].contains("extension"));
    for (const auto& condition : conditions) {
        // A diagnosis date is neither the onset nor when the record was made; status unknown.
        CHECK_FALSE(condition.contains("onsetDateTime"));
        CHECK_FALSE(condition.contains("recordedDate"));
        CHECK_FALSE(condition.contains("clinicalStatus"));
        CHECK_FALSE(condition.contains("verificationStatus"));
        CHECK(condition.at("code").at("coding").size() == 1);
    }
}

TEST_CASE("FHIR bundle: a condition without a reviewed code keeps its name alone", "[fhir]")
{
    CHECK(FhirClinicalCodes::snomedForCondition(QStringLiteral("crohn's DISEASE"))->code ==
          std::string("34000006"));
    CHECK(FhirClinicalCodes::snomedForCondition(QStringLiteral("Multiple sclerosis"))->code ==
          std::string("24700007"));
    CHECK_FALSE(FhirClinicalCodes::snomedForCondition(QStringLiteral("Chronic Lyme disease")));
    CHECK_FALSE(FhirClinicalCodes::snomedForCondition(QStringLiteral("my own odd syndrome")));
    CHECK(FhirClinicalCodes::isPainSeverity(QStringLiteral("Pain"), false));
    CHECK(FhirClinicalCodes::isPainSeverity(QStringLiteral("Schmerzen"), false));
    CHECK_FALSE(FhirClinicalCodes::isPainSeverity(QStringLiteral("pain relief"), false));
    CHECK_FALSE(FhirClinicalCodes::isPainSeverity(QStringLiteral("pain"), true)); // not a severity then
}

TEST_CASE("FHIR bundle: every resource has a generated narrative", "[fhir]")
{
    for (const auto& entry : buildHandMade().at("entry")) {
        const nlohmann::json& text = entry.at("resource").at("text");
        CHECK(text.at("status") == "generated");
        const std::string div = text.at("div");
        CHECK(div.rfind("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>", 0) == 0);
        CHECK(div.size() > 60);
    }
    const nlohmann::json bundle = buildHandMade();
    CHECK(observationOf(bundle, kSymptomSystem, "pain", "2026-02-01").at("text").at("div") ==
          "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>2026-02-01: pain scored 7 of 10.</p><p>Rated in "
          "the diary on "
          "a 0-10 scale; a higher score is worse.</p></div>");
}

TEST_CASE("FHIR bundle: a taken dose is a completed administration in UCUM mg, time only in a note", "[fhir]")
{
    const nlohmann::json bundle = buildHandMade();
    const nlohmann::json expected = {
        {"resourceType", "MedicationAdministration"},
        {"meta", {{"lastUpdated", "2026-02-02T22:00:00Z"}}},
        {"status", "completed"},
        {"medicationCodeableConcept",
         {{"coding",
           {{{"system", "http://www.nlm.nih.gov/research/umls/rxnorm"},
             {"code", "7243"},
             {"display", "naltrexone"}}}},
          {"text", "Naltrexone (low dose)"}}},
        {"subject", {{"reference", patientUrl(bundle)}}},
        {"effectiveDateTime", "2026-02-02"},
        {"dosage",
         {{"text", "1.5 mg, capsule"},
          {"dose", {{"value", 1.5}, {"unit", "mg"}, {"system", kUcum}, {"code", "mg"}}}}},
        {"note", {{{"text", "Taken at 21:30 local time (time zone not recorded)."}}}},
        {"text",
         {{"status", "generated"},
          {"div",
           "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>2026-02-02: naltrexone (low dose) 1.5 mg, capsule "
           "taken.</p><p>Taken at 21:30 local time (time zone not recorded).</p></div>"}}},
    };
    CHECK(administrationOn(bundle, "2026-02-02") == expected);

    const nlohmann::json plain = administrationOn(bundle, "2026-02-05");
    REQUIRE(plain.is_object());
    CHECK(plain.at("status") == "completed");
    CHECK(plain.at("dosage").at("text") == "4.5 mg");
    CHECK(plain.at("dosage").at("dose").at("value") == 4.5);
    CHECK_FALSE(plain.contains("note"));

    // No dateTime anywhere carries a time: the diary has no time zone to give it.
    for (const auto& entry : bundle.at("entry")) {
        const auto& resource = entry.at("resource");
        if (resource.contains("effectiveDateTime")) {
            CHECK(resource.at("effectiveDateTime").get<std::string>().size() == 10);
        }
    }
}

TEST_CASE("FHIR bundle: missed and 0 mg days are not-done with different coded reasons", "[fhir]")
{
    const nlohmann::json bundle = buildHandMade();
    const nlohmann::json zero = administrationOn(bundle, "2026-02-01");
    REQUIRE(zero.is_object());
    CHECK(zero.at("status") == "not-done");
    CHECK(zero.at("statusReason").at(0).at("coding").at(0).at("system") == kDoseNotTakenSystem);
    CHECK(zero.at("statusReason").at(0).at("coding").at(0).at("code") == "zero-dose");
    CHECK_FALSE(zero.contains("dosage"));
    CHECK_FALSE(zero.contains("note"));

    const nlohmann::json missed = administrationOn(bundle, "2026-02-03");
    REQUIRE(missed.is_object());
    CHECK(missed.at("status") == "not-done");
    CHECK(missed.at("statusReason").at(0).at("coding").at(0).at("system") == kDoseNotTakenSystem);
    CHECK(missed.at("statusReason").at(0).at("coding").at(0).at("code") == "missed");
    CHECK_FALSE(missed.contains("dosage"));

    // A day not logged has no record at all.
    CHECK(administrationOn(bundle, "2026-02-04").is_null());
    CHECK(resourcesOf(bundle, "MedicationAdministration").size() == 4);
}

TEST_CASE("FHIR bundle: each score and side effect is a final survey Observation in a local code system",
          "[fhir]")
{
    const nlohmann::json bundle = buildHandMade();
    const nlohmann::json pain = observationOf(bundle, kSymptomSystem, "pain", "2026-02-01");
    REQUIRE(pain.is_object());
    CHECK(pain.at("status") == "final");
    CHECK(pain.at("category") ==
          nlohmann::json::parse(
              R"([{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                                 "code": "survey", "display": "Survey"}]}])"));
    CHECK(pain.at("code").at("coding").at(0).at("display") == "pain");
    // Beside the local code, LOINC's 0-10 pain severity.
    CHECK(pain.at("code").at("coding").at(1) ==
          nlohmann::json::parse(R"({"system": "http://loinc.org", "code": "72514-3",
              "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported"})"));
    CHECK(pain.at("code").at("text") == "pain");
    CHECK(pain.at("valueInteger") == 7);
    CHECK(pain.at("subject").at("reference") == patientUrl(bundle));
    CHECK(pain.at("meta").at("lastUpdated") == "2026-02-01T22:00:00Z");
    CHECK(pain.at("note").at(0).at("text") == "Rated in the diary on a 0-10 scale; a higher score is worse.");
    CHECK_FALSE(pain.contains("performer")); // the diary may be kept by a carer

    const nlohmann::json sleep = observationOf(bundle, kSymptomSystem, "sleep-quality", "2026-02-05");
    REQUIRE(sleep.is_object());
    CHECK(sleep.at("valueInteger") == 5);
    CHECK(sleep.at("code").at("coding").at(0).at("display") == "sleep quality");
    CHECK(sleep.at("code").at("coding").size() == 1); // no standard code for a diary's own symptom
    CHECK(sleep.at("note").at(0).at("text") ==
          "Rated in the diary on a 0-10 scale; a higher score is better.");

    // Scores of a missed day are still the person's scores.
    CHECK(observationOf(bundle, kSymptomSystem, "pain", "2026-02-03").at("valueInteger") == 8);

    const nlohmann::json dreams = observationOf(bundle, kSideEffectSystem, "vivid-dreams", "2026-02-02");
    REQUIRE(dreams.is_object());
    CHECK(dreams.at("valueInteger") == 2);
    CHECK(dreams.at("code").at("coding").at(0).at("display") == "vivid dreams");
    CHECK(dreams.at("code").at("coding").size() == 1);
    CHECK(resourcesOf(bundle, "Observation").size() == 6);
}

TEST_CASE("FHIR bundle: the same diary gives identical JSON; UUIDs depend on person and key only", "[fhir]")
{
    const nlohmann::json first = buildHandMade();
    CHECK(buildHandMade().dump() == first.dump());

    // Another generation time changes the timestamp and nothing else.
    nlohmann::json later = FhirBundleBuilder::build(handMadeProfile(), utc(2026, 4, 1, 8, 30));
    CHECK(later.at("timestamp") == "2026-04-01T08:30:00Z");
    later["timestamp"] = first.at("timestamp");
    CHECK(later == first);

    // Dropping a day leaves every other resource's fullUrl as it was.
    ArchivedProfile shorter = handMadeProfile();
    shorter.days.erase(shorter.days.begin() + 2);
    const nlohmann::json without = FhirBundleBuilder::build(shorter, utc(2026, 3, 1, 12, 0));
    std::set<std::string> firstUrls;
    for (const auto& entry : first.at("entry")) {
        firstUrls.insert(entry.at("fullUrl").get<std::string>());
    }
    for (const auto& entry : without.at("entry")) {
        CHECK(firstUrls.count(entry.at("fullUrl").get<std::string>()) == 1);
    }
    CHECK(without.at("entry").size() == first.at("entry").size() - 2);

    // Another person (or the same name in another diary) gets other UUIDs.
    ArchivedProfile other = handMadeProfile();
    other.createdAt = utc(2026, 1, 2, 10, 0);
    CHECK(patientUrl(FhirBundleBuilder::build(other, utc(2026, 3, 1, 12, 0))) != patientUrl(first));
}

TEST_CASE("FHIR bundle: symptom codes are slugs that never collide", "[fhir]")
{
    CHECK(FhirBundleBuilder::slug(QStringLiteral("Brain fog!")) == QStringLiteral("brain-fog"));
    CHECK(FhirBundleBuilder::slug(QStringLiteral("  sleep  quality ")) == QStringLiteral("sleep-quality"));
    CHECK(FhirBundleBuilder::slug(QStringLiteral("Müdigkeit")) == QStringLiteral("müdigkeit"));
    CHECK(FhirBundleBuilder::slug(QStringLiteral("?!")).isEmpty());

    ArchivedProfile profile = handMadeProfile();
    profile.symptoms = {{{QStringLiteral("Brain fog"), false}, false},
                        {{QStringLiteral("brain-fog"), false}, false}};
    profile.days = {day(1, 3000, {{QStringLiteral("Brain fog"), 4}, {QStringLiteral("brain-fog"), 6}})};
    // A no-break space would break FHIR's string pattern; it becomes a plain space.
    profile.name = QStringLiteral("Alex") + QChar(0x00A0) + QStringLiteral("Example");
    const nlohmann::json bundle = FhirBundleBuilder::build(profile, utc(2026, 3, 1, 12, 0));
    CHECK(resourcesOf(bundle, "Patient").at(0).at("name").at(0).at("text") == "Alex Example");
    std::set<std::string> codes;
    for (const auto& observation : resourcesOf(bundle, "Observation")) {
        const std::string code = observation.at("code").at("coding").at(0).at("code");
        CHECK(code.rfind("brain-fog-", 0) == 0);
        CHECK(code.size() == std::string("brain-fog-").size() + 8);
        codes.insert(code);
    }
    CHECK(codes.size() == 2);
}

TEST_CASE("FHIR bundle: data FHIR cannot carry honestly is refused, naming the day", "[fhir]")
{
    ArchivedProfile badScore = handMadeProfile();
    badScore.days[1].entry.symptomScores[QStringLiteral("pain")] = 11;
    try {
        FhirBundleBuilder::build(badScore, utc(2026, 3, 1, 12, 0));
        FAIL("a score of 11 was exported");
    } catch (const InputError& error) {
        // The day's own rules (DiaryEntry::validate) name the day, the field and the symptom.
        CHECK(error.location() == QStringLiteral("2026-02-02 score"));
        CHECK(error.problem() == QStringLiteral("pain must be scored 0 to 10 (got 11)"));
    }

    ArchivedProfile twice = handMadeProfile();
    twice.days.push_back(twice.days[0]);
    CHECK_THROWS_AS(FhirBundleBuilder::build(twice, utc(2026, 3, 1, 12, 0)), InputError);
    CHECK_THROWS_AS(FhirBundleBuilder::build(handMadeProfile(), QDateTime()), InputError);
}

TEST_CASE("FHIR codes: every coded condition is a condition of the bundled library", "[fhir]")
{
    QFile file(QStringLiteral(LDN_SOURCE_DIR "/resources/evidence/ldn-evidence-pack.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const EvidencePack pack =
        EvidencePackJson::parse(file.readAll(), QStringLiteral("ldn-evidence-pack.json"));
    QStringList names;
    for (const Condition& condition : pack.conditions) {
        names << condition.name;
    }
    const QStringList coded = FhirClinicalCodes::codedConditionNames();
    CHECK(coded.size() >= 4);
    for (const QString& name : coded) {
        INFO(name.toStdString());
        CHECK(names.contains(name));
    }
    // The four the issue names, by their library names.
    CHECK(FhirClinicalCodes::snomedForCondition(QStringLiteral("Fibromyalgia"))->code ==
          std::string("203082005"));
    CHECK(FhirClinicalCodes::snomedForCondition(QStringLiteral("ME/CFS"))->code == std::string("52702003"));
    CHECK(FhirClinicalCodes::snomedForCondition(QStringLiteral("Multiple sclerosis"))->code ==
          std::string("24700007"));
    CHECK(FhirClinicalCodes::snomedForCondition(QStringLiteral("Crohn's disease"))->code ==
          std::string("34000006"));
}
