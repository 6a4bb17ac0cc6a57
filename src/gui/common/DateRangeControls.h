#pragma once

#include <QDate>
#include <QObject>

#include <initializer_list>
#include <optional>
#include <utility>

class QComboBox;
class QDateEdit;
class QLabel;
class QWidget;

namespace ldn {

// The "Dates / From / To" controls of the Chart and GP report tabs: a combo box of presets (the
// last weeks, months or year, all, custom) and two date edits. Picking a preset fills the edits;
// editing a date makes the range custom, and the edit not touched follows so that From never
// passes To. It owns no layout: each page places the labels and fields where they fit (a row on
// the Chart tab, a form on the report tab), names them and words their accessible names.
class DateRangeControls : public QObject {
    Q_OBJECT

public:
    enum class Preset { LastFourWeeks, LastThreeMonths, LastSixMonths, LastYear, All, Custom };

    // The days the controls work on for the diary shown.
    struct Span {
        QDate earliest; // the first day the date edits offer
        QDate latest;   // the last day they offer
        QDate allFrom;  // what "All" covers
        QDate allTo;
        QDate presetEnd; // the day "Last 3 months" and the other presets end on
    };

    // The widgets are children of `page`; the combo box offers `presets` in this order, "All"
    // chosen.
    DateRangeControls(QWidget& page, std::initializer_list<Preset> presets);

    QComboBox* presetCombo() const { return m_presetCombo; }
    QDateEdit* fromEdit() const { return m_fromEdit; }
    QDateEdit* toEdit() const { return m_toEdit; }
    QLabel* presetLabel() const { return m_presetLabel; }
    QLabel* fromLabel() const { return m_fromLabel; }
    QLabel* toLabel() const { return m_toLabel; }

    Preset preset() const;
    // The first and last day the edits show.
    std::pair<QDate, QDate> range() const;

    // Offers the span's days and shows the chosen preset's dates in the edits, without emitting
    // rangeChanged (the page shows the new diary itself).
    void setSpan(const Span& span);
    // No diary: the controls do nothing until the next setSpan.
    void clearSpan() { m_span.reset(); }
    // Dates picked for one person mean nothing for another: a custom range goes back to "All".
    void forgetCustomRange();
    void setEnabled(bool enabled);

Q_SIGNALS:
    // The person picked a preset or edited a date.
    void rangeChanged(const QDate& from, const QDate& to);

private:
    std::pair<QDate, QDate> presetRange(Preset preset) const;
    void showPresetDates();
    void applyPreset();
    void applyDateEdit(bool fromChanged);

    std::optional<Span> m_span;
    QComboBox* m_presetCombo;
    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
    QLabel* m_presetLabel;
    QLabel* m_fromLabel;
    QLabel* m_toLabel;
};

} // namespace ldn
