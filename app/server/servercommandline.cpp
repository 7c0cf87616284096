// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercommandline.h"

#include <banter/localization.h>
#include <secondsoption.h>
#include <banter/pluginregistry.h>

#include <QCommandLineParser>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace Banter {

namespace {

// "16777216", "16M", "16MiB", "512k": bytes, with binary multiples.
std::optional<qint64> parseBytes(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,15})\\s*([kKmMgG]?)(i?B)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    qint64 value = match.captured(1).toLongLong();
    const QString unit = match.captured(2).toLower();
    const int shift = unit == QLatin1String("k")   ? 10
                      : unit == QLatin1String("m") ? 20
                      : unit == QLatin1String("g") ? 30
                                                   : 0;
    if (value > (std::numeric_limits<qint64>::max() >> shift))
        return std::nullopt;
    return value << shift;
}

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000);
}

// 16777216 → "16 MiB", in the user's language; --max-message-size reads it back.
QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

} // namespace

bool ServerCommandLine::fail(const QString &message)
{
    std::fprintf(stderr, "banter-server: %s\n", qUtf8Printable(message));
    exitCode = 1;
    return false;
}

// Option names, each used where the option is described and where its value is read.
namespace Name {
constexpr char port[] = "port";
constexpr char host[] = "host";
constexpr char listen[] = "listen";
constexpr char certificate[] = "tls-cert";
constexpr char key[] = "tls-key";
constexpr char maxMessageSize[] = "max-message-size";
constexpr char maxClients[] = "max-clients";
constexpr char outputCap[] = "output-cap";
constexpr char idleTimeout[] = "idle-timeout";
constexpr char parkAfter[] = "park-after";
constexpr char handshakeTimeout[] = "handshake-timeout";
constexpr char origin[] = "origin";
constexpr char statistics[] = "stats-interval";
constexpr char service[] = "service";
constexpr char history[] = "history";
constexpr char maxRooms[] = "max-rooms";
constexpr char maxMembers[] = "max-members";
constexpr char rate[] = "rate";
constexpr char redis[] = "redis";
constexpr char redisWait[] = "redis-wait";
constexpr char verbose[] = "verbose";
} // namespace Name

ServerCommandLine ServerCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    describeOptions(parser);
    const QCommandLineOption listPlugins = PluginRegistry::listPluginsOption();
    parser.addOption(listPlugins);

    // Prints the help, the version, or what is wrong with the options, and exits, if need be.
    parser.process(arguments);
    ServerCommandLine result;
    result.listsPlugins = parser.isSet(listPlugins);
    result.isVerbose = parser.isSet(QLatin1String(Name::verbose));
    if (!parser.positionalArguments().isEmpty())
        result.fail(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    else if (result.readAddress(parser) && result.readLimits(parser) && result.readRooms(parser))
        result.readTimes(parser);
    return result;
}

void ServerCommandLine::describeOptions(QCommandLineParser &parser)
{
    const ServerSettings defaults;
    const auto option = [](const char *name, const QString &description,
                           const QString &valueName = QString(),
                           const QString &defaultValue = QString()) {
        return QCommandLineOption(QLatin1String(name), description, valueName, defaultValue);
    };
    parser.setApplicationDescription(
        tr("Banter's headless echo server: greets every client with \"Welcome to Awesome "
           "Chat\" and sends each message back to its sender."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        QCommandLineOption(QStringList{QStringLiteral("p"), QLatin1String(Name::port)},
                           tr("Port to listen on; 0 picks a free one."), tr("port"),
                           QStringLiteral("3000")),
        option(Name::host,
               tr("Address to listen on: localhost (127.0.0.1 and ::1), an IP address, or 0.0.0.0 "
                  "for every interface."),
               tr("address"), QStringLiteral("localhost")),
        option(Name::listen,
               tr("Listen on this URL instead of --host and --port: ws://127.0.0.1:3000, "
                  "wss://... (with --tls-cert), or through network conditions for every client, "
                  "such as chaos+ws://127.0.0.1:3000/?latency=50ms (see the README)."),
               tr("url")),
        option(Name::certificate,
               tr("Serve wss:// with this certificate (PEM; the chain may follow it)."),
               tr("file")),
        option(Name::key, tr("The private key of the certificate (PEM, no passphrase)."),
               tr("file")),
        option(Name::maxMessageSize,
               tr("Largest message a client may send; a larger one closes its connection with 1009 "
                  "(default: %1).")
                   .arg(dataSize(defaults.maxMessageSize)),
               tr("bytes"), QString::number(defaults.maxMessageSize)),
        option(Name::maxClients,
               tr("Clients served at the same time; more are closed with 1013, try again later "
                  "(default: %1).")
                   .arg(defaults.maxClients),
               tr("number"), QString::number(defaults.maxClients)),
        option(Name::outputCap,
               tr("Unsent output a client may let pile up by not reading; beyond it, it is dropped "
                  "with 1008 (default: %1).")
                   .arg(dataSize(defaults.outputCap)),
               tr("bytes"), QString::number(defaults.outputCap)),
        option(
            Name::idleTimeout,
            tr("Ping a client that has been silent for half this time; drop one that shows no sign "
               "of life for this long; 0 turns it off (default: %1).")
                .arg(seconds(defaults.idleTimeout)),
            tr("seconds"), seconds(defaults.idleTimeout)),
        option(Name::parkAfter,
               tr("Park a ws:// client that has been idle this long: it keeps its connection but "
                  "gives "
                  "up most of the memory it costs until it is heard from again; a new client is "
                  "parked as soon as it has been greeted; 0 turns it off (default: %1).")
                   .arg(seconds(defaults.parkAfter)),
               tr("seconds"), seconds(defaults.parkAfter)),
        option(
            Name::handshakeTimeout,
            tr("Time a client has to complete its opening handshake, TLS included (default: %1).")
                .arg(seconds(defaults.handshakeTimeout)),
            tr("seconds"), seconds(defaults.handshakeTimeout)),
        option(Name::origin,
               tr("Accept only clients that send this Origin, such as https://example.org; give it "
                  "once per origin. Without it, every origin is accepted."),
               tr("origin")),
        option(Name::statistics,
               tr("Print the clients, messages and bytes counters this often (also on SIGUSR1)."),
               tr("seconds"), QStringLiteral("0")),
        option(Name::service, tr("Service to run for every client."), tr("name"), defaults.service),
        option(Name::history,
               tr("Chat: messages a room keeps for those who join or come back (default: %1).")
                   .arg(defaults.history),
               tr("number"), QString::number(defaults.history)),
        option(Name::maxRooms,
               tr("Chat: rooms at the same time; a client that would open one more is closed with "
                  "1013 (default: %1).")
                   .arg(defaults.maxRooms),
               tr("number"), QString::number(defaults.maxRooms)),
        option(Name::maxMembers,
               tr("Chat: members in one room; one more is closed with 1013 (default: %1).")
                   .arg(defaults.maxMembers),
               tr("number"), QString::number(defaults.maxMembers)),
        option(
            Name::rate,
            tr("Chat: messages a client may send a second, with bursts of twice as many; over it a "
               "banter.chat.v1 client gets an error, a plain client is closed with 1008; 0 turns "
               "it off (default: %1/s).")
                .arg(defaults.rate),
            tr("N/s"), QString::number(defaults.rate)),
        option(Name::redis,
               tr("Chat: share the rooms with every server given the same Redis: "
                  "redis://[user:password@]host:port[/db], rediss://... (TLS) or "
                  "unix:///path/redis.sock."),
               tr("url")),
        option(Name::redisWait,
               tr("Chat: wait for Redis when it cannot be reached at start, instead of exiting.")),
        option(Name::verbose, tr("Log every message (\"Message: <text>\").")),
    });
    parser.addOption(Banter::Localization::languageOption());
}

bool ServerCommandLine::readAddress(const QCommandLineParser &parser)
{
    const QString portText = parser.value(QLatin1String(Name::port));
    const QString host = parser.value(QLatin1String(Name::host));
    const bool hasCertificate = parser.isSet(QLatin1String(Name::certificate));
    bool isNumber = false;
    const uint portNumber = portText.toUInt(&isNumber);
    if (!isNumber || portNumber > 65535)
        return fail(tr("invalid port \"%1\": give a number from 0 to 65535").arg(portText));
    if (hasCertificate != parser.isSet(QLatin1String(Name::key)))
        return fail(tr("wss:// needs both --tls-cert and --tls-key"));
    if (parser.isSet(QLatin1String(Name::listen))) {
        // Tolerant: a network condition such as loss=1% keeps its bare percent sign.
        const QString text = parser.value(QLatin1String(Name::listen)).trimmed();
        settings.url = QUrl(text);
        if (!settings.url.isValid() || settings.url.scheme().isEmpty() ||
            settings.url.host().isEmpty())
            return fail(tr("invalid URL \"%1\" for --listen: give a scheme, a host and a port, "
                           "such as ws://127.0.0.1:3000")
                            .arg(text));
        if (settings.url.port() < 0)
            settings.url.setPort(int(portNumber));
    } else {
        settings.url = QUrl();
        settings.url.setScheme(hasCertificate ? QStringLiteral("wss") : QStringLiteral("ws"));
        settings.url.setHost(host);
        settings.url.setPort(int(portNumber));
        if (!settings.url.isValid() || host.isEmpty())
            return fail(tr("invalid address \"%1\"").arg(host));
    }
    settings.certificateFile = parser.value(QLatin1String(Name::certificate));
    settings.privateKeyFile = parser.value(QLatin1String(Name::key));
    settings.service = parser.value(QLatin1String(Name::service));
    settings.allowedOrigins = parser.values(QLatin1String(Name::origin));
    return true;
}

bool ServerCommandLine::readLimits(const QCommandLineParser &parser)
{
    const QString messageSizeText = parser.value(QLatin1String(Name::maxMessageSize));
    const std::optional<qint64> messageSize = parseBytes(messageSizeText);
    if (!messageSize || *messageSize < 1 || *messageSize > std::numeric_limits<int>::max())
        return fail(tr("invalid message size \"%1\": give a number of bytes from 1 to "
                       "2 GiB, such as 16MiB")
                        .arg(messageSizeText));
    settings.maxMessageSize = *messageSize;
    const QString capText = parser.value(QLatin1String(Name::outputCap));
    const std::optional<qint64> cap = parseBytes(capText);
    if (!cap || *cap < 1)
        return fail(
            tr("invalid output cap \"%1\": give a number of bytes, such as 8MiB").arg(capText));
    settings.outputCap = *cap;
    const QString clientsText = parser.value(QLatin1String(Name::maxClients));
    bool isNumber = false;
    const int clients = clientsText.toInt(&isNumber);
    if (!isNumber || clients < 1)
        return fail(
            tr("invalid number of clients \"%1\": give a number from 1 up").arg(clientsText));
    settings.maxClients = clients;
    return true;
}

bool ServerCommandLine::readRooms(const QCommandLineParser &parser)
{
    bool isNumber = false;
    const QString historyText = parser.value(QLatin1String(Name::history));
    const int historySize = historyText.toInt(&isNumber);
    if (!isNumber || historySize < 0)
        return fail(
            tr("invalid history \"%1\": give a number of messages from 0 up").arg(historyText));
    settings.history = historySize;
    const int rooms = parser.value(QLatin1String(Name::maxRooms)).toInt(&isNumber);
    const int members =
        isNumber ? parser.value(QLatin1String(Name::maxMembers)).toInt(&isNumber) : 0;
    if (!isNumber || rooms < 1 || members < 1)
        return fail(tr("invalid number of rooms or members: give a number from 1 up"));
    settings.maxRooms = rooms;
    settings.maxMembers = members;
    const QString rateOption = parser.value(QLatin1String(Name::rate));
    QString rateText = rateOption.trimmed();
    if (rateText.endsWith(QLatin1String("/s")))
        rateText.chop(2);
    const double messagesPerSecond = rateText.toDouble(&isNumber);
    if (!isNumber || !std::isfinite(messagesPerSecond) || messagesPerSecond < 0)
        return fail(tr("invalid rate \"%1\": give a number of messages a second, such "
                       "as 100/s, or 0 for no limit")
                        .arg(rateOption));
    settings.rate = messagesPerSecond;
    settings.rateBurst = std::max(2 * messagesPerSecond, 1.0);
    settings.redisUrl = parser.value(QLatin1String(Name::redis)).trimmed();
    settings.redisWait = parser.isSet(QLatin1String(Name::redisWait));
    if (!settings.redisUrl.isEmpty() && settings.service != QLatin1String("chat"))
        return fail(tr("--redis is for chat rooms: give it with --service chat"));
    return true;
}

bool ServerCommandLine::readTimes(const QCommandLineParser &parser)
{
    const auto time = [&parser](const char *name) {
        return parseSecondsOption(parser.value(QLatin1String(name)));
    };
    const std::optional<std::chrono::milliseconds> idle = time(Name::idleTimeout);
    const std::optional<std::chrono::milliseconds> handshake = time(Name::handshakeTimeout);
    const std::optional<std::chrono::milliseconds> interval = time(Name::statistics);
    const std::optional<std::chrono::milliseconds> park = time(Name::parkAfter);
    if (!idle || !handshake || handshake->count() == 0 || !interval || !park) {
        return fail(tr("invalid time: give a number of seconds, such as 60 or 0.5 "
                       "(the handshake timeout cannot be 0)"));
    }
    settings.idleTimeout = *idle;
    settings.parkAfter = *park;
    settings.handshakeTimeout = *handshake;
    statisticsInterval = *interval;
    return true;
}

} // namespace Banter
