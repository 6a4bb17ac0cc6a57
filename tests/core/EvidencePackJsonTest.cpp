#include "core/evidence/EvidencePackJson.h"

#include "core/base/InputError.h"
#include "core/evidence/SummaryOfFindings.h"

#include <QFile>
#include <QSet>
#include <catch2/catch.hpp>

using namespace ldn;

namespace {

QByteArray bundledPackText()
{
    QFile file(QStringLiteral(LDN_SOURCE_DIR "/resources/evidence/ldn-evidence-pack.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

const Condition* conditionNamed(const EvidencePack& pack, const QString& name)
{
    for (const Condition& condition : pack.conditions) {
        if (condition.name.compare(name, Qt::CaseInsensitive) == 0) {
            return &condition;
        }
        for (const QString& synonym : condition.synonyms) {
            if (synonym.compare(name, Qt::CaseInsensitive) == 0) {
                return &condition;
            }
        }
    }
    return nullptr;
}

const EvidenceSource* sourceKeyed(const EvidencePack& pack, const char* key)
{
    for (const EvidenceSource& source : pack.sources) {
        if (source.key == QLatin1String(key)) {
            return &source;
        }
    }
    return nullptr;
}

// A small valid pack, as text, for the error tests to break.
QByteArray smallPack()
{
    return R"({
  "format": "ldn-evidence-pack",
  "format_version": 1,
  "name": "test-pack",
  "pack_version": 3,
  "conditions": [
    {"key": "fibromyalgia", "name": "Fibromyalgia", "category": "other", "synonyms": ["FM"],
     "evidence_status": "randomised_trials"}
  ],
  "sources": [
    {"key": "trial", "kind": "rct_parallel", "title": "A trial", "year": 2024,
     "identifiers": {"doi": "10.1016/S2665-9913(23)00278-3", "nct": "NCT04270877"}, "peer_reviewed": true,
     "verification": "abstract"}
  ],
  "claims": [
    {"key": "trial-pain", "condition": "fibromyalgia", "outcome": "pain", "comparator": "placebo",
     "direction": "no_difference", "participants": 99, "sources": ["trial"],
     "effect": {"metric": "difference", "value": -0.34, "ci_low": -0.95, "ci_high": 0.27, "p": "0.27"}}
  ],
  "grades": [
    {"key": "fibromyalgia-pain", "condition": "fibromyalgia", "outcome": "pain", "start": "randomised",
     "certainty": "moderate", "reasons": [{"domain": "imprecision", "levels": -1, "explanation": "one trial"}]}
  ]
}
)";
}

QString refusal(const QByteArray& text)
{
    try {
        EvidencePackJson::parse(text, QStringLiteral("pack.json"));
    } catch (const InputError& error) {
        return error.message();
    }
    return {};
}

QByteArray replaced(QByteArray text, const char* before, const char* after)
{
    REQUIRE(text.contains(before));
    return text.replace(before, after);
}

} // namespace

TEST_CASE("The bundled pack reads cleanly and holds every study and position of the fact sheet",
          "[evidence][pack]")
{
    const EvidencePack pack =
        EvidencePackJson::parse(bundledPackText(), QStringLiteral("ldn-evidence-pack.json"));
    CHECK(pack.name == QLatin1String(EvidencePack::kBundledName));
    CHECK(pack.version >= 1);

    QSet<QString> pmids, dois, ncts, eudracts, actrns;
    for (const EvidenceSource& source : pack.sources) {
        pmids << source.identifiers.pmid;
        dois << source.identifiers.doi;
        ncts << source.identifiers.nct;
        eudracts << source.identifiers.eudract;
        actrns << source.identifiers.actrn;
    }
    for (const char* pmid :
         {"19453963", "38226027", "17222320", "21380937", "23188075", "20695007", "18728058", "31911410",
          "35814187", "38352659", "37804660", "38740499", "40337423"}) {
        INFO("PMID " << pmid);
        CHECK(pmids.contains(QString::fromLatin1(pmid)));
    }
    for (const char* doi : {"10.1002/art.37734", "10.1016/S2665-9913(23)00278-3", "10.3344/kjp.24202",
                            "10.1080/15360288.2025.2496526", "10.1002/14651858.CD010410.pub3",
                            "10.1002/ana.22006", "10.1080/21641846.2019.1692770"}) {
        INFO("DOI " << doi);
        CHECK(dois.contains(QString::fromLatin1(doi)));
    }
    for (const char* nct : {"NCT00568555", "NCT04270877", "NCT00715117", "NCT05430152"}) {
        INFO(nct);
        CHECK(ncts.contains(QString::fromLatin1(nct)));
    }
    CHECK(eudracts.contains(QStringLiteral("2019-000702-30")));
    CHECK(actrns.contains(QStringLiteral("ACTRN12624001162505")));

    // Positions and reports without identifiers are there too.
    for (const char* key :
         {"nice-ng206", "bihari-hiv-trial", "bihari-practice", "treatmelc", "younger-uab-planned",
          "sharafaddinzadeh-2010", "seed-000", "seed-001", "seed-002", "seed-003", "seed-004"}) {
        INFO(key);
        CHECK(sourceKeyed(pack, key));
    }
    CHECK(sourceKeyed(pack, "nice-ng206")->kind == SourceKind::Guideline);
    CHECK(sourceKeyed(pack, "seed-004")->kind == SourceKind::PatientReport);
    CHECK(sourceKeyed(pack, "seed-002")->kind == SourceKind::NewsAdvocacy);
    CHECK(sourceKeyed(pack, "bihari-practice")->kind == SourceKind::PatientReport);
    CHECK(sourceKeyed(pack, "bolton-2020")->kind == SourceKind::CaseSeries);
    CHECK(sourceKeyed(pack, "bruun-2024-final")->kind == SourceKind::RctParallel);
}

TEST_CASE("Facts the fact sheet marks unconfirmed ship only as unconfirmed", "[evidence][pack]")
{
    const EvidencePack pack =
        EvidencePackJson::parse(bundledPackText(), QStringLiteral("ldn-evidence-pack.json"));
    // Sharafaddinzadeh 2010: dose and identifiers unconfirmed; Smith 2011's registry link unconfirmed.
    CHECK(sourceKeyed(pack, "sharafaddinzadeh-2010")->verification == Verification::Unconfirmed);
    for (const EvidenceSource& source : pack.sources) {
        if (source.identifiers.nct == QLatin1String("NCT00663117")) {
            CHECK(source.verification == Verification::Unconfirmed);
        }
    }
    CHECK(sourceKeyed(pack, "smith-2011")->identifiers.nct.isEmpty());
    for (const EvidenceClaim& claim : pack.claims) {
        if (claim.sourceKeys.contains(QStringLiteral("sharafaddinzadeh-2010")) ||
            claim.sourceKeys.contains(QStringLiteral("gironi-2008")) ||
            claim.sourceKeys.contains(QStringLiteral("bonilla-2023"))) {
            INFO(claim.key.toStdString());
            CHECK(claim.dose.isEmpty()); // their doses could not be confirmed
        }
    }
}

TEST_CASE("The bundled pack names every condition of the source documents, untried ones marked so",
          "[evidence][pack]")
{
    const EvidencePack pack =
        EvidencePackJson::parse(bundledPackText(), QStringLiteral("ldn-evidence-pack.json"));
    const std::vector<std::pair<const char*, ConditionCategory>> named{
        {"multiple sclerosis", ConditionCategory::Autoimmune},
        {"systemic lupus erythematosus", ConditionCategory::Autoimmune},
        {"rheumatoid arthritis", ConditionCategory::Autoimmune},
        {"ankylosing spondylitis", ConditionCategory::Autoimmune},
        {"pemphigoid", ConditionCategory::Autoimmune},
        {"sarcoidosis", ConditionCategory::Autoimmune},
        {"scleroderma", ConditionCategory::Autoimmune},
        {"Crohn's disease", ConditionCategory::Autoimmune},
        {"ulcerative colitis", ConditionCategory::Autoimmune},
        {"coeliac disease", ConditionCategory::Autoimmune},
        {"psoriasis", ConditionCategory::Autoimmune},
        {"granulomatosis with polyangiitis", ConditionCategory::Autoimmune},
        {"Wegener's granulomatosis", ConditionCategory::Autoimmune},
        {"transverse myelitis", ConditionCategory::Autoimmune},
        {"Hashimoto's thyroiditis", ConditionCategory::Autoimmune},
        {"Graves' disease", ConditionCategory::Autoimmune},
        {"bladder cancer", ConditionCategory::Cancer},
        {"breast cancer", ConditionCategory::Cancer},
        {"carcinoid tumour", ConditionCategory::Cancer},
        {"colorectal cancer", ConditionCategory::Cancer},
        {"glioblastoma", ConditionCategory::Cancer},
        {"liver cancer", ConditionCategory::Cancer},
        {"non-small cell lung cancer", ConditionCategory::Cancer},
        {"chronic lymphocytic leukaemia", ConditionCategory::Cancer},
        {"Hodgkin lymphoma", ConditionCategory::Cancer},
        {"non-Hodgkin lymphoma", ConditionCategory::Cancer},
        {"melanoma", ConditionCategory::Cancer},
        {"multiple myeloma", ConditionCategory::Cancer},
        {"neuroblastoma", ConditionCategory::Cancer},
        {"ovarian cancer", ConditionCategory::Cancer},
        {"pancreatic cancer", ConditionCategory::Cancer},
        {"prostate cancer", ConditionCategory::Cancer},
        {"renal cell carcinoma", ConditionCategory::Cancer},
        {"throat cancer", ConditionCategory::Cancer},
        {"thyroid cancer", ConditionCategory::Cancer},
        {"uterine cancer", ConditionCategory::Cancer},
        {"HIV/AIDS", ConditionCategory::Other},
        {"hepatitis C", ConditionCategory::Other},
        {"ALS/PLS", ConditionCategory::Other},
        {"autism", ConditionCategory::Other},
        {"Alzheimer's disease", ConditionCategory::Other},
        {"Parkinson's disease", ConditionCategory::Other},
        {"Behçet's disease", ConditionCategory::Other},
        {"COPD", ConditionCategory::Other},
        {"endometriosis", ConditionCategory::Other},
        {"fibromyalgia", ConditionCategory::Other},
        {"ME/CFS", ConditionCategory::Other},
        {"irritable bowel syndrome", ConditionCategory::Other},
        {"chronic Lyme disease", ConditionCategory::Other},
        {"post-Lyme syndrome", ConditionCategory::Other},
        {"polycystic ovary syndrome", ConditionCategory::Other},
        {"neuropathic pain", ConditionCategory::Other},
        {"complex regional pain syndrome", ConditionCategory::Other},
        {"Long Covid", ConditionCategory::Other},
        {"myasthenia gravis", ConditionCategory::SuggestedUntried},
        {"eczema", ConditionCategory::SuggestedUntried},
        {"asthma", ConditionCategory::SuggestedUntried},
        {"allergies", ConditionCategory::SuggestedUntried},
        {"narcolepsy", ConditionCategory::SuggestedUntried},
        {"acne", ConditionCategory::SuggestedUntried},
        {"rosacea", ConditionCategory::SuggestedUntried},
        {"insomnia", ConditionCategory::SuggestedUntried},
        {"migraine", ConditionCategory::SuggestedUntried},
        {"trigeminal neuralgia", ConditionCategory::SuggestedUntried},
        {"restless legs syndrome", ConditionCategory::SuggestedUntried},
        {"depression", ConditionCategory::SuggestedUntried},
        {"chronic urticaria", ConditionCategory::SuggestedUntried},
        {"interstitial cystitis", ConditionCategory::SuggestedUntried},
        {"OCD", ConditionCategory::SuggestedUntried},
        {"type 1 diabetes", ConditionCategory::SuggestedUntried},
        {"type 2 diabetes", ConditionCategory::SuggestedUntried},
        {"dementia", ConditionCategory::SuggestedUntried},
        {"PTSD", ConditionCategory::SuggestedUntried},
        {"schizophrenia", ConditionCategory::SuggestedUntried},
    };
    for (const auto& [name, category] : named) {
        INFO(name);
        const Condition* condition = conditionNamed(pack, QString::fromUtf8(name));
        REQUIRE(condition);
        CHECK(condition->category == category);
        // Every condition states what kind of evidence it has; the reader checked it against the claims.
        CHECK(pack.declaredStatus.count(condition->key) == 1);
    }
    // Synonyms a person may type.
    for (const char* synonym : {"CFS/ME", "chronic fatigue syndrome", "myalgic encephalomyelitis", "MS",
                                "post-COVID-19 condition"}) {
        INFO(synonym);
        CHECK(conditionNamed(pack, QString::fromLatin1(synonym)));
    }
    CHECK(conditionNamed(pack, QStringLiteral("CFS/ME")) == conditionNamed(pack, QStringLiteral("ME/CFS")));

    const auto statusOf = [&pack](const char* name) {
        return pack.declaredStatus.at(conditionNamed(pack, QString::fromUtf8(name))->key);
    };
    CHECK(statusOf("fibromyalgia") == EvidenceStatus::RandomisedTrials);
    CHECK(statusOf("Crohn's disease") == EvidenceStatus::RandomisedTrials);
    CHECK(statusOf("multiple sclerosis") == EvidenceStatus::RandomisedTrials);
    CHECK(statusOf("ME/CFS") == EvidenceStatus::NonRandomisedStudies);
    CHECK(statusOf("Long Covid") == EvidenceStatus::NonRandomisedStudies);
    CHECK(statusOf("pancreatic cancer") == EvidenceStatus::AnecdoteOnly);
    CHECK(statusOf("rheumatoid arthritis") == EvidenceStatus::AnecdoteOnly);
    CHECK(statusOf("migraine") == EvidenceStatus::NoEvidence);
    CHECK(statusOf("schizophrenia") == EvidenceStatus::NoEvidence);
}

TEST_CASE("Personal reports and advocacy in the pack never count, and grades agree with their reasons",
          "[evidence][pack]")
{
    const EvidencePack pack =
        EvidencePackJson::parse(bundledPackText(), QStringLiteral("ldn-evidence-pack.json"));
    std::map<QString, const EvidenceSource*> sources;
    for (const EvidenceSource& source : pack.sources) {
        sources[source.key] = &source;
    }
    int laneClaims = 0;
    for (const EvidenceClaim& claim : pack.claims) {
        LinkedClaim linked{claim, {}};
        for (const QString& key : claim.sourceKeys) {
            linked.sources.push_back(*sources.at(key));
        }
        const SourceKind kind = linked.strongestSource()->kind;
        if (kind == SourceKind::PatientReport || kind == SourceKind::NewsAdvocacy) {
            ++laneClaims;
            CHECK(linked.lane() == EvidenceLane::PersonalReports);
        }
    }
    CHECK(laneClaims > 50); // the seed articles' claims, Bihari's practice

    std::map<QString, GradeCertainty> certainty;
    for (const GradeAssessment& grade : pack.grades) {
        certainty[grade.conditionKey + QLatin1Char('/') + grade.outcome] = grade.certainty();
        CHECK_FALSE(grade.reasons.empty());
    }
    CHECK(certainty.at(QStringLiteral("fibromyalgia/pain")) == GradeCertainty::Low);
    CHECK(certainty.at(QStringLiteral("crohns-disease/clinical response")) == GradeCertainty::Low);
    CHECK(certainty.at(QStringLiteral("me-cfs/global improvement")) == GradeCertainty::VeryLow);
}

TEST_CASE("A pack survives writing and reading back", "[evidence][pack]")
{
    const EvidencePack original =
        EvidencePackJson::parse(bundledPackText(), QStringLiteral("ldn-evidence-pack.json"));
    const EvidencePack again =
        EvidencePackJson::parse(EvidencePackJson::write(original), QStringLiteral("again.json"));
    CHECK(again.name == original.name);
    CHECK(again.version == original.version);
    REQUIRE(again.conditions.size() == original.conditions.size());
    REQUIRE(again.sources.size() == original.sources.size());
    REQUIRE(again.claims.size() == original.claims.size());
    REQUIRE(again.grades.size() == original.grades.size());
    CHECK(again.declaredStatus == original.declaredStatus);
    for (std::size_t i = 0; i < original.sources.size(); ++i) {
        CHECK(again.sources[i].identifiers == original.sources[i].identifiers);
        CHECK(again.sources[i].kind == original.sources[i].kind);
        CHECK(again.sources[i].verification == original.sources[i].verification);
    }
    for (std::size_t i = 0; i < original.claims.size(); ++i) {
        CHECK(again.claims[i].summary == original.claims[i].summary);
        CHECK(again.claims[i].effect.ciLow == original.claims[i].effect.ciLow);
        CHECK(again.claims[i].participants == original.claims[i].participants);
        CHECK(again.claims[i].sourceKeys == original.claims[i].sourceKeys);
    }
    const std::optional<EvidencePackJson::Header> header = EvidencePackJson::peekHeader(bundledPackText());
    REQUIRE(header);
    CHECK(header->name == original.name);
    CHECK(header->version == original.version);
}

TEST_CASE("Broken packs are refused with the file, line, entry and field", "[evidence][pack]")
{
    CHECK(refusal(smallPack()).isEmpty());
    CHECK_FALSE(EvidencePackJson::peekHeader("[1, 2]"));

    CHECK(refusal(replaced(smallPack(), "\"ldn-evidence-pack\"", "\"something-else\""))
              .startsWith(QStringLiteral("pack.json:2: format:")));
    CHECK(refusal(replaced(smallPack(), "\"format_version\": 1", "\"format_version\": 2"))
              .contains(QStringLiteral("newer LDN Tracker")));
    CHECK(refusal(smallPack().left(300)).startsWith(QStringLiteral("pack.json:")));
    CHECK(refusal(smallPack().left(300)).contains(QStringLiteral("not valid JSON")));

    // Entries are located by line, section, index and key.
    CHECK(refusal(replaced(smallPack(), "\"doi\": \"10.1016/S2665-9913(23)00278-3\"", "\"doi\": \"10.1016\""))
              .startsWith(QStringLiteral("pack.json:11: sources[0] \"trial\": doi:")));
    CHECK(refusal(replaced(smallPack(), "\"direction\": \"no_difference\"", "\"direction\": \"better\""))
              .startsWith(QStringLiteral("pack.json:16: claims[0] \"trial-pain\": direction:")));
    CHECK(refusal(replaced(smallPack(), "\"participants\": 99", "\"participants\": \"99\""))
              .contains(QStringLiteral("claims[0] \"trial-pain\": participants: must be a whole number")));
    CHECK(refusal(replaced(smallPack(), "\"outcome\": \"pain\", \"comparator\"",
                           "\"outcome\": \"pain\", \"compartor\""))
              .contains(QStringLiteral("compartor: is not a field of this format")));
    CHECK(refusal(replaced(smallPack(), "\"sources\": [\"trial\"]", "\"sources\": [\"missing\"]"))
              .contains(
                  QStringLiteral("claims[0] \"trial-pain\": sources: no source has the key \"missing\"")));
    CHECK(refusal(replaced(smallPack(), "\"sources\": [\"trial\"]", "\"sources\": []"))
              .contains(QStringLiteral("at least one source")));
    CHECK(refusal(replaced(smallPack(),
                           "\"condition\": \"fibromyalgia\", \"outcome\": \"pain\", \"comparator\"",
                           "\"condition\": \"fibro\", \"outcome\": \"pain\", \"comparator\""))
              .contains(QStringLiteral("no condition has the key \"fibro\"")));
    CHECK(refusal(replaced(smallPack(), "\"key\": \"trial-pain\"", "\"key\": \"Trial Pain\""))
              .contains(QStringLiteral("is not a key")));
    CHECK(refusal(replaced(smallPack(), "\"certainty\": \"moderate\"", "\"certainty\": \"high\""))
              .contains(QStringLiteral("grades[0] \"fibromyalgia-pain\": certainty: says high")));
    CHECK(refusal(replaced(smallPack(), "\"evidence_status\": \"randomised_trials\"",
                           "\"evidence_status\": \"anecdote_only\""))
              .contains(QStringLiteral(
                  "evidence_status: says anecdote_only but the pack's claims show randomised_trials")));
    CHECK(refusal(replaced(smallPack(), "\"synonyms\": [\"FM\"]", "\"synonyms\": [\"Fibromyalgia\"]"))
              .contains(QStringLiteral("own name")));
    CHECK(refusal(replaced(smallPack(), "\"levels\": -1", "\"levels\": 1"))
              .contains(QStringLiteral("downgrade")));
}
