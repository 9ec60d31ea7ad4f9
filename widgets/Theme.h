#pragma once

#include <QPalette>
#include <QString>

namespace gpucompare {

/// Light, dark, or whatever the desktop uses. Qt 6.4 has no colour-scheme API, so "system"
/// keeps the platform's palette and infers dark from it.
enum class Theme
{
    System,
    Light,
    Dark
};

QString themeToken(Theme theme); ///< "system", "light", "dark": the QSettings value
Theme themeFromToken(const QString &token);

/// Whether a palette is dark: its window colour is darker than mid-grey.
bool isDarkPalette(const QPalette &palette);

/// Text colours for messages that stay readable on light and dark palettes (a CSS colour).
QString errorTextColor(const QPalette &palette);
QString warningTextColor(const QPalette &palette);

/// Sets the application's style and palette, and the charts' theme to match. Returns whether
/// the result is dark.
bool applyTheme(Theme theme);

} // namespace gpucompare
