#include "core/exchange/CslJsonReader.h"

#include "core/base/InputError.h"
#include "core/exchange/ReferenceFields.h"
#include "core/json/JsonFieldReader.h"
#include "core/json/JsonLocator.h"
#include "core/json/StrictJson.h"

#include <QDate>
#include <QStringList>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>

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

// A whole number written as a number or as digits ("2013", "02"); nothing for anything else.
std::optional<long long> wholeNumberOf(const Json& value)
{
    if (value.is_number_integer()) {
        return value.get<long long>();
    }
    if (value.is_number_unsigned()) {
        // Above the range of long long; reading it as one would wrap it round to a small number.
        const auto number = value.get<unsigned long long>();
        return number > static_cast<unsigned long long>(std::numeric_limits<long long>::max())
                   ? std::numeric_limits<long long>::max()
                   : static_cast<long long>(number);
    }
    if (value.is_string()) {
        bool ok = false;
        const long long number = QString::fromStdString(value.get<std::string>()).trimmed().toLongLong(&ok);
        if (ok) {
            return number;
        }
    }
    return std::nullopt;
}

// The month and day that may follow the year in date-parts must make a real date. Months 13-16
// and 21-24 are seasons (citeproc-js and EDTF), which have no day.
void checkMonthAndDay(const Json& parts, int year, const QString& location)
{
    if (parts.size() < 2 || parts[1].is_null()) {
        return;
    }
    const std::optional<long long> month = wholeNumberOf(parts[1]);
    const bool isSeason = month && ((*month >= 13 && *month <= 16) || (*month >= 21 && *month <= 24));
    if (!month || ((*month < 1 || *month > 12) && !isSeason)) {
        throw InputError(location, QStringLiteral("the month must be a number from 1 to 12 (got %1)")
                                       .arg(QString::fromStdString(parts[1].dump())));
    }
    if (parts.size() < 3 || parts[2].is_null()) {
        return;
    }
    const std::optional<long long> day = wholeNumberOf(parts[2]);
    if (isSeason || !day || *day < 1 || *day > 31 ||
        !QDate(year, static_cast<int>(*month), static_cast<int>(*day)).isValid()) {
        throw InputError(location, QStringLiteral("%1-%2-%3 is not a real date")
                                       .arg(year)
                                       .arg(QString::fromStdString(parts[1].dump()),
                                            QString::fromStdString(parts[2].dump())));
    }
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
        std::optional<int> parsed;
        if (year.is_number_integer() || year.is_number_unsigned()) {
            const long long number = *wholeNumberOf(year);
            if (number < kMinimumSourceYear || number > kMaximumSourceYear) {
                throw InputError(date.at("date-parts"),
                                 QStringLiteral("%1 is not a possible year of publication")
                                     .arg(QString::fromStdString(year.dump())));
            }
            parsed = static_cast<int>(number);
        } else if (year.is_string()) {
            parsed = ReferenceFields::leadingYear(QString::fromStdString(year.get<std::string>()));
        }
        if (!parsed) {
            throw InputError(date.at("date-parts"),
                             QStringLiteral("the year must be a whole number (got %1)")
                                 .arg(year.is_number() ? QString::fromStdString(year.dump())
                                                       : JsonFieldReader::typeName(year)));
        }
        checkMonthAndDay(first, *parsed, date.at("date-parts"));
        return parsed;
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
        document = StrictJson::parse(text, fileName);
    } catch (const InputError& error) {
        // "FILE:LINE": say which record the line is in, too.
        const int line = error.location().section(QLatin1Char(':'), -1).toInt();
        const std::vector<int> starts = JsonLocator::elementLines(text);
        const auto started =
            std::count_if(starts.begin(), starts.end(), [line](int start) { return start <= line; });
        if (line < 1 || started == 0) {
            throw;
        }
        throw InputError(error.location() + QStringLiteral(": record %1").arg(started), error.problem());
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
    if (document.empty()) {
        throw InputError(
            QStringLiteral("%1:%2").arg(fileName).arg(JsonLocator::lineAt(text, text.indexOf('['))),
            QStringLiteral("the file holds no references (the array is empty)"));
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
