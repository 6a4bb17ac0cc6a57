#include "gui/diary/DiaryTableModel.h"

#include "core/base/IsoDate.h"
#include "gui/common/MessageStyle.h"
#include "gui/notes/NoteMarker.h"
#include "presentation/DoseText.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>

#include <algorithm>
#include <utility>
#include <vector>

namespace ldn {
namespace {

constexpr int kTrailingColumns = 4; // side effects, events, note, other notes

// "Carer (Sam): Very tired…"; the whole text is in the tooltip.
QString annotationLine(const Annotation& annotation)
{
    QString body = annotation.body.simplified();
    return QStringLiteral("%1: %2").arg(describeAuthor(annotation), body);
}

QString capitalised(const QString& text)
{
    if (text.isEmpty()) {
        return text;
    }
    return text.at(0).toUpper() + text.mid(1);
}

// Readable on the theme's background; bold text and an icon carry the same meaning for people
// who cannot tell the colour apart.
QColor missedColour()
{
    return MessageStyle::warningColour(QGuiApplication::palette());
}

QColor notLoggedColour()
{
    return MessageStyle::mutedColour(QGuiApplication::palette());
}

// Worst first, so the side effect that mattered that day is the one still visible when the
// column is too narrow for all of them.
QString sideEffectsText(const DiaryEntry& entry)
{
    std::vector<std::pair<QString, int>> effects(entry.sideEffects.begin(), entry.sideEffects.end());
    std::stable_sort(effects.begin(), effects.end(),
                     [](const auto& left, const auto& right) { return left.second > right.second; });
    QStringList parts;
    for (const auto& [name, severity] : effects) {
        parts << QStringLiteral("%1 %2").arg(name).arg(severity);
    }
    return parts.join(QStringLiteral(", "));
}

QString doseText(const DiaryEntry& entry)
{
    if (entry.status == DoseStatus::Missed) {
        return DiaryTableModel::tr("Missed");
    }
    return milligrams(entry.dose);
}

} // namespace

DiaryTableModel::DiaryTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_carerNoteIcon(NoteMarker::icon(true))
    , m_ownNoteIcon(NoteMarker::icon(false))
{}

void DiaryTableModel::setDiary(std::vector<SymptomDefinition> symptoms, std::vector<DiaryEntry> entries,
                               const QDate& today)
{
    beginResetModel();
    m_symptoms = std::move(symptoms);
    m_entries = std::move(entries);
    m_entryOfRow.clear();
    m_newestDay = QDate();
    if (!m_entries.empty()) {
        const QDate first = m_entries.front().date;
        const QDate last = m_entries.back().date;
        m_newestDay = (today.isValid() && today > last) ? today : last;
        m_entryOfRow.assign(static_cast<std::size_t>(first.daysTo(m_newestDay) + 1), -1);
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            const qint64 row = m_entries[i].date.daysTo(m_newestDay);
            if (row >= 0 && row < static_cast<qint64>(m_entryOfRow.size())) {
                m_entryOfRow[static_cast<std::size_t>(row)] = static_cast<int>(i);
            }
        }
    }
    endResetModel();
}

void DiaryTableModel::setAnnotations(const std::vector<Annotation>& annotations)
{
    m_annotations.clear();
    for (const Annotation& annotation : annotations) {
        if (annotation.day.isValid()) {
            m_annotations[annotation.day].push_back(annotation);
        }
    }
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

std::vector<Annotation> DiaryTableModel::annotationsOn(const QDate& date) const
{
    const auto found = m_annotations.find(date);
    return found == m_annotations.end() ? std::vector<Annotation>() : found->second;
}

void DiaryTableModel::clear()
{
    m_annotations.clear();
    setDiary({}, {}, QDate());
}

int DiaryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entryOfRow.size());
}

int DiaryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstSymptomColumn + symptomCount() + kTrailingColumns;
}

QDate DiaryTableModel::dateAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return QDate();
    }
    return m_newestDay.addDays(-row);
}

const DiaryEntry* DiaryTableModel::entryAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    const int entry = m_entryOfRow[static_cast<std::size_t>(row)];
    return entry < 0 ? nullptr : &m_entries[static_cast<std::size_t>(entry)];
}

int DiaryTableModel::rowOf(const QDate& date) const
{
    if (!date.isValid() || !m_newestDay.isValid()) {
        return -1;
    }
    const qint64 row = date.daysTo(m_newestDay);
    return (row >= 0 && row < rowCount()) ? static_cast<int>(row) : -1;
}

int DiaryTableModel::missedDays() const
{
    int missed = 0;
    for (const DiaryEntry& entry : m_entries) {
        missed += entry.status == DoseStatus::Missed ? 1 : 0;
    }
    return missed;
}

std::optional<Dose> DiaryTableModel::currentDose() const
{
    for (auto entry = m_entries.rbegin(); entry != m_entries.rend(); ++entry) {
        if (entry->status == DoseStatus::Taken) {
            return entry->dose;
        }
    }
    return std::nullopt;
}

QVariant DiaryTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return QVariant();
    }
    const int column = index.column();
    const QDate date = dateAt(index.row());
    const DiaryEntry* entry = entryAt(index.row());
    const bool missed = entry && entry->status == DoseStatus::Missed;

    switch (role) {
    case Qt::DisplayRole:
        return displayText(date, entry, column);
    case Qt::ToolTipRole:
        return toolTip(date, entry, column);
    case Qt::ForegroundRole:
        if (column == annotationsColumn()) {
            return QVariant();
        }
        if (!entry) {
            return notLoggedColour();
        }
        if (missed && column == DoseColumn) {
            return missedColour();
        }
        return QVariant();
    case Qt::FontRole:
        if (column == DoseColumn && (!entry || missed)) {
            QFont font;
            font.setItalic(!entry);
            font.setBold(missed);
            return font;
        }
        return QVariant();
    case Qt::DecorationRole:
        if (missed && column == DoseColumn) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        if (column == DateColumn || column == annotationsColumn()) {
            const auto notes = m_annotations.find(date);
            if (notes != m_annotations.end()) {
                const bool byCarer =
                    std::any_of(notes->second.begin(), notes->second.end(), [](const Annotation& annotation) {
                        return annotation.author == Annotation::Author::Carer;
                    });
                return byCarer ? m_carerNoteIcon : m_ownNoteIcon;
            }
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column == TimeColumn || (column >= FirstSymptomColumn && column < sideEffectsColumn())) {
            return int(Qt::AlignCenter);
        }
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::AccessibleTextRole:
        if (column == DoseColumn && !entry) {
            return tr("Not logged");
        }
        return displayText(date, entry, column);
    default:
        return QVariant();
    }
}

QVariant DiaryTableModel::displayText(const QDate& date, const DiaryEntry* entry, int column) const
{
    if (column == DateColumn) {
        const QLocale locale;
        return QStringLiteral("%1 %2").arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat),
                                           IsoDate::format(date));
    }
    if (column == DoseColumn) {
        return entry ? doseText(*entry) : tr("Not logged");
    }
    if (column == annotationsColumn()) {
        // Shown on days that were not logged too: a carer may write about a day nobody logged.
        const auto notes = m_annotations.find(date);
        if (notes == m_annotations.end()) {
            return QVariant();
        }
        QString text = annotationLine(notes->second.front());
        if (notes->second.size() > 1) {
            text = tr("%1 (and %2 more)").arg(text).arg(notes->second.size() - 1);
        }
        return text;
    }
    if (!entry) {
        return QVariant();
    }
    if (column == TimeColumn) {
        return entry->timeTaken ? entry->timeTaken->toString(QStringLiteral("HH:mm")) : QString();
    }
    if (column == FormColumn) {
        return entry->formulation ? displayName(*entry->formulation) : QString();
    }
    if (column < sideEffectsColumn()) {
        const SymptomDefinition& symptom = m_symptoms[static_cast<std::size_t>(column - FirstSymptomColumn)];
        const auto score = entry->symptomScores.find(symptom.name);
        return score == entry->symptomScores.end() ? QVariant() : QVariant(score->second);
    }
    if (column == sideEffectsColumn()) {
        return sideEffectsText(*entry);
    }
    if (column == eventsColumn()) {
        return entry->events.join(QStringLiteral(", "));
    }
    return entry->note;
}

QVariant DiaryTableModel::toolTip(const QDate& date, const DiaryEntry* entry, int column) const
{
    const auto notes = m_annotations.find(date);
    if (column == annotationsColumn() && notes != m_annotations.end()) {
        QStringList lines;
        for (const Annotation& annotation : notes->second) {
            lines << QStringLiteral("%1: %2").arg(describeAuthor(annotation), annotation.body);
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (column == DateColumn) {
        const QString day = QLocale().toString(date, QLocale::LongFormat);
        if (notes != m_annotations.end()) {
            return notes->second.size() == 1
                       ? tr("%1 \u00b7 1 note by %2").arg(day, describeAuthor(notes->second.front()))
                       : tr("%1 \u00b7 %2 notes").arg(day).arg(notes->second.size());
        }
        return day;
    }
    if (column == DoseColumn) {
        if (!entry) {
            return tr("Nothing was logged for this day.");
        }
        if (entry->status == DoseStatus::Missed) {
            return tr("Missed: the dose was meant to be taken and was not.");
        }
        if (entry->dose.isZero()) {
            return tr("0 mg, taken on purpose (a baseline day or a planned pause).");
        }
        return QVariant();
    }
    if (!entry) {
        return QVariant();
    }
    if (column == sideEffectsColumn() && !entry->sideEffects.empty()) {
        return tr("Severity from 0 (none) to 3 (severe)");
    }
    if (column == noteColumn() && !entry->note.isEmpty()) {
        return entry->note;
    }
    return QVariant();
}

QVariant DiaryTableModel::symptomHeader(const SymptomDefinition& symptom, int role) const
{
    if (role == Qt::DisplayRole) {
        return QStringLiteral("%1\n%2").arg(
            capitalised(symptom.name), symptom.higherIsBetter ? tr("\u2191 better") : tr("\u2193 better"));
    }
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        return symptom.higherIsBetter ? tr("%1, 0 to 10: higher is better").arg(capitalised(symptom.name))
                                      : tr("%1, 0 to 10: lower is better").arg(capitalised(symptom.name));
    }
    return QVariant();
}

QVariant DiaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section >= FirstSymptomColumn && section < sideEffectsColumn()) {
        return symptomHeader(m_symptoms[static_cast<std::size_t>(section - FirstSymptomColumn)], role);
    }
    if (role == Qt::ToolTipRole && section == sideEffectsColumn()) {
        return tr("Side effect and its severity, 0 (none) to 3 (severe)");
    }
    if (role == Qt::ToolTipRole && section == annotationsColumn()) {
        return tr("Notes about the day besides its own note, most often a carer's, with who wrote them");
    }
    if (role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case DoseColumn:
        return tr("Dose");
    case TimeColumn:
        return tr("Time");
    case FormColumn:
        return tr("Form");
    default:
        break;
    }
    if (section == sideEffectsColumn()) {
        return tr("Side effects");
    }
    if (section == eventsColumn()) {
        return tr("Events");
    }
    if (section == annotationsColumn()) {
        return tr("Notes by carers and others");
    }
    return tr("Note");
}

} // namespace ldn
