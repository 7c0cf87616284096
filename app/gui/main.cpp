// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "mainwindow.h"

#include <localization.h>
#include <pluginregistry.h>

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("banter"));
    QApplication::setApplicationDisplayName(QStringLiteral("Banter"));
    QApplication::setOrganizationName(QStringLiteral("Banter"));
    QApplication::setApplicationVersion(QStringLiteral(BANTER_VERSION));
    Banter::Localization::install(QLocale(), Banter::Localization::baseCatalogs()
                                                 << QStringLiteral("banter"));

    const auto options = Banter::CommandLine::parse(QApplication::arguments());
    if (options.exitCode)
        return *options.exitCode;

    Banter::PluginRegistry registry;
    registry.scan();

    Banter::MainWindow window(&registry);
    if (options.startsEmbeddedServer)
        window.startEmbeddedServer(options.url);
    window.show();
    window.connectTo(options.url);
    return app.exec();
}
