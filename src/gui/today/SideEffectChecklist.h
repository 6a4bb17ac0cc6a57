#pragma once

#include <QObject>
#include <QString>
#include <QWidgetList>

#include <map>
#include <vector>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace ldn {

// The side effects part of the day form: a tick box with a severity beside it for each common
// side effect (DiaryVocabulary) and one the person names, in a grid so severities line up. A day
// that recorded more of the person's own side effects than the form has rows for keeps them, said
// in `keptLabel`, and saves them again.
class SideEffectChecklist : public QObject {
    Q_OBJECT

public:
    // Fills `grid` (inside `group`).
    SideEffectChecklist(QWidget* group, QGridLayout* grid, QLabel* keptLabel);

    void clear();
    void show(const std::map<QString, int>& sideEffects);
    // The side effects ticked, by name, with their severity; throws InputError("other side effect")
    // for "other" ticked without a name.
    std::map<QString, int> read() const;

    // The form's Tab order through the list.
    QWidgetList tabOrder() const;
    QLineEdit* otherName() const { return m_otherName; }

    static constexpr int kDefaultSeverity = 1; // ticking a side effect most often means "mild"

private:
    struct Row {
        QString name; // empty for "other", whose name is typed
        QCheckBox* check = nullptr;
        QComboBox* severity = nullptr;
    };

    QWidget* rowLead(QWidget* group, Row& row, const QString& shown);
    void showKept();

    QLabel* m_keptLabel;
    std::vector<Row> m_rows;
    QLineEdit* m_otherName = nullptr;
    // Side effects of a loaded day beyond the one the "other" row can show: kept on save.
    std::map<QString, int> m_kept;
};

} // namespace ldn
