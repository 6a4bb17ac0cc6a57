#include "gui/profiles/ConditionPicker.h"

#include "core/base/InputError.h"
#include "core/diary/Profile.h"
#include "gui/common/MessageStyle.h"
#include "gui/profiles/ConditionListInput.h"
#include "services/ProblemText.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace ldn {
namespace {

constexpr int kNameRole = Qt::UserRole;
constexpr int kOwnRole = Qt::UserRole + 1;
constexpr int kMostSuggestions = 3;
constexpr int kMostCompletions = 8;
constexpr int kListRowsShown = 4;

// The parts of a comma-separated field without `part` (compared without case).
QString withoutPart(const QString& text, const QString& part)
{
    QStringList parts = ConditionListInput::parse(text);
    parts.removeIf([&](const QString& each) { return each.compare(part, Qt::CaseInsensitive) == 0; });
    return parts.join(QStringLiteral(", "));
}

} // namespace

ConditionPicker::ConditionPicker(QWidget* parent)
    : QWidget(parent)
    , m_input(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("Add"), this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStandardItemModel(this))
    , m_choices(new QWidget(this))
    , m_choicesText(new QLabel(m_choices))
    , m_ownButton(new QPushButton(m_choices))
    , m_chosen(new QListWidget(this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
{
    m_input->setObjectName(QStringLiteral("conditionInput"));
    m_input->setAccessibleName(tr("Condition"));
    m_input->setAccessibleDescription(
        tr("Type a condition and press Enter to add it; suggestions from the library appear as you type."));
    m_input->setPlaceholderText(tr("e.g. ME/CFS, fibromyalgia"));
    m_input->installEventFilter(this);
    m_addButton->setObjectName(QStringLiteral("addConditionButton"));
    m_addButton->setAccessibleName(tr("Add condition"));
    m_addButton->setToolTip(tr("Add the condition typed in the field (Enter)"));
    // Enter in the field does the same; the button is for the mouse.
    m_addButton->setFocusPolicy(Qt::ClickFocus);
    m_addButton->setAutoDefault(false);

    m_completer->setModel(m_completions);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(kNameRole);
    m_completer->setMaxVisibleItems(kMostCompletions);
    m_completer->setWidget(m_input);
    m_completer->popup()->setObjectName(QStringLiteral("conditionCompletions"));
    m_completer->popup()->setAccessibleName(tr("Conditions in the library"));

    m_choices->setObjectName(QStringLiteral("conditionChoices"));
    m_choicesText->setObjectName(QStringLiteral("conditionChoicesText"));
    m_choicesText->setWordWrap(true);
    m_choicesText->setTextFormat(Qt::PlainText);
    MessageStyle::setTextTone(m_choicesText, MessageStyle::Tone::Warning);
    auto* choicesLayout = new QVBoxLayout(m_choices);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    choicesLayout->addWidget(m_choicesText);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kMostSuggestions; ++i) {
        auto* button = new QPushButton(m_choices);
        button->setObjectName(QStringLiteral("conditionSuggestion%1").arg(i + 1));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this,
                [this, button] { chooseSuggestion(button->property("condition").toString()); });
        buttons->addWidget(button);
        m_suggestionButtons << button;
    }
    m_ownButton->setObjectName(QStringLiteral("addOwnConditionButton"));
    m_ownButton->setAutoDefault(false);
    buttons->addWidget(m_ownButton);
    buttons->addStretch(1);
    choicesLayout->addLayout(buttons);
    m_choices->hide();

    m_chosen->setObjectName(QStringLiteral("chosenConditions"));
    m_chosen->setAccessibleName(tr("Chosen conditions"));
    m_chosen->setAccessibleDescription(tr("Press Delete to remove the selected condition."));
    m_chosen->setSelectionMode(QAbstractItemView::SingleSelection);
    m_chosen->installEventFilter(this);
    m_removeButton->setObjectName(QStringLiteral("removeConditionButton"));
    m_removeButton->setAccessibleName(tr("Remove condition"));
    m_removeButton->setAutoDefault(false);

    auto* inputRow = new QHBoxLayout;
    inputRow->setContentsMargins(0, 0, 0, 0);
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_addButton);
    auto* listRow = new QHBoxLayout;
    listRow->setContentsMargins(0, 0, 0, 0);
    listRow->addWidget(m_chosen, 1);
    listRow->addWidget(m_removeButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(inputRow);
    layout->addWidget(m_choices);
    layout->addLayout(listRow);
    setFocusProxy(m_input);

    connect(m_input, &QLineEdit::textEdited, this, &ConditionPicker::updateCompletions);
    connect(m_input, &QLineEdit::returnPressed, this, &ConditionPicker::onReturnPressed);
    connect(m_addButton, &QPushButton::clicked, this, [this] { addTyped(); });
    connect(
        m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
        [this](const QModelIndex& index) {
            const QString name = index.data(kNameRole).toString();
            const QStringList typed = ConditionListInput::parse(m_input->text());
            // The completion was for the last part; the parts before it stay for Enter.
            m_input->setText(QStringList(typed.mid(0, typed.size() - 1)).join(QStringLiteral(", ")));
            addLibraryName(name);
            hideChoices();
        },
        Qt::QueuedConnection);
    connect(m_ownButton, &QPushButton::clicked, this, &ConditionPicker::addTypedAsOwn);
    connect(m_removeButton, &QPushButton::clicked, this, &ConditionPicker::removeSelected);
    connect(m_chosen, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_chosen->selectedItems().isEmpty()); });
    updateList();
}

ConditionPicker::~ConditionPicker() = default;

QString ConditionPicker::ownLabel(const QString& condition)
{
    return tr("%1 (your own)").arg(condition);
}

void ConditionPicker::setLibrarySource(std::function<ConditionMatcher()> source)
{
    m_librarySource = std::move(source);
    m_library.reset();
}

const ConditionMatcher& ConditionPicker::library()
{
    if (!m_library) {
        try {
            m_library = m_librarySource ? m_librarySource() : ConditionMatcher({});
        } catch (const std::exception&) {
            // Without a library every condition is the person's own; nothing else is lost.
            m_library = ConditionMatcher({});
        }
    }
    return *m_library;
}

void ConditionPicker::setConditions(const QStringList& conditions)
{
    m_chosen->clear();
    for (const QString& condition : conditions) {
        const std::optional<Condition> found = library().exact(condition);
        if (found && found->origin != EntryOrigin::User) {
            addCondition(found->name, false);
        } else {
            addCondition(condition, true);
        }
    }
}

QStringList ConditionPicker::libraryConditions() const
{
    QStringList names;
    for (int row = 0; row < m_chosen->count(); ++row) {
        if (!m_chosen->item(row)->data(kOwnRole).toBool()) {
            names << m_chosen->item(row)->data(kNameRole).toString();
        }
    }
    return names;
}

QStringList ConditionPicker::ownConditions() const
{
    QStringList names;
    for (int row = 0; row < m_chosen->count(); ++row) {
        if (m_chosen->item(row)->data(kOwnRole).toBool()) {
            names << m_chosen->item(row)->data(kNameRole).toString();
        }
    }
    return names;
}

void ConditionPicker::clear()
{
    m_input->clear();
    m_chosen->clear();
    hideChoices();
    updateList();
}

QString ConditionPicker::pendingText() const
{
    return m_input->text().trimmed();
}

bool ConditionPicker::addTyped()
{
    QStringList unresolved;
    for (const QString& part : ConditionListInput::parse(m_input->text())) {
        if (const std::optional<Condition> found = library().exact(part)) {
            addLibraryName(found->name);
        } else if (ownConditions().contains(part, Qt::CaseInsensitive)) {
            continue; // added as the person's own already
        } else {
            unresolved << part;
        }
    }
    m_input->setText(unresolved.join(QStringLiteral(", ")));
    if (unresolved.isEmpty()) {
        hideChoices();
        return true;
    }
    showChoicesFor(unresolved.front());
    return false;
}

void ConditionPicker::updateCompletions(const QString& typed)
{
    hideChoices();
    const QStringList parts = ConditionListInput::parse(typed);
    const QString last =
        typed.trimmed().endsWith(QLatin1Char(',')) ? QString() : parts.value(parts.size() - 1);
    m_completions->clear();
    for (const ConditionMatcher::Completion& completion : library().completions(last, kMostCompletions)) {
        const std::optional<Condition> condition = library().exact(completion.name);
        QString text = completion.matchedSynonym.isEmpty()
                           ? completion.name
                           : tr("%1 (also called %2)").arg(completion.name, completion.matchedSynonym);
        if (condition && condition->origin == EntryOrigin::User) {
            text = ownLabel(text);
        }
        auto* item = new QStandardItem(text);
        item->setData(completion.name, kNameRole);
        item->setEditable(false);
        m_completions->appendRow(item);
    }
    if (m_completions->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
}

void ConditionPicker::addLibraryName(const QString& name)
{
    const std::optional<Condition> condition = library().exact(name);
    addCondition(condition ? condition->name : name, condition && condition->origin == EntryOrigin::User);
}

void ConditionPicker::addCondition(const QString& name, bool own)
{
    for (int row = 0; row < m_chosen->count(); ++row) {
        if (m_chosen->item(row)->data(kNameRole).toString().compare(name, Qt::CaseInsensitive) == 0) {
            return;
        }
    }
    auto* item = new QListWidgetItem(own ? ownLabel(name) : name, m_chosen);
    item->setData(kNameRole, name);
    item->setData(kOwnRole, own);
    item->setToolTip(
        own ? tr("Your own condition: the evidence library has nothing filed under this name.")
            : tr("From the evidence library: the Evidence tab and the GP report show its studies."));
    updateList();
    Q_EMIT conditionsChanged();
}

void ConditionPicker::showChoicesFor(const QString& typed)
{
    m_unresolved = typed;
    const QStringList suggestions = library().suggestions(typed, kMostSuggestions);
    m_choicesText->setText(
        suggestions.isEmpty()
            ? tr("\u201c%1\u201d is not a condition in the library.").arg(typed)
            : tr("\u201c%1\u201d is not a condition in the library. Did you mean:").arg(typed));
    for (int i = 0; i < m_suggestionButtons.size(); ++i) {
        QPushButton* button = m_suggestionButtons[i];
        const bool shown = i < suggestions.size();
        button->setVisible(shown);
        if (shown) {
            button->setText(suggestions[i]);
            button->setProperty("condition", suggestions[i]);
            button->setAccessibleName(tr("Add %1 from the library").arg(suggestions[i]));
        }
    }
    m_ownButton->setText(tr("Add \u201c%1\u201d as your own").arg(typed));
    m_ownButton->setAccessibleName(m_ownButton->text());
    m_choices->show();
}

void ConditionPicker::hideChoices()
{
    m_unresolved.clear();
    m_choices->hide();
}

void ConditionPicker::chooseSuggestion(const QString& name)
{
    const QString remaining = withoutPart(m_input->text(), m_unresolved);
    addLibraryName(name);
    m_input->setText(remaining);
    hideChoices();
    m_input->setFocus();
    if (!remaining.isEmpty()) {
        addTyped();
    }
}

void ConditionPicker::addTypedAsOwn()
{
    QString name;
    try {
        name = Profile::checkedName(m_unresolved, QStringLiteral("condition"));
    } catch (const InputError& error) {
        m_choicesText->setText(ProblemText::sentence(error.message()));
        return;
    }
    const QString remaining = withoutPart(m_input->text(), m_unresolved);
    addCondition(name, true);
    m_input->setText(remaining);
    hideChoices();
    m_input->setFocus();
    if (!remaining.isEmpty()) {
        addTyped();
    }
}

void ConditionPicker::removeSelected()
{
    const QList<QListWidgetItem*> selected = m_chosen->selectedItems();
    if (selected.isEmpty()) {
        return;
    }
    const int row = m_chosen->row(selected.front());
    delete m_chosen->takeItem(row);
    if (m_chosen->count() > 0) {
        m_chosen->setCurrentRow(std::min(row, m_chosen->count() - 1));
    } else {
        m_input->setFocus();
    }
    updateList();
    Q_EMIT conditionsChanged();
}

void ConditionPicker::updateList()
{
    const bool any = m_chosen->count() > 0;
    m_chosen->setVisible(any);
    m_removeButton->setVisible(any);
    m_removeButton->setEnabled(!m_chosen->selectedItems().isEmpty());
    if (any) {
        const int rows = std::min(m_chosen->count(), kListRowsShown);
        m_chosen->setFixedHeight(rows * m_chosen->sizeHintForRow(0) + 2 * m_chosen->frameWidth() + 2);
    }
}

void ConditionPicker::onReturnPressed()
{
    if (m_completer->popup()->isVisible()) {
        if (m_completer->popup()->currentIndex().isValid()) {
            return; // a completion was chosen with the arrow keys: the list under the field takes Enter
        }
        m_completer->popup()->hide();
    }
    if (m_input->text().trimmed().isEmpty()) {
        Q_EMIT submitted();
        return;
    }
    addTyped();
}

bool ConditionPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        // Enter with a condition typed adds it and goes no further: in a dialog it would also press
        // the default button and create the profile before the person finished. (While the list
        // under the field is open it sends keys to the field directly, past this filter, and
        // returnPressed does the same.)
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !pendingText().isEmpty()) {
            addTyped();
            return true;
        }
    }
    if (watched == m_chosen && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ldn
