#pragma once

#include "core/diary/Annotation.h"
#include "core/diary/DiaryEntry.h"
#include "core/diary/SymptomDefinition.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QIcon>

#include <map>
#include <optional>
#include <vector>

namespace ldn {

// One row per calendar day, newest first, from the first logged day to today (or the last logged
// day if that is later). Days without an entry are rows too: a gap in the diary must be visible,
// and "not logged", "missed" and "0 mg" must never look alike. A day with notes by a carer (or
// other notes besides the day's own) has the note mark beside its date and the notes in a column.
class DiaryTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DateColumn, DoseColumn, TimeColumn, FormColumn, FirstSymptomColumn };

    explicit DiaryTableModel(QObject* parent = nullptr);

    // `entries` as DiaryRepository returns them: one per logged day.
    void setDiary(std::vector<SymptomDefinition> symptoms, std::vector<DiaryEntry> entries,
                  const QDate& today);
    // The notes about the diary's days; the days keep their rows whatever the notes.
    void setAnnotations(const std::vector<Annotation>& annotations);
    void clear();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QDate dateAt(int row) const;
    // Null for a day that was not logged.
    const DiaryEntry* entryAt(int row) const;
    // The row of `date`, or -1 when it is outside the diary.
    int rowOf(const QDate& date) const;

    int sideEffectsColumn() const { return FirstSymptomColumn + symptomCount(); }
    int eventsColumn() const { return sideEffectsColumn() + 1; }
    int noteColumn() const { return sideEffectsColumn() + 2; }
    int annotationsColumn() const { return sideEffectsColumn() + 3; }
    // The notes about `date` besides the day's own, oldest first (empty for none).
    std::vector<Annotation> annotationsOn(const QDate& date) const;

    int loggedDays() const { return static_cast<int>(m_entries.size()); }
    int missedDays() const;
    // The dose of the latest day a dose was taken, 0 mg included.
    std::optional<Dose> currentDose() const;

private:
    int symptomCount() const { return static_cast<int>(m_symptoms.size()); }
    QVariant displayText(const QDate& date, const DiaryEntry* entry, int column) const;
    QVariant toolTip(const QDate& date, const DiaryEntry* entry, int column) const;
    QVariant symptomHeader(const SymptomDefinition& symptom, int role) const;

    std::vector<SymptomDefinition> m_symptoms;
    std::vector<DiaryEntry> m_entries;
    std::vector<int> m_entryOfRow; // index into m_entries, -1 for a day not logged
    QDate m_newestDay;
    std::map<QDate, std::vector<Annotation>> m_annotations;
    // Kept, so each size of the mark is painted once rather than for every cell shown.
    QIcon m_carerNoteIcon;
    QIcon m_ownNoteIcon;
};

} // namespace ldn
