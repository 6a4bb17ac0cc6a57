#pragma once

#include "services/DiaryChange.h"

#include <QObject>

#include <cstdint>
#include <optional>

class QWidget;

namespace ldn {

class DiarySession;
class ProfileView;

// Keeps one page up to date with the diary without anyone keeping a list of what to refresh: the
// page says which kinds of data it shows; after a change of those for the profile it follows
// (announced by the session's use cases), it reads the diary again at once when it is visible,
// otherwise the next time it is shown. A page switched to another profile behaves the same way,
// so a hidden tab never reads anything.
class PageRefresher : public QObject {
    Q_OBJECT

public:
    // While one is alive, the changes the page makes itself are not announced back to it: it
    // shows them itself (and keeps what it was doing, such as a selection), without a second read.
    class OwnChange {
    public:
        explicit OwnChange(PageRefresher& refresher)
            : m_refresher(refresher)
        {
            ++m_refresher.m_ownChanges;
        }
        ~OwnChange() { --m_refresher.m_ownChanges; }
        OwnChange(const OwnChange&) = delete;
        OwnChange& operator=(const OwnChange&) = delete;

    private:
        PageRefresher& m_refresher;
    };

    // `view` is `page`'s ProfileView, whose showProfile reads and shows a profile.
    PageRefresher(QWidget& page, ProfileView& view, DiarySession& session, DiaryChange::Subjects shown);

    // The profile the page should show from now on (none: nothing to show).
    void follow(std::optional<std::int64_t> profileId);
    // Called by the page when it has just read and shown `profileId` (or been cleared).
    void markShown(std::optional<std::int64_t> profileId);

    std::optional<std::int64_t> followed() const { return m_followed; }
    bool isStale() const { return m_stale; }

Q_SIGNALS:
    // Reading the diary failed (a StorageError, say); `problem` says what and where.
    void readFailed(const QString& problem);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onChanged(const DiaryChange& change);
    void refreshIfVisible();

    QWidget& m_page;
    DiaryChange::Subjects m_shown;
    ProfileView& m_view;
    std::optional<std::int64_t> m_followed;
    bool m_stale = false;
    int m_ownChanges = 0;
};

} // namespace ldn
