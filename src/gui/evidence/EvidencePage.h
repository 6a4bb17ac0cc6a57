#pragma once

#include "gui/common/ProfileView.h"
#include "gui/evidence/EvidenceHtml.h"

#include <QString>
#include <QUrl>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <optional>

namespace ldn {

class ConditionEvidenceView;
class DiarySession;
class EvidenceBrowser;
class PageRefresher;
class UserEvidenceDialog;

// The "Evidence" tab: what the library holds about LDN for each condition, the person's own first.
// On the left the search and the conditions (EvidenceBrowser); on the right, for the chosen
// condition, the summary of findings, the findings with their sources and, apart, the personal
// reports and advocacy (ConditionEvidenceView). The page joins the two, installs the bundled
// pack, imports references and opens the dialogs for the person's own entries. Links open in the
// person's browser through the url opener; the page fetches nothing.
class EvidencePage : public QWidget, public ProfileView {
    Q_OBJECT

public:
    explicit EvidencePage(DiarySession& session, QWidget* parent = nullptr);

    // Installs the bundled evidence pack the first time (later calls find it installed), then lists
    // the profile's conditions first and shows the first of them.
    void showProfile(std::int64_t profileId) override;
    void clear() override;
    // Selects a condition by name or synonym; an unknown name is said so on the page.
    void showCondition(const QString& name);
    // Opening links goes through this hook (default QDesktopServices::openUrl), so tests can check
    // the addresses without a browser.
    void setUrlOpener(std::function<void(const QUrl&)> opener);

    // Imports a CSL-JSON or RIS file (or an evidence pack) as the person's own entries and says
    // what happened beside the button; returns false, having imported nothing, on a bad file.
    bool importReferences(const QString& path);
    // Opens "Add a source or finding…" for the condition on show, window-modal without blocking.
    UserEvidenceDialog* openUserEvidenceDialog();
    // The dialog filled with the person's own entry, saving changes in place.
    UserEvidenceDialog* openEditDialog(std::int64_t sourceId, std::int64_t claimId);

    // Read-only (another person's diary open for review): the library is browsed as the file has
    // it; adding, importing and editing are off (the dialogs above return nullptr, importing
    // refuses). A page on a diary opened read-only starts read-only.
    void setReadOnly(bool readOnly) override;
    PageRefresher& refresher() override { return *m_refresher; }
    bool isReadOnly() const { return m_readOnly; }

public Q_SLOTS:
    // One click from the diary: clears the search and shows the first of the profile's conditions.
    void showMyConditions();

private:
    void installPackIfNeeded();
    void showConditionById(std::int64_t conditionId, const EvidenceHtml::Highlight& highlight);
    void showSourceAlone(std::int64_t sourceId);
    void showNothing(const QString& message);
    void chooseImportFile();
    void openLink(const QUrl& url);
    void setImportMessage(const QString& text, bool error);

    DiarySession& m_session;
    PageRefresher* m_refresher;
    std::optional<std::int64_t> m_profileId;
    std::optional<std::int64_t> m_conditionId;
    bool m_packChecked = false;
    bool m_readOnly = false;
    std::function<void(const QUrl&)> m_urlOpener;

    EvidenceBrowser* m_browser;
    ConditionEvidenceView* m_view;
};

} // namespace ldn
