#include "gui/evidence/EvidencePage.h"

#include "gui/common/PageRefresher.h"
#include "gui/evidence/ConditionEvidenceView.h"
#include "gui/evidence/EvidenceBrowser.h"
#include "gui/evidence/ReferenceImportDialog.h"
#include "gui/evidence/UserEvidenceDialog.h"
#include "services/DiarySession.h"
#include "services/EvidenceService.h"
#include "services/ProblemText.h"
#include "storage/evidence/EvidencePackInstaller.h"
#include "storage/evidence/EvidenceRepository.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace ldn {

EvidencePage::EvidencePage(DiarySession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_refresher(new PageRefresher(*this, *this, session, DiaryChange::Subject::Profiles))
    , m_urlOpener([](const QUrl& url) { QDesktopServices::openUrl(url); })
    , m_browser(new EvidenceBrowser(session, this))
    , m_view(new ConditionEvidenceView(this))
{
    connect(m_browser, &EvidenceBrowser::conditionChosen, this, &EvidencePage::showConditionById);
    connect(m_browser, &EvidenceBrowser::uncitedSourceChosen, this, &EvidencePage::showSourceAlone);
    connect(m_browser, &EvidenceBrowser::addRequested, this, [this] { openUserEvidenceDialog(); });
    connect(m_browser, &EvidenceBrowser::importRequested, this, &EvidencePage::chooseImportFile);
    connect(m_view, &ConditionEvidenceView::linkClicked, this, &EvidencePage::openLink);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("evidenceSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_browser);
    // On a small screen (960x540, a 1920x1080 screen at 200%) a condition's heading, status and
    // summary table with both lanes under them are taller than the page: they scroll, not clip.
    auto* viewScroll = new QScrollArea(splitter);
    viewScroll->setObjectName(QStringLiteral("conditionEvidenceScroll"));
    viewScroll->setAccessibleName(tr("Evidence for the condition"));
    viewScroll->setFrameShape(QFrame::NoFrame);
    viewScroll->setWidgetResizable(true);
    viewScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewScroll->setWidget(m_view);
    splitter->addWidget(viewScroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 900});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Ctrl+F while the tab is on screen; a hidden page's shortcut does not fire.
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_browser, &EvidenceBrowser::focusSearch);

    showNothing(tr("Choose a condition on the left."));
    setReadOnly(session.isReadOnly());
}

void EvidencePage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_browser->setReadOnly(readOnly);
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
    m_browser->clear();
    showNothing(tr("Choose a profile to see the evidence for their conditions."));
}

void EvidencePage::showMyConditions()
{
    m_browser->setProfile(m_profileId);
    m_browser->showConditions();
    m_browser->selectFirst();
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
    m_browser->selectCondition(condition->id);
    if (m_conditionId != condition->id) {
        showConditionById(condition->id, {});
    }
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
    // The dialog imports a file it can take whole at once, and otherwise lists what would be left
    // out or changed before the person confirms.
    auto* dialog = new ReferenceImportDialog(m_session, path, this);
    connect(dialog, &ReferenceImportDialog::importFinished, this,
            [this](const QString& message, bool error, bool changed) {
                setImportMessage(message, error);
                if (changed) {
                    m_browser->refresh();
                }
            });
    return dialog->start();
}

UserEvidenceDialog* EvidencePage::openUserEvidenceDialog()
{
    if (m_readOnly) {
        return nullptr;
    }
    const std::int64_t conditionId = m_conditionId.value_or(0);
    auto* dialog = new UserEvidenceDialog(m_session, conditionId, m_view->title(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &UserEvidenceDialog::saved, this, [this](std::int64_t sourceId, std::int64_t claimId) {
        m_browser->refresh();
        if (claimId != 0 && m_conditionId) {
            showConditionById(*m_conditionId, {claimId, 0});
        } else {
            showSourceAlone(sourceId);
        }
    });
    dialog->show();
    return dialog;
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

void EvidencePage::showConditionById(std::int64_t conditionId, const EvidenceHtml::Highlight& highlight)
{
    const ConditionEvidence evidence = m_session.evidence().conditionEvidence(conditionId);
    const SummaryOfFindings summary = SummaryOfFindings::build(evidence.claims, evidence.grades);
    m_conditionId = conditionId;
    m_browser->setShownCondition(m_conditionId);
    m_view->showCondition(evidence, summary, highlight, m_readOnly);
    m_browser->setAddEnabled(!m_readOnly);
}

void EvidencePage::showSourceAlone(std::int64_t sourceId)
{
    const std::optional<EvidenceSource> source = m_session.evidence().source(sourceId);
    if (!source) {
        return;
    }
    m_conditionId.reset();
    m_browser->setShownCondition(m_conditionId);
    m_view->showSource(*source, m_readOnly);
}

void EvidencePage::showNothing(const QString& message)
{
    m_conditionId.reset();
    m_browser->setShownCondition(m_conditionId);
    m_view->showNothing(message);
}

void EvidencePage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import references"), QString(),
        tr("References (*.json *.ris *.nbib *.txt);;CSL-JSON (*.json);;RIS (*.ris *.txt);;PubMed MEDLINE "
           "(*.nbib *.txt);;All files (*)"));
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
    m_browser->setImportMessage(text, error);
}

} // namespace ldn
