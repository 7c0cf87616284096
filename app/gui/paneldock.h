// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

QT_BEGIN_NAMESPACE
class QMainWindow;
QT_END_NAMESPACE

namespace Banter {

// A side panel of the window, hidden at first, that View → its toggle action shows: its title,
// the action's text and tooltip and the title bar's buttons in the language in force.
class PanelDock : public QDockWidget
{
    Q_OBJECT

public:
    struct Texts
    {
        const char *context;    // the tr() context of the owner, whose QT_TR_NOOP these are
        const char *title;      // "Snippets"
        const char *actionText; // "&Snippets"
        const char *toolTip;
    };

    // Docks panel in area of window; objectName names the dock, objectName + "Action" without
    // "Dock" its toggle action ("snippetsDock", "snippetsAction").
    PanelDock(QWidget *panel, const QString &objectName, const Texts &texts,
              Qt::DockWidgetArea area, QMainWindow *window);
};

} // namespace Banter
