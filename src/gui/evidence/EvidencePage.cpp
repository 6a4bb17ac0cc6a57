#include "gui/evidence/EvidencePage.h"

#include "core/base/InputError.h"
#include "core/evidence/DesignBadge.h"
#include "gui/common/MessageStyle.h"
#include "gui/common/PageRefresher.h"
#include "gui/evidence/UserEvidenceDialog.h"
#include "services/DiarySession.h"
#include "services/EvidenceService.h"
#include "services/ProblemText.h"
#include "storage/db/Database.h"
#include "storage/db/StorageError.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/evidence/EvidenceImporter.h"
#include "storage/evidence/EvidencePackInstaller.h"
#include "storage/evidence/EvidenceRepository.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace ldn {
namespace {

// A read-only page shows the person's own entries without the links that would edit them.
QString withoutEditLinks(const QString& html)
{
    static const QRegularExpression kEditLink(QStringLiteral(" \u00b7 <a href=\"ldn-edit:[^\"]*\">Edit</a>"));
    QString result = html;
    result.remove(kEditLink);
    return result;
}

constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
// Long enough that a fast typist's burst is one search, short enough to feel immediate.
constexpr int kSearchDelayMs = 80;
constexpr int kSummaryRowsShown = 7;

QString statusTag(EvidenceStatus status)
{
    switch (status) {
    case EvidenceStatus::RandomisedTrials:
        return EvidencePage::tr("trials");
    case EvidenceStatus::NonRandomisedStudies:
        return EvidencePage::tr("studies, no RCT");
    case EvidenceStatus::AnecdoteOnly:
        return EvidencePage::tr("anecdote only");
    case EvidenceStatus::NoEvidence:
        break;
    }
    return EvidencePage::tr("no studies");
}

QString statusSentence(const SummaryOfFindings& summary)
{
    QString text;
    switch (summary.status()) {
    case EvidenceStatus::RandomisedTrials:
        text = EvidencePage::tr("Randomised trials have tested LDN for this condition. Every result is "
                                "counted below: trials that found no difference beside those that found "
                                "a benefit.");
        break;
    case EvidenceStatus::NonRandomisedStudies:
        text = EvidencePage::tr("No randomised trial yet: only non-randomised studies (open-label, chart "
                                "reviews, case series), which cannot tell LDN's effect from placebo, time "
                                "or chance.");
        break;
    case EvidenceStatus::AnecdoteOnly:
        text = EvidencePage::tr("No trial evidence. The library holds no study of LDN for this condition, "
                                "only personal reports and advocacy, which are not evidence of benefit.");
        break;
    case EvidenceStatus::NoEvidence:
        text =
            EvidencePage::tr("No studies. The library holds no study or report of LDN for this condition.");
        break;
    }
    if (!summary.plannedTrials().empty()) {
        text += EvidencePage::tr(" Trials are planned or under way (listed below).");
    }
    return text;
}

QString categoryHeading(ConditionCategory category)
{
    switch (category) {
    case ConditionCategory::Autoimmune:
        return EvidencePage::tr("Autoimmune");
    case ConditionCategory::Cancer:
        return EvidencePage::tr("Cancer");
    case ConditionCategory::Other:
        return EvidencePage::tr("Other conditions");
    case ConditionCategory::SuggestedUntried:
        break;
    }
    return EvidencePage::tr("Suggested but untried");
}

// "1 review", "2 reviews": the page has no translations, so plurals are spelt out here.
QString counted(int count, const QString& singular, const QString& plural)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? singular : plural);
}

QString studiesText(const SummaryRow& row)
{
    QString text = QString::number(row.studies);
    if (row.reviews > 0) {
        text += QStringLiteral(" (%1)").arg(
            counted(row.reviews, EvidencePage::tr("review"), EvidencePage::tr("reviews")));
    }
    return text;
}

QString participantsText(const SummaryRow& row)
{
    if (!row.participants) {
        return EvidencePage::tr("not reported");
    }
    QString text = QString::number(*row.participants);
    if (row.studiesWithoutParticipants > 0) {
        text += EvidencePage::tr(" (+%1 without n)").arg(row.studiesWithoutParticipants);
    }
    return text;
}

QString levelsText(int levels)
{
    // U+2212 minus: "−1" reads as a step down, not a hyphen.
    return levels > 0 ? QStringLiteral("+%1").arg(levels) : QStringLiteral("\u2212%1").arg(-levels);
}

QString sentence(const QString& text)
{
    return text.endsWith(QLatin1Char('.')) ? text : text + QLatin1Char('.');
}

// "Started High (randomised trials)." then one sentence per reason and the rationale, one a line,
// so the tooltip lists them and the "why" line can run them together.
QString gradeReasons(const GradeAssessment& grade)
{
    QStringList lines;
    lines << (grade.start == GradeStart::Randomised
                  ? EvidencePage::tr("Started High (randomised trials).")
                  : EvidencePage::tr("Started Low (observational studies)."));
    for (const GradeReason& reason : grade.reasons) {
        QString domain = displayName(reason.domain);
        domain[0] = domain.at(0).toUpper();
        lines << sentence(domain + QLatin1Char(' ') + levelsText(reason.levels) + QStringLiteral(": ") +
                          reason.explanation);
    }
    if (!grade.rationale.isEmpty()) {
        lines << sentence(grade.rationale);
    }
    return lines.join(QLatin1Char('\n'));
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

EvidencePage::EvidencePage(DiarySession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_refresher(new PageRefresher(*this, *this, session, DiaryChange::Subject::Profiles))
    , m_urlOpener([](const QUrl& url) { QDesktopServices::openUrl(url); })
{
    const QPalette& colours = palette();
    QPalette mutedPalette = colours;
    mutedPalette.setColor(QPalette::WindowText, MessageStyle::mutedColour(colours));

    // Left: search and the conditions.
    auto* left = new QWidget(this);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("evidenceSearch"));
    m_search->setPlaceholderText(tr("Search conditions, studies, DOI, NCT…"));
    m_search->setAccessibleName(tr("Search the evidence"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &EvidencePage::runSearch);

    m_list = new QTreeWidget(left);
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

    m_addButton = new QPushButton(tr("&Add a source or finding…"), left);
    m_addButton->setObjectName(QStringLiteral("addEvidenceButton"));
    m_addButton->setAccessibleName(tr("Add a source or finding"));
    connect(m_addButton, &QPushButton::clicked, this, [this] { openUserEvidenceDialog(); });
    m_importButton = new QPushButton(tr("&Import references…"), left);
    m_importButton->setObjectName(QStringLiteral("importReferencesButton"));
    m_importButton->setAccessibleName(tr("Import references from a CSL-JSON or RIS file"));
    m_importButton->setToolTip(tr("CSL-JSON (Zotero, citation.js) or RIS (PubMed, Zotero, EndNote)"));
    connect(m_importButton, &QPushButton::clicked, this, &EvidencePage::chooseImportFile);
    m_importStatus = new QLabel(left);
    m_importStatus->setObjectName(QStringLiteral("importStatus"));
    m_importStatus->setWordWrap(true);
    m_importStatus->setTextFormat(Qt::PlainText);
    m_importStatus->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_importButton);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_importStatus);

    // Right: the chosen condition.
    auto* right = new QWidget(this);
    m_title = new QLabel(right);
    m_title->setObjectName(QStringLiteral("conditionTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta = new QLabel(right);
    m_meta->setObjectName(QStringLiteral("conditionDetails"));
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    m_meta->setPalette(mutedPalette);
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("evidenceStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    QFont statusFont = m_status->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.1);
    m_status->setFont(statusFont);

    auto* summaryHeading = new QLabel(
        tr("<b>Summary of findings</b> — studies only; personal reports and advocacy are not counted"),
        right);
    m_summaryTable = new QTableWidget(0, 6, right);
    m_summaryTable->setObjectName(QStringLiteral("summaryTable"));
    m_summaryTable->setAccessibleName(tr("Summary of findings"));
    m_summaryTable->setHorizontalHeaderLabels({tr("Outcome"), tr("Direction (studies)"),
                                               tr("Strongest design"), tr("Studies"), tr("Participants"),
                                               tr("Certainty (GRADE)")});
    m_summaryTable->verticalHeader()->hide();
    m_summaryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summaryTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summaryTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_summaryTable->setWordWrap(false);
    // Every column as wide as its words ("no difference" must never be cut to "no differen…"); the
    // last takes what is left, and a narrow window scrolls sideways.
    m_summaryTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summaryTable->horizontalHeader()->setStretchLastSection(true);
    m_summaryTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_summaryTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_summaryTable, &QTableWidget::currentCellChanged, this, [this](int row) { showGradeWhy(row); });
    m_gradeWhy = new QLabel(right);
    m_gradeWhy->setObjectName(QStringLiteral("gradeWhy"));
    m_gradeWhy->setTextFormat(Qt::PlainText);
    m_gradeWhy->setWordWrap(true);
    m_gradeWhy->setPalette(mutedPalette);

    const auto browser = [this](const QString& name, const QString& accessibleName, QWidget* parentWidget) {
        auto* view = new QTextBrowser(parentWidget);
        view->setObjectName(name);
        view->setAccessibleName(accessibleName);
        // Links go to the url opener (the person's browser), never loaded here.
        view->setOpenLinks(false);
        view->setOpenExternalLinks(false);
        connect(view, &QTextBrowser::anchorClicked, this, &EvidencePage::openLink);
        return view;
    };
    m_findings = browser(QStringLiteral("findingsView"), tr("Findings and their sources"), right);

    // The personal-reports lane is visibly apart: its own framed box with a heading that says it
    // is not graded and not counted.
    auto* personalBox = new QFrame(right);
    personalBox->setObjectName(QStringLiteral("personalReportsBox"));
    const QColor warning = MessageStyle::warningColour(colours);
    personalBox->setStyleSheet(QStringLiteral("QFrame#personalReportsBox { border: 2px dashed %1; "
                                              "border-radius: 6px; }")
                                   .arg(warning.name()));
    auto* personalHeading =
        new QLabel(tr("Personal reports and advocacy — not graded, not counted in the summary"), personalBox);
    personalHeading->setObjectName(QStringLiteral("personalReportsHeading"));
    QFont headingFont = personalHeading->font();
    headingFont.setBold(true);
    personalHeading->setFont(headingFont);
    QPalette warningPalette = personalHeading->palette();
    warningPalette.setColor(QPalette::WindowText, warning);
    personalHeading->setPalette(warningPalette);
    m_personal = browser(QStringLiteral("personalReports"),
                         tr("Personal reports and advocacy, not graded, not counted"), personalBox);
    m_personal->setFrameShape(QFrame::NoFrame);
    auto* personalLayout = new QVBoxLayout(personalBox);
    personalLayout->setContentsMargins(8, 6, 8, 6);
    personalLayout->addWidget(personalHeading);
    personalLayout->addWidget(m_personal, 1);

    auto* lanes = new QSplitter(Qt::Vertical, right);
    lanes->setObjectName(QStringLiteral("evidenceLanes"));
    lanes->setChildrenCollapsible(false);
    lanes->addWidget(m_findings);
    lanes->addWidget(personalBox);
    lanes->setStretchFactor(0, 3);
    lanes->setStretchFactor(1, 2);

    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_meta);
    rightLayout->addWidget(m_status);
    rightLayout->addSpacing(4);
    rightLayout->addWidget(summaryHeading);
    rightLayout->addWidget(m_summaryTable);
    rightLayout->addWidget(m_gradeWhy);
    rightLayout->addWidget(lanes, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("evidenceSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 900});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Ctrl+F while the tab is on screen; a hidden page's shortcut does not fire.
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    showNothing(tr("Choose a condition on the left."));
    setReadOnly(session.isReadOnly());
}

void EvidencePage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_importButton->setEnabled(!readOnly);
    if (readOnly) {
        m_addButton->setEnabled(false);
    }
    m_addButton->setToolTip(readOnly ? tr("The diary is open read-only, for review") : QString());
    m_importButton->setToolTip(readOnly
                                   ? tr("The diary is open read-only, for review")
                                   : tr("CSL-JSON (Zotero, citation.js) or RIS (PubMed, Zotero, EndNote)"));
}

void EvidencePage::showProfile(std::int64_t profileId)
{
    m_profileId = profileId;
    m_refresher->markShown(profileId);
    installPackIfNeeded();
    showMyConditions();
}

void EvidencePage::clear()
{
    m_refresher->markShown(std::nullopt);
    m_profileId.reset();
    m_firstOwnCondition.reset();
    m_searchTimer->stop();
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    m_list->clear();
    m_importStatus->hide();
    showNothing(tr("Choose a profile to see the evidence for their conditions."));
}

void EvidencePage::showMyConditions()
{
    m_searchTimer->stop();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    rebuildBrowseList();
    selectFirstSelectable();
}

void EvidencePage::showCondition(const QString& name)
{
    installPackIfNeeded();
    const std::optional<Condition> condition = m_session.evidence().findCondition(name);
    if (!condition) {
        showNothing(tr("The library has no condition called \"%1\".").arg(name));
        return;
    }
    // Select it in the list when it is there (its item shows the selection); otherwise show it.
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(0, kKindRole).toInt() == static_cast<int>(ItemKind::Condition) &&
            item->data(0, kIdRole).toLongLong() == condition->id) {
            m_list->setCurrentItem(item);
            if (m_conditionId == condition->id) {
                return;
            }
        }
    }
    showConditionById(condition->id, {});
}

void EvidencePage::setUrlOpener(std::function<void(const QUrl&)> opener)
{
    m_urlOpener = std::move(opener);
}

bool EvidencePage::importReferences(const QString& path)
{
    if (m_readOnly) {
        setImportMessage(tr("Nothing was imported: this diary is open read-only, for review."), true);
        return false;
    }
    const QString file = QFileInfo(path).fileName();
    try {
        const EvidenceFileImport imported = m_session.evidenceService().importFile(path);
        const EvidenceImportResult& result = imported.result;
        QString text = tr("Imported %1 from %2")
                           .arg(counted(result.sourcesAdded, tr("reference"), tr("references")), file);
        if (result.claimsAdded > 0) {
            text += tr(" and %1").arg(counted(result.claimsAdded, tr("finding"), tr("findings")));
        }
        if (result.sourcesAlreadyPresent > 0) {
            text += tr("; %1 already in the library").arg(result.sourcesAlreadyPresent);
        }
        text += tr(". Set each one's design to have it counted.");
        setImportMessage(text, false);
    } catch (const InputError& error) {
        // The location names the file and line (and record), so the person can find the fault.
        // The message starts with the file's name, so it is not capitalised like a sentence.
        QString message = error.message();
        if (!message.endsWith(QLatin1Char('.'))) {
            message += QLatin1Char('.');
        }
        setImportMessage(tr("Nothing was imported. %1").arg(message), true);
        return false;
    } catch (const StorageError& error) {
        setImportMessage(tr("Nothing was imported. %1").arg(ProblemText::sentence(ProblemText::of(error))),
                         true);
        return false;
    }
    if (m_search->text().trimmed().isEmpty()) {
        rebuildBrowseList();
    } else {
        runSearch();
    }
    return true;
}

UserEvidenceDialog* EvidencePage::openUserEvidenceDialog()
{
    if (m_readOnly) {
        return nullptr;
    }
    const std::int64_t conditionId = m_conditionId.value_or(0);
    auto* dialog = new UserEvidenceDialog(m_session, conditionId, m_title->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &UserEvidenceDialog::saved, this, [this](std::int64_t sourceId, std::int64_t claimId) {
        if (m_search->text().trimmed().isEmpty()) {
            rebuildBrowseList();
        } else {
            runSearch();
        }
        if (claimId != 0 && m_conditionId) {
            showConditionById(*m_conditionId, {claimId, 0});
        } else {
            showSourceAlone(sourceId);
        }
    });
    dialog->show();
    return dialog;
}

bool EvidencePage::eventFilter(QObject* watched, QEvent* event)
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

void EvidencePage::installPackIfNeeded()
{
    if (m_packChecked) {
        return;
    }
    m_packChecked = true;
    try {
        const EvidencePackInstallResult installed = m_session.evidenceService().installBundled();
        if (m_session.isReadOnly() && installed.version == 0) {
            setImportMessage(
                tr("This diary has no copy of the evidence library, and none can be added while it "
                   "is open read-only; only its own entries are shown."),
                false);
        }
    } catch (const std::exception& error) {
        // The person's own entries still work; say why the bundled evidence is missing.
        setImportMessage(tr("The bundled evidence could not be installed: %1").arg(ProblemText::of(error)),
                         true);
    }
}

QTreeWidgetItem* EvidencePage::addHeading(const QString& text)
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

QTreeWidgetItem* EvidencePage::addItem(ItemKind kind, std::int64_t id, const QString& text,
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

void EvidencePage::rebuildBrowseList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_firstOwnCondition.reset();
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
                if (!m_firstOwnCondition) {
                    m_firstOwnCondition = condition->id;
                }
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
    if (m_conditionId) {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_list->topLevelItem(i);
            if (item->data(0, kKindRole).toInt() == static_cast<int>(ItemKind::Condition) &&
                item->data(0, kIdRole).toLongLong() == *m_conditionId) {
                m_list->setCurrentItem(item);
                break;
            }
        }
    }
}

void EvidencePage::runSearch()
{
    m_searchTimer->stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        rebuildBrowseList();
        return;
    }
    const EvidenceSearchResults results = EvidenceSearch(m_session.database()).search(text);
    {
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
                addItem(ItemKind::Claim, hit.id, tr("Claim: %1").arg(hit.title), originTag(hit, direction),
                        hit.title + QLatin1Char('\n') + hit.detail);
            }
        }
    }
}

void EvidencePage::selectFirstSelectable()
{
    QTreeWidgetItem* first = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->flags() & Qt::ItemIsSelectable) {
            first = item;
            break;
        }
    }
    if (first) {
        m_list->setCurrentItem(first);
    }
    // The "My conditions" heading stays in view above the first of them.
    m_list->scrollToTop();
}

void EvidencePage::moveSelection(int step)
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

void EvidencePage::itemChosen(QTreeWidgetItem* item)
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
        showConditionById(id, {});
        return;
    case ItemKind::Claim:
        if (const std::optional<EvidenceClaim> claim = repository.claim(id)) {
            showConditionById(claim->conditionId, {id, 0});
        }
        return;
    case ItemKind::Source: {
        const std::vector<std::int64_t> conditions = repository.conditionsCiting(id);
        if (conditions.empty()) {
            showSourceAlone(id);
        } else {
            showConditionById(conditions.front(), {0, id});
        }
        return;
    }
    }
}

void EvidencePage::showConditionById(std::int64_t conditionId, const EvidenceHtml::Highlight& highlight)
{
    const ConditionEvidence evidence = m_session.evidence().conditionEvidence(conditionId);
    const SummaryOfFindings summary = SummaryOfFindings::build(evidence.claims, evidence.grades);
    m_conditionId = conditionId;
    const Condition& condition = evidence.condition;

    m_title->setText(condition.name);
    QStringList meta;
    if (!condition.synonyms.isEmpty()) {
        meta << tr("Also called %1").arg(condition.synonyms.join(QStringLiteral(", ")));
    }
    meta << tr("Category: %1").arg(displayName(condition.category));
    if (condition.origin == EntryOrigin::User) {
        meta << tr("Your entry");
    }
    QString details = meta.join(QStringLiteral(" · "));
    if (!condition.description.isEmpty()) {
        details += QLatin1Char('\n') + condition.description;
    }
    m_meta->setText(details);

    m_status->setText(statusSentence(summary));
    QPalette statusPalette = palette();
    const bool trials = summary.status() == EvidenceStatus::RandomisedTrials;
    QFont statusFont = m_status->font();
    statusFont.setBold(!trials);
    m_status->setFont(statusFont);
    if (!trials) {
        statusPalette.setColor(QPalette::WindowText, MessageStyle::warningColour(palette()));
    }
    m_status->setPalette(statusPalette);

    fillSummary(summary);
    QString findings = EvidenceHtml::findings(summary, highlight, palette());
    QString personal = EvidenceHtml::personalReports(summary, highlight, palette());
    if (m_readOnly) {
        findings = withoutEditLinks(findings);
        personal = withoutEditLinks(personal);
    }
    m_findings->setHtml(findings);
    m_personal->setHtml(personal);
    const QString anchor = EvidenceHtml::firstHighlighted(summary, highlight);
    if (!anchor.isEmpty()) {
        m_findings->scrollToAnchor(anchor);
        m_personal->scrollToAnchor(anchor);
    }
    m_summary = summary;
    m_addButton->setEnabled(!m_readOnly);
}

void EvidencePage::showSourceAlone(std::int64_t sourceId)
{
    const std::optional<EvidenceSource> source = m_session.evidence().source(sourceId);
    if (!source) {
        return;
    }
    m_conditionId.reset();
    m_summary.reset();
    m_title->setText(source->shortCitation());
    m_meta->setText(displayName(source->kind));
    m_status->setText(tr("No finding cites this source yet."));
    m_status->setPalette(palette());
    fillSummary(SummaryOfFindings::build({}, {}));
    const QString html = EvidenceHtml::standaloneSource(*source, palette());
    m_findings->setHtml(m_readOnly ? withoutEditLinks(html) : html);
    m_personal->clear();
}

void EvidencePage::showNothing(const QString& message)
{
    m_conditionId.reset();
    m_summary.reset();
    m_title->setText(tr("Evidence"));
    m_meta->clear();
    m_status->setText(message);
    m_status->setPalette(palette());
    m_summaryTable->setRowCount(0);
    m_summaryTable->hide();
    m_gradeWhy->clear();
    m_findings->clear();
    m_personal->clear();
}

void EvidencePage::fillSummary(const SummaryOfFindings& summary)
{
    const QSignalBlocker blocker(m_summaryTable);
    const std::vector<SummaryRow>& rows = summary.rows();
    m_summaryTable->setRowCount(static_cast<int>(rows.size()));
    int firstGraded = -1;
    QFont bold = m_summaryTable->font();
    bold.setBold(true);
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        const SummaryRow& row = rows[static_cast<std::size_t>(i)];
        m_summaryTable->setItem(i, 0, cell(row.outcome));
        // Nulls and positives in the same weight: the direction column is bold for every row.
        auto* direction = cell(row.directionText());
        direction->setFont(bold);
        m_summaryTable->setItem(i, 1, direction);
        m_summaryTable->setItem(i, 2, cell(DesignBadge::forKind(row.strongestDesign).shortLabel()));
        m_summaryTable->setItem(i, 3, cell(studiesText(row)));
        m_summaryTable->setItem(i, 4, cell(participantsText(row)));
        if (row.grade) {
            QString certainty = displayName(row.grade->certainty());
            if (row.grade->origin == EntryOrigin::User) {
                certainty += tr(" (your grade)");
            }
            auto* item = cell(certainty);
            item->setToolTip(gradeReasons(*row.grade));
            m_summaryTable->setItem(i, 5, item);
            if (firstGraded < 0) {
                firstGraded = i;
            }
        } else {
            m_summaryTable->setItem(i, 5, cell(tr("not graded")));
        }
    }
    m_summaryTable->setVisible(!rows.empty());
    if (!rows.empty()) {
        const int shown = std::min(static_cast<int>(rows.size()), kSummaryRowsShown);
        int height =
            m_summaryTable->horizontalHeader()->sizeHint().height() + 2 * m_summaryTable->frameWidth();
        for (int i = 0; i < shown; ++i) {
            height += m_summaryTable->rowHeight(i);
        }
        m_summaryTable->setFixedHeight(height + 2);
    }
    const int selected = firstGraded >= 0 ? firstGraded : 0;
    if (!rows.empty()) {
        m_summaryTable->setCurrentCell(selected, 0);
    }
    m_summary = summary;
    showGradeWhy(rows.empty() ? -1 : selected);
}

void EvidencePage::showGradeWhy(int row)
{
    if (!m_summary || row < 0 || row >= static_cast<int>(m_summary->rows().size())) {
        m_gradeWhy->setText(
            m_summary && m_summary->rows().empty()
                ? tr("Nothing to summarise: no study in the library counts for this condition.")
                : QString());
        return;
    }
    const SummaryRow& summaryRow = m_summary->rows()[static_cast<std::size_t>(row)];
    if (!summaryRow.grade) {
        m_gradeWhy->setText(
            tr("Why: %1 is not graded yet (select a row to see its reasons).").arg(summaryRow.outcome));
        return;
    }
    QString why = gradeReasons(*summaryRow.grade);
    why.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_gradeWhy->setText(
        tr("Why %1 for %2? %3")
            .arg(displayName(summaryRow.grade->certainty()).toLower(), summaryRow.outcome, why));
}

void EvidencePage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import references"), QString(),
        tr("References (*.json *.ris *.txt);;CSL-JSON (*.json);;RIS (*.ris *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        importReferences(path);
    }
}

UserEvidenceDialog* EvidencePage::openEditDialog(std::int64_t sourceId, std::int64_t claimId)
{
    UserEvidenceDialog* dialog = openUserEvidenceDialog();
    if (dialog) {
        dialog->loadForEditing(sourceId, claimId);
    }
    return dialog;
}

void EvidencePage::openLink(const QUrl& url)
{
    if (url.scheme() == QLatin1String("ldn-edit")) {
        if (m_readOnly) {
            return;
        }
        const QStringList ids = url.path().split(QLatin1Char('/'));
        if (ids.size() == 2) {
            openEditDialog(ids[0].toLongLong(), ids[1].toLongLong());
        }
        return;
    }
    // Only web addresses leave the application, and only when the person clicks them.
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) {
        m_urlOpener(url);
    }
}

void EvidencePage::setImportMessage(const QString& text, bool error)
{
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText,
                     error ? MessageStyle::errorColour(palette()) : palette().color(QPalette::WindowText));
    m_importStatus->setPalette(colours);
    m_importStatus->setText(text);
    m_importStatus->show();
}

} // namespace ldn
