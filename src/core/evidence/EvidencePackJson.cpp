#include "core/evidence/EvidencePackJson.h"

#include "core/base/InputError.h"
#include "core/evidence/SummaryOfFindings.h"
#include "core/json/JsonFieldReader.h"
#include "core/json/JsonLocator.h"
#include "core/json/StrictJson.h"

#include <QRegularExpression>
#include <QSet>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace ldn {
namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

// Where each entry of each section starts, for error messages.
class EntryLocations {
public:
    EntryLocations(const QByteArray& text, QString fileName)
        : m_text(text)
        , m_fileName(std::move(fileName))
    {}

    QString of(const char* section, std::size_t index, const QString& key = {})
    {
        auto found = m_lines.find(section);
        if (found == m_lines.end()) {
            found = m_lines.emplace(section, JsonLocator::elementLines(m_text, QByteArray(section))).first;
        }
        const std::vector<int>& lines = found->second;
        const QString line = index < lines.size() ? QString::number(lines[index]) : QStringLiteral("?");
        QString location =
            QStringLiteral("%1:%2: %3[%4]").arg(m_fileName, line, QString::fromLatin1(section)).arg(index);
        if (!key.isEmpty()) {
            location += QStringLiteral(" \"%1\"").arg(key);
        }
        return location;
    }

private:
    const QByteArray& m_text;
    QString m_fileName;
    std::map<std::string, std::vector<int>> m_lines;
};

QString requiredKey(const JsonFieldReader& fields, const QString& location)
{
    static const QRegularExpression kKeyPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    const QString key = fields.requiredString("key");
    if (!kKeyPattern.match(key).hasMatch() || key.size() > 120) {
        throw InputError(
            location + QStringLiteral(": key"),
            QStringLiteral("\"%1\" is not a key (lower-case letters, digits, '.', '_' and '-')").arg(key));
    }
    return key;
}

// The pack's own fields, each reported at "FILE:LINE: FIELD" with the line it is on (or, when it
// is missing, the line the pack starts on).
class TopLevel {
public:
    TopLevel(const Json& document, const QByteArray& text, QString fileName)
        : m_document(document)
        , m_text(text)
        , m_fileName(std::move(fileName))
    {
        JsonFieldReader(m_document, lineOf(nullptr)); // the pack must be an object
    }

    QString lineOf(const char* key) const
    {
        int line = key ? JsonLocator::lineOfValue(m_text, {{QByteArray(key)}}) : 0;
        if (line == 0) {
            line = std::max(1, JsonLocator::lineOfValue(m_text, {}));
        }
        return QStringLiteral("%1:%2").arg(m_fileName).arg(line);
    }
    JsonFieldReader field(const char* key) const { return JsonFieldReader(m_document, lineOf(key)); }
    QString at(const char* key) const { return field(key).at(key); }

    const Json& section(const char* name) const
    {
        static const Json kEmpty = Json::array();
        const Json* section = field(name).array(name);
        return section ? *section : kEmpty;
    }

    void rejectUnknownKeys(std::initializer_list<const char*> known) const
    {
        for (auto it = m_document.begin(); it != m_document.end(); ++it) {
            if (std::none_of(known.begin(), known.end(),
                             [&it](const char* name) { return it.key() == name; })) {
                throw InputError(field(it.key().c_str()).at(it.key().c_str()),
                                 QStringLiteral("is not a field of this format"));
            }
        }
    }

private:
    const Json& m_document;
    const QByteArray& m_text;
    QString m_fileName;
};

Condition readCondition(const Json& value, const QString& location, EvidencePack& pack)
{
    const QString key = requiredKey(JsonFieldReader(value, location), location);
    // From here on, problems name the entry by its key as well.
    const QString keyed = QStringLiteral("%1 \"%2\"").arg(location, key);
    const JsonFieldReader fields(value, keyed);
    fields.rejectUnknownKeys({"key", "name", "category", "synonyms", "description", "evidence_status"});
    Condition condition;
    condition.key = key;
    condition.origin = EntryOrigin::Bundled;
    condition.name = fields.requiredString("name");
    condition.category = fields.vocabulary<ConditionCategory>("category");
    condition.synonyms = fields.stringList("synonyms");
    condition.description = fields.string("description");
    if (fields.has("evidence_status")) {
        pack.declaredStatus[condition.key] = fields.vocabulary<EvidenceStatus>("evidence_status");
    }
    validateCondition(condition, keyed);
    return condition;
}

EvidenceSource readSource(const Json& value, const QString& location)
{
    const QString key = requiredKey(JsonFieldReader(value, location), location);
    // From here on, problems name the entry by its key as well.
    const QString keyed = QStringLiteral("%1 \"%2\"").arg(location, key);
    const JsonFieldReader fields(value, keyed);
    fields.rejectUnknownKeys({"key", "kind", "title", "authors", "year", "publisher", "locator",
                              "identifiers", "peer_reviewed", "conflict_of_interest", "note",
                              "verification"});
    EvidenceSource source;
    source.key = key;
    source.origin = EntryOrigin::Bundled;
    source.kind = fields.vocabulary<SourceKind>("kind");
    source.title = fields.requiredString("title");
    source.authors = fields.string("authors");
    source.year = fields.integer("year");
    source.publisher = fields.string("publisher");
    source.locator = fields.string("locator");
    if (const Json* identifiers = fields.object("identifiers")) {
        const JsonFieldReader ids(*identifiers, fields.at("identifiers"));
        ids.rejectUnknownKeys({"doi", "pmid", "pmcid", "nct", "eudract", "actrn", "url"});
        source.identifiers.doi = ids.string("doi");
        source.identifiers.pmid = ids.string("pmid");
        source.identifiers.pmcid = ids.string("pmcid");
        source.identifiers.nct = ids.string("nct");
        source.identifiers.eudract = ids.string("eudract");
        source.identifiers.actrn = ids.string("actrn");
        source.identifiers.url = ids.string("url");
    }
    source.peerReviewed = fields.boolean("peer_reviewed", false);
    source.conflictOfInterest = fields.string("conflict_of_interest");
    source.note = fields.string("note");
    source.verification = fields.vocabulary<Verification>("verification", Verification::Unconfirmed);
    validateSource(source, keyed);
    return source;
}

EvidenceClaim readClaim(const Json& value, const QString& location)
{
    const QString key = requiredKey(JsonFieldReader(value, location), location);
    // From here on, problems name the entry by its key as well.
    const QString keyed = QStringLiteral("%1 \"%2\"").arg(location, key);
    const JsonFieldReader fields(value, keyed);
    fields.rejectUnknownKeys({"key", "condition", "outcome", "population", "comparator", "direction",
                              "summary", "effect", "participants", "dose", "duration", "sources"});
    EvidenceClaim claim;
    claim.key = key;
    claim.origin = EntryOrigin::Bundled;
    claim.conditionKey = fields.requiredString("condition");
    claim.outcome = fields.requiredString("outcome");
    claim.population = fields.string("population");
    claim.comparator = fields.vocabulary<Comparator>("comparator");
    claim.direction = fields.vocabulary<EffectDirection>("direction");
    claim.summary = fields.string("summary");
    if (const Json* effect = fields.object("effect")) {
        const JsonFieldReader effectFields(*effect, fields.at("effect"));
        effectFields.rejectUnknownKeys({"metric", "value", "ci_low", "ci_high", "p"});
        claim.effect.metric = effectFields.string("metric");
        claim.effect.value = effectFields.number("value");
        claim.effect.ciLow = effectFields.number("ci_low");
        claim.effect.ciHigh = effectFields.number("ci_high");
        claim.effect.pValue = effectFields.string("p");
    }
    claim.participants = fields.integer("participants");
    claim.dose = fields.string("dose");
    claim.duration = fields.string("duration");
    claim.sourceKeys = fields.stringList("sources");
    if (claim.sourceKeys.isEmpty()) {
        throw InputError(fields.at("sources"), QStringLiteral("every claim needs at least one source"));
    }
    validateClaim(claim, keyed);
    return claim;
}

GradeAssessment readGrade(const Json& value, const QString& location)
{
    const QString key = requiredKey(JsonFieldReader(value, location), location);
    // From here on, problems name the entry by its key as well.
    const QString keyed = QStringLiteral("%1 \"%2\"").arg(location, key);
    const JsonFieldReader fields(value, keyed);
    fields.rejectUnknownKeys({"key", "condition", "outcome", "start", "certainty", "rationale", "reasons"});
    GradeAssessment grade;
    grade.key = key;
    grade.origin = EntryOrigin::Bundled;
    grade.conditionKey = fields.requiredString("condition");
    grade.outcome = fields.requiredString("outcome");
    grade.start = fields.vocabulary<GradeStart>("start");
    grade.rationale = fields.string("rationale");
    if (const Json* reasons = fields.array("reasons")) {
        for (std::size_t i = 0; i < reasons->size(); ++i) {
            const JsonFieldReader reasonFields((*reasons)[i],
                                               QStringLiteral("%1[%2]").arg(fields.at("reasons")).arg(i));
            reasonFields.rejectUnknownKeys({"domain", "levels", "explanation"});
            GradeReason reason;
            reason.domain = reasonFields.vocabulary<GradeDomain>("domain");
            const std::optional<int> levels = reasonFields.integer("levels");
            if (!levels) {
                throw InputError(reasonFields.at("levels"), QStringLiteral("is required"));
            }
            reason.levels = *levels;
            reason.explanation = reasonFields.string("explanation");
            grade.reasons.push_back(reason);
        }
    }
    validateGrade(grade, keyed);
    if (fields.has("certainty")) {
        const GradeCertainty stated = fields.vocabulary<GradeCertainty>("certainty");
        if (stated != grade.certainty()) {
            throw InputError(fields.at("certainty"),
                             QStringLiteral("says %1 but starting from %2 the reasons give %3")
                                 .arg(toStorageText(stated), toStorageText(grade.start),
                                      toStorageText(grade.certainty())));
        }
    }
    return grade;
}

QString nameKey(const QString& name)
{
    return name.simplified().toLower();
}

void checkCrossReferences(EvidencePack& pack, EntryLocations& locations)
{
    std::map<QString, const Condition*> conditions;
    std::map<QString, QString> names; // every name and synonym -> the condition key that uses it
    for (std::size_t i = 0; i < pack.conditions.size(); ++i) {
        const Condition& condition = pack.conditions[i];
        const QString location = locations.of("conditions", i, condition.key);
        if (!conditions.emplace(condition.key, &condition).second) {
            throw InputError(location + QStringLiteral(": key"),
                             QStringLiteral("is used by an earlier condition"));
        }
        for (const QString& name : QStringList{condition.name} + condition.synonyms) {
            const auto [existing, added] = names.emplace(nameKey(name), condition.key);
            if (!added && existing->second != condition.key) {
                throw InputError(
                    location + QStringLiteral(": synonyms"),
                    QStringLiteral("\"%1\" already names condition \"%2\"").arg(name, existing->second));
            }
        }
    }
    std::map<QString, const EvidenceSource*> sources;
    for (std::size_t i = 0; i < pack.sources.size(); ++i) {
        if (!sources.emplace(pack.sources[i].key, &pack.sources[i]).second) {
            throw InputError(locations.of("sources", i, pack.sources[i].key) + QStringLiteral(": key"),
                             QStringLiteral("is used by an earlier source"));
        }
    }
    std::set<QString> claimKeys;
    std::map<QString, std::vector<LinkedClaim>> claimsByCondition;
    for (std::size_t i = 0; i < pack.claims.size(); ++i) {
        const EvidenceClaim& claim = pack.claims[i];
        const QString location = locations.of("claims", i, claim.key);
        if (!claimKeys.insert(claim.key).second) {
            throw InputError(location + QStringLiteral(": key"),
                             QStringLiteral("is used by an earlier claim"));
        }
        if (conditions.find(claim.conditionKey) == conditions.end()) {
            throw InputError(location + QStringLiteral(": condition"),
                             QStringLiteral("no condition has the key \"%1\"").arg(claim.conditionKey));
        }
        LinkedClaim linked{claim, {}};
        for (const QString& sourceKey : claim.sourceKeys) {
            const auto found = sources.find(sourceKey);
            if (found == sources.end()) {
                throw InputError(location + QStringLiteral(": sources"),
                                 QStringLiteral("no source has the key \"%1\"").arg(sourceKey));
            }
            linked.sources.push_back(*found->second);
        }
        claimsByCondition[claim.conditionKey].push_back(std::move(linked));
    }
    std::set<QString> gradeKeys;
    std::set<std::pair<QString, QString>> gradedOutcomes;
    for (std::size_t i = 0; i < pack.grades.size(); ++i) {
        const GradeAssessment& grade = pack.grades[i];
        const QString location = locations.of("grades", i, grade.key);
        if (!gradeKeys.insert(grade.key).second) {
            throw InputError(location + QStringLiteral(": key"),
                             QStringLiteral("is used by an earlier grade"));
        }
        if (conditions.find(grade.conditionKey) == conditions.end()) {
            throw InputError(location + QStringLiteral(": condition"),
                             QStringLiteral("no condition has the key \"%1\"").arg(grade.conditionKey));
        }
        if (!gradedOutcomes.insert({grade.conditionKey, nameKey(grade.outcome)}).second) {
            throw InputError(
                location + QStringLiteral(": outcome"),
                QStringLiteral("\"%1\" of \"%2\" is graded twice").arg(grade.outcome, grade.conditionKey));
        }
    }
    for (std::size_t i = 0; i < pack.conditions.size(); ++i) {
        const Condition& condition = pack.conditions[i];
        const auto declared = pack.declaredStatus.find(condition.key);
        if (declared == pack.declaredStatus.end()) {
            continue;
        }
        const EvidenceStatus derived =
            SummaryOfFindings::build(claimsByCondition[condition.key], {}).status();
        if (derived != declared->second) {
            throw InputError(locations.of("conditions", i, condition.key) +
                                 QStringLiteral(": evidence_status"),
                             QStringLiteral("says %1 but the pack's claims show %2")
                                 .arg(toStorageText(declared->second), toStorageText(derived)));
        }
    }
}

void putText(OrderedJson& object, const char* key, const QString& text)
{
    if (!text.isEmpty()) {
        object[key] = text.toStdString();
    }
}

// Reads top-level string and number fields until it has the name and the version, then stops.
class HeaderReader : public nlohmann::json_sax<Json> {
public:
    bool null() override { return keep(); }
    bool boolean(bool) override { return keep(); }
    bool number_integer(number_integer_t value) override { return number(static_cast<long long>(value)); }
    bool number_unsigned(number_unsigned_t value) override { return number(static_cast<long long>(value)); }
    bool number_float(number_float_t, const string_t&) override { return keep(); }
    bool string(string_t& value) override
    {
        if (m_depth == 1 && m_key == "name") {
            m_header.name = QString::fromStdString(value);
        }
        return keep();
    }
    bool binary(binary_t&) override { return keep(); }
    bool start_object(std::size_t) override
    {
        ++m_depth;
        return true;
    }
    bool end_object() override
    {
        --m_depth;
        return true;
    }
    bool start_array(std::size_t) override
    {
        ++m_depth;
        return true;
    }
    bool end_array() override
    {
        --m_depth;
        return true;
    }
    bool key(string_t& value) override
    {
        if (m_depth == 1) {
            m_key = value;
        }
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override
    {
        return false;
    }

    const EvidencePackJson::Header& header() const { return m_header; }
    bool complete() const { return !m_header.name.isEmpty() && m_header.version > 0; }

private:
    bool number(long long value)
    {
        if (m_depth == 1 && m_key == "pack_version" && value > 0 && value < 1'000'000'000) {
            m_header.version = static_cast<int>(value);
        }
        return keep();
    }
    bool keep() const { return !complete(); }

    int m_depth = 0;
    std::string m_key;
    EvidencePackJson::Header m_header;
};

} // namespace

std::optional<EvidencePackJson::Header> EvidencePackJson::peekHeader(const QByteArray& text)
{
    HeaderReader reader;
    Json::sax_parse(text.constData(), text.constData() + text.size(), &reader);
    if (!reader.complete()) {
        return std::nullopt;
    }
    return reader.header();
}

EvidencePack EvidencePackJson::parse(const QByteArray& text, const QString& fileName)
{
    const Json document = StrictJson::parse(text, fileName);
    const TopLevel top(document, text, fileName);
    const QString format = top.field("format").string("format");
    if (format != QLatin1String(EvidencePack::kFormat)) {
        throw InputError(top.at("format"),
                         QStringLiteral("this is not an evidence pack (expected \"%1\", got \"%2\")")
                             .arg(QLatin1String(EvidencePack::kFormat), format));
    }
    const std::optional<int> formatVersion = top.field("format_version").integer("format_version");
    if (!formatVersion || *formatVersion < 1) {
        throw InputError(top.at("format_version"), QStringLiteral("a positive whole number is required"));
    }
    if (*formatVersion > EvidencePack::kFormatVersion) {
        throw InputError(
            top.at("format_version"),
            QStringLiteral("the file was written by a newer LDN Tracker (format version %1; this one "
                           "reads up to %2)")
                .arg(*formatVersion)
                .arg(EvidencePack::kFormatVersion));
    }
    top.rejectUnknownKeys({"format", "format_version", "name", "pack_version", "title", "description",
                           "conditions", "sources", "claims", "grades"});

    EvidencePack pack;
    pack.name = top.field("name").requiredString("name");
    const std::optional<int> version = top.field("pack_version").integer("pack_version");
    if (!version || *version < 1) {
        throw InputError(top.at("pack_version"), QStringLiteral("a positive whole number is required"));
    }
    pack.version = *version;
    pack.title = top.field("title").string("title");
    pack.description = top.field("description").string("description");

    EntryLocations locations(text, fileName);
    const Json& conditions = top.section("conditions");
    for (std::size_t i = 0; i < conditions.size(); ++i) {
        pack.conditions.push_back(readCondition(conditions[i], locations.of("conditions", i), pack));
    }
    const Json& sources = top.section("sources");
    for (std::size_t i = 0; i < sources.size(); ++i) {
        pack.sources.push_back(readSource(sources[i], locations.of("sources", i)));
    }
    const Json& claims = top.section("claims");
    for (std::size_t i = 0; i < claims.size(); ++i) {
        pack.claims.push_back(readClaim(claims[i], locations.of("claims", i)));
    }
    const Json& grades = top.section("grades");
    for (std::size_t i = 0; i < grades.size(); ++i) {
        pack.grades.push_back(readGrade(grades[i], locations.of("grades", i)));
    }
    checkCrossReferences(pack, locations);
    return pack;
}

QByteArray EvidencePackJson::write(const EvidencePack& pack)
{
    OrderedJson document;
    document["format"] = EvidencePack::kFormat;
    document["format_version"] = EvidencePack::kFormatVersion;
    document["name"] = pack.name.toStdString();
    document["pack_version"] = pack.version;
    putText(document, "title", pack.title);
    putText(document, "description", pack.description);

    OrderedJson conditions = OrderedJson::array();
    for (const Condition& condition : pack.conditions) {
        OrderedJson entry;
        entry["key"] = condition.key.toStdString();
        entry["name"] = condition.name.toStdString();
        entry["category"] = toStorageText(condition.category).toStdString();
        if (!condition.synonyms.isEmpty()) {
            OrderedJson synonyms = OrderedJson::array();
            for (const QString& synonym : condition.synonyms) {
                synonyms.push_back(synonym.toStdString());
            }
            entry["synonyms"] = synonyms;
        }
        putText(entry, "description", condition.description);
        const auto status = pack.declaredStatus.find(condition.key);
        if (status != pack.declaredStatus.end()) {
            entry["evidence_status"] = toStorageText(status->second).toStdString();
        }
        conditions.push_back(entry);
    }
    document["conditions"] = conditions;

    OrderedJson sources = OrderedJson::array();
    for (const EvidenceSource& source : pack.sources) {
        OrderedJson entry;
        entry["key"] = source.key.toStdString();
        entry["kind"] = toStorageText(source.kind).toStdString();
        entry["title"] = source.title.toStdString();
        putText(entry, "authors", source.authors);
        if (source.year) {
            entry["year"] = *source.year;
        }
        putText(entry, "publisher", source.publisher);
        putText(entry, "locator", source.locator);
        OrderedJson identifiers = OrderedJson::object();
        putText(identifiers, "doi", source.identifiers.doi);
        putText(identifiers, "pmid", source.identifiers.pmid);
        putText(identifiers, "pmcid", source.identifiers.pmcid);
        putText(identifiers, "nct", source.identifiers.nct);
        putText(identifiers, "eudract", source.identifiers.eudract);
        putText(identifiers, "actrn", source.identifiers.actrn);
        putText(identifiers, "url", source.identifiers.url);
        if (!identifiers.empty()) {
            entry["identifiers"] = identifiers;
        }
        entry["peer_reviewed"] = source.peerReviewed;
        putText(entry, "conflict_of_interest", source.conflictOfInterest);
        putText(entry, "note", source.note);
        entry["verification"] = toStorageText(source.verification).toStdString();
        sources.push_back(entry);
    }
    document["sources"] = sources;

    OrderedJson claims = OrderedJson::array();
    for (const EvidenceClaim& claim : pack.claims) {
        OrderedJson entry;
        entry["key"] = claim.key.toStdString();
        entry["condition"] = claim.conditionKey.toStdString();
        entry["outcome"] = claim.outcome.toStdString();
        putText(entry, "population", claim.population);
        entry["comparator"] = toStorageText(claim.comparator).toStdString();
        entry["direction"] = toStorageText(claim.direction).toStdString();
        putText(entry, "summary", claim.summary);
        if (!claim.effect.isEmpty()) {
            OrderedJson effect = OrderedJson::object();
            putText(effect, "metric", claim.effect.metric);
            if (claim.effect.value) {
                effect["value"] = *claim.effect.value;
            }
            if (claim.effect.ciLow) {
                effect["ci_low"] = *claim.effect.ciLow;
                effect["ci_high"] = *claim.effect.ciHigh;
            }
            putText(effect, "p", claim.effect.pValue);
            entry["effect"] = effect;
        }
        if (claim.participants) {
            entry["participants"] = *claim.participants;
        }
        putText(entry, "dose", claim.dose);
        putText(entry, "duration", claim.duration);
        OrderedJson sourceKeys = OrderedJson::array();
        for (const QString& key : claim.sourceKeys) {
            sourceKeys.push_back(key.toStdString());
        }
        entry["sources"] = sourceKeys;
        claims.push_back(entry);
    }
    document["claims"] = claims;

    OrderedJson grades = OrderedJson::array();
    for (const GradeAssessment& grade : pack.grades) {
        OrderedJson entry;
        entry["key"] = grade.key.toStdString();
        entry["condition"] = grade.conditionKey.toStdString();
        entry["outcome"] = grade.outcome.toStdString();
        entry["start"] = toStorageText(grade.start).toStdString();
        entry["certainty"] = toStorageText(grade.certainty()).toStdString();
        putText(entry, "rationale", grade.rationale);
        OrderedJson reasons = OrderedJson::array();
        for (const GradeReason& reason : grade.reasons) {
            reasons.push_back({{"domain", toStorageText(reason.domain).toStdString()},
                               {"levels", reason.levels},
                               {"explanation", reason.explanation.toStdString()}});
        }
        entry["reasons"] = reasons;
        grades.push_back(entry);
    }
    document["grades"] = grades;
    return QByteArray::fromStdString(document.dump(2)) + '\n';
}

} // namespace ldn
