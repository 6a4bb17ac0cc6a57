#pragma once

#include "core/evidence/ConditionMatcher.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStandardItemModel;

namespace ldn {

// Chooses a person's conditions from the library's vocabulary. People type what they call it
// ("fibro", "CFS/ME", "crohns"); a list under the field completes as they type (beginnings,
// synonyms, anywhere inside a name, near spellings) and Enter or a click takes the library's name,
// so the Evidence tab and the GP report find its studies. A condition the library lacks can still
// be added, marked "(your own)", but only when asked for: a near spelling is offered as the
// library's condition first ("Did you mean Fibromyalgia?"). Chosen conditions are listed, each
// removable (Delete).
class ConditionPicker : public QWidget {
    Q_OBJECT

public:
    explicit ConditionPicker(QWidget* parent = nullptr);
    ~ConditionPicker() override;

    // Where the library comes from; asked once, when the person first types (reading it may
    // install the evidence pack, which start-up need not wait for).
    void setLibrarySource(std::function<ConditionMatcher()> source);

    // The conditions to start from (a profile being edited): those the library knows are the
    // library's, the rest the person's own.
    void setConditions(const QStringList& conditions);
    QStringList libraryConditions() const;
    QStringList ownConditions() const;
    // Empties the field and the list.
    void clear();

    // Adds what is in the field. False, with the choice shown under the field, when a part of it
    // is not a library name or synonym: the person picks a suggestion or adds it as their own.
    bool addTyped();
    // The text typed but not added yet.
    QString pendingText() const;

    // The field, for a label's buddy and the tab order.
    QLineEdit* input() const { return m_input; }

    static QString ownLabel(const QString& condition);

Q_SIGNALS:
    void conditionsChanged();
    // Enter in an empty field: the form may go ahead.
    void submitted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const ConditionMatcher& library();
    void updateCompletions(const QString& typed);
    void addCondition(const QString& name, bool own);
    void addLibraryName(const QString& name);
    void showChoicesFor(const QString& typed);
    void hideChoices();
    void chooseSuggestion(const QString& name);
    void addTypedAsOwn();
    void removeSelected();
    void updateList();
    void onReturnPressed();

    std::function<ConditionMatcher()> m_librarySource;
    std::optional<ConditionMatcher> m_library;
    QLineEdit* m_input;
    QPushButton* m_addButton;
    QCompleter* m_completer;
    QStandardItemModel* m_completions;
    QWidget* m_choices;
    QLabel* m_choicesText;
    QList<QPushButton*> m_suggestionButtons;
    QPushButton* m_ownButton;
    QListWidget* m_chosen;
    QPushButton* m_removeButton;
    QString m_unresolved; // the part of the field the choices are about
};

} // namespace ldn
