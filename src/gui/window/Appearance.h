#pragma once

#include <QPalette>
#include <QString>

#include <optional>

namespace ldn {

// Light or dark: the View menu's Appearance and `--theme`. Qt 6.4 has no colour-scheme API, so
// "System" keeps the platform's own palette (and style) and counts as dark when that palette's
// window colour is dark; widgets that draw colours of their own read the palette they are given
// and follow its changes (MessageStyle, PaletteFollower), so a desktop switching to dark while the
// app runs is followed too. Light and Dark are Fusion with its light palette or a dark one.
class Appearance {
public:
    enum class Theme { System, Light, Dark };

    // "system", "light", "dark" (as `--theme` and the settings file write them).
    static QString name(Theme theme);
    static std::optional<Theme> themeNamed(const QString& name);

    // Applies the theme to the running QApplication (its style and palette). Applying System at
    // start-up changes nothing, so the usual start pays nothing for themes.
    static void apply(Theme theme);
    // The theme applied last (System before any).
    static Theme current();

    // Dark when the application's palette is, whatever the theme that made it so.
    static bool isDark();

    // Fusion's colours turned dark: text and controls at readable contrast on a dark grey.
    static QPalette darkPalette();
};

} // namespace ldn
