#include "core/exchange/RisReader.h"

#include "core/base/InputError.h"
#include "core/exchange/ReferenceFields.h"
#include "core/exchange/ReferenceText.h"
#include "core/exchange/TaggedRecord.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <utility>

namespace ldn {
namespace {

using Field = TaggedRecord::Field;
using Record = TaggedRecord;

// The month and day after a year ("2007/02/30/", "2007-13"), when given as numbers, must make a
// real date; PubMed's "2007 Apr" and free text after the year are left alone.
QString dateProblem(const QString& text, int year)
{
    static const QRegularExpression kNumericDate(
        QStringLiteral("^\\s*[0-9]{4}(?:[/-]([0-9]{0,2})(?:[/-]([0-9]{0,2}))?)?(?:[/-].*)?\\s*$"));
    const QRegularExpressionMatch match = kNumericDate.match(text);
    if (!match.hasMatch() || match.captured(1).isEmpty()) {
        return {};
    }
    const int month = match.captured(1).toInt();
    if (month < 1 || month > 12) {
        return QStringLiteral("\"%1\": %2 is not a month").arg(text.trimmed()).arg(month);
    }
    if (!match.captured(2).isEmpty() && !QDate(year, month, match.captured(2).toInt()).isValid()) {
        return QStringLiteral("\"%1\" is not a real date").arg(text.trimmed());
    }
    return {};
}

// Thrown while building a record that cannot be a source; the record is skipped.
struct RecordProblem {
    int line;
    QString tag;
    QString problem;
};

class RecordBuilder {
public:
    RecordBuilder(QString fileName, ReferenceReadResult& result)
        : m_fileName(std::move(fileName))
        , m_result(result)
    {}

    QString at(int line, int record, const QString& tag) const
    {
        return QStringLiteral("%1:%2: record %3: %4").arg(m_fileName).arg(line).arg(record).arg(tag);
    }

    void add(const Record& record)
    {
        const std::size_t altered = m_result.shortened.size();
        try {
            m_result.references.push_back(build(record));
        } catch (const RecordProblem& problem) {
            m_result.shortened.resize(altered); // a skipped record is reported once, for its reason
            m_result.skipped.push_back(
                {problem.line, at(problem.line, record.number, problem.tag), problem.problem});
        }
    }

    void skipStray(int line, const QString& tag)
    {
        m_result.skipped.push_back(
            {line, QStringLiteral("%1:%2: %3").arg(m_fileName).arg(line).arg(tag),
             QStringLiteral("a %1 line outside a record (a record starts with \"TY  - \"); left out")
                 .arg(tag)});
    }

private:
    EvidenceSource build(const Record& record)
    {
        EvidenceSource source;
        source.origin = EntryOrigin::User;
        source.kind = SourceKind::Unclassified;
        source.verification = Verification::Unconfirmed;
        const Field* title = record.first({"TI", "T1", "CT", "BT"});
        if (!title) {
            throw RecordProblem{record.firstLine, QStringLiteral("TI"),
                                QStringLiteral("a title is required (TI or T1); the record is left out")};
        }
        source.title = ReferenceFields::withoutRichText(title->value).simplified();
        // A record holds one title, one year and one DOI: two that differ leave no way to tell which
        // is right.
        refuseConflicting(record, {"TI"}, [](const QString& value) { return value.simplified(); });
        refuseConflicting(record, {"PY"}, [](const QString& value) { return value.simplified(); });
        refuseConflicting(record, {"DO", "DI"}, ReferenceText::doiOf);
        QStringList authors;
        for (const Field* field : record.all({"AU", "A1"})) {
            authors << ReferenceFields::authorFromRis(field->value);
        }
        source.authors = authors.join(QStringLiteral(", "));
        // DA is the date of publication; Y1 is its deprecated spelling and never wins over DA.
        if (const Field* year = record.first({"PY", "DA", "Y1"})) {
            source.year = ReferenceFields::leadingYear(year->value);
            if (!source.year) {
                throw RecordProblem{year->line, year->tag,
                                    QStringLiteral("\"%1\" does not start with a four-digit year")
                                        .arg(year->value.trimmed())};
            }
            if (*source.year < kMinimumSourceYear || *source.year > kMaximumSourceYear) {
                throw RecordProblem{year->line, year->tag,
                                    QStringLiteral("%1 is not a possible year of publication (%2 to %3)")
                                        .arg(*source.year)
                                        .arg(kMinimumSourceYear)
                                        .arg(kMaximumSourceYear)};
            }
            if (const QString problem = dateProblem(year->value, *source.year); !problem.isEmpty()) {
                throw RecordProblem{year->line, year->tag, problem};
            }
        }
        if (const Field* journal = record.first({"JF", "JO", "T2", "JA", "J2", "PB"})) {
            source.publisher = journal->value.simplified();
        }
        const Field* volume = record.first({"VL", "VO"});
        const Field* issue = record.first({"IS"});
        const Field* start = record.first({"SP"});
        const Field* end = record.first({"EP"});
        QString pages = start ? start->value.simplified() : QString();
        if (end && !pages.isEmpty() && end->value.simplified() != pages) {
            pages += QLatin1Char('-') + end->value.simplified();
        }
        source.locator = ReferenceFields::locator(volume ? volume->value : QString(),
                                                  issue ? issue->value : QString(), pages);
        QStringList notes;
        for (const Field* field : record.all({"N1"})) {
            notes << field->value.trimmed();
        }
        if (const Field* doi = record.first({"DO", "DI"})) {
            keep(source.identifiers.doi, ReferenceText::doiOf(doi->value), *doi, record,
                 EvidenceIdentifiers::doiProblem);
        }
        // PubMed and Ovid write the PMID in AN, Embase in C5; other databases write their own
        // accession numbers there, which are not identifiers this library knows, so only a bare
        // PubMed id is taken.
        for (const Field* field : record.all({"AN", "C5"})) {
            const QString pmid = EvidenceIdentifiers::normalisePmid(field->value);
            if (source.identifiers.pmid.isEmpty() && EvidenceIdentifiers::pmidProblem(pmid).isEmpty()) {
                source.identifiers.pmid = pmid;
            }
        }
        for (const Field* field : record.all({"C2", "C3", "C6", "C7"})) {
            if (field->value.trimmed().startsWith(QLatin1String("PMC"), Qt::CaseInsensitive)) {
                keep(source.identifiers.pmcid, EvidenceIdentifiers::normaliseRegistryId(field->value), *field,
                     record, EvidenceIdentifiers::pmcidProblem);
            }
        }
        readAddresses(record, source, notes);
        source.note = notes.join(QLatin1Char('\n'));
        for (const QString& note : notes) {
            ReferenceFields::identifiersFromText(note, source.identifiers);
        }
        ReferenceFields::shortenToLimits(source, [&](const char* field, qsizetype length, int maximum) {
            const Field* from = record.first({fieldTag(field)});
            const int line = from ? from->line : record.firstLine;
            m_result.shortened.push_back({line, at(line, record.number, QString::fromLatin1(fieldTag(field))),
                                          ReferenceFields::shortenedProblem(length, maximum)});
        });
        try {
            validateSource(source, at(record.firstLine, record.number, QStringLiteral("record")));
        } catch (const InputError& error) {
            throw RecordProblem{record.firstLine, QStringLiteral("record"), error.problem()};
        }
        return source;
    }

    static const char* fieldTag(const char* field)
    {
        const QLatin1String name(field);
        return name == QLatin1String("note")      ? "N1"
               : name == QLatin1String("authors") ? "AU"
               : name == QLatin1String("locator") ? "VL"
               : name == QLatin1String("title")   ? "TI"
                                                  : "JF";
    }

    // UR and L2: the first web address is the source's; more go into the note, EndNote's Web of
    // Science links become a note line, anything else is left out and reported.
    void readAddresses(const Record& record, EvidenceSource& source, QStringList& notes)
    {
        static const QRegularExpression kIsiLink(QStringLiteral(R"(<Go to ISI>://(\S+))"),
                                                 QRegularExpression::CaseInsensitiveOption);
        QStringList others;
        // UR is the address; L2 (a link to the full text) only when there is no UR.
        std::vector<const Field*> fields = record.all({"UR"});
        for (const Field* link : record.all({"L2"})) {
            fields.push_back(link);
        }
        for (const Field* field : fields) {
            QString value = field->value;
            for (const QRegularExpressionMatch& isi : kIsiLink.globalMatch(field->value)) {
                notes << QStringLiteral("Web of Science: %1").arg(isi.captured(1));
                value.replace(isi.captured(0), QStringLiteral(" "));
            }
            for (const QString& address : ReferenceFields::webAddresses(value)) {
                if (!EvidenceIdentifiers::urlProblem(address).isEmpty()) {
                    alter(*field, record,
                          EvidenceIdentifiers::urlProblem(address) + QStringLiteral("; left out"));
                } else if (source.identifiers.url.isEmpty()) {
                    source.identifiers.url = address;
                } else if (address != source.identifiers.url && !others.contains(address)) {
                    others << address;
                }
            }
        }
        if (!others.isEmpty()) {
            notes << QStringLiteral("Other web addresses: %1").arg(others.join(QStringLiteral(" ")));
        }
        // A doi.org address is the DOI, when the record has no DO.
        if (source.identifiers.doi.isEmpty() && !source.identifiers.url.isEmpty()) {
            const QString doi = ReferenceText::doiOf(source.identifiers.url);
            if (doi != source.identifiers.url && EvidenceIdentifiers::doiProblem(doi).isEmpty()) {
                source.identifiers.doi = doi;
            }
        }
    }

    // An identifier that is not well formed is left out (and listed), the rest of the record kept.
    void keep(QString& target, const QString& value, const Field& field, const Record& record,
              QString (*problemOf)(const QString&))
    {
        const QString problem = problemOf(value);
        if (problem.isEmpty()) {
            if (target.isEmpty()) {
                target = value;
            }
            return;
        }
        alter(field, record, problem + QStringLiteral("; left out"));
    }

    void alter(const Field& field, const Record& record, const QString& problem)
    {
        m_result.shortened.push_back({field.line, at(field.line, record.number, field.tag), problem});
    }

    template <typename Normalise>
    void refuseConflicting(const Record& record, std::initializer_list<const char*> tags,
                           Normalise normalise) const
    {
        const std::vector<const Field*> fields = record.all(tags);
        for (const Field* field : fields) {
            const Field* first = fields.front();
            if (normalise(field->value) != normalise(first->value)) {
                throw RecordProblem{
                    field->line, field->tag,
                    QStringLiteral("\"%1\" differs from the %2 on line %3 (\"%4\"); a record has one")
                        .arg(field->value.trimmed(), first->tag)
                        .arg(first->line)
                        .arg(first->value.trimmed())};
            }
        }
    }

    QString m_fileName;
    ReferenceReadResult& m_result;
};

// Lines that are never a field's continuation: Ovid's record numbers and database headers.
bool isRecordSeparator(const QString& line)
{
    static const QRegularExpression kSeparator(QStringLiteral(R"(^(?:\d+\.|Record #\d+ of \d+)$)"));
    return kSeparator.match(line).hasMatch();
}

} // namespace

ReferenceReadResult RisReader::read(const QByteArray& text, const QString& fileName)
{
    // Zotero's pattern: two letters or a letter and a digit, one or two spaces, a dash, and the
    // value after one space. Leading spaces are ignored.
    static const QRegularExpression kTagLine(QStringLiteral("^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$"));
    const QString content = ReferenceText::decode(text, fileName, QStringLiteral("RIS"));
    const QStringList lines = content.split(QLatin1Char('\n'));
    ReferenceReadResult result;
    RecordBuilder builder(fileName, result);
    std::optional<Record> open;
    int records = 0;
    bool fieldOpen = false; // whether a non-tag line continues the last field
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = static_cast<int>(i) + 1;
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        const QString trimmedStart = QString(line).remove(QRegularExpression(QStringLiteral("^\\s+")));
        const QRegularExpressionMatch match = kTagLine.match(trimmedStart);
        if (!match.hasMatch()) {
            if (line.trimmed().isEmpty() || isRecordSeparator(line.trimmed())) {
                fieldOpen = fieldOpen && line.trimmed().isEmpty();
                continue;
            }
            // A wrapped line continues the field before it; text outside a record is ignored, as
            // Zotero ignores it (headers of databases, numbering).
            if (open && fieldOpen && !open->fields.empty()) {
                open->fields.back().value += QLatin1Char(' ') + line.trimmed();
            }
            continue;
        }
        const QString tag = match.captured(1);
        const QString value = match.captured(2);
        fieldOpen = true;
        if (tag == QLatin1String("TY")) {
            if (open) {
                builder.add(*open); // no ER: the next record ends this one, as in Zotero
            }
            open = Record{++records, lineNumber, {}};
            open->fields.push_back({tag, value, lineNumber});
            continue;
        }
        if (!open) {
            if (tag != QLatin1String("ER")) {
                builder.skipStray(lineNumber, tag);
            }
            fieldOpen = false;
            continue;
        }
        if (tag == QLatin1String("ER")) {
            builder.add(*open);
            open.reset();
            fieldOpen = false;
            continue;
        }
        open->fields.push_back({tag, value, lineNumber});
    }
    if (open) {
        builder.add(*open); // the last record may lack its ER
    }
    if (records == 0) {
        throw InputError(QStringLiteral("%1:1").arg(fileName),
                         QStringLiteral("no RIS records (TY ... ER) found"));
    }
    return result;
}

} // namespace ldn
