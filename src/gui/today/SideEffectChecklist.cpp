#include "gui/today/SideEffectChecklist.h"

#include "core/base/InputError.h"
#include "core/diary/DiaryVocabulary.h"
#include "core/diary/Severity.h"
#include "gui/today/DayFormNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace ldn {
namespace {

// Three to a row: four do not fit beside their severities in a 960-pixel-wide window.
constexpr int kPerRow = 3;

// "2 moderate": typing the digit in the closed combo box picks the item.
QComboBox* makeSeverityCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (int severity = Severity::kMinimum; severity <= Severity::kMaximum; ++severity) {
        combo->addItem(QStringLiteral("%1 %2").arg(severity).arg(Severity::nameOf(severity)), severity);
    }
    combo->setPlaceholderText(SideEffectChecklist::tr("severity"));
    combo->setCurrentIndex(-1);
    combo->setEnabled(false);
    return combo;
}

} // namespace

SideEffectChecklist::SideEffectChecklist(QWidget* group, QGridLayout* grid, QLabel* keptLabel)
    : QObject(group)
    , m_keptLabel(keptLabel)
{
    QStringList names = DiaryVocabulary::sideEffects();
    names << QString(); // "other", named by the person
    int index = 0;
    for (const QString& name : names) {
        Row row;
        row.name = name;
        const bool other = name.isEmpty();
        const QString key = other ? QStringLiteral("other") : name;
        const QString shown = DiaryVocabulary::displayName(name);
        QWidget* lead = rowLead(group, row, shown);
        row.check->setObjectName(DayFormNames::objectName(QStringLiteral("sideEffect_"), key));
        row.severity = makeSeverityCombo(group);
        row.severity->setObjectName(DayFormNames::objectName(QStringLiteral("severity_"), key));
        row.severity->setAccessibleName(other ? tr("Other side effect severity")
                                              : tr("%1 severity").arg(DayFormNames::capitalised(shown)));
        // An unticked side effect shows no severity, so a greyed "mild" cannot be read as recorded.
        QComboBox* severity = row.severity;
        connect(row.check, &QCheckBox::toggled, severity, [severity](bool checked) {
            severity->setEnabled(checked);
            if (!checked) {
                severity->setCurrentIndex(-1);
            } else if (severity->currentIndex() < 0) {
                severity->setCurrentIndex(kDefaultSeverity);
            }
        });

        const int gridRow = index / kPerRow;
        const int gridColumn = (index % kPerRow) * 3;
        grid->addWidget(lead, gridRow, gridColumn);
        grid->addWidget(row.severity, gridRow, gridColumn + 1);
        grid->setColumnMinimumWidth(gridColumn + 2, 32);
        m_rows.push_back(row);
        ++index;
    }
    grid->setColumnStretch(kPerRow * 3, 1);
    m_keptLabel->setVisible(false);
}

QWidget* SideEffectChecklist::rowLead(QWidget* group, Row& row, const QString& shown)
{
    if (!row.name.isEmpty()) {
        row.check = new QCheckBox(DayFormNames::capitalised(shown), group);
        row.check->setAccessibleName(tr("Side effect: %1").arg(shown));
        return row.check;
    }
    auto* cell = new QWidget(group);
    auto* cellLayout = new QHBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(4);
    row.check = new QCheckBox(tr("Other:"), cell);
    row.check->setAccessibleName(tr("Other side effect"));
    cellLayout->addWidget(row.check);
    m_otherName = new QLineEdit(cell);
    m_otherName->setObjectName(QStringLiteral("sideEffectOtherName"));
    m_otherName->setAccessibleName(tr("Name of the other side effect"));
    m_otherName->setPlaceholderText(tr("name"));
    m_otherName->setMaxLength(100);
    m_otherName->setMinimumWidth(
        m_otherName->fontMetrics().horizontalAdvance(QStringLiteral("fatigue after")));
    cellLayout->addWidget(m_otherName, 1);
    // Typing a name means it happened: tick it so the name is not silently dropped.
    QCheckBox* check = row.check;
    connect(m_otherName, &QLineEdit::textEdited, check, [check](const QString& text) {
        if (!text.trimmed().isEmpty()) {
            check->setChecked(true);
        }
    });
    return cell;
}

void SideEffectChecklist::clear()
{
    for (const Row& row : m_rows) {
        row.check->setChecked(false);
        row.severity->setCurrentIndex(-1);
    }
    m_otherName->clear();
    m_kept.clear();
    showKept();
}

void SideEffectChecklist::show(const std::map<QString, int>& sideEffects)
{
    clear();
    Row& other = m_rows.back();
    for (const auto& [name, severity] : sideEffects) {
        const auto known = std::find_if(m_rows.begin(), m_rows.end() - 1, [&name](const Row& row) {
            return row.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        Row* target = known != m_rows.end() - 1 ? &*known : nullptr;
        if (!target && !other.check->isChecked()) {
            target = &other;
            m_otherName->setText(name);
        }
        if (!target) {
            m_kept[name] = severity; // more own side effects than the form has rows for
            continue;
        }
        target->check->setChecked(true);
        target->severity->setCurrentIndex(std::clamp(severity, Severity::kMinimum, Severity::kMaximum));
    }
    showKept();
}

std::map<QString, int> SideEffectChecklist::read() const
{
    std::map<QString, int> sideEffects = m_kept;
    for (const Row& row : m_rows) {
        if (!row.check->isChecked()) {
            continue;
        }
        QString name = row.name;
        if (name.isEmpty()) {
            name = m_otherName->text().simplified();
            if (name.isEmpty()) {
                throw InputError(tr("other side effect"), tr("type its name, or untick it"));
            }
        }
        sideEffects[name] =
            row.severity->currentIndex() < 0 ? kDefaultSeverity : row.severity->currentData().toInt();
    }
    return sideEffects;
}

QWidgetList SideEffectChecklist::tabOrder() const
{
    QWidgetList order;
    for (const Row& row : m_rows) {
        order << row.check;
        if (row.name.isEmpty()) {
            order << m_otherName;
        }
        order << row.severity;
    }
    return order;
}

void SideEffectChecklist::showKept()
{
    QStringList kept;
    for (const auto& [name, severity] : m_kept) {
        kept << QStringLiteral("%1 (%2)").arg(name, Severity::nameOf(severity));
    }
    m_keptLabel->setText(
        tr("Also recorded for this day and kept when you save: %1.").arg(kept.join(QStringLiteral(", "))));
    m_keptLabel->setVisible(!kept.isEmpty());
}

} // namespace ldn
