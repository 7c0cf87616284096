// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paneldock.h"

#include "dockbuttons.h"
#include "retranslator.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>

namespace Banter {

PanelDock::PanelDock(QWidget *panel, const QString &objectName, const Texts &texts,
                     Qt::DockWidgetArea area, QMainWindow *window)
    : QDockWidget(window)
{
    setObjectName(objectName);
    setWidget(panel);
    window->addDockWidget(area, this);
    hide();
    QString actionName = objectName;
    actionName.replace(QLatin1String("Dock"), QLatin1String("Action"));
    toggleViewAction()->setObjectName(actionName);

    auto *retranslator = new Retranslator(this, texts.context);
    retranslator->setText(this, "windowTitle", texts.title);
    retranslator->setText(toggleViewAction(), "text", texts.actionText);
    retranslator->setText(toggleViewAction(), "toolTip", texts.toolTip);
    retranslator->call([this] { nameDockButtons(this); });
}

} // namespace Banter
