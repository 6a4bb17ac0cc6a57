#include "core/exchange/RisReader.h"

#include "core/base/InputError.h"
#include "core/exchange/ReferenceFields.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>

#include <algorithm>
#include <map>
#include <utility>

namespace ldn {
namespace {

struct Field {
    QString tag;
    QString value;
    int line = 0;
};

struct Record {
    int number = 0;
    int firstLine = 0;
    std::vector<Field> fields;

    const Field* first(std::initializer_list<const char*> tags) const
    {
        for (const char* tag : tags) {
            for (const Field& field : fields) {
                if (field.tag == QLatin1String(tag) && !field.value.trimmed().isEmpty()) {
                    return &field;
                }
            }
        }
        return nullptr;
    }
};

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

// The 1-based line of the first bytes that are not UTF-8.
int firstLineNotUtf8(const QByteArray& text)
{
    int line = 1;
    for (const QByteArray& bytes : text.split('\n')) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        [[maybe_unused]] const QString decoded = decoder.decode(bytes);
        if (decoder.hasError()) {
            return line;
        }
        ++line;
    }
    return 1;
}

class RecordBuilder {
public:
    explicit RecordBuilder(QString fileName)
        : m_fileName(std::move(fileName))
    {}

    QString at(int line, int record, const QString& tag) const
    {
        return QStringLiteral("%1:%2: record %3: %4").arg(m_fileName).arg(line).arg(record).arg(tag);
    }

    EvidenceSource build(const Record& record) const
    {
        EvidenceSource source;
        source.origin = EntryOrigin::User;
        source.kind = SourceKind::Unclassified;
        source.verification = Verification::Unconfirmed;
        const Field* title = record.first({"TI", "T1", "CT", "BT"});
        if (!title) {
            throw InputError(at(record.firstLine, record.number, QStringLiteral("TI")),
                             QStringLiteral("a title is required (TI or T1)"));
        }
        source.title = title->value.simplified();
        // A record holds one title, one year and one DOI: two that differ leave no way to tell which
        // is right.
        refuseConflicting(record, {"TI"}, [](const QString& value) { return value.simplified(); });
        refuseConflicting(record, {"PY"}, [](const QString& value) { return value.simplified(); });
        refuseConflicting(record, {"DO", "DI"}, EvidenceIdentifiers::normaliseDoi);
        QStringList authors;
        for (const Field& field : record.fields) {
            if ((field.tag == QLatin1String("AU") || field.tag == QLatin1String("A1")) &&
                !field.value.trimmed().isEmpty()) {
                authors << ReferenceFields::authorFromRis(field.value);
            }
        }
        source.authors = authors.join(QStringLiteral(", "));
        if (const Field* year = record.first({"PY", "Y1", "DA"})) {
            source.year = ReferenceFields::leadingYear(year->value);
            if (!source.year) {
                throw InputError(at(year->line, record.number, year->tag),
                                 QStringLiteral("\"%1\" does not start with a four-digit year")
                                     .arg(year->value.trimmed()));
            }
            if (*source.year < kMinimumSourceYear || *source.year > kMaximumSourceYear) {
                throw InputError(
                    at(year->line, record.number, year->tag),
                    QStringLiteral("%1 is not a possible year of publication").arg(*source.year));
            }
            check(*year, record, dateProblem(year->value, *source.year));
        }
        if (const Field* journal = record.first({"JF", "JO", "T2", "JA", "J2", "PB"})) {
            source.publisher = journal->value.simplified();
        }
        const Field* volume = record.first({"VL"});
        const Field* issue = record.first({"IS"});
        const Field* start = record.first({"SP"});
        const Field* end = record.first({"EP"});
        QString pages = start ? start->value.simplified() : QString();
        if (end && !pages.isEmpty() && end->value.simplified() != pages) {
            pages += QLatin1Char('-') + end->value.simplified();
        }
        source.locator = ReferenceFields::locator(volume ? volume->value : QString(),
                                                  issue ? issue->value : QString(), pages);
        if (const Field* doi = record.first({"DO", "DI"})) {
            source.identifiers.doi = EvidenceIdentifiers::normaliseDoi(doi->value);
            check(*doi, record, EvidenceIdentifiers::doiProblem(source.identifiers.doi));
        }
        if (const Field* accession = record.first({"AN"})) {
            // PubMed writes the PMID here; other databases write their own accession numbers, which
            // are not identifiers this library knows, so only a bare PubMed id is taken.
            const QString pmid = EvidenceIdentifiers::normalisePmid(accession->value);
            if (EvidenceIdentifiers::pmidProblem(pmid).isEmpty()) {
                source.identifiers.pmid = pmid;
            }
        }
        for (const Field& field : record.fields) {
            if (field.tag == QLatin1String("C2") &&
                field.value.trimmed().startsWith(QLatin1String("PMC"), Qt::CaseInsensitive)) {
                source.identifiers.pmcid = EvidenceIdentifiers::normaliseRegistryId(field.value);
                check(field, record, EvidenceIdentifiers::pmcidProblem(source.identifiers.pmcid));
            }
        }
        if (const Field* url = record.first({"UR", "L2"})) {
            source.identifiers.url = url->value.trimmed();
            check(*url, record, EvidenceIdentifiers::urlProblem(source.identifiers.url));
        }
        QStringList notes;
        for (const Field& field : record.fields) {
            if (field.tag == QLatin1String("N1") && !field.value.trimmed().isEmpty()) {
                notes << field.value.trimmed();
                ReferenceFields::identifiersFromText(field.value, source.identifiers);
            }
        }
        source.note = notes.join(QLatin1Char('\n'));
        validateSource(
            source,
            QStringLiteral("%1:%2: record %3").arg(m_fileName).arg(record.firstLine).arg(record.number));
        return source;
    }

private:
    template <typename Normalise>
    void refuseConflicting(const Record& record, std::initializer_list<const char*> tags,
                           Normalise normalise) const
    {
        const Field* first = nullptr;
        for (const Field& field : record.fields) {
            const bool matches = std::any_of(tags.begin(), tags.end(), [&field](const char* tag) {
                return field.tag == QLatin1String(tag);
            });
            if (!matches || field.value.trimmed().isEmpty()) {
                continue;
            }
            if (!first) {
                first = &field;
            } else if (normalise(field.value) != normalise(first->value)) {
                throw InputError(
                    at(field.line, record.number, field.tag),
                    QStringLiteral("\"%1\" differs from the %2 on line %3 (\"%4\"); a record has one")
                        .arg(field.value.trimmed(), first->tag)
                        .arg(first->line)
                        .arg(first->value.trimmed()));
            }
        }
    }

    void check(const Field& field, const Record& record, const QString& problem) const
    {
        if (!problem.isEmpty()) {
            throw InputError(at(field.line, record.number, field.tag), problem);
        }
    }

    QString m_fileName;
};

} // namespace

std::vector<EvidenceSource> RisReader::read(const QByteArray& text, const QString& fileName)
{
    static const QRegularExpression kTagLine(QStringLiteral("^([A-Z][A-Z0-9])  -( (.*))?$"));
    // One byte-order mark is allowed; the decoder is told to keep any other, which is then text
    // outside a record. Files from other programs are sometimes Latin-1 or UTF-16: decoding them
    // anyway would store replacement characters in place of letters, so they are refused.
    const bool hasBom = text.startsWith("\xEF\xBB\xBF");
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    const QString content = decoder.decode(hasBom ? text.mid(3) : text);
    if (decoder.hasError()) {
        throw InputError(QStringLiteral("%1:%2").arg(fileName).arg(firstLineNotUtf8(text)),
                         QStringLiteral("the text is not UTF-8 (save or export the file as UTF-8)"));
    }
    // RIS is text: a NUL or another control character (other than tab and line ends) means a
    // binary file, or one cut and pasted from one, and would end up in the library unseen.
    const auto control = std::find_if(content.cbegin(), content.cend(), [](QChar c) {
        return c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\r') &&
               c != QLatin1Char('\n');
    });
    if (control != content.cend()) {
        throw InputError(QStringLiteral("%1:%2").arg(fileName).arg(
                             1 + std::count(content.cbegin(), control, QLatin1Char('\n'))),
                         QStringLiteral("a control character (U+%1): this is not a RIS text file")
                             .arg(control->unicode(), 4, 16, QLatin1Char('0')));
    }
    const QStringList lines = content.split(QLatin1Char('\n'));
    const RecordBuilder builder(fileName);
    std::vector<EvidenceSource> sources;
    std::optional<Record> open;
    int records = 0;
    int lastLine = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = static_cast<int>(i) + 1;
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        if (!line.trimmed().isEmpty()) {
            lastLine = lineNumber;
        }
        const QRegularExpressionMatch match = kTagLine.match(line);
        if (!match.hasMatch()) {
            if (line.trimmed().isEmpty()) {
                continue;
            }
            if (!open) {
                throw InputError(QStringLiteral("%1:%2").arg(fileName).arg(lineNumber),
                                 QStringLiteral("text outside a record (a record starts with \"TY  - \")"));
            }
            if (open->fields.empty()) {
                continue;
            }
            // A wrapped line continues the field before it.
            open->fields.back().value += QLatin1Char(' ') + line.trimmed();
            continue;
        }
        const QString tag = match.captured(1);
        const QString value = match.captured(3);
        if (tag == QLatin1String("TY")) {
            if (open) {
                throw InputError(
                    builder.at(lineNumber, open->number, QStringLiteral("ER")),
                    QStringLiteral("the record that starts on line %1 has no ER line before the next "
                                   "record starts here")
                        .arg(open->firstLine));
            }
            open = Record{++records, lineNumber, {}};
            open->fields.push_back({tag, value, lineNumber});
            continue;
        }
        if (!open) {
            throw InputError(builder.at(lineNumber, records + 1, tag),
                             QStringLiteral("a record must start with a TY line"));
        }
        if (tag == QLatin1String("ER")) {
            sources.push_back(builder.build(*open));
            open.reset();
            continue;
        }
        open->fields.push_back({tag, value, lineNumber});
    }
    if (open) {
        throw InputError(
            builder.at(lastLine, open->number, QStringLiteral("ER")),
            QStringLiteral("the record that starts on line %1 has no ER line before the end of the file")
                .arg(open->firstLine));
    }
    if (sources.empty()) {
        throw InputError(QStringLiteral("%1:1").arg(fileName),
                         QStringLiteral("no RIS records (TY ... ER) found"));
    }
    return sources;
}

} // namespace ldn
