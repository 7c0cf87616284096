// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// banter-server: the headless echo server, a drop-in replacement for the reference's
// "node server.js" (port 3000, the greeting, the echo and the same log lines).

#include <localization.h>
#include <logging.h>
#include <pluginregistry.h>
#include <serverhost.h>

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BanterServer)
};

// The reference's lines ("listening on port 3000", "client connected", "Message: hi") go to
// standard output as they are; warnings go to standard error with their category.
void printMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool isPlain = type == QtInfoMsg || type == QtDebugMsg;
    std::FILE *out = isPlain ? stdout : stderr;
    if (isPlain && qstrcmp(context.category, Banter::lcServer().categoryName()) == 0)
        std::fprintf(out, "%s\n", qUtf8Printable(message));
    else
        std::fprintf(out, "%s: %s\n", context.category, qUtf8Printable(message));
}

int fail(const QString &message)
{
    std::fprintf(stderr, "banter-server: %s\n", qUtf8Printable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt's own UNIX event dispatcher scales to thousands of sockets; glib's polls them all.
    qputenv("QT_NO_GLIB", "1");
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("banter-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Banter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BANTER_VERSION));
    Banter::Localization::install(QLocale(), Banter::Localization::baseCatalogs()
                                                 << QStringLiteral("banter-server"));
    qInstallMessageHandler(printMessage);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Banter's headless echo server: greets every client with \"Welcome to Awesome "
               "Chat\" and sends each message back to its sender."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringList{QStringLiteral("p"), QStringLiteral("port")},
                                  Tr::tr("Port to listen on; 0 picks a free one."),
                                  Tr::tr("port"), QStringLiteral("3000"));
    const QCommandLineOption host(
        QStringLiteral("host"),
        Tr::tr("Address to listen on: localhost (127.0.0.1 and ::1), an IP address, or 0.0.0.0 "
               "for every interface."),
        Tr::tr("address"), QStringLiteral("localhost"));
    const QCommandLineOption service(QStringLiteral("service"),
                                     Tr::tr("Service to run for every client."), Tr::tr("name"),
                                     QStringLiteral("echo"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     Tr::tr("Log every message (\"Message: <text>\")."));
    parser.addOptions({port, host, service, verbose});
    parser.process(app);

    bool isNumber = false;
    const uint portNumber = parser.value(port).toUInt(&isNumber);
    if (!isNumber || portNumber > 65535)
        return fail(Tr::tr("invalid port \"%1\": give a number from 0 to 65535")
                        .arg(parser.value(port)));
    if (parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("banter.server.debug=true"));

    Banter::PluginRegistry registry;
    registry.scan();
    Banter::ServerHost server(&registry);
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(parser.value(host));
    url.setPort(int(portNumber));
    if (!url.isValid())
        return fail(Tr::tr("invalid address \"%1\"").arg(parser.value(host)));
    if (!server.start(url, parser.value(service)))
        return fail(server.errorString());

    qCInfo(Banter::lcServer, "listening on port %d", server.url().port());
    return app.exec();
}
