// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// banter-cli: Banter's client for terminals and scripts, on the window's plugins, supervisor and
// outbox: standard input line by line to the server, what the server sends to standard output.

#include "clicommandline.h"
#include "clirunner.h"

#include <banter/localization.h>
#include <banter/pluginregistry.h>

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QLoggingCategory>

#include <csignal>
#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

// banter-cli lets go of what it has written out in batches (the window's model flushes rows at
// most every 16 ms, CliRunner::trimModel() then empties it): with glibc's defaults, a batch of
// large messages freed at once leaves more free memory at the top of the heap than the trim
// threshold, glibc gives it back to the system, and the next batch takes it again page by page.
// 1 GiB of 1 MiB messages made a page fault per 4 KiB of every message and ran at a tenth of a
// bare QWebSocket client's speed (docs/BENCHMARKS.md, "Throughput"). Keeping up to 64 MiB of
// free heap, and serving messages up to 32 MiB from the heap instead of fresh mappings, lets
// each batch reuse the last one's pages.
void keepFreedMemoryForReuse()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    // A reader that went away is no reason to die of SIGPIPE in the middle of a write.
    std::signal(SIGPIPE, SIG_IGN);
    keepFreedMemoryForReuse();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("banter-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Banter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BANTER_VERSION));
    Banter::Localization::applyLanguageOption(QCoreApplication::arguments());
    Banter::Localization::install(QLocale(), Banter::Localization::baseCatalogs()
                                                 << QStringLiteral("banterclient")
                                                 << QStringLiteral("banter-cli"));

    // A connection without --proxy goes the way the system's settings say (http_proxy, ...).
    QNetworkProxyFactory::setUseSystemConfiguration(true);

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
