#include "core/exchange/CslJsonReader.h"

#include "core/base/InputError.h"
#include "core/exchange/CslDate.h"
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
        // Particles and suffixes are part of the name: "dos Santos M", "van Gogh V", "King ML Jr".
        const QString name =
            literal.isEmpty()
                ? ReferenceFields::author(author.string("family"), author.string("given"),
                                          author.string("non-dropping-particle"),
                                          author.string("dropping-particle"), author.string("suffix"))
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

// Checks an issued year; throws InputError at `location` for one the library cannot store.
int possibleYear(long long year, const QString& location, const QString& shown)
{
    if (year < kMinimumSourceYear || year > kMaximumSourceYear) {
        throw InputError(location, QStringLiteral("%1 is not a possible year of publication (%2 to %3)")
                                       .arg(shown)
                                       .arg(kMinimumSourceYear)
                                       .arg(kMaximumSourceYear));
    }
    return static_cast<int>(year);
}

// A date written as text (EDTF, raw or literal): its year, or nothing with `noYear` set.
std::optional<int> yearOfText(const QString& text, const QString& location, bool& noYear)
{
    const CslDate::Reading reading = CslDate::read(text);
    if (!reading.problem.isEmpty()) {
        throw InputError(location, reading.problem);
    }
    if (!reading.year) {
        noYear = true;
        return std::nullopt;
    }
    return possibleYear(*reading.year, location, QString::number(*reading.year));
}

// The year of `issued`: date-parts, an EDTF string (CSL-JSON 1.0.2), or a raw or literal date.
// `noYear` is set for a date that has no year in it ("n.d."), which is kept as no year.
std::optional<int> yearOf(const Json& value, const JsonFieldReader& item, bool& noYear)
{
    if (const auto issuedText = value.find("issued"); issuedText != value.end() && issuedText->is_string()) {
        return yearOfText(item.string("issued"), item.at("issued"), noYear);
    }
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
            parsed = possibleYear(*wholeNumberOf(year), date.at("date-parts"),
                                  QString::fromStdString(year.dump()));
        } else if (year.is_string()) {
            parsed = ReferenceFields::leadingYear(QString::fromStdString(year.get<std::string>()));
            if (parsed) {
                possibleYear(*parsed, date.at("date-parts"), QString::number(*parsed));
            }
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
            return yearOfText(text, date.at(key), noYear);
        }
    }
    return std::nullopt;
}

// Reads one item into `result`: a source, a skipped record, or a source with fields left out or
// shortened. `location` is "FILE:LINE: record N".
void readItem(const Json& value, const QString& location, int line, ReferenceReadResult& result)
{
    std::vector<ReferenceIssue> altered;
    const auto alter = [&](const QString& at, const QString& problem) {
        altered.push_back({line, at, problem});
    };
    EvidenceSource source;
    try {
        const JsonFieldReader item(value, location);
        source.origin = EntryOrigin::User;
        source.kind = SourceKind::Unclassified;
        source.verification = Verification::Unconfirmed;
        item.string("type"); // must be a string when present
        source.title = ReferenceFields::withoutRichText(item.string("title")).simplified();
        if (source.title.isEmpty()) {
            throw InputError(item.at("title"), QStringLiteral("a title is required; the record is left out"));
        }
        source.authors = authorsOf(item);
        bool noYear = false;
        source.year = yearOf(value, item, noYear);
        if (noYear) {
            alter(item.at("issued"), QStringLiteral("the date has no year; kept without one"));
        }
        source.publisher = ReferenceFields::withoutRichText(item.string("container-title")).simplified();
        if (source.publisher.isEmpty()) {
            source.publisher = item.string("publisher").simplified();
        }
        source.locator = ReferenceFields::locator(item.stringOrNumber("volume"), item.stringOrNumber("issue"),
                                                  item.stringOrNumber("page"));
        // An identifier that is not well formed is left out and listed; the record is kept.
        const auto identifier = [&](const char* key, QString text, QString (*problemOf)(const QString&),
                                    QString& target) {
            const QString problem = problemOf(text);
            if (problem.isEmpty()) {
                target = text;
            } else {
                alter(item.at(key), problem + QStringLiteral("; left out"));
            }
        };
        identifier("DOI", EvidenceIdentifiers::normaliseDoi(item.string("DOI")),
                   EvidenceIdentifiers::doiProblem, source.identifiers.doi);
        identifier("PMID", EvidenceIdentifiers::normalisePmid(item.stringOrNumber("PMID")),
                   EvidenceIdentifiers::pmidProblem, source.identifiers.pmid);
        identifier("PMCID", EvidenceIdentifiers::normaliseRegistryId(item.string("PMCID")),
                   EvidenceIdentifiers::pmcidProblem, source.identifiers.pmcid);
        identifier("URL", item.string("URL").trimmed(), EvidenceIdentifiers::urlProblem,
                   source.identifiers.url);

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
        ReferenceFields::shortenToLimits(source, [&](const char* field, qsizetype length, int maximum) {
            const char* key = QLatin1String(field) == QLatin1String("publisher") ? "container-title" : field;
            alter(item.at(key), ReferenceFields::shortenedProblem(length, maximum));
        });
        validateSource(source, location);
    } catch (const InputError& error) {
        result.skipped.push_back({line, error.location(), error.problem()});
        return;
    }
    result.references.push_back(source);
    result.shortened.insert(result.shortened.end(), altered.begin(), altered.end());
}

} // namespace

ReferenceReadResult CslJsonReader::read(const QByteArray& text, const QString& fileName)
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
    ReferenceReadResult result;
    if (document.is_object()) {
        readItem(document, QStringLiteral("%1:%2: record 1").arg(fileName).arg(1), 1, result);
        return result;
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
        readItem(document[i], QStringLiteral("%1:%2: record %3").arg(fileName).arg(line).arg(i + 1), line,
                 result);
    }
    return result;
}

} // namespace ldn
