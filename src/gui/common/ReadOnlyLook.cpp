#include "gui/common/ReadOnlyLook.h"

#include <QPalette>
#include <QWidget>

#include <initializer_list>

namespace ldn {

void ReadOnlyLook::apply(QWidget* part, bool readOnly)
{
    part->setEnabled(!readOnly);
    // The part's own palette is reset first, so it inherits its parent's (and follows a theme change).
    part->setPalette(QPalette());
    if (!readOnly) {
        return;
    }
    QPalette colours = part->palette();
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::Base, QPalette::Button,
          QPalette::Window, QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark,
          QPalette::Shadow, QPalette::Highlight, QPalette::HighlightedText, QPalette::AlternateBase}) {
        colours.setColor(QPalette::Disabled, role, colours.color(QPalette::Active, role));
    }
    part->setPalette(colours);
}

} // namespace ldn
