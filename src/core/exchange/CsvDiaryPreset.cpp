#include "core/exchange/CsvDiaryPreset.h"

#include "core/exchange/CsvColumnMapping.h"
#include "core/exchange/DiaryCsvFormat.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace ldn {
namespace {

// A header's column by any of its normalised spellings.
std::optional<int> columnNamed(const QStringList& header, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        for (qsizetype column = 0; column < header.size(); ++column) {
            if (CsvColumnMapping::normalisedHeader(header.at(column)) == QLatin1String(name)) {
                return static_cast<int>(column);
            }
        }
    }
    return std::nullopt;
}

// "LDN 1.5mg", "LDN 500 mcg", "Naltrexone 3 mg", "low dose naltrexone 4.5mg": the dose in mg as
// text, or nothing. "LDN missed", "no LDN", "missed LDN": the text "missed".
std::optional<QString> ldnDoseOf(const QString& text)
{
    static const QRegularExpression dose(
        QStringLiteral(u"^\\s*(?:ldn|naltrexone|low[ -]dose naltrexone)\\s*[:\\-]?\\s*(\\d+(?:[.,]\\d+)?)\\s*"
                       u"(mg|mcg|\u00b5g|\u03bcg|ug|microgram(?:s)?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression missed(
        QStringLiteral(
            R"(^\s*(?:(?:ldn|naltrexone)\s+(?:missed|skipped|forgotten|not taken)|(?:no|missed|skipped)\s+(?:ldn|naltrexone))\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = dose.match(text);
    if (match.hasMatch()) {
        QString amount = match.captured(1);
        amount.replace(QLatin1Char(','), QLatin1Char('.'));
        if (match.captured(2).compare(QLatin1String("mg"), Qt::CaseInsensitive) == 0) {
            return amount;
        }
        // Micrograms, as whole numbers, become mg with up to three decimals, written exactly.
        const double micrograms = amount.toDouble();
        return QString::number(micrograms / 1000.0, 'g', 12);
    }
    if (missed.match(text).hasMatch()) {
        return QStringLiteral("missed");
    }
    return std::nullopt;
}

// Whole numbers only: the mean, rounded half up, written as a whole number; any cell that is not a
// number keeps the cells as they were, so the import says what is wrong with them.
QString meanOf(const QStringList& values)
{
    static const QRegularExpression number(QStringLiteral(R"(^-?\d+(?:[.,]\d+)?$)"));
    if (values.size() == 1) {
        return values.front();
    }
    double sum = 0;
    for (const QString& value : values) {
        if (!number.match(value).hasMatch()) {
            return values.join(QStringLiteral(" and "));
        }
        sum += QString(value).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    }
    return QString::number(static_cast<long long>(sum / static_cast<double>(values.size()) + 0.5));
}

// One day being built: cells by output column, each with the line it came from.
struct DayCells {
    int line = 0;
    std::map<QString, QStringList> values;
    std::map<QString, int> lines;
    QStringList events;
    QStringList notes;

    // The cell's line is where its first value came from, or, once a value is not a number, that
    // value's line: that is where a problem with it is.
    void add(const QString& column, const QString& value, int atLine)
    {
        static const QRegularExpression number(QStringLiteral(R"(^-?\d+(?:[.,]\d+)?$)"));
        values[column] << value;
        if (!number.match(value).hasMatch()) {
            lines.insert_or_assign(column, atLine);
        } else {
            lines.emplace(column, atLine);
        }
    }
};

CsvTable tableOf(const CsvTable& source, const std::vector<QString>& order,
                 const std::vector<QString>& columns, std::map<QString, DayCells>& days)
{
    std::vector<CsvTable::Row> rows;
    CsvTable::Row header{source.rows().front().line, {}, {}};
    for (const QString& column : columns) {
        header.cells << column;
    }
    rows.push_back(header);
    for (const QString& key : order) {
        DayCells& day = days.at(key);
        CsvTable::Row row{day.line, {}, {}};
        for (const QString& column : columns) {
            QString cell;
            if (column == DiaryCsvFormat::header(CsvField::Date)) {
                cell = key;
            } else if (column == DiaryCsvFormat::header(CsvField::Events)) {
                day.events.removeDuplicates();
                cell = DiaryCsvFormat::eventsText(day.events);
            } else if (column == DiaryCsvFormat::header(CsvField::Note)) {
                cell = day.notes.join(QLatin1Char('\n'));
            } else if (day.values.count(column) != 0) {
                QStringList values = day.values.at(column);
                if (column == DiaryCsvFormat::header(CsvField::Dose) ||
                    column == DiaryCsvFormat::header(CsvField::Time)) {
                    values.removeDuplicates(); // two different doses in one day stay visible as both
                    cell = values.join(QStringLiteral(" and "));
                } else {
                    cell = meanOf(values);
                }
            }
            row.cells << cell;
            row.cellLines.push_back(day.lines.count(column) != 0 ? day.lines.at(column) : day.line);
        }
        rows.push_back(row);
    }
    return CsvTable::fromRows(source.fileName(), source.delimiter(), std::move(rows));
}

// Daylio's mood words, on a 0-10 scale where higher is better; fixed, so it needs no confirming.
std::optional<QString> daylioMood(const QString& word)
{
    static const std::map<QString, QString> kMoods{{QStringLiteral("rad"), QStringLiteral("10")},
                                                   {QStringLiteral("good"), QStringLiteral("8")},
                                                   {QStringLiteral("meh"), QStringLiteral("5")},
                                                   {QStringLiteral("bad"), QStringLiteral("2")},
                                                   {QStringLiteral("awful"), QStringLiteral("0")}};
    const auto found = kMoods.find(word.trimmed().toLower());
    return found == kMoods.end() ? std::nullopt : std::optional<QString>(found->second);
}

bool turnDaylio(CsvTable& table, CsvDiaryPreset::Result& result)
{
    const QStringList& header = table.header();
    const std::optional<int> fullDate = columnNamed(header, {"full date"});
    const std::optional<int> mood = columnNamed(header, {"mood"});
    const std::optional<int> activities = columnNamed(header, {"activities"});
    if (!fullDate || !mood || !activities) {
        return false;
    }
    const std::optional<int> time = columnNamed(header, {"time"});
    const std::optional<int> noteTitle = columnNamed(header, {"note title"});
    const std::optional<int> note = columnNamed(header, {"note"});
    const QString dose = DiaryCsvFormat::header(CsvField::Dose);
    const QString missed = DiaryCsvFormat::header(CsvField::Missed);
    const QString timeTaken = DiaryCsvFormat::header(CsvField::Time);
    const QString moodColumn = QStringLiteral("mood");
    std::map<QString, DayCells> days;
    std::vector<QString> order;
    const int entries = table.dataRowCount();
    for (std::size_t i = 1; i < table.rows().size(); ++i) {
        const CsvTable::Row& row = table.rows()[i];
        const QString date = CsvTable::cell(row, *fullDate).trimmed();
        if (days.count(date) == 0) {
            order.push_back(date);
            days[date].line = row.line;
        }
        DayCells& day = days[date];
        const QString word = CsvTable::cell(row, *mood).trimmed();
        if (!word.isEmpty()) {
            day.add(moodColumn, daylioMood(word).value_or(word), row.line);
        }
        for (const QString& activity :
             CsvTable::cell(row, *activities).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            const QString name = activity.trimmed();
            if (const std::optional<QString> ldn = ldnDoseOf(name)) {
                if (*ldn == QLatin1String("missed")) {
                    day.add(missed, QStringLiteral("yes"), row.line);
                } else {
                    day.add(dose, *ldn, row.line);
                    if (time && !CsvTable::cell(row, *time).trimmed().isEmpty()) {
                        day.add(timeTaken, CsvTable::cell(row, *time).trimmed(), row.line);
                    }
                }
            } else if (!name.isEmpty()) {
                day.events << name;
            }
        }
        QStringList text;
        for (const std::optional<int>& column : {noteTitle, note}) {
            if (column && !CsvTable::cell(row, *column).trimmed().isEmpty()) {
                text << CsvTable::cell(row, *column).trimmed();
            }
        }
        if (!text.isEmpty()) {
            day.notes << text.join(QStringLiteral(": "));
        }
    }
    table = tableOf(table, order,
                    {DiaryCsvFormat::header(CsvField::Date), dose, missed, timeTaken, moodColumn,
                     DiaryCsvFormat::header(CsvField::Events), DiaryCsvFormat::header(CsvField::Note)},
                    days);
    result.kind = CsvDiaryPreset::Kind::Daylio;
    result.scoreColumns = {{moodColumn, true}};
    result.description = QStringLiteral("A Daylio export: %1 entries became %2 days. Moods count as a 0-10 "
                                        "mood score (rad 10, good 8, meh 5, "
                                        "bad 2, awful 0; the mean of a day's entries); an activity such as "
                                        "\"LDN 1.5mg\" is the dose and its "
                                        "entry's time the time taken, \"LDN missed\" marks a missed dose, "
                                        "other activities are events, and "
                                        "notes are the day's note.")
                             .arg(entries)
                             .arg(order.size());
    return true;
}

bool turnLongFile(CsvTable& table, CsvDiaryPreset::Result& result)
{
    const QStringList& header = table.header();
    const std::optional<int> date =
        columnNamed(header, {"date formatted", "date", "day", "datum", "timestamp"});
    const std::optional<int> category = columnNamed(header, {"category", "kategorie"});
    const std::optional<int> name =
        columnNamed(header, {"name", "variable", "measure", "item", "metric", "symptom"});
    const std::optional<int> value =
        columnNamed(header, {"rating amount", "rating", "amount", "value", "score", "wert"});
    const std::optional<int> detail = columnNamed(header, {"detail", "details"});
    const std::optional<int> notes = columnNamed(header, {"notes", "note"});
    const std::optional<int> what = category ? category : name;
    if (!date || !what || !value || header.size() > 12) {
        return false;
    }
    const QString dose = DiaryCsvFormat::header(CsvField::Dose);
    const QString missed = DiaryCsvFormat::header(CsvField::Missed);
    std::map<QString, DayCells> days;
    std::vector<QString> order;
    std::vector<QString> measured;
    for (std::size_t i = 1; i < table.rows().size(); ++i) {
        const CsvTable::Row& row = table.rows()[i];
        const QString day = CsvTable::cell(row, *date).trimmed();
        if (days.count(day) == 0) {
            order.push_back(day);
            days[day].line = row.line;
        }
        DayCells& cells = days[day];
        const QString kind = CsvTable::cell(row, *what).trimmed();
        const QString kindKey = kind.toLower();
        const QString detailText = detail ? CsvTable::cell(row, *detail).trimmed() : QString();
        const QString amount = CsvTable::cell(row, *value).trimmed();
        if (notes && !CsvTable::cell(row, *notes).trimmed().isEmpty()) {
            cells.notes << CsvTable::cell(row, *notes).trimmed();
        }
        if (const std::optional<QString> ldn = ldnDoseOf(detailText.isEmpty() ? kind : detailText)) {
            cells.add(*ldn == QLatin1String("missed") ? missed : dose,
                      *ldn == QLatin1String("missed") ? QStringLiteral("yes") : *ldn, row.line);
            continue;
        }
        if (kindKey == QLatin1String("note") || kindKey == QLatin1String("notes") ||
            kindKey == QLatin1String("journal")) {
            if (!detailText.isEmpty()) {
                cells.notes << detailText;
            }
            continue;
        }
        if (kindKey.startsWith(QLatin1String("factor")) || kindKey.startsWith(QLatin1String("activit")) ||
            kindKey == QLatin1String("events") || kindKey == QLatin1String("tags")) {
            if (!detailText.isEmpty()) {
                cells.events << detailText;
            }
            continue;
        }
        // A Bearable symptom is named by its detail; anything else by its category or name.
        const QString column =
            (kindKey.startsWith(QLatin1String("symptom")) && !detailText.isEmpty()) ? detailText : kind;
        if (column.isEmpty() || amount.isEmpty()) {
            continue;
        }
        if (std::find(measured.begin(), measured.end(), column) == measured.end()) {
            measured.push_back(column);
        }
        cells.add(column, amount, row.line);
    }
    std::vector<QString> columns{DiaryCsvFormat::header(CsvField::Date), dose, missed,
                                 DiaryCsvFormat::header(CsvField::Events),
                                 DiaryCsvFormat::header(CsvField::Note)};
    columns.insert(columns.end(), measured.begin(), measured.end());
    const int measurements = table.dataRowCount();
    table = tableOf(table, order, columns, days);
    result.kind = CsvDiaryPreset::Kind::LongFile;
    result.description =
        QStringLiteral(
            "A file with a row per measurement (as Bearable exports): %1 rows became %2 days with a column "
            "for each thing measured (%3). Several ratings of one thing on one day count as their mean, "
            "rounded; a medication such as \"LDN 1.5mg\" is the dose; factors and activities are events.")
            .arg(measurements)
            .arg(order.size())
            .arg(QStringList(measured.begin(), measured.end()).join(QStringLiteral(", ")));
    return true;
}

} // namespace

void CsvDiaryPreset::mapScoreColumns(const Result& result, const CsvTable& table, CsvColumnMapping& mapping,
                                     const std::vector<SymptomDefinition>& symptoms)
{
    for (const SymptomDefinition& score : result.scoreColumns) {
        const qsizetype column = table.header().indexOf(score.name);
        if (column < 0 || mapping.role(static_cast<int>(column)).field != CsvField::Ignore) {
            continue;
        }
        const auto existing =
            std::find_if(symptoms.begin(), symptoms.end(), [&](const SymptomDefinition& symptom) {
                return symptom.name.compare(score.name, Qt::CaseInsensitive) == 0;
            });
        mapping.setRole(static_cast<int>(column),
                        CsvColumnMapping::symptomRole(table, static_cast<int>(column),
                                                      existing != symptoms.end() ? *existing : score,
                                                      existing != symptoms.end()));
    }
}

CsvDiaryPreset::Result CsvDiaryPreset::apply(CsvTable& table)
{
    Result result;
    if (table.dataRowCount() == 0) {
        return result;
    }
    if (!turnDaylio(table, result)) {
        turnLongFile(table, result);
    }
    return result;
}

} // namespace ldn
