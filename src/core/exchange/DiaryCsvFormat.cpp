#include "core/exchange/DiaryCsvFormat.h"

#include "core/base/InputError.h"
#include "core/diary/DiaryEntry.h"
#include "core/diary/Severity.h"

#include <QRegularExpression>

#include <array>

namespace ldn {
namespace {

constexpr std::array<CsvField, 10> kFixedFields{
    CsvField::Date,     CsvField::Dose,  CsvField::Missed,      CsvField::Time,   CsvField::Formulation,
    CsvField::Pharmacy, CsvField::Batch, CsvField::SideEffects, CsvField::Events, CsvField::Note,
};

const QString kScoreSuffix = QStringLiteral(" (score)");

QString escaped(const QString& name)
{
    QString text = name;
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char(';'), QStringLiteral("\\;"));
    return text;
}

QString unescaped(const QString& text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
            ++i;
        }
        plain += text.at(i);
    }
    return plain;
}

// Splits on ';' not preceded by a backslash escape, keeping the escapes in the parts.
QStringList splitList(const QString& text)
{
    QStringList parts;
    QString part;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            part += c;
            part += text.at(++i);
        } else if (c == QLatin1Char(';')) {
            parts << part;
            part.clear();
        } else {
            part += c;
        }
    }
    parts << part;
    return parts;
}

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Whether the cell is apostrophes (`apostrophes` of them at least) followed by a formula start.
bool startsFormula(const QString& cell, qsizetype apostrophes)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\'')) {
        ++i;
    }
    return i >= apostrophes && i < cell.size() && isFormulaStart(cell.at(i));
}

} // namespace

QString DiaryCsvFormat::header(CsvField field)
{
    switch (field) {
    case CsvField::Date:
        return QStringLiteral("date");
    case CsvField::Dose:
        return QStringLiteral("dose_mg");
    case CsvField::Missed:
        return QStringLiteral("missed");
    case CsvField::Time:
        return QStringLiteral("time");
    case CsvField::Formulation:
        return QStringLiteral("formulation");
    case CsvField::Pharmacy:
        return QStringLiteral("pharmacy");
    case CsvField::Batch:
        return QStringLiteral("batch");
    case CsvField::SideEffects:
        return QStringLiteral("side_effects");
    case CsvField::Events:
        return QStringLiteral("events");
    case CsvField::Note:
        return QStringLiteral("note");
    case CsvField::Ignore:
    case CsvField::DateTime: // never written; read from other programs' files
    case CsvField::Symptom:
    case CsvField::NewSymptom:
        break;
    }
    return {};
}

QString DiaryCsvFormat::symptomHeader(const QString& symptomName)
{
    for (const CsvField field : kFixedFields) {
        if (symptomName.compare(header(field), Qt::CaseInsensitive) == 0) {
            return symptomName + kScoreSuffix;
        }
    }
    return symptomName;
}

QString DiaryCsvFormat::symptomNameOf(const QString& columnHeader)
{
    if (columnHeader.endsWith(kScoreSuffix, Qt::CaseInsensitive)) {
        const QString name = columnHeader.chopped(kScoreSuffix.size());
        if (symptomHeader(name) != name) {
            return name;
        }
    }
    return columnHeader;
}

QString DiaryCsvFormat::missedText(DoseStatus status)
{
    return status == DoseStatus::Missed ? QStringLiteral("yes") : QStringLiteral("no");
}

std::optional<bool> DiaryCsvFormat::parseMissed(const QString& text)
{
    const QString value = text.trimmed().toLower();
    for (const char* yes : {"yes", "y", "true", "1", "x", "missed"}) {
        if (value == QLatin1String(yes)) {
            return true;
        }
    }
    for (const char* no : {"", "no", "n", "false", "0", "taken"}) {
        if (value == QLatin1String(no)) {
            return false;
        }
    }
    return std::nullopt;
}

QString DiaryCsvFormat::sideEffectsText(const std::map<QString, int>& sideEffects)
{
    QStringList parts;
    for (const auto& [name, severity] : sideEffects) {
        parts << QStringLiteral("%1: %2").arg(escaped(name)).arg(severity);
    }
    return parts.join(QStringLiteral("; "));
}

std::map<QString, int> DiaryCsvFormat::parseSideEffects(const QString& text, const QString& column)
{
    static const QRegularExpression wholeNumber(QStringLiteral(R"(^\d{1,3}$)"));
    std::map<QString, int> sideEffects;
    for (const QString& part : splitList(text)) {
        if (part.trimmed().isEmpty()) {
            continue;
        }
        const qsizetype colon = part.lastIndexOf(QLatin1Char(':'));
        const QString name = unescaped(part.left(colon < 0 ? 0 : colon)).trimmed();
        const QString severityText = part.mid(colon + 1).trimmed();
        if (colon < 0 || name.isEmpty()) {
            throw InputError(column, QStringLiteral("\"%1\" is not NAME: SEVERITY (like \"nausea: 2\")")
                                         .arg(unescaped(part).trimmed()));
        }
        if (!wholeNumber.match(severityText).hasMatch() || severityText.toInt() > Severity::kMaximum) {
            throw InputError(column,
                             QStringLiteral("the severity of %1 must be a whole number 0 to %2 (got \"%3\")")
                                 .arg(name)
                                 .arg(Severity::kMaximum)
                                 .arg(severityText));
        }
        if (!sideEffects.emplace(name, severityText.toInt()).second) {
            throw InputError(column, QStringLiteral("%1 is listed twice").arg(name));
        }
    }
    return sideEffects;
}

QString DiaryCsvFormat::eventsText(const QStringList& events)
{
    QStringList parts;
    for (const QString& event : events) {
        parts << escaped(event);
    }
    return parts.join(QStringLiteral("; "));
}

QStringList DiaryCsvFormat::parseEvents(const QString& text)
{
    QStringList events;
    for (const QString& part : splitList(text)) {
        const QString event = unescaped(part).trimmed();
        if (!event.isEmpty()) {
            events << event;
        }
    }
    return events;
}

QString DiaryCsvFormat::guardAgainstFormula(const QString& cell)
{
    return startsFormula(cell, 0) ? QLatin1Char('\'') + cell : cell;
}

QString DiaryCsvFormat::removeFormulaGuard(const QString& cell)
{
    return startsFormula(cell, 1) ? cell.mid(1) : cell;
}

} // namespace ldn
