#pragma once

#include "gui/evidence/EvidenceHtml.h"

#include <QWidget>

#include <cstdint>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace ldn {

class DiarySession;

// The left side of the Evidence tab: a search (full text, as the person types) over a list of
// the conditions, the profile's own first and then the rest by category, each tagged with the kind
// of evidence that exists; below it the buttons to add and import evidence and what importing did.
// Choosing a condition, finding or source says so by signal; the page shows it.
class EvidenceBrowser : public QWidget {
    Q_OBJECT

public:
    explicit EvidenceBrowser(DiarySession& session, QWidget* parent = nullptr);

    // The profile whose conditions head the list ("My conditions"); none: no such heading.
    void setProfile(std::optional<std::int64_t> profileId);
    // The condition the page shows, kept selected when the list is built again.
    void setShownCondition(std::optional<std::int64_t> conditionId);
    // Clears the search and lists the conditions.
    void showConditions();
    // Lists the conditions again, or runs the search again when there is one (after new entries).
    void refresh();
    // Selects the first condition or result (which then shows).
    void selectFirst();
    // Selects a condition when it is listed; false when it is not.
    bool selectCondition(std::int64_t conditionId);
    void clear();
    void focusSearch();

    void setImportMessage(const QString& text, bool error);
    // Read-only diaries take no new entries: the add and import buttons are off, and say why.
    void setReadOnly(bool readOnly);
    void setAddEnabled(bool enabled);

Q_SIGNALS:
    void conditionChosen(std::int64_t conditionId, ldn::EvidenceHtml::Highlight highlight);
    // A source no finding cites yet.
    void uncitedSourceChosen(std::int64_t sourceId);
    void addRequested();
    void importRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class ItemKind { Heading, Condition, Claim, Source };

    void listConditions();
    void runSearch();
    void moveSelection(int step);
    void itemChosen(QTreeWidgetItem* item);
    QTreeWidgetItem* addHeading(const QString& text);
    QTreeWidgetItem* addItem(ItemKind kind, std::int64_t id, const QString& text, const QString& tag,
                             const QString& toolTip);

    DiarySession& m_session;
    std::optional<std::int64_t> m_profileId;
    std::optional<std::int64_t> m_shownCondition;

    QLineEdit* m_search;
    QTimer* m_searchTimer;
    QTreeWidget* m_list;
    QPushButton* m_addButton;
    QPushButton* m_importButton;
    QLabel* m_importStatus;
};

} // namespace ldn
