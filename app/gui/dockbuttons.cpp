// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockbuttons.h"

#include <QCoreApplication>
#include <QDockWidget>

namespace Banter {

void nameDockButtons(QDockWidget *dock)
{
    struct Button
    {
        const char *objectName;
        const char *name;
        const char *description;
    };
    static const Button buttons[] = {
        {"qt_dockwidget_floatbutton", "Float", "Undocks and re-attaches the dock widget"},
        {"qt_dockwidget_closebutton", "Close", "Closes the dock widget"},
    };
    for (const Button &button : buttons) {
        if (auto *widget = dock->findChild<QWidget *>(QLatin1String(button.objectName))) {
            widget->setAccessibleName(QCoreApplication::translate("QDockWidget", button.name));
            widget->setAccessibleDescription(
                QCoreApplication::translate("QDockWidget", button.description));
        }
    }
}

} // namespace Banter
