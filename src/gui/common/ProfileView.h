#pragma once

#include <cstdint>

namespace ldn {

class PageRefresher;

// What the main window asks of the page in each tab: show one person's diary, forget it, and
// refuse edits while another person's diary is reviewed. Each page's PageRefresher knows which
// kinds of change it shows and reads the diary again after them, so the window keeps no list of
// what to refresh after what.
class ProfileView {
public:
    virtual ~ProfileView() = default;

    // Reads and shows the profile's diary now (a StorageError propagates).
    virtual void showProfile(std::int64_t profileId) = 0;
    // No profile: an empty page.
    virtual void clear() = 0;
    virtual void setReadOnly(bool readOnly) = 0;
    virtual PageRefresher& refresher() = 0;
};

} // namespace ldn
