#pragma once

class QWidget;

namespace ldn {

// A part of a form that shows a diary it may not change (a review): its inputs are disabled, so
// nothing can be changed by mouse or keyboard, but drawn with the colours of enabled ones, so the
// values stay readable at full contrast instead of greying out. Qt's disabled look is meant for
// controls that do not apply; here they apply and are the very thing being read.
class ReadOnlyLook {
public:
    static void apply(QWidget* part, bool readOnly);
};

} // namespace ldn
