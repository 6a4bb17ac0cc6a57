#include "core/exchange/FhirBundleBuilder.h"

#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "core/exchange/FhirClinicalCodes.h"
#include "core/exchange/FhirNarrative.h"

#include <QCryptographicHash>
#include <QUuid>

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace ldn {

const QString FhirBundleBuilder::kSymptomCodeSystem =
    QStringLiteral("urn:uuid:a4cf986b-902c-43c0-bfe7-8eb85f89a949");
const QString FhirBundleBuilder::kSideEffectCodeSystem =
    QStringLiteral("urn:uuid:287f97be-4108-4c6b-a34f-e57d141945ca");
const QString FhirBundleBuilder::kDoseNotTakenCodeSystem =
    QStringLiteral("urn:uuid:54a703a2-1692-42fa-9705-4b5181aa6847");

namespace {

// The namespace of every resource UUID (v5) in an export; changing it changes every fullUrl.
const QUuid kResourceNamespace(QStringLiteral("f7629e00-9b32-4366-8749-dadeb54004d6"));

const char* const kUcum = "http://unitsofmeasure.org";
const char* const kRxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm";
const char* const kObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";
// R4 core extension: when the condition was first asserted, which is what "diagnosed on" is.
// Neither onsetDateTime (the illness began earlier) nor recordedDate (when the record was made) is.
const char* const kAssertedDateExtension = "http://hl7.org/fhir/StructureDefinition/condition-assertedDate";

std::string utf8(const QString& text)
{
    return text.toStdString();
}

// FHIR strings may hold no whitespace but space, tab, CR and LF (the schema's pattern, which
// regex engines read with Unicode whitespace), and may not be empty. A no-break space in a
// symptom's name becomes a plain space rather than making the export invalid.
QString fhirText(const QString& text)
{
    QString result = text;
    for (QChar& c : result) {
        const char16_t u = c.unicode();
        const bool allowed = u == u' ' || u == u'\t' || u == u'\r' || u == u'\n';
        if (!allowed && (c.isSpace() || (u >= 0x1c && u <= 0x1f))) {
            c = QLatin1Char(' ');
        }
    }
    return result.trimmed().isEmpty() ? QString() : result;
}

QString instantText(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

QString clockText(const QTime& time)
{
    return time.toString(time.second() == 0 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
}

nlohmann::json coding(const std::string& system, const std::string& code, const std::string& display)
{
    return {{"system", system}, {"code", code}, {"display", display}};
}

// Codes for the names of one kind (symptoms or side effects). A name whose slug it would share
// with another name, or that has no letters or digits, gets a suffix from a hash of the name, so
// codes never collide and do not depend on the order the names came in.
class CodeBook {
public:
    void add(const QString& name) { m_names.insert(name); }

    void assign()
    {
        std::map<QString, int> uses;
        for (const QString& name : m_names) {
            ++uses[FhirBundleBuilder::slug(name)];
        }
        for (const QString& name : m_names) {
            const QString base = FhirBundleBuilder::slug(name);
            if (!base.isEmpty() && uses[base] == 1) {
                m_codes[name] = base;
                continue;
            }
            const QString hash = QString::fromLatin1(
                QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
            m_codes[name] = base.isEmpty() ? hash : base + QLatin1Char('-') + hash;
        }
    }

    QString code(const QString& name) const { return m_codes.at(name); }

private:
    std::set<QString> m_names;
    std::map<QString, QString> m_codes;
};

class BundleWriter {
public:
    explicit BundleWriter(const ArchivedProfile& profile)
        : m_profile(profile)
    {
        m_owner = profile.name;
        if (profile.createdAt.isValid()) {
            // Two people called Alex in two databases should not share UUIDs; the creation time
            // travels with the diary through backups, so the same diary still exports the same.
            m_owner += QLatin1Char('\x1f') + instantText(profile.createdAt);
        }
        m_patientUrl = fullUrl(QStringLiteral("Patient"), QString());
        for (const ArchivedSymptom& symptom : profile.symptoms) {
            m_higherIsBetter[symptom.definition.name] = symptom.definition.higherIsBetter;
        }
    }

    nlohmann::json build(const QDateTime& generatedAt)
    {
        if (!generatedAt.isValid()) {
            throw InputError(QStringLiteral("generation time"), QStringLiteral("is not a valid time"));
        }
        std::vector<const ArchivedDay*> days;
        for (const ArchivedDay& day : m_profile.days) {
            days.push_back(&day);
        }
        std::stable_sort(days.begin(), days.end(), [](const ArchivedDay* a, const ArchivedDay* b) {
            return a->entry.date < b->entry.date;
        });
        checkDays(days);
        assignCodes(days);

        addEntry(m_patientUrl, patient());
        std::set<QString> conditionNames;
        for (const ProfileConditionLink& link : m_profile.conditions) {
            if (conditionNames.insert(link.name).second) {
                addEntry(fullUrl(QStringLiteral("Condition"), link.name), condition(link));
            }
        }
        for (const ArchivedDay* day : days) {
            addDay(*day);
        }
        return {{"resourceType", "Bundle"},
                {"type", "collection"},
                {"timestamp", utf8(instantText(generatedAt))},
                {"entry", m_entries}};
    }

private:
    static QString dayLocation(const QDate& date) { return QStringLiteral("day ") + IsoDate::format(date); }

    void checkDays(const std::vector<const ArchivedDay*>& days) const
    {
        for (std::size_t i = 0; i < days.size(); ++i) {
            const DiaryEntry& entry = days[i]->entry;
            if (!entry.date.isValid()) {
                throw InputError(QStringLiteral("diary day"), QStringLiteral("has no valid date"));
            }
            if (i > 0 && days[i - 1]->entry.date == entry.date) {
                throw InputError(dayLocation(entry.date), QStringLiteral("is logged twice"));
            }
            entry.validate();
        }
    }

    void assignCodes(const std::vector<const ArchivedDay*>& days)
    {
        for (const ArchivedSymptom& symptom : m_profile.symptoms) {
            m_symptomCodes.add(symptom.definition.name);
        }
        for (const ArchivedDay* day : days) {
            for (const auto& [name, score] : day->entry.symptomScores) {
                m_symptomCodes.add(name);
            }
            for (const auto& [name, severity] : day->entry.sideEffects) {
                m_sideEffectCodes.add(name);
            }
        }
        m_symptomCodes.assign();
        m_sideEffectCodes.assign();
    }

    std::string fullUrl(const QString& kind, const QString& key) const
    {
        const QString name = m_owner + QLatin1Char('\x1f') + kind + QLatin1Char('\x1f') + key;
        return "urn:uuid:" +
               utf8(QUuid::createUuidV5(kResourceNamespace, name).toString(QUuid::WithoutBraces));
    }

    void addEntry(const std::string& url, nlohmann::json resource)
    {
        m_entries.push_back({{"fullUrl", url}, {"resource", std::move(resource)}});
    }

    nlohmann::json subject() const { return {{"reference", m_patientUrl}}; }

    nlohmann::json patient() const
    {
        nlohmann::json resource = {{"resourceType", "Patient"}};
        const QString name = fhirText(m_profile.name);
        if (!name.isEmpty()) {
            resource["name"] = nlohmann::json::array({{{"text", utf8(name)}}});
        }
        resource["text"] = FhirNarrative::generated(
            {name.isEmpty() ? QStringLiteral("The person who kept this LDN diary (no name recorded).")
                            : QStringLiteral("%1, who kept this LDN diary.").arg(name)});
        return resource;
    }

    // No clinicalStatus, verificationStatus or category: the diary only knows the person lists the
    // condition, not whether it is active or confirmed (con-3 asks for a clinicalStatus only on a
    // problem-list-item). A condition of the evidence library gets its SNOMED CT code beside the
    // name; a condition the person named their own way keeps the name alone.
    nlohmann::json condition(const ProfileConditionLink& link) const
    {
        nlohmann::json resource = {{"resourceType", "Condition"}, {"subject", subject()}};
        const QString name = fhirText(link.name);
        QStringList narrative{
            QStringLiteral("Condition: %1").arg(name.isEmpty() ? QStringLiteral("(unnamed)") : name)};
        if (!name.isEmpty()) {
            resource["code"] = {{"text", utf8(name)}};
            if (const auto snomed = FhirClinicalCodes::snomedForCondition(name)) {
                resource["code"]["coding"] = nlohmann::json::array(
                    {coding(FhirClinicalCodes::kSnomedSystem, snomed->code, snomed->display)});
                narrative << QStringLiteral("SNOMED CT %1: %2")
                                 .arg(QLatin1String(snomed->code), QString::fromUtf8(snomed->display));
            }
        }
        if (link.diagnosedOn.isValid()) {
            resource["extension"] =
                nlohmann::json::array({{{"url", kAssertedDateExtension},
                                        {"valueDateTime", utf8(IsoDate::format(link.diagnosedOn))}}});
            narrative << QStringLiteral("Diagnosed on %1.").arg(IsoDate::format(link.diagnosedOn));
        }
        resource["text"] = FhirNarrative::generated(narrative);
        return resource;
    }

    nlohmann::json dayResource(const char* type, const ArchivedDay& day) const
    {
        nlohmann::json resource = {{"resourceType", type},
                                   {"subject", subject()},
                                   {"effectiveDateTime", utf8(IsoDate::format(day.entry.date))}};
        if (day.updatedAt.isValid()) {
            resource["meta"] = {{"lastUpdated", utf8(instantText(day.updatedAt))}};
        }
        return resource;
    }

    static nlohmann::json naltrexone()
    {
        return {{"coding", nlohmann::json::array({coding(kRxNorm, "7243", "naltrexone")})},
                {"text", "Naltrexone (low dose)"}};
    }

    static nlohmann::json notTakenReason(const char* code, const char* display, const char* text)
    {
        return nlohmann::json::array(
            {{{"coding", nlohmann::json::array(
                             {coding(utf8(FhirBundleBuilder::kDoseNotTakenCodeSystem), code, display)})},
              {"text", text}}});
    }

    // One record per logged day, so a day logged without a dose (missed, or 0 mg on purpose) stays
    // apart from a day not logged at all, which has no record.
    nlohmann::json administration(const ArchivedDay& day) const
    {
        const DiaryEntry& entry = day.entry;
        nlohmann::json resource = dayResource("MedicationAdministration", day);
        resource["medicationCodeableConcept"] = naltrexone();
        const QString date = IsoDate::format(entry.date);
        if (entry.status == DoseStatus::Missed) {
            resource["status"] = "not-done";
            resource["statusReason"] =
                notTakenReason("missed", "Dose missed", "Missed: the person meant to take LDN and did not.");
            resource["text"] = FhirNarrative::generated({QStringLiteral("%1: LDN dose missed.").arg(date)});
            return resource;
        }
        if (entry.dose.isZero()) {
            // A 0 mg day is deliberate (baseline before starting, or a planned pause): nothing was
            // given, so "completed" would count an administration that never happened; the coded
            // reason keeps it apart from a missed dose.
            resource["status"] = "not-done";
            resource["statusReason"] =
                notTakenReason("zero-dose", "0 mg on purpose",
                               "0 mg on purpose (a baseline day or a planned pause): not a missed dose.");
            resource["text"] = FhirNarrative::generated(
                {QStringLiteral("%1: 0 mg of LDN on purpose (a baseline day or a planned pause).")
                     .arg(date)});
            return resource;
        }
        resource["status"] = "completed";
        QString text = entry.dose.toMilligramText() + QStringLiteral(" mg");
        if (entry.formulation) {
            // The storage word ("capsule"), never the translated name: an export is the same in every
            // language.
            text += QStringLiteral(", ") + toStorageText(*entry.formulation);
        }
        resource["dosage"] = {
            {"text", utf8(text)},
            {"dose",
             {{"value", entry.dose.milligrams()}, {"unit", "mg"}, {"system", kUcum}, {"code", "mg"}}}};
        QStringList narrative{QStringLiteral("%1: naltrexone (low dose) %2 taken.").arg(date, text)};
        if (entry.timeTaken) {
            // A FHIR dateTime with a time must carry a zone, and the diary keeps only the local
            // clock time; inventing a zone would move the dose, so the time goes in a note.
            const QString taken = QStringLiteral("Taken at %1 local time (time zone not recorded).")
                                      .arg(clockText(*entry.timeTaken));
            resource["note"] = nlohmann::json::array({{{"text", utf8(taken)}}});
            narrative << taken;
        }
        resource["text"] = FhirNarrative::generated(narrative);
        return resource;
    }

    nlohmann::json observation(const ArchivedDay& day, const std::string& system, const QString& code,
                               const QString& name, int value, const QString& note,
                               const QString& valueText) const
    {
        nlohmann::json resource = dayResource("Observation", day);
        resource["status"] = "final";
        resource["category"] = nlohmann::json::array(
            {{{"coding", nlohmann::json::array({coding(kObservationCategory, "survey", "Survey")})}}});
        nlohmann::json codingJson = {{"system", system}, {"code", utf8(code)}};
        const QString display = fhirText(name);
        nlohmann::json codings = nlohmann::json::array();
        if (!display.isEmpty()) {
            codingJson["display"] = utf8(display);
        }
        codings.push_back(codingJson);
        // A pain score is LOINC's 0-10 pain severity too, so a record system can chart it with others.
        const bool isSymptom = system == utf8(FhirBundleBuilder::kSymptomCodeSystem);
        const auto direction = m_higherIsBetter.find(name);
        if (isSymptom && FhirClinicalCodes::isPainSeverity(
                             name, direction != m_higherIsBetter.end() ? direction->second : false)) {
            codings.push_back(coding(FhirClinicalCodes::kLoincSystem, FhirClinicalCodes::kPainSeverity.code,
                                     FhirClinicalCodes::kPainSeverity.display));
        }
        resource["code"] = {{"coding", codings}};
        if (!display.isEmpty()) {
            resource["code"]["text"] = utf8(display);
        }
        resource["valueInteger"] = value;
        resource["note"] = nlohmann::json::array({{{"text", utf8(note)}}});
        resource["text"] = FhirNarrative::generated(
            {QStringLiteral("%1: %2 %3.")
                 .arg(IsoDate::format(day.entry.date),
                      display.isEmpty() ? QStringLiteral("(unnamed)") : display, valueText),
             note});
        return resource;
    }

    QString scoreNote(const QString& symptom) const
    {
        const auto direction = m_higherIsBetter.find(symptom);
        if (direction == m_higherIsBetter.end()) {
            return QStringLiteral("Rated in the diary on a 0-10 scale.");
        }
        return direction->second
                   ? QStringLiteral("Rated in the diary on a 0-10 scale; a higher score is better.")
                   : QStringLiteral("Rated in the diary on a 0-10 scale; a higher score is worse.");
    }

    void addDay(const ArchivedDay& day)
    {
        const QString date = IsoDate::format(day.entry.date);
        addEntry(fullUrl(QStringLiteral("MedicationAdministration"), date), administration(day));

        // Scores in the order the person sees the symptoms, then any the profile no longer lists.
        std::vector<QString> order;
        std::set<QString> listed;
        for (const ArchivedSymptom& symptom : m_profile.symptoms) {
            if (day.entry.symptomScores.count(symptom.definition.name) > 0 &&
                listed.insert(symptom.definition.name).second) {
                order.push_back(symptom.definition.name);
            }
        }
        for (const auto& [name, score] : day.entry.symptomScores) {
            if (listed.count(name) == 0) {
                order.push_back(name);
            }
        }
        const std::string symptomSystem = utf8(FhirBundleBuilder::kSymptomCodeSystem);
        for (const QString& name : order) {
            const int score = day.entry.symptomScores.at(name);
            addEntry(fullUrl(QStringLiteral("Observation/symptom"), name + QLatin1Char('\x1f') + date),
                     observation(day, symptomSystem, m_symptomCodes.code(name), name, score, scoreNote(name),
                                 QStringLiteral("scored %1 of 10").arg(score)));
        }
        const std::string sideEffectSystem = utf8(FhirBundleBuilder::kSideEffectCodeSystem);
        for (const auto& [name, severity] : day.entry.sideEffects) {
            static const std::array<const char*, 4> kSeverity{"none", "mild", "moderate", "severe"};
            addEntry(fullUrl(QStringLiteral("Observation/side-effect"), name + QLatin1Char('\x1f') + date),
                     observation(day, sideEffectSystem, m_sideEffectCodes.code(name), name, severity,
                                 QStringLiteral("Side effect; severity rated in the diary: 0 none, 1 mild, "
                                                "2 moderate, 3 severe."),
                                 QStringLiteral("as a side effect, severity %1 of 3 (%2)")
                                     .arg(severity)
                                     .arg(QLatin1String(kSeverity.at(static_cast<std::size_t>(severity))))));
        }
    }

    const ArchivedProfile& m_profile;
    QString m_owner;
    std::string m_patientUrl;
    std::map<QString, bool> m_higherIsBetter;
    CodeBook m_symptomCodes;
    CodeBook m_sideEffectCodes;
    nlohmann::json m_entries = nlohmann::json::array();
};

} // namespace

nlohmann::json FhirBundleBuilder::build(const ArchivedProfile& profile, const QDateTime& generatedAt)
{
    return BundleWriter(profile).build(generatedAt);
}

QString FhirBundleBuilder::slug(const QString& name)
{
    QString result;
    bool pendingDash = false;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber()) {
            if (pendingDash && !result.isEmpty()) {
                result += QLatin1Char('-');
            }
            pendingDash = false;
            result += c;
        } else {
            pendingDash = true;
        }
    }
    return result;
}

} // namespace ldn
