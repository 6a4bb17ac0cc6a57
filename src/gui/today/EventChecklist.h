#pragma once

#include <QObject>
#include <QStringList>
#include <QWidgetList>

#include <vector>

class QCheckBox;
class QHBoxLayout;
class QLineEdit;
class QWidget;

namespace ldn {

// The events part of the day form: a tick box for each common event (DiaryVocabulary) and a line
// for others, separated by commas.
class EventChecklist : public QObject {
    Q_OBJECT

public:
    // Fills `layout` (inside `group`).
    EventChecklist(QWidget* group, QHBoxLayout* layout);

    void clear();
    void show(const QStringList& events);
    // The events ticked and typed, each once.
    QStringList read() const;
    QWidgetList tabOrder() const;

private:
    struct Row {
        QString name;
        QCheckBox* check = nullptr;
    };

    std::vector<Row> m_rows;
    QLineEdit* m_other = nullptr;
};

} // namespace ldn
