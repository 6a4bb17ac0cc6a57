#include "core/exchange/DiaryCsvImport.h"

#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "core/exchange/CsvColumnMapping.h"
#include "core/exchange/CsvTable.h"
#include "core/exchange/DiaryCsvFormat.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace ldn {
namespace {

QTime parseTime(const QString& text, const QString& column)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (match.hasMatch()) {
        int hour = match.captured(1).toInt();
        const int minute = match.captured(2).toInt();
        const QString seconds = match.captured(3);
        const QString half = match.captured(4).toLower();
        bool valid = minute < 60 && (seconds.isEmpty() || seconds.toInt() == 0);
        if (!half.isEmpty()) {
            valid = valid && hour >= 1 && hour <= 12;
            hour = hour % 12 + (half.startsWith(QLatin1Char('p')) ? 12 : 0);
        }
        if (valid && hour < 24) {
            return QTime(hour, minute);
        }
    }
    throw InputError(column, QStringLiteral("\"%1\" is not a time of day like 22:15").arg(text));
}

// A score on the column's scale (0-10 unless the person confirmed another), as the diary's 0-10.
int parseScore(const QString& text, const QString& symptom, const QString& column, const CsvScale& scale)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{1,4})(?:[.,]0+)?$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        throw InputError(column, QStringLiteral("%1 scores are whole numbers %2 to %3 (got \"%4\")")
                                     .arg(symptom)
                                     .arg(scale.minimum)
                                     .arg(scale.maximum)
                                     .arg(text));
    }
    const int score = match.captured(1).toInt();
    if (score < scale.minimum || score > scale.maximum) {
        throw InputError(column, QStringLiteral("%1 must be scored %2 to %3 (got %4)")
                                     .arg(symptom)
                                     .arg(scale.minimum)
                                     .arg(scale.maximum)
                                     .arg(score));
    }
    return scale.toDiaryScore(score);
}

Formulation parseFormulation(const QString& text, const QString& column)
{
    std::optional<Formulation> formulation = formulationFromText(text);
    if (!formulation && text.endsWith(QLatin1Char('s'), Qt::CaseInsensitive)) {
        formulation = formulationFromText(text.chopped(1)); // "capsules"
    }
    if (!formulation) {
        throw InputError(column, QStringLiteral("\"%1\" is not a formulation (%2)")
                                     .arg(text, formulationStorageTexts().join(QStringLiteral(", "))));
    }
    return *formulation;
}

class RowReader {
public:
    RowReader(const CsvTable& table, const CsvColumnMapping& mapping,
              const DiaryCsvImport::Settings& settings)
        : m_table(table)
        , m_mapping(mapping)
        , m_settings(settings)
        , m_decimalComma(table.delimiter() != QLatin1Char(','))
    {}

    enum class Outcome { Read, Blank, Refused };

    // Reads one row into `entry`, adding its problems to `problems`.
    Outcome read(const CsvTable::Row& row, DiaryEntry& entry, std::vector<CsvRowProblem>& problems) const
    {
        const std::size_t problemsBefore = problems.size();
        const auto refuse = [&](int column, const QString& reason) {
            problems.push_back(
                {CsvTable::lineOf(row, column), column < 0 ? QString() : headerOf(column), reason});
        };
        const auto check = [&](int column, auto&& readCell) {
            try {
                readCell();
            } catch (const InputError& error) {
                refuse(column, error.problem());
            }
        };

        const int dateColumn = *m_mapping.dateColumn();
        const QString dateText = value(row, dateColumn);
        QString dateProblem;
        QTime timeInDate;
        if (dateText.isEmpty()) {
            dateProblem = QStringLiteral("no date");
        } else {
            entry.date = parseCsvDate(dateText, m_settings.dateFormat, &dateProblem, &timeInDate);
            if (entry.date.isValid() && m_settings.today.isValid() && entry.date > m_settings.today) {
                dateProblem = QStringLiteral("%1 is in the future").arg(dateText);
                entry.date = QDate();
            }
        }

        bool blank = true;
        for (int column = 0; column < m_mapping.columnCount(); ++column) {
            if (column != dateColumn && m_mapping.role(column).field != CsvField::Ignore &&
                !value(row, column).isEmpty()) {
                blank = false;
            }
        }
        if (blank && (dateText.isEmpty() || dateProblem.isEmpty())) {
            return Outcome::Blank;
        }
        if (!dateProblem.isEmpty()) {
            refuse(dateColumn, dateProblem);
        }
        if (blank) {
            return Outcome::Refused;
        }

        if (row.cells.size() > m_table.columnCount()) {
            for (qsizetype extra = m_table.columnCount(); extra < row.cells.size(); ++extra) {
                if (!row.cells.at(extra).trimmed().isEmpty()) {
                    refuse(-1, QStringLiteral(
                                   "the row has %1 cells but the header only %2 (is there a comma in a "
                                   "cell that is not in quotes?)")
                                   .arg(row.cells.size())
                                   .arg(m_table.columnCount()));
                    break;
                }
            }
        }

        bool missed = false;
        const std::optional<int> missedColumn = m_mapping.columnOf(CsvField::Missed);
        if (missedColumn) {
            const QString text = value(row, *missedColumn);
            if (const std::optional<bool> parsed = DiaryCsvFormat::parseMissed(text)) {
                missed = *parsed;
            } else {
                refuse(*missedColumn, QStringLiteral("\"%1\" is not yes or no").arg(text));
            }
        }
        entry.status = missed ? DoseStatus::Missed : DoseStatus::Taken;
        // A timestamp's time is when the dose was taken; on a missed day it is only when the form
        // was filled in, which the diary does not keep.
        if (m_mapping.role(dateColumn).field == CsvField::DateTime && !missed && timeInDate.isValid()) {
            entry.timeTaken = timeInDate;
        }

        const std::optional<int> doseColumn = m_mapping.columnOf(CsvField::Dose);
        const QString doseText = doseColumn ? value(row, *doseColumn) : QString();
        if (missed && !doseText.isEmpty()) {
            refuse(*doseColumn,
                   QStringLiteral("the dose was missed, yet a dose of %1 is given").arg(doseText));
        } else if (!missed && doseText.isEmpty()) {
            refuse(doseColumn ? *doseColumn : *missedColumn,
                   QStringLiteral(
                       "no dose: give the dose in mg (0 on a day without LDN) or mark the day missed"));
        } else if (!missed) {
            check(*doseColumn, [&] {
                QString text = doseText;
                if (m_decimalComma && text.count(QLatin1Char(',')) == 1 && !text.contains(QLatin1Char('.'))) {
                    text.replace(QLatin1Char(','), QLatin1Char('.'));
                }
                try {
                    entry.dose = Dose::parse(text, headerOf(*doseColumn));
                } catch (const InputError& error) {
                    // Quote the dose as the file wrote it (-1,5), not as it was read.
                    throw InputError(error.location(), QString(error.problem()).replace(text, doseText));
                }
            });
        }

        for (int column = 0; column < m_mapping.columnCount(); ++column) {
            const CsvColumnRole& role = m_mapping.role(column);
            const QString text = value(row, column);
            if (text.isEmpty() || role.field == CsvField::Ignore) {
                continue;
            }
            const QString header = headerOf(column);
            switch (role.field) {
            case CsvField::Time:
                if (missed) {
                    refuse(column,
                           QStringLiteral("the dose was missed, yet a time of %1 is given").arg(text));
                } else {
                    check(column, [&] { entry.timeTaken = parseTime(text, header); });
                }
                break;
            case CsvField::Formulation:
                check(column, [&] { entry.formulation = parseFormulation(text, header); });
                break;
            case CsvField::Pharmacy:
                entry.pharmacy = text;
                break;
            case CsvField::Batch:
                entry.batch = text;
                break;
            case CsvField::Symptom:
            case CsvField::NewSymptom: {
                const QString name =
                    role.field == CsvField::NewSymptom ? role.symptom.name.simplified() : role.symptom.name;
                const CsvScale scale = role.scale && role.scaleConfirmed ? *role.scale : CsvScale{};
                check(column, [&] { entry.symptomScores[name] = parseScore(text, name, header, scale); });
                break;
            }
            case CsvField::SideEffects:
                check(column, [&] { entry.sideEffects = DiaryCsvFormat::parseSideEffects(text, header); });
                break;
            case CsvField::Events:
                entry.events = DiaryCsvFormat::parseEvents(text);
                break;
            case CsvField::Note:
                // The note keeps its spaces and line breaks; only the formula guard goes.
                entry.note = DiaryCsvFormat::removeFormulaGuard(CsvTable::cell(row, column));
                break;
            case CsvField::Ignore:
            case CsvField::Date:
            case CsvField::DateTime:
            case CsvField::Dose:
            case CsvField::Missed:
                break;
            }
        }
        return problems.size() == problemsBefore ? Outcome::Read : Outcome::Refused;
    }

    QString headerOf(int column) const { return m_table.header().at(column).simplified(); }

private:
    // The cell as the person meant it: the formula guard removed, spaces around trimmed.
    static QString value(const CsvTable::Row& row, int column)
    {
        return DiaryCsvFormat::removeFormulaGuard(CsvTable::cell(row, column).trimmed()).trimmed();
    }

    const CsvTable& m_table;
    const CsvColumnMapping& m_mapping;
    const DiaryCsvImport::Settings& m_settings;
    bool m_decimalComma;
};

} // namespace

int DiaryCsvImportResult::rowsWithProblems() const
{
    std::set<int> lines;
    for (const CsvRowProblem& problem : problems) {
        lines.insert(problem.line);
    }
    return static_cast<int>(lines.size());
}

std::vector<DiaryEntry> DiaryCsvImportResult::entries(bool replaceConflicts) const
{
    std::vector<DiaryEntry> entries;
    for (const CsvImportedDay& day : days) {
        entries.push_back(day.entry);
    }
    if (replaceConflicts) {
        for (const CsvImportedDay& day : conflicts) {
            entries.push_back(day.entry);
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const DiaryEntry& a, const DiaryEntry& b) { return a.date < b.date; });
    return entries;
}

DiaryCsvImportResult DiaryCsvImport::read(const CsvTable& table, const CsvColumnMapping& mapping,
                                          const Settings& settings)
{
    const QStringList mappingProblems = mapping.problems(table.header(), settings.symptoms);
    if (!mappingProblems.isEmpty()) {
        throw InputError(QStringLiteral("%1:%2").arg(table.fileName()).arg(table.rows().front().line),
                         mappingProblems.front());
    }
    if (mapping.columnCount() != table.columnCount()) {
        throw InputError(QStringLiteral("%1:%2").arg(table.fileName()).arg(table.rows().front().line),
                         QStringLiteral("the column mapping is for %1 columns but the file has %2")
                             .arg(mapping.columnCount())
                             .arg(table.columnCount()));
    }

    DiaryCsvImportResult result;
    const RowReader reader(table, mapping, settings);
    std::vector<CsvImportedDay> readable;
    std::map<QDate, std::vector<int>> linesOfDate;
    for (std::size_t i = 1; i < table.rows().size(); ++i) {
        const CsvTable::Row& row = table.rows()[i];
        DiaryEntry entry;
        const RowReader::Outcome outcome = reader.read(row, entry, result.problems);
        if (outcome == RowReader::Outcome::Blank) {
            ++result.blankRows;
            continue;
        }
        if (entry.date.isValid()) {
            linesOfDate[entry.date].push_back(CsvTable::lineOf(row, *mapping.dateColumn()));
        }
        if (outcome == RowReader::Outcome::Read) {
            readable.push_back({CsvTable::lineOf(row, *mapping.dateColumn()), std::move(entry)});
        }
    }

    // A day on two rows: both are refused, since which one is right cannot be known.
    const QString dateHeader = reader.headerOf(*mapping.dateColumn());
    std::set<int> duplicateLines;
    for (const auto& [date, lines] : linesOfDate) {
        if (lines.size() < 2) {
            continue;
        }
        for (const int line : lines) {
            QStringList others;
            for (const int other : lines) {
                if (other != line) {
                    others << QString::number(other);
                }
            }
            result.problems.push_back(
                {line, dateHeader,
                 QStringLiteral("%1 is also on line %2; a day can be imported only once")
                     .arg(IsoDate::format(date), others.join(QStringLiteral(", ")))});
            duplicateLines.insert(line);
        }
    }
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const CsvRowProblem& a, const CsvRowProblem& b) { return a.line < b.line; });

    const std::optional<int> doseColumn = mapping.columnOf(CsvField::Dose);
    for (CsvImportedDay& day : readable) {
        if (duplicateLines.count(day.line) != 0) {
            continue;
        }
        if (day.entry.status == DoseStatus::Taken && day.entry.dose.needsConfirmation()) {
            result.unusualDoses.push_back(
                {day.line, doseColumn ? reader.headerOf(*doseColumn) : QString(),
                 QStringLiteral(
                     "%1 mg is outside the usual LDN range of 0.1 to 10 mg (full-dose naltrexone is 50 "
                     "mg); confirm it is right")
                     .arg(day.entry.dose.toMilligramText())});
        }
        (settings.loggedDays.count(day.entry.date) != 0 ? result.conflicts : result.days)
            .push_back(std::move(day));
    }
    const auto byDate = [](const CsvImportedDay& a, const CsvImportedDay& b) {
        return a.entry.date < b.entry.date;
    };
    std::sort(result.days.begin(), result.days.end(), byDate);
    std::sort(result.conflicts.begin(), result.conflicts.end(), byDate);
    return result;
}

} // namespace ldn
