#pragma once

#include <QMargins>
#include <QRect>
#include <QSize>

namespace ldn {

// Where the main window goes on a screen, worked out without a window so it can be tested for any
// screen: a first start fills the screen's free area up to a comfortable size, and a remembered
// place is pulled back onto the screen it is shown on (a laptop unplugged from its monitor, a
// scale factor raised from 100% to 200%), never beyond it.
class WindowPlacement {
public:
    // Big enough for every page with room to spare, small enough to leave a large screen usable.
    static constexpr QSize kComfortableSize{1280, 800};
    // Every page is laid out to work down to this (a 1920x1080 screen at 200%).
    static constexpr QSize kSmallestLaidOutSize{960, 540};

    // The window's size (its contents, without the frame) on a first start: the comfortable size,
    // or the screen's free area less the frame where that is smaller.
    static QSize firstStartSize(const QRect& available, const QMargins& frame = {});
    // The window's contents centred in the free area.
    static QRect firstStartGeometry(const QRect& available, const QMargins& frame = {});
    // `geometry` (contents) moved and if need be shrunk so that it and its frame lie inside `available`.
    static QRect clamped(const QRect& geometry, const QRect& available, const QMargins& frame = {});
};

} // namespace ldn
