// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercommandline.h"

#include <localization.h>

#include <QCommandLineParser>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <cstdio>

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

// Seconds, such as "60" or "0.5".
std::optional<std::chrono::milliseconds> parseSeconds(const QString &text)
{
    bool isNumber = false;
    const double seconds = text.toDouble(&isNumber);
    if (!isNumber || !std::isfinite(seconds) || seconds < 0 || seconds > 86400.0 * 365)
        return std::nullopt;
    return std::chrono::milliseconds(std::llround(seconds * 1000));
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

ServerCommandLine &ServerCommandLine::fail(const QString &message)
{
    std::fprintf(stderr, "banter-server: %s\n", qUtf8Printable(message));
    exitCode = 1;
    return *this;
}

ServerCommandLine ServerCommandLine::parse(const QStringList &arguments)
{
    const ServerSettings defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Banter's headless echo server: greets every client with \"Welcome to Awesome "
           "Chat\" and sends each message back to its sender."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringList{QStringLiteral("p"), QStringLiteral("port")},
                                  tr("Port to listen on; 0 picks a free one."), tr("port"),
                                  QStringLiteral("3000"));
    const QCommandLineOption host(
        QStringLiteral("host"),
        tr("Address to listen on: localhost (127.0.0.1 and ::1), an IP address, or 0.0.0.0 "
           "for every interface."),
        tr("address"), QStringLiteral("localhost"));
    const QCommandLineOption certificate(
        QStringLiteral("tls-cert"),
        tr("Serve wss:// with this certificate (PEM; the chain may follow it)."), tr("file"));
    const QCommandLineOption key(QStringLiteral("tls-key"),
                                 tr("The private key of the certificate (PEM, no passphrase)."),
                                 tr("file"));
    const QCommandLineOption maxMessageSize(
        QStringLiteral("max-message-size"),
        tr("Largest message a client may send; a larger one closes its connection with 1009 "
           "(default: %1).")
            .arg(dataSize(defaults.maxMessageSize)),
        tr("bytes"), QString::number(defaults.maxMessageSize));
    const QCommandLineOption maxClients(
        QStringLiteral("max-clients"),
        tr("Clients served at the same time; more are closed with 1013, try again later "
           "(default: %1).")
            .arg(defaults.maxClients),
        tr("number"), QString::number(defaults.maxClients));
    const QCommandLineOption outputCap(
        QStringLiteral("output-cap"),
        tr("Unsent output a client may let pile up by not reading; beyond it, it is dropped "
           "with 1008 (default: %1).")
            .arg(dataSize(defaults.outputCap)),
        tr("bytes"), QString::number(defaults.outputCap));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"),
        tr("Ping a client that has been silent for half this time; drop one that shows no sign "
           "of life for this long; 0 turns it off (default: %1).")
            .arg(seconds(defaults.idleTimeout)),
        tr("seconds"), seconds(defaults.idleTimeout));
    const QCommandLineOption parkAfter(
        QStringLiteral("park-after"),
        tr("Park a ws:// client that has been idle this long: it keeps its connection but gives "
           "up most of the memory it costs until it is heard from again; a new client is "
           "parked as soon as it has been greeted; 0 turns it off (default: %1).")
            .arg(seconds(defaults.parkAfter)),
        tr("seconds"), seconds(defaults.parkAfter));
    const QCommandLineOption handshakeTimeout(
        QStringLiteral("handshake-timeout"),
        tr("Time a client has to complete its opening handshake, TLS included (default: %1).")
            .arg(seconds(defaults.handshakeTimeout)),
        tr("seconds"), seconds(defaults.handshakeTimeout));
    const QCommandLineOption origin(
        QStringLiteral("origin"),
        tr("Accept only clients that send this Origin, such as https://example.org; give it "
           "once per origin. Without it, every origin is accepted."),
        tr("origin"));
    const QCommandLineOption statistics(
        QStringLiteral("stats-interval"),
        tr("Print the clients, messages and bytes counters this often (also on SIGUSR1)."),
        tr("seconds"), QStringLiteral("0"));
    const QCommandLineOption service(QStringLiteral("service"),
                                     tr("Service to run for every client."), tr("name"),
                                     defaults.service);
    const QCommandLineOption history(
        QStringLiteral("history"),
        tr("Chat: messages a room keeps for those who join or come back (default: %1).")
            .arg(defaults.history),
        tr("number"), QString::number(defaults.history));
    const QCommandLineOption maxRooms(
        QStringLiteral("max-rooms"),
        tr("Chat: rooms at the same time; a client that would open one more is closed with "
           "1013 (default: %1).")
            .arg(defaults.maxRooms),
        tr("number"), QString::number(defaults.maxRooms));
    const QCommandLineOption maxMembers(
        QStringLiteral("max-members"),
        tr("Chat: members in one room; one more is closed with 1013 (default: %1).")
            .arg(defaults.maxMembers),
        tr("number"), QString::number(defaults.maxMembers));
    const QCommandLineOption rate(
        QStringLiteral("rate"),
        tr("Chat: messages a client may send a second, with bursts of twice as many; over it a "
           "banter.chat.v1 client gets an error, a plain client is closed with 1008; 0 turns "
           "it off (default: %1/s).")
            .arg(defaults.rate),
        tr("N/s"), QString::number(defaults.rate));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     tr("Log every message (\"Message: <text>\")."));
    parser.addOptions({port, host, certificate, key, maxMessageSize, maxClients, outputCap,
                       idleTimeout, parkAfter, handshakeTimeout, origin, statistics, service,
                       history, maxRooms, maxMembers, rate, verbose});
    parser.addOption(Banter::Localization::languageOption());

    // Prints the help, the version, or what is wrong with the options, and exits, if need be.
    parser.process(arguments);
    ServerCommandLine result;
    if (!parser.positionalArguments().isEmpty()) {
        return result.fail(
            tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    }

    ServerSettings &settings = result.settings;
    bool isNumber = false;
    const uint portNumber = parser.value(port).toUInt(&isNumber);
    if (!isNumber || portNumber > 65535)
        return result.fail(
            tr("invalid port \"%1\": give a number from 0 to 65535").arg(parser.value(port)));
    if (parser.isSet(certificate) != parser.isSet(key))
        return result.fail(tr("wss:// needs both --tls-cert and --tls-key"));
    settings.url = QUrl();
    settings.url.setScheme(parser.isSet(certificate) ? QStringLiteral("wss")
                                                     : QStringLiteral("ws"));
    settings.url.setHost(parser.value(host));
    settings.url.setPort(int(portNumber));
    if (!settings.url.isValid() || parser.value(host).isEmpty())
        return result.fail(tr("invalid address \"%1\"").arg(parser.value(host)));
    settings.certificateFile = parser.value(certificate);
    settings.privateKeyFile = parser.value(key);
    settings.service = parser.value(service);
    settings.allowedOrigins = parser.values(origin);

    const std::optional<qint64> messageSize = parseBytes(parser.value(maxMessageSize));
    if (!messageSize || *messageSize < 1 || *messageSize > std::numeric_limits<int>::max())
        return result.fail(tr("invalid message size \"%1\": give a number of bytes from 1 to "
                              "2 GiB, such as 16MiB")
                               .arg(parser.value(maxMessageSize)));
    settings.maxMessageSize = *messageSize;
    const std::optional<qint64> cap = parseBytes(parser.value(outputCap));
    if (!cap || *cap < 1)
        return result.fail(tr("invalid output cap \"%1\": give a number of bytes, such as 8MiB")
                               .arg(parser.value(outputCap)));
    settings.outputCap = *cap;
    const int clients = parser.value(maxClients).toInt(&isNumber);
    if (!isNumber || clients < 1)
        return result.fail(tr("invalid number of clients \"%1\": give a number from 1 up")
                               .arg(parser.value(maxClients)));
    settings.maxClients = clients;

    const int historySize = parser.value(history).toInt(&isNumber);
    if (!isNumber || historySize < 0)
        return result.fail(tr("invalid history \"%1\": give a number of messages from 0 up")
                               .arg(parser.value(history)));
    settings.history = historySize;
    const int rooms = parser.value(maxRooms).toInt(&isNumber);
    const int members = isNumber ? parser.value(maxMembers).toInt(&isNumber) : 0;
    if (!isNumber || rooms < 1 || members < 1)
        return result.fail(tr("invalid number of rooms or members: give a number from 1 up"));
    settings.maxRooms = rooms;
    settings.maxMembers = members;
    QString rateText = parser.value(rate).trimmed();
    if (rateText.endsWith(QLatin1String("/s")))
        rateText.chop(2);
    const double messagesPerSecond = rateText.toDouble(&isNumber);
    if (!isNumber || !std::isfinite(messagesPerSecond) || messagesPerSecond < 0)
        return result.fail(tr("invalid rate \"%1\": give a number of messages a second, such "
                              "as 100/s, or 0 for no limit")
                               .arg(parser.value(rate)));
    settings.rate = messagesPerSecond;
    settings.rateBurst = std::max(2 * messagesPerSecond, 1.0);

    const std::optional<std::chrono::milliseconds> idle = parseSeconds(parser.value(idleTimeout));
    const std::optional<std::chrono::milliseconds> handshake =
        parseSeconds(parser.value(handshakeTimeout));
    const std::optional<std::chrono::milliseconds> interval =
        parseSeconds(parser.value(statistics));
    const std::optional<std::chrono::milliseconds> park = parseSeconds(parser.value(parkAfter));
    if (!idle || !handshake || handshake->count() == 0 || !interval || !park) {
        return result.fail(tr("invalid time: give a number of seconds, such as 60 or 0.5 "
                              "(the handshake timeout cannot be 0)"));
    }
    settings.idleTimeout = *idle;
    settings.parkAfter = *park;
    settings.handshakeTimeout = *handshake;
    result.statisticsInterval = *interval;
    result.isVerbose = parser.isSet(verbose);
    return result;
}

} // namespace Banter
