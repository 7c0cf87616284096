// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutpluginsdialog.h"

#include <banter/pluginregistry.h>

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Banter {

AboutPluginsDialog::AboutPluginsDialog(PluginRegistry *registry, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutPluginsDialog"));
    setWindowTitle(tr("About Plugins"));

    auto *tree = new QTreeWidget;
    tree->setObjectName(QStringLiteral("pluginTree"));
    tree->setRootIsDecorated(false);
    tree->setAccessibleName(tr("Plugins"));
    tree->setHeaderLabels({tr("Plugin"), tr("Version"), tr("Provides"), tr("Status"), tr("File")});
    for (const PluginInfo &info : registry->plugins()) {
        QString status;
        if (!info.isUsable())
            status = info.errorString;
        else
            status = info.isLoaded ? tr("loaded") : tr("available");
        if (!info.warnings.isEmpty())
            status += QLatin1String("; ") + info.warnings.join(QLatin1String("; "));
        const QString name = info.name.isEmpty() ? QFileInfo(info.fileName).fileName() : info.name;
        auto *item = new QTreeWidgetItem(
            tree, {name, info.version, info.keys.join(QLatin1String(", ")), status, info.fileName});
        item->setToolTip(0, info.description);
        if (info.kind == PluginInfo::Kind::Transport)
            item->setToolTip(2, tr("The URL schemes this transport opens"));
        else if (info.kind == PluginInfo::Kind::Service)
            item->setToolTip(2, tr("The services this plugin runs"));
        item->setToolTip(3, status);
    }
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *folders =
        new QLabel(tr("Searched: %1").arg(registry->searchPaths().join(QLatin1String(", "))));
    folders->setObjectName(QStringLiteral("searchPathLabel"));
    folders->setWordWrap(true);
    folders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folders->setAccessibleName(tr("Plugin folders searched"));
    auto *problems = new QLabel(registry->problems().join(QLatin1Char('\n')));
    problems->setObjectName(QStringLiteral("problemLabel"));
    problems->setAccessibleName(tr("Problems with the plugin folders"));
    problems->setWordWrap(true);
    problems->setVisible(!registry->problems().isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(folders);
    layout->addWidget(problems);
    layout->addWidget(buttons);
    resize(720, 320);
}

} // namespace Banter
