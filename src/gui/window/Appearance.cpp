#include "gui/window/Appearance.h"

#include "gui/common/MessageStyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace ldn {
namespace {

Appearance::Theme g_current = Appearance::Theme::System;
// The platform's style as the application started, put back when System is chosen again.
QString g_platformStyle;

void useStyle(const QString& name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0) {
        if (QStyle* style = QStyleFactory::create(name)) {
            QApplication::setStyle(style);
        }
    }
}

} // namespace

QString Appearance::name(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Appearance::Theme> Appearance::themeNamed(const QString& name)
{
    for (const Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        if (name.compare(Appearance::name(theme), Qt::CaseInsensitive) == 0) {
            return theme;
        }
    }
    return std::nullopt;
}

void Appearance::apply(Theme theme)
{
    if (g_platformStyle.isEmpty()) {
        g_platformStyle = QApplication::style()->name();
    }
    const Theme previous = g_current;
    g_current = theme;
    switch (theme) {
    case Theme::System:
        if (previous == Theme::System) {
            return; // nothing was changed, so nothing is put back
        }
        useStyle(g_platformStyle);
        // An empty palette drops the one set before: the platform's (and style's) palette returns.
        QApplication::setPalette(QPalette());
        return;
    case Theme::Light:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    case Theme::Dark:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        return;
    }
}

Appearance::Theme Appearance::current()
{
    return g_current;
}

bool Appearance::isDark()
{
    return MessageStyle::isDark(QApplication::palette());
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2A, 0x2A, 0x2A);
    const QColor text(0xE8, 0xE8, 0xE8);
    const QColor disabledText(0x8A, 0x8A, 0x8A);
    QPalette palette(text, window, QColor(0x50, 0x50, 0x50), QColor(0x20, 0x20, 0x20),
                     QColor(0x2E, 0x2E, 0x2E), text, QColor(0xFF, 0xFF, 0xFF), base, window);
    palette.setColor(QPalette::Midlight, QColor(0x42, 0x42, 0x42));
    palette.setColor(QPalette::Shadow, QColor(0x14, 0x14, 0x14));
    palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    palette.setColor(QPalette::ToolTipBase, QColor(0x24, 0x24, 0x24));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
    palette.setColor(QPalette::Highlight, QColor(0x2F, 0x7F, 0xC8));
    palette.setColor(QPalette::HighlightedText, QColor(0xFF, 0xFF, 0xFF));
    palette.setColor(QPalette::Link, QColor(0x7C, 0xC0, 0xFF));
    palette.setColor(QPalette::LinkVisited, QColor(0xC3, 0x9C, 0xF0));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    palette.setColor(QPalette::Disabled, QPalette::Base, QColor(0x30, 0x30, 0x30));
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x30, 0x30, 0x30));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    palette.setColor(QPalette::Disabled, QPalette::Light, QColor(0x35, 0x35, 0x35));
    return palette;
}

} // namespace ldn
