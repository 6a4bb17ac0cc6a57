#include "gui/window/WindowPlacement.h"

#include <algorithm>

namespace ldn {
namespace {

QSize inside(const QRect& available, const QMargins& frame)
{
    return {std::max(1, available.width() - frame.left() - frame.right()),
            std::max(1, available.height() - frame.top() - frame.bottom())};
}

} // namespace

QSize WindowPlacement::firstStartSize(const QRect& available, const QMargins& frame)
{
    return kComfortableSize.boundedTo(inside(available, frame));
}

QRect WindowPlacement::firstStartGeometry(const QRect& available, const QMargins& frame)
{
    const QSize size = firstStartSize(available, frame);
    const QRect room = available.marginsRemoved(frame);
    return {QPoint(room.left() + (room.width() - size.width()) / 2,
                   room.top() + (room.height() - size.height()) / 2),
            size};
}

QRect WindowPlacement::clamped(const QRect& geometry, const QRect& available, const QMargins& frame)
{
    const QRect room = available.marginsRemoved(frame);
    QRect result(geometry.topLeft(), geometry.size().boundedTo(inside(available, frame)));
    // Left and top win where the frame alone is wider than the room.
    result.moveLeft(
        std::max(room.left(), std::min(result.left(), room.left() + room.width() - result.width())));
    result.moveTop(
        std::max(room.top(), std::min(result.top(), room.top() + room.height() - result.height())));
    return result;
}

} // namespace ldn
