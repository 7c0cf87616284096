// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// banter-cli: Banter's client for terminals and scripts, on the window's plugins, supervisor and
// outbox: standard input line by line to the server, what the server sends to standard output.

#include "clicommandline.h"
#include "clirunner.h"

#include <banter/localization.h>
#include <banter/pluginregistry.h>

#include <QCoreApplication>
#include <QLoggingCategory>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    // A reader that went away is no reason to die of SIGPIPE in the middle of a write.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("banter-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Banter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BANTER_VERSION));
    Banter::Localization::applyLanguageOption(QCoreApplication::arguments());
    Banter::Localization::install(QLocale(), Banter::Localization::baseCatalogs()
                                                 << QStringLiteral("banterclient")
                                                 << QStringLiteral("banter-cli"));

    // Standard error is for status lines: the libraries' informational logging stays out of it.
    QLoggingCategory::setFilterRules(QStringLiteral("banter.*.info=false"));
    const Banter::CliCommandLine options =
        Banter::CliCommandLine::parse(QCoreApplication::arguments());
    if (options.exitCode)
        return *options.exitCode;
    if (options.listsPlugins) {
        Banter::PluginRegistry::printListing();
        return 0;
    }
    Banter::CliRunner runner(options);
    QObject::connect(&runner, &Banter::CliRunner::finished, &app, &QCoreApplication::exit);
    if (!runner.start())
        return Banter::CliCommandLine::UsageError;
    return app.exec();
}
