#include "gui/common/DateRangeControls.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSignalBlocker>

#include <algorithm>

namespace ldn {

DateRangeControls::DateRangeControls(QWidget& page, std::initializer_list<Preset> presets)
    : QObject(&page)
    , m_presetCombo(new QComboBox(&page))
    , m_fromEdit(new QDateEdit(&page))
    , m_toEdit(new QDateEdit(&page))
    , m_presetLabel(new QLabel(tr("&Dates"), &page))
    , m_fromLabel(new QLabel(tr("&From"), &page))
    , m_toLabel(new QLabel(tr("&To"), &page))
{
    for (const Preset preset : presets) {
        QString name;
        switch (preset) {
        case Preset::LastFourWeeks:
            name = tr("Last 4 weeks");
            break;
        case Preset::LastThreeMonths:
            name = tr("Last 3 months");
            break;
        case Preset::LastSixMonths:
            name = tr("Last 6 months");
            break;
        case Preset::LastYear:
            name = tr("Last year");
            break;
        case Preset::All:
            name = tr("All");
            break;
        case Preset::Custom:
            name = tr("Custom");
            break;
        }
        m_presetCombo->addItem(name, static_cast<int>(preset));
    }
    m_presetCombo->setCurrentIndex(m_presetCombo->findData(static_cast<int>(Preset::All)));
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    }
    m_presetLabel->setBuddy(m_presetCombo);
    m_fromLabel->setBuddy(m_fromEdit);
    m_toLabel->setBuddy(m_toEdit);
    // Qt measures "To" with the T-o kerning but draws the underlined mnemonic letter on its own,
    // which clips the "o"; a little room avoids that.
    m_toLabel->setMinimumWidth(m_toLabel->sizeHint().width() + m_toLabel->fontMetrics().averageCharWidth());

    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, [this] { applyPreset(); });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, [this] { applyDateEdit(true); });
    connect(m_toEdit, &QDateEdit::dateChanged, this, [this] { applyDateEdit(false); });
}

DateRangeControls::Preset DateRangeControls::preset() const
{
    return static_cast<Preset>(m_presetCombo->currentData().toInt());
}

std::pair<QDate, QDate> DateRangeControls::range() const
{
    return {m_fromEdit->date(), m_toEdit->date()};
}

void DateRangeControls::setSpan(const Span& span)
{
    m_span = span;
    {
        const QSignalBlocker fromBlocker(m_fromEdit);
        const QSignalBlocker toBlocker(m_toEdit);
        m_fromEdit->setDateRange(span.earliest, span.latest);
        m_toEdit->setDateRange(span.earliest, span.latest);
    }
    showPresetDates();
}

void DateRangeControls::forgetCustomRange()
{
    if (preset() == Preset::Custom) {
        const QSignalBlocker blocker(m_presetCombo);
        m_presetCombo->setCurrentIndex(m_presetCombo->findData(static_cast<int>(Preset::All)));
    }
}

void DateRangeControls::setEnabled(bool enabled)
{
    for (QWidget* control : std::initializer_list<QWidget*>{m_presetCombo, m_fromEdit, m_toEdit}) {
        control->setEnabled(enabled);
    }
}

std::pair<QDate, QDate> DateRangeControls::presetRange(Preset preset) const
{
    const QDate end = m_span->presetEnd;
    switch (preset) {
    case Preset::LastFourWeeks:
        return {end.addDays(-27), end};
    case Preset::LastThreeMonths:
        return {end.addMonths(-3).addDays(1), end};
    case Preset::LastSixMonths:
        return {end.addMonths(-6).addDays(1), end};
    case Preset::LastYear:
        return {end.addYears(-1).addDays(1), end};
    case Preset::All:
        return {m_span->allFrom, m_span->allTo};
    case Preset::Custom:
        break;
    }
    return range();
}

void DateRangeControls::showPresetDates()
{
    if (preset() == Preset::Custom) {
        return;
    }
    const auto [from, to] = presetRange(preset());
    const QSignalBlocker fromBlocker(m_fromEdit);
    const QSignalBlocker toBlocker(m_toEdit);
    // A preset may reach back before the diary's first day; the edits show that day all the same.
    m_fromEdit->setMinimumDate(std::min(from, m_span->earliest));
    m_toEdit->setMinimumDate(std::min(from, m_span->earliest));
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
}

void DateRangeControls::applyPreset()
{
    if (!m_span) {
        return;
    }
    showPresetDates();
    const auto [from, to] = range();
    Q_EMIT rangeChanged(from, to);
}

void DateRangeControls::applyDateEdit(bool fromChanged)
{
    if (!m_span) {
        return;
    }
    if (preset() != Preset::Custom) {
        const QSignalBlocker blocker(m_presetCombo);
        m_presetCombo->setCurrentIndex(m_presetCombo->findData(static_cast<int>(Preset::Custom)));
    }
    QDate from = m_fromEdit->date();
    QDate to = m_toEdit->date();
    if (to < from) {
        // The edit the person did not touch follows, rather than refusing the new date.
        const QSignalBlocker fromBlocker(m_fromEdit);
        const QSignalBlocker toBlocker(m_toEdit);
        if (fromChanged) {
            m_toEdit->setDate(from);
            to = from;
        } else {
            m_fromEdit->setDate(to);
            from = to;
        }
    }
    Q_EMIT rangeChanged(from, to);
}

} // namespace ldn
