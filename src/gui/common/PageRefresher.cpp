#include "gui/common/PageRefresher.h"

#include "gui/common/ProfileView.h"
#include "services/DiarySession.h"
#include "services/ProblemText.h"

#include <QEvent>
#include <QWidget>

namespace ldn {

PageRefresher::PageRefresher(QWidget& page, ProfileView& view, DiarySession& session,
                             DiaryChange::Subjects shown)
    : QObject(&page)
    , m_page(page)
    , m_shown(shown)
    , m_view(view)
{
    connect(&session, &DiarySession::changed, this, &PageRefresher::onChanged);
    m_page.installEventFilter(this);
}

void PageRefresher::follow(std::optional<std::int64_t> profileId)
{
    if (profileId == m_followed && !m_stale) {
        return;
    }
    m_followed = profileId;
    m_stale = true;
    refreshIfVisible();
}

void PageRefresher::markShown(std::optional<std::int64_t> profileId)
{
    m_followed = profileId;
    m_stale = false;
}

void PageRefresher::onChanged(const DiaryChange& change)
{
    if (m_ownChanges == 0 && m_followed && change.concerns(m_shown, m_followed)) {
        m_stale = true;
        refreshIfVisible();
    }
}

void PageRefresher::refreshIfVisible()
{
    if (!m_stale || !m_page.isVisible()) {
        return;
    }
    m_stale = false;
    if (m_followed) {
        try {
            m_view.showProfile(*m_followed); // which calls markShown
        } catch (const std::exception& error) {
            Q_EMIT readFailed(ProblemText::of(error));
        }
    }
}

bool PageRefresher::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_page && event->type() == QEvent::Show) {
        refreshIfVisible();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ldn
