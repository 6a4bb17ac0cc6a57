#include "gui/today/EventChecklist.h"

#include "core/diary/DiaryVocabulary.h"
#include "gui/today/DayFormNames.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace ldn {

EventChecklist::EventChecklist(QWidget* group, QHBoxLayout* layout)
    : QObject(group)
{
    for (const QString& name : DiaryVocabulary::events()) {
        Row row;
        row.name = name;
        const QString shown = DiaryVocabulary::displayName(name);
        row.check = new QCheckBox(DayFormNames::capitalised(shown), group);
        row.check->setObjectName(DayFormNames::objectName(QStringLiteral("event_"), name));
        row.check->setAccessibleName(tr("Event: %1").arg(shown));
        layout->addWidget(row.check);
        m_rows.push_back(row);
    }
    auto* otherLabel = new QLabel(tr("Other:"), group);
    m_other = new QLineEdit(group);
    m_other->setObjectName(QStringLiteral("event_other"));
    m_other->setAccessibleName(tr("Other event"));
    m_other->setAccessibleDescription(tr("Separate several events with commas."));
    m_other->setPlaceholderText(tr("e.g. dentist, travel"));
    m_other->setMaxLength(200);
    otherLabel->setBuddy(m_other);
    layout->addWidget(otherLabel);
    layout->addWidget(m_other, 1);
}

void EventChecklist::clear()
{
    for (const Row& row : m_rows) {
        row.check->setChecked(false);
    }
    m_other->clear();
}

void EventChecklist::show(const QStringList& events)
{
    clear();
    QStringList others;
    for (const QString& event : events) {
        const auto known = std::find_if(m_rows.begin(), m_rows.end(), [&event](const Row& row) {
            return row.name.compare(event, Qt::CaseInsensitive) == 0;
        });
        if (known != m_rows.end()) {
            known->check->setChecked(true);
        } else {
            others << event;
        }
    }
    m_other->setText(others.join(QStringLiteral(", ")));
}

QStringList EventChecklist::read() const
{
    QStringList events;
    for (const Row& row : m_rows) {
        if (row.check->isChecked()) {
            events << row.name;
        }
    }
    for (const QString& event : m_other->text().split(QLatin1Char(','))) {
        const QString name = event.simplified();
        if (!name.isEmpty() && !events.contains(name, Qt::CaseInsensitive)) {
            events << name;
        }
    }
    return events;
}

QWidgetList EventChecklist::tabOrder() const
{
    QWidgetList order;
    for (const Row& row : m_rows) {
        order << row.check;
    }
    order << m_other;
    return order;
}

} // namespace ldn
