#include "gui/evidence/EvidenceBrowser.h"

#include "core/evidence/DesignBadge.h"
#include "gui/common/MessageStyle.h"
#include "services/DiarySession.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/evidence/EvidenceRepository.h"
#include "storage/evidence/EvidenceSearch.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>
#include <set>

namespace ldn {
namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
// Long enough that a fast typist's burst is one search, short enough to feel immediate.
constexpr int kSearchDelayMs = 80;

QString statusTag(EvidenceStatus status)
{
    switch (status) {
    case EvidenceStatus::RandomisedTrials:
        return EvidenceBrowser::tr("trials");
    case EvidenceStatus::NonRandomisedStudies:
        return EvidenceBrowser::tr("studies, no RCT");
    case EvidenceStatus::AnecdoteOnly:
        return EvidenceBrowser::tr("anecdote only");
    case EvidenceStatus::NoEvidence:
        break;
    }
    return EvidenceBrowser::tr("no studies");
}

QString categoryHeading(ConditionCategory category)
{
    switch (category) {
    case ConditionCategory::Autoimmune:
        return EvidenceBrowser::tr("Autoimmune");
    case ConditionCategory::Cancer:
        return EvidenceBrowser::tr("Cancer");
    case ConditionCategory::Other:
        return EvidenceBrowser::tr("Other conditions");
    case ConditionCategory::SuggestedUntried:
        break;
    }
    return EvidenceBrowser::tr("Suggested but untried");
}

QString importToolTip()
{
    return EvidenceBrowser::tr("CSL-JSON (Zotero, citation.js) or RIS (PubMed, Zotero, EndNote)");
}

} // namespace

EvidenceBrowser::EvidenceBrowser(DiarySession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_list(new QTreeWidget(this))
    , m_addButton(new QPushButton(tr("&Add a source or finding…"), this))
    , m_importButton(new QPushButton(tr("&Import references…"), this))
    , m_importStatus(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("evidenceSearch"));
    m_search->setPlaceholderText(tr("Search conditions, studies, DOI, NCT…"));
    m_search->setAccessibleName(tr("Search the evidence"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &EvidenceBrowser::runSearch);

    m_list->setObjectName(QStringLiteral("conditionList"));
    m_list->setAccessibleName(tr("Conditions and search results"));
    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setIndentation(0);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Tags are short; a long design name is elided rather than squeezing the names.
    m_list->header()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_list->header()->resizeSection(
        1, m_list->fontMetrics().horizontalAdvance(QStringLiteral("studies, no RCT")) + 16);
    m_list->setTextElideMode(Qt::ElideRight);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { itemChosen(current); });

    m_addButton->setObjectName(QStringLiteral("addEvidenceButton"));
    m_addButton->setAccessibleName(tr("Add a source or finding"));
    connect(m_addButton, &QPushButton::clicked, this, &EvidenceBrowser::addRequested);
    m_importButton->setObjectName(QStringLiteral("importReferencesButton"));
    m_importButton->setAccessibleName(tr("Import references from a CSL-JSON or RIS file"));
    m_importButton->setToolTip(importToolTip());
    connect(m_importButton, &QPushButton::clicked, this, &EvidenceBrowser::importRequested);
    m_importStatus->setObjectName(QStringLiteral("importStatus"));
    m_importStatus->setWordWrap(true);
    m_importStatus->setTextFormat(Qt::PlainText);
    m_importStatus->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_importButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_importStatus);
}

void EvidenceBrowser::setProfile(std::optional<std::int64_t> profileId)
{
    m_profileId = profileId;
}

void EvidenceBrowser::setShownCondition(std::optional<std::int64_t> conditionId)
{
    m_shownCondition = conditionId;
}

void EvidenceBrowser::showConditions()
{
    m_searchTimer->stop();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    listConditions();
}

void EvidenceBrowser::refresh()
{
    if (m_search->text().trimmed().isEmpty()) {
        listConditions();
    } else {
        runSearch();
    }
}

void EvidenceBrowser::clear()
{
    m_profileId.reset();
    m_searchTimer->stop();
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    m_list->clear();
    m_importStatus->hide();
}

void EvidenceBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void EvidenceBrowser::setReadOnly(bool readOnly)
{
    m_importButton->setEnabled(!readOnly);
    if (readOnly) {
        m_addButton->setEnabled(false);
    }
    const QString why = tr("The diary is open read-only, for review");
    m_addButton->setToolTip(readOnly ? why : QString());
    m_importButton->setToolTip(readOnly ? why : importToolTip());
}

void EvidenceBrowser::setAddEnabled(bool enabled)
{
    m_addButton->setEnabled(enabled);
}

void EvidenceBrowser::setImportMessage(const QString& text, bool error)
{
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText,
                     error ? MessageStyle::errorColour(palette()) : palette().color(QPalette::WindowText));
    m_importStatus->setPalette(colours);
    m_importStatus->setText(text);
    m_importStatus->show();
}

bool EvidenceBrowser::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            moveSelection(key->key() == Qt::Key_Down ? 1 : -1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QTreeWidgetItem* EvidenceBrowser::addHeading(const QString& text)
{
    auto* item = new QTreeWidgetItem(m_list, {text});
    item->setData(0, kKindRole, static_cast<int>(ItemKind::Heading));
    item->setFlags(Qt::ItemIsEnabled);
    item->setFirstColumnSpanned(true);
    QFont font = m_list->font();
    font.setBold(true);
    item->setFont(0, font);
    item->setForeground(0, MessageStyle::mutedColour(palette()));
    return item;
}

QTreeWidgetItem* EvidenceBrowser::addItem(ItemKind kind, std::int64_t id, const QString& text,
                                          const QString& tag, const QString& toolTip)
{
    auto* item = new QTreeWidgetItem(m_list, {QStringLiteral("  ") + text, tag});
    item->setData(0, kKindRole, static_cast<int>(kind));
    item->setData(0, kIdRole, QVariant::fromValue<qlonglong>(id));
    item->setForeground(1, MessageStyle::mutedColour(palette()));
    item->setToolTip(0, toolTip.isEmpty() ? text : toolTip);
    item->setToolTip(1, toolTip);
    return item;
}

void EvidenceBrowser::listConditions()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    EvidenceRepository& repository = m_session.evidence();
    const std::vector<Condition> conditions = repository.conditions();
    const std::map<std::int64_t, EvidenceStatus> statuses = repository.evidenceStatuses();
    const auto statusOf = [&statuses](std::int64_t id) {
        const auto found = statuses.find(id);
        return found == statuses.end() ? EvidenceStatus::NoEvidence : found->second;
    };
    const auto add = [&](const Condition& condition) {
        const EvidenceStatus status = statusOf(condition.id);
        QString tip = displayName(status);
        if (!condition.synonyms.isEmpty()) {
            tip = tr("Also called %1. %2").arg(condition.synonyms.join(QStringLiteral(", ")), tip);
        }
        addItem(ItemKind::Condition, condition.id, condition.name, statusTag(status), tip);
    };

    if (m_profileId) {
        addHeading(tr("My conditions"));
        std::set<std::int64_t> shown;
        const std::optional<Profile> profile = m_session.profiles().find(*m_profileId);
        for (const QString& name : profile ? profile->conditions : QStringList()) {
            const std::optional<Condition> condition = repository.findCondition(name);
            if (condition && shown.insert(condition->id).second) {
                add(*condition);
            }
        }
        if (shown.empty()) {
            auto* none = addHeading(tr("  None recorded in this profile"));
            none->setFont(0, m_list->font());
        }
    }
    for (const ConditionCategory category : {ConditionCategory::Autoimmune, ConditionCategory::Cancer,
                                             ConditionCategory::Other, ConditionCategory::SuggestedUntried}) {
        bool headed = false;
        for (const Condition& condition : conditions) {
            if (condition.category != category) {
                continue;
            }
            if (!headed) {
                addHeading(categoryHeading(category));
                headed = true;
            }
            add(condition);
        }
    }
    // Keep the condition on show selected after a rebuild.
    if (m_shownCondition) {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_list->topLevelItem(i);
            if (item->data(0, kKindRole).toInt() == static_cast<int>(ItemKind::Condition) &&
                item->data(0, kIdRole).toLongLong() == *m_shownCondition) {
                m_list->setCurrentItem(item);
                break;
            }
        }
    }
}

void EvidenceBrowser::runSearch()
{
    m_searchTimer->stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        listConditions();
        return;
    }
    const EvidenceSearchResults results = EvidenceSearch(m_session.database()).search(text);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (results.isEmpty()) {
        addHeading(tr("Nothing found for \"%1\"").arg(text));
        return;
    }
    const auto originTag = [](const EvidenceSearchHit& hit, const QString& otherwise) {
        return hit.origin == EntryOrigin::User ? tr("your entry") : otherwise;
    };
    if (!results.conditions.empty()) {
        addHeading(tr("Conditions"));
        for (const EvidenceSearchHit& hit : results.conditions) {
            addItem(ItemKind::Condition, hit.id, hit.title, originTag(hit, QString()), hit.detail);
        }
    }
    if (!results.sources.empty()) {
        addHeading(tr("Studies and other sources"));
        for (const EvidenceSearchHit& hit : results.sources) {
            const QString design = hit.kind ? DesignBadge::forKind(*hit.kind).shortLabel() : QString();
            addItem(ItemKind::Source, hit.id, tr("Study: %1").arg(hit.title), originTag(hit, design),
                    hit.title + QLatin1Char('\n') + hit.detail);
        }
    }
    if (!results.claims.empty()) {
        addHeading(tr("Findings"));
        for (const EvidenceSearchHit& hit : results.claims) {
            const QString direction = hit.direction ? displayName(*hit.direction) : QString();
            addItem(ItemKind::Claim, hit.id, tr("Finding: %1").arg(hit.title), originTag(hit, direction),
                    hit.title + QLatin1Char('\n') + hit.detail);
        }
    }
}

void EvidenceBrowser::selectFirst()
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->flags() & Qt::ItemIsSelectable) {
            m_list->setCurrentItem(item);
            break;
        }
    }
    // The "My conditions" heading stays in view above the first of them.
    m_list->scrollToTop();
}

bool EvidenceBrowser::selectCondition(std::int64_t conditionId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(0, kKindRole).toInt() == static_cast<int>(ItemKind::Condition) &&
            item->data(0, kIdRole).toLongLong() == conditionId) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void EvidenceBrowser::moveSelection(int step)
{
    const int count = m_list->topLevelItemCount();
    int index =
        m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : (step > 0 ? -1 : count);
    for (index += step; index >= 0 && index < count; index += step) {
        QTreeWidgetItem* item = m_list->topLevelItem(index);
        if (item->flags() & Qt::ItemIsSelectable) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            return;
        }
    }
}

void EvidenceBrowser::itemChosen(QTreeWidgetItem* item)
{
    if (!item) {
        return;
    }
    const auto kind = static_cast<ItemKind>(item->data(0, kKindRole).toInt());
    const std::int64_t id = item->data(0, kIdRole).toLongLong();
    EvidenceRepository& repository = m_session.evidence();
    switch (kind) {
    case ItemKind::Heading:
        return;
    case ItemKind::Condition:
        Q_EMIT conditionChosen(id, {});
        return;
    case ItemKind::Claim:
        if (const std::optional<EvidenceClaim> claim = repository.claim(id)) {
            Q_EMIT conditionChosen(claim->conditionId, {id, 0});
        }
        return;
    case ItemKind::Source: {
        const std::vector<std::int64_t> conditions = repository.conditionsCiting(id);
        if (conditions.empty()) {
            Q_EMIT uncitedSourceChosen(id);
        } else {
            Q_EMIT conditionChosen(conditions.front(), {0, id});
        }
        return;
    }
    }
}

} // namespace ldn
