#include "core/exchange/MedlineReader.h"

#include "core/base/InputError.h"
#include "core/exchange/ReferenceFields.h"
#include "core/exchange/ReferenceText.h"
#include "core/exchange/TaggedRecord.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <initializer_list>

namespace ldn {
namespace {

using Field = TaggedRecord::Field;
using Record = TaggedRecord;

class MedlineRecordReader {
public:
    MedlineRecordReader(QString fileName, ReferenceReadResult& result)
        : m_fileName(std::move(fileName))
        , m_result(result)
    {}

    void add(const Record& record)
    {
        const std::size_t altered = m_result.shortened.size();
        const auto skip = [&](int line, const QString& tag, const QString& problem) {
            m_result.shortened.resize(altered);
            m_result.skipped.push_back({line, at(line, record.number, tag), problem});
        };
        EvidenceSource source;
        source.origin = EntryOrigin::User;
        source.kind = SourceKind::Unclassified;
        source.verification = Verification::Unconfirmed;
        const Field* title = record.first({"TI", "BTI"});
        if (!title) {
            skip(record.firstLine, QStringLiteral("TI"),
                 QStringLiteral("a title is required (TI); the record is left out"));
            return;
        }
        source.title = ReferenceFields::withoutRichText(title->value).simplified();

        QStringList authors;
        for (const Field* field : record.all({"FAU"})) {
            authors << ReferenceFields::authorFromRis(field->value);
        }
        if (authors.isEmpty()) {
            for (const Field* field : record.all({"AU"})) {
                authors << field->value.simplified();
            }
        }
        for (const Field* field : record.all({"CN"})) {
            authors << field->value.simplified();
        }
        authors.removeAll(QStringLiteral("et al."));
        source.authors = authors.join(QStringLiteral(", "));

        // "1996 Jul 9", "2015 May", ERIC's "Apr 1990": the first four-digit number is the year.
        if (const Field* date = record.first({"DP"})) {
            static const QRegularExpression kYear(QStringLiteral(R"((?<![0-9])([0-9]{4})(?![0-9]))"));
            const QRegularExpressionMatch match = kYear.match(date->value);
            if (!match.hasMatch()) {
                skip(date->line, date->tag,
                     QStringLiteral("\"%1\" has no four-digit year").arg(date->value.trimmed()));
                return;
            }
            const int year = match.captured(1).toInt();
            if (year < kMinimumSourceYear || year > kMaximumSourceYear) {
                skip(date->line, date->tag,
                     QStringLiteral("%1 is not a possible year of publication (%2 to %3)")
                         .arg(year)
                         .arg(kMinimumSourceYear)
                         .arg(kMaximumSourceYear));
                return;
            }
            source.year = year;
        }
        if (const Field* journal = record.first({"JT", "TA", "BTI", "PB"})) {
            source.publisher = journal->value.simplified();
        }
        const Field* volume = record.first({"VI"});
        const Field* issue = record.first({"IP"});
        const Field* pages = record.first({"PG"});
        source.locator =
            ReferenceFields::locator(volume ? volume->value : QString(), issue ? issue->value : QString(),
                                     pages ? pages->value : QString());

        if (const Field* pmid = record.first({"PMID"})) {
            keep(source.identifiers.pmid, EvidenceIdentifiers::normalisePmid(pmid->value), *pmid, record,
                 EvidenceIdentifiers::pmidProblem);
        }
        if (const Field* pmcid = record.first({"PMC"})) {
            keep(source.identifiers.pmcid, EvidenceIdentifiers::normaliseRegistryId(pmcid->value), *pmcid,
                 record, EvidenceIdentifiers::pmcidProblem);
        }
        for (const Field* field : record.all({"LID", "AID"})) {
            const QString value = field->value.trimmed();
            if (value.endsWith(QLatin1String("[doi]"), Qt::CaseInsensitive)) {
                keep(source.identifiers.doi, ReferenceText::doiOf(value), *field, record,
                     EvidenceIdentifiers::doiProblem);
            } else if (source.identifiers.url.isEmpty() && EvidenceIdentifiers::urlProblem(value).isEmpty() &&
                       value.startsWith(QLatin1String("http"), Qt::CaseInsensitive)) {
                source.identifiers.url = value;
            }
        }
        // Trial registry numbers are in SI ("ClinicalTrials.gov/NCT00568555") or the abstract.
        for (const Field* field : record.all({"SI", "AB", "GN"})) {
            ReferenceFields::identifiersFromText(field->value, source.identifiers);
        }
        ReferenceFields::shortenToLimits(source, [&](const char* field, qsizetype length, int maximum) {
            m_result.shortened.push_back({title->line,
                                          at(title->line, record.number, QString::fromLatin1(field)),
                                          ReferenceFields::shortenedProblem(length, maximum)});
        });
        try {
            validateSource(source, at(record.firstLine, record.number, QStringLiteral("record")));
        } catch (const InputError& error) {
            skip(record.firstLine, QStringLiteral("record"), error.problem());
            return;
        }
        m_result.references.push_back(source);
    }

private:
    QString at(int line, int record, const QString& tag) const
    {
        return QStringLiteral("%1:%2: record %3: %4").arg(m_fileName).arg(line).arg(record).arg(tag);
    }

    void keep(QString& target, const QString& value, const Field& field, const Record& record,
              QString (*problemOf)(const QString&))
    {
        const QString problem = problemOf(value);
        if (!problem.isEmpty()) {
            m_result.shortened.push_back({field.line, at(field.line, record.number, field.tag),
                                          problem + QStringLiteral("; left out")});
        } else if (target.isEmpty()) {
            target = value;
        }
    }

    QString m_fileName;
    ReferenceReadResult& m_result;
};

} // namespace

ReferenceReadResult MedlineReader::read(const QByteArray& text, const QString& fileName)
{
    // "PMID- 123", "TI  - …", "FAU - …": up to four capitals or digits, padding, a dash.
    static const QRegularExpression kTagLine(QStringLiteral(R"(^([A-Z][A-Z0-9]{1,3}) *- ?(.*)$)"));
    const QString content = ReferenceText::decode(text, fileName, QStringLiteral("MEDLINE"));
    const QStringList lines = content.split(QLatin1Char('\n'));
    ReferenceReadResult result;
    MedlineRecordReader reader(fileName, result);
    std::optional<Record> open;
    int records = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = static_cast<int>(i) + 1;
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty()) {
            if (open) {
                reader.add(*open); // a blank line ends a record
                open.reset();
            }
            continue;
        }
        const QRegularExpressionMatch match =
            line.front().isSpace() ? QRegularExpressionMatch() : kTagLine.match(line);
        if (!match.hasMatch()) {
            if (open && !open->fields.empty()) {
                open->fields.back().value += QLatin1Char(' ') + line.trimmed();
            }
            continue; // text before the first record is ignored
        }
        if (!open) {
            open = Record{++records, lineNumber, {}};
        }
        open->fields.push_back({match.captured(1), match.captured(2).trimmed(), lineNumber});
    }
    if (open) {
        reader.add(*open);
    }
    if (records == 0) {
        throw InputError(QStringLiteral("%1:1").arg(fileName),
                         QStringLiteral("no MEDLINE records (PMID- … lines) found"));
    }
    return result;
}

} // namespace ldn
