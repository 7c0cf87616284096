// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// banter-server: the headless echo server, a drop-in replacement for the reference's
// "node server.js" (port 3000, the greeting, the echo and the same log lines) that can be left
// running on the internet: limits, TLS, clean shutdown on SIGTERM, counters on SIGUSR1.

#include "servercommandline.h"
#include "unixsignalnotifier.h"

#include <epolleventdispatcher.h>
#include <banter/localization.h>
#include <banter/logging.h>
#include <banter/pluginregistry.h>
#include <serverhost.h>

#include <QCoreApplication>
#include <QTimer>

#include <csignal>
#include <cstdio>

#include <sys/resource.h>

namespace {

using Banter::lcServer;

// The reference's lines ("listening on port 3000", "client connected", "Message: hi") go to
// standard output as they are; warnings go to standard error with their category.
void printMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool isPlain = type == QtInfoMsg || type == QtDebugMsg;
    std::FILE *out = isPlain ? stdout : stderr;
    if (isPlain && qstrcmp(context.category, lcServer().categoryName()) == 0)
        std::fprintf(out, "%s\n", qUtf8Printable(message));
    else
        std::fprintf(out, "%s: %s\n", context.category, qUtf8Printable(message));
}

int fail(const QString &message)
{
    std::fprintf(stderr, "banter-server: %s\n", qUtf8Printable(message));
    return 1;
}

// Every client is a file descriptor, and the usual soft limit is 1024: raise it to the hard
// limit. Returns the limit in force.
rlim_t raiseFileLimit()
{
    rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    if (limit.rlim_cur < limit.rlim_max) {
        const rlim_t before = limit.rlim_cur;
        limit.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &limit) != 0)
            return before;
        qCDebug(lcServer, "open file limit raised from %llu to %llu", qulonglong(before),
                qulonglong(limit.rlim_cur));
    }
    return limit.rlim_cur;
}

void printStatistics(const Banter::ServerStatistics &s)
{
    qCInfo(lcServer,
           "clients: %d connected, %llu served, %llu refused, %llu dropped; messages: %llu in, "
           "%llu out; bytes: %llu in, %llu out",
           s.clients, s.clientsServed, s.clientsRefused, s.clientsDropped, s.messagesReceived,
           s.messagesSent, s.bytesReceived, s.bytesSent);
    if (!s.serviceDetail.isEmpty())
        qCInfo(lcServer, "%s", qUtf8Printable(s.serviceDetail));
}

// Qt's dispatchers poll every socket on every turn of the event loop; the epoll one only
// looks at the sockets that have something to say. BANTER_EVENT_DISPATCHER=qt keeps Qt's own (its
// UNIX one: glib's is slower still with many sockets), to compare or to rule it out.
void installEventDispatcher()
{
    qputenv("QT_NO_GLIB", "1");
    if (qgetenv("BANTER_EVENT_DISPATCHER") != "qt")
        QCoreApplication::setEventDispatcher(new Banter::EpollEventDispatcher);
}

} // namespace

int main(int argc, char *argv[])
{
    installEventDispatcher();
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("banter-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Banter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BANTER_VERSION));
    Banter::Localization::applyLanguageOption(QCoreApplication::arguments());
    Banter::Localization::install(QLocale(), Banter::Localization::baseCatalogs()
                                                 << QStringLiteral("banterserver")
                                                 << QStringLiteral("banter-server"));
    qInstallMessageHandler(printMessage);

    const Banter::ServerCommandLine options =
        Banter::ServerCommandLine::parse(QCoreApplication::arguments());
    if (options.exitCode)
        return *options.exitCode;
    if (options.listsPlugins) {
        Banter::PluginRegistry::printListing();
        return 0;
    }
    if (options.isVerbose)
        QLoggingCategory::setFilterRules(QStringLiteral("banter.server.debug=true"));

    const rlim_t fileLimit = raiseFileLimit();
    if (fileLimit != RLIM_INFINITY && fileLimit < rlim_t(options.settings.maxClients) + 100) {
        qCWarning(lcServer,
                  "the process may open only %llu files: fewer clients than --max-clients %d "
                  "can connect (raise the hard limit: LimitNOFILE= in the systemd unit, or "
                  "ulimit -Hn)",
                  qulonglong(fileLimit), options.settings.maxClients);
    }

    Banter::UnixSignalNotifier signalNotifier({SIGINT, SIGTERM, SIGUSR1});
    Banter::PluginRegistry registry;
    registry.scan();
    Banter::ServerHost server(&registry);
    server.setTrimsHeap(true);
    if (!server.start(options.settings))
        return fail(server.errorString());
    qCInfo(lcServer, "listening on port %d", server.url().port());
    QObject::connect(&server, &Banter::ServerHost::failed, &app,
                     [](const QString &why) { QCoreApplication::exit(fail(why)); });
    qCDebug(lcServer, "serving %s", qUtf8Printable(server.url().toString()));

    QObject::connect(&signalNotifier, &Banter::UnixSignalNotifier::signalReceived, &app,
                     [&server](int signalNumber) {
                         if (signalNumber == SIGUSR1) {
                             printStatistics(server.statistics());
                             return;
                         }
                         qCInfo(lcServer, "shutting down (%s)",
                                signalNumber == SIGINT ? "SIGINT" : "SIGTERM");
                         // Every client gets 1001 "server shutting down".
                         server.stop();
                         QCoreApplication::quit();
                     });
    QTimer statisticsTimer;
    QObject::connect(&statisticsTimer, &QTimer::timeout, &app,
                     [&server] { printStatistics(server.statistics()); });
    if (options.statisticsInterval.count() > 0)
        statisticsTimer.start(options.statisticsInterval);
    return app.exec();
}
