#include "core/CslJsonReader.h"

#include "core/InputError.h"
#include "core/JsonFieldReader.h"
#include "core/JsonLocator.h"
#include "core/ReferenceFields.h"

#include <QStringList>
#include <nlohmann/json.hpp>

namespace ldn {
namespace {

using Json = nlohmann::json;

QString authorsOf(const JsonFieldReader& item)
{
    const Json* authors = item.array("author");
    if (!authors) {
        return {};
    }
    QStringList names;
    for (std::size_t i = 0; i < authors->size(); ++i) {
        const JsonFieldReader author((*authors)[i], QStringLiteral("%1[%2]").arg(item.at("author")).arg(i));
        const QString literal = author.string("literal");
        const QString name = literal.isEmpty()
                                 ? ReferenceFields::author(author.string("family"), author.string("given"))
                                 : literal.simplified();
        if (!name.isEmpty()) {
            names << name;
        }
    }
    return names.join(QStringLiteral(", "));
}

std::optional<int> yearOf(const JsonFieldReader& item)
{
    const Json* issued = item.object("issued");
    if (!issued) {
        return std::nullopt;
    }
    const JsonFieldReader date(*issued, item.at("issued"));
    if (const Json* parts = date.array("date-parts")) {
        if (parts->empty()) {
            return std::nullopt;
        }
        const Json& first = (*parts)[0];
        if (!first.is_array()) {
            throw InputError(date.at("date-parts"),
                             QStringLiteral("must be an array of [year, month, day] arrays"));
        }
        if (first.empty()) {
            return std::nullopt;
        }
        const Json& year = first[0];
        if (year.is_number_integer() || year.is_number_unsigned()) {
            return static_cast<int>(year.get<long long>());
        }
        if (year.is_string()) {
            if (const std::optional<int> parsed =
                    ReferenceFields::leadingYear(QString::fromStdString(year.get<std::string>()))) {
                return parsed;
            }
        }
        throw InputError(
            date.at("date-parts"),
            QStringLiteral("the year must be a number (got %1)").arg(JsonFieldReader::typeName(year)));
    }
    for (const char* key : {"raw", "literal"}) {
        const QString text = date.string(key);
        if (!text.isEmpty()) {
            if (const std::optional<int> year = ReferenceFields::leadingYear(text)) {
                return year;
            }
            throw InputError(date.at(key), QStringLiteral("\"%1\" does not start with a year").arg(text));
        }
    }
    return std::nullopt;
}

void checkIdentifier(const JsonFieldReader& item, const char* key, const QString& problem)
{
    if (!problem.isEmpty()) {
        throw InputError(item.at(key), problem);
    }
}

EvidenceSource readItem(const Json& value, const QString& location)
{
    const JsonFieldReader item(value, location);
    EvidenceSource source;
    source.origin = EntryOrigin::User;
    source.kind = SourceKind::Unclassified;
    source.verification = Verification::Unconfirmed;
    item.string("type"); // must be a string when present
    source.title = item.string("title").simplified();
    if (source.title.isEmpty()) {
        throw InputError(item.at("title"), QStringLiteral("a title is required"));
    }
    source.authors = authorsOf(item);
    source.year = yearOf(item);
    source.publisher = item.string("container-title").simplified();
    if (source.publisher.isEmpty()) {
        source.publisher = item.string("publisher").simplified();
    }
    source.locator = ReferenceFields::locator(item.stringOrNumber("volume"), item.stringOrNumber("issue"),
                                              item.stringOrNumber("page"));
    source.identifiers.doi = EvidenceIdentifiers::normaliseDoi(item.string("DOI"));
    checkIdentifier(item, "DOI", EvidenceIdentifiers::doiProblem(source.identifiers.doi));
    source.identifiers.pmid = EvidenceIdentifiers::normalisePmid(item.stringOrNumber("PMID"));
    checkIdentifier(item, "PMID", EvidenceIdentifiers::pmidProblem(source.identifiers.pmid));
    source.identifiers.pmcid = EvidenceIdentifiers::normaliseRegistryId(item.string("PMCID"));
    checkIdentifier(item, "PMCID", EvidenceIdentifiers::pmcidProblem(source.identifiers.pmcid));
    source.identifiers.url = item.string("URL").trimmed();
    checkIdentifier(item, "URL", EvidenceIdentifiers::urlProblem(source.identifiers.url));

    const QString note = item.string("note");
    source.note = note.trimmed();
    ReferenceFields::identifiersFromText(note, source.identifiers);
    if (const Json* custom = item.object("custom")) {
        for (auto it = custom->begin(); it != custom->end(); ++it) {
            if (it->is_string()) {
                ReferenceFields::identifiersFromText(QString::fromStdString(it->get<std::string>()),
                                                     source.identifiers);
            }
        }
    }
    validateSource(source, location);
    return source;
}

} // namespace

std::vector<EvidenceSource> CslJsonReader::read(const QByteArray& text, const QString& fileName)
{
    Json document;
    try {
        document = Json::parse(text.constData(), text.constData() + text.size());
    } catch (const Json::parse_error& error) {
        const qsizetype byte = static_cast<qsizetype>(error.byte) - 1;
        const std::size_t started = JsonLocator::elementLines(text, {}, byte).size();
        QString location = QStringLiteral("%1:%2").arg(fileName).arg(JsonLocator::lineAt(text, byte));
        if (started > 0) {
            location += QStringLiteral(": record %1").arg(started);
        }
        throw InputError(location,
                         QStringLiteral("not valid JSON (%1)").arg(QString::fromUtf8(error.what())));
    }
    std::vector<EvidenceSource> sources;
    if (document.is_object()) {
        sources.push_back(readItem(document, QStringLiteral("%1:%2: record 1").arg(fileName).arg(1)));
        return sources;
    }
    if (!document.is_array()) {
        throw InputError(QStringLiteral("%1:1").arg(fileName),
                         QStringLiteral("CSL-JSON is an array of items (got %1)")
                             .arg(JsonFieldReader::typeName(document)));
    }
    const std::vector<int> lines = JsonLocator::elementLines(text);
    for (std::size_t i = 0; i < document.size(); ++i) {
        const int line = i < lines.size() ? lines[i] : 1;
        sources.push_back(
            readItem(document[i], QStringLiteral("%1:%2: record %3").arg(fileName).arg(line).arg(i + 1)));
    }
    return sources;
}

} // namespace ldn
