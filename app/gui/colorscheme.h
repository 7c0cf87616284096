// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Banter {

// Light and dark: the desktop's colours by default, or Banter's own palettes on the Fusion style
// (banter --color-scheme dark). Every colour Banter draws with comes from the palette.
class ColorScheme
{
    Q_DECLARE_TR_FUNCTIONS(Banter::ColorScheme)

public:
    // "system", "light", "dark".
    static QStringList names();
    // Applies a scheme to the application; false for an unknown name.
    static bool apply(const QString &name);
    static QPalette lightPalette();
    static QPalette darkPalette();

    // A colour for warnings that reads well on the widget's background, light or dark.
    static QColor warningColor(const QPalette &palette);
    // Shows the widget's text in that colour.
    static void markAsWarning(QWidget *widget);
};

} // namespace Banter
