// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommandline.h"

#include <banter/localization.h>
#include <secondsoption.h>
#include <banter/pluginregistry.h>
#include <banter/tlsidentity.h>
#include <hextext.h>
#include <networkconditions.h>
#include <truststore.h>
#include <typedurl.h>

#include <QCommandLineParser>

#include <algorithm>
#include <cstdio>

namespace Banter {

CliCommandLine &CliCommandLine::fail(const QString &message)
{
    std::fprintf(stderr, "banter-cli: %s\n", qUtf8Printable(message));
    exitCode = UsageError;
    return *this;
}

CliCommandLine CliCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Banter's client for terminals and scripts: sends each line of standard input as one "
           "text message and writes each message received as one line of standard output.\n\n"
           "Exit codes:\n"
           "  0  done\n"
           "  1  usage error, bad URL or no plugin for its scheme\n"
           "  2  could not connect\n"
           "  3  the connection was lost (without --reconnect)\n"
           "  4  the server closed with a code other than 1000 or 1001"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("url"),
                                 tr("Where to connect, such as ws://localhost:3000."));
    const QCommandLineOption execute(QStringList{QStringLiteral("x"), QStringLiteral("execute")},
                                     tr("Send this message instead of reading input; repeatable."),
                                     tr("text"));
    const QCommandLineOption count(QStringList{QStringLiteral("n"), QStringLiteral("count")},
                                   tr("Exit after this many messages received (the greeting "
                                      "counts)."),
                                   tr("number"));
    const QCommandLineOption wait(QStringLiteral("wait"), tr("Exit after this long."),
                                  tr("seconds"));
    const QCommandLineOption linger(
        QStringLiteral("linger"),
        tr("At the end of input, keep receiving until nothing has arrived for this long."),
        tr("seconds"), QStringLiteral("1"));
    const QCommandLineOption quiet(QStringList{QStringLiteral("q"), QStringLiteral("quiet")},
                                   tr("Write no status lines to standard error."));
    const QCommandLineOption binary(
        QStringLiteral("binary"),
        tr("How to write a binary message received: hex (one line), raw (the bytes as they are) "
           "or base64."),
        tr("format"), QStringLiteral("hex"));
    const QCommandLineOption ndjson(
        QStringLiteral("ndjson"),
        tr("Write every event as one JSON object a line, the format of the window's Save Log."));
    const QCommandLineOption sendFile(QStringLiteral("send-file"),
                                      tr("Send this file as one binary message instead of reading "
                                         "input."),
                                      tr("file"));
    const QCommandLineOption hex(QStringLiteral("hex"),
                                 tr("Read input lines as hex bytes (\"00 01 ff\") and send each "
                                    "as one binary message."));
    const QCommandLineOption header(QStringList{QStringLiteral("H"), QStringLiteral("header")},
                                    tr("Send this request header (\"Name: value\"); repeatable."),
                                    tr("header"));
    const QCommandLineOption subprotocol(QStringLiteral("subprotocol"),
                                         tr("Offer this subprotocol; repeatable."), tr("name"));
    const QCommandLineOption origin(QStringLiteral("origin"), tr("Send this Origin."),
                                    tr("origin"));
    const QCommandLineOption fingerprint(
        QStringLiteral("fingerprint"),
        tr("Trust the server's certificate if its SHA-256 fingerprint is this one, although the "
           "system does not."),
        tr("sha256"));
    const QCommandLineOption pingInterval(QStringLiteral("ping-interval"),
                                          tr("Ping the server this often; 0 turns it off."),
                                          tr("seconds"));
    const QCommandLineOption openTimeout(QStringLiteral("open-timeout"),
                                         tr("Give up on a connection that is not open after "
                                            "this long."),
                                         tr("seconds"));
    const QCommandLineOption receiveBuffer(
        QStringLiteral("receive-buffer"),
        tr("Give the socket a receive buffer of this many KiB instead of letting the system "
           "size it; over a long link, throughput is at most this much per round trip."),
        tr("KiB"));
    const QCommandLineOption clientCertificate(
        QStringLiteral("client-cert"),
        tr("Show a server that asks for one this client certificate: a PEM file with "
           "--client-key, or a PKCS#12 file alone. The passphrase of an encrypted key or PKCS#12 "
           "file is read from the environment variable %1.")
            .arg(QLatin1String(passphraseVariable)),
        tr("file"));
    const QCommandLineOption clientKey(QStringLiteral("client-key"),
                                       tr("The PEM private key of --client-cert."), tr("file"));
    const QCommandLineOption proxy(
        QStringLiteral("proxy"),
        tr("Connect through this proxy: direct (none), http://[user@]host:port or "
           "socks5://[user@]host:port; its password is read from the environment variable %1. "
           "Without it, the system's proxy settings apply (http_proxy, all_proxy, no_proxy).")
            .arg(QLatin1String(proxyPasswordVariable)),
        tr("url"));
    const QCommandLineOption reconnect(
        QStringLiteral("reconnect"),
        tr("Connect again after a loss, with backoff; nothing read from input is lost."));
    // Network conditions (the chaos transport plugin): each turns the URL into a chaos+ URL.
    const QList<QCommandLineOption> conditions = {
        QCommandLineOption(QStringLiteral("latency"),
                           tr("Network conditions: delay every message this long in each "
                              "direction, such as 100ms (an echo's round trip grows by twice)."),
                           tr("time")),
        QCommandLineOption(QStringLiteral("jitter"),
                           tr("Network conditions: vary each delay by up to this much, such as "
                              "20ms; order is kept."),
                           tr("time")),
        QCommandLineOption(QStringLiteral("bandwidth"),
                           tr("Network conditions: at most this many bytes per second in each "
                              "direction, such as 64KiB."),
                           tr("rate")),
        QCommandLineOption(QStringLiteral("loss"),
                           tr("Network conditions: drop this share of messages, such as 1%."),
                           tr("percent")),
        QCommandLineOption(QStringLiteral("disconnect-after"),
                           tr("Network conditions: cut the connection after a time (30s) or a "
                              "number of messages (100msgs)."),
                           tr("limit")),
        QCommandLineOption(QStringLiteral("blackhole-after"),
                           tr("Network conditions: after a time (10s) or a number of messages "
                              "(100msgs), let nothing through either way, the connection open."),
                           tr("limit")),
        QCommandLineOption(QStringLiteral("seed"),
                           tr("Network conditions: the seed of their random choices, such as 42, "
                              "so that a run can be repeated."),
                           tr("number")),
    };
    parser.addOptions({execute,
                       count,
                       wait,
                       linger,
                       quiet,
                       binary,
                       ndjson,
                       sendFile,
                       hex,
                       header,
                       subprotocol,
                       origin,
                       fingerprint,
                       pingInterval,
                       openTimeout,
                       receiveBuffer,
                       clientCertificate,
                       clientKey,
                       proxy,
                       reconnect});
    // After the connection's own options: --help lists them together.
    parser.addOptions(conditions);
    parser.addOption(Localization::languageOption());
    const QCommandLineOption listPlugins = PluginRegistry::listPluginsOption();
    parser.addOption(listPlugins);

    parser.process(arguments);
    CliCommandLine result;
    result.listsPlugins = parser.isSet(listPlugins);
    if (result.listsPlugins)
        return result;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return result.fail(positional.isEmpty()
                               ? tr("no URL given, such as ws://localhost:3000")
                               : tr("unexpected argument \"%1\"").arg(positional.at(1)));
    result.url = TypedUrl::parse(positional.first());
    QList<NetworkConditions::Parameter> parameters = NetworkConditions::parameters(result.url);
    for (const QCommandLineOption &option : conditions) {
        if (!parser.isSet(option))
            continue;
        const QString name = option.names().constFirst();
        parameters.erase(std::remove_if(parameters.begin(), parameters.end(),
                                        [&name](const auto &given) { return given.first == name; }),
                         parameters.end());
        parameters.append({name, parser.value(option)});
    }
    if (!parameters.isEmpty())
        result.url = NetworkConditions::apply(result.url, parameters);

    result.executes = parser.values(execute);
    result.sendFile = parser.value(sendFile);
    result.isQuiet = parser.isSet(quiet);
    result.writesNdjson = parser.isSet(ndjson);
    result.readsHex = parser.isSet(hex);
    result.sessionSettings.reconnects = parser.isSet(reconnect);

    if (parser.isSet(count)) {
        bool isNumber = false;
        result.count = parser.value(count).toInt(&isNumber);
        if (!isNumber || result.count < 1)
            return result.fail(
                tr("invalid count \"%1\": give a number from 1 on").arg(parser.value(count)));
    }
    const QString formatName = parser.value(binary);
    if (formatName == QLatin1String("hex"))
        result.binaryFormat = BinaryFormat::Hex;
    else if (formatName == QLatin1String("raw"))
        result.binaryFormat = BinaryFormat::Raw;
    else if (formatName == QLatin1String("base64"))
        result.binaryFormat = BinaryFormat::Base64;
    else
        return result.fail(tr("invalid --binary \"%1\": give hex, raw or base64").arg(formatName));

    const std::pair<const QCommandLineOption *, std::chrono::milliseconds *> durations[] = {
        {&wait, &result.wait},
        {&linger, &result.linger},
        {&pingInterval, &result.sessionSettings.heartbeatInterval},
        {&openTimeout, &result.sessionSettings.openTimeout},
    };
    for (const auto &[option, target] : durations) {
        if (!parser.isSet(*option) && option != &linger)
            continue;
        const std::optional<std::chrono::milliseconds> value =
            parseSecondsOption(parser.value(*option));
        if (!value)
            return result.fail(tr("invalid --%1 \"%2\": give seconds, such as 5 or 0.5")
                                   .arg(option->names().constLast(), parser.value(*option)));
        *target = *value;
    }

    for (const QString &line : parser.values(header)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return result.fail(tr("invalid header \"%1\": give \"Name: value\"").arg(line));
        result.connectOptions.headers.append(
            {line.left(colon).trimmed().toUtf8(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    result.connectOptions.subprotocols = parser.values(subprotocol);
    result.connectOptions.origin = parser.value(origin);
    if (parser.isSet(receiveBuffer)) {
        bool isNumber = false;
        const int kib = parser.value(receiveBuffer).toInt(&isNumber);
        if (!isNumber || kib < 0 || kib > ConnectOptions::maxReceiveBuffer / 1024)
            return result.fail(tr("invalid --receive-buffer \"%1\": give KiB, 0 (automatic) or "
                                  "%2 to %3")
                                   .arg(parser.value(receiveBuffer))
                                   .arg(ConnectOptions::minReceiveBuffer / 1024)
                                   .arg(ConnectOptions::maxReceiveBuffer / 1024));
        result.connectOptions.receiveBuffer = kib * 1024;
    }
    result.connectOptions.clientCertificate = parser.value(clientCertificate);
    result.connectOptions.clientKey = parser.value(clientKey);
    result.connectOptions.clientPassphrase = qgetenv(passphraseVariable);
    if (result.connectOptions.clientCertificate.isEmpty())
        result.connectOptions.clientPassphrase.clear(); // meant for another program, perhaps
    result.connectOptions.proxy = parser.value(proxy);
    if (!QUrl(result.connectOptions.proxy).userName().isEmpty())
        result.connectOptions.proxyPassword = qEnvironmentVariable(proxyPasswordVariable);
    if (const QString problem = result.connectOptions.problem(); !problem.isEmpty())
        return result.fail(problem);
    if (!result.connectOptions.clientCertificate.isEmpty()) {
        const TlsIdentity identity = result.connectOptions.clientIdentity();
        if (!identity.isValid())
            return result.fail(tr("--client-cert: %1").arg(identity.errorString()));
    }

    if (parser.isSet(fingerprint)) {
        QString error;
        const std::optional<QByteArray> bytes = HexText::parse(parser.value(fingerprint), &error);
        if (!bytes || bytes->size() != TrustStore::fingerprintSize)
            return result.fail(tr("invalid fingerprint \"%1\": give the certificate's SHA-256 "
                                  "digest in hex, 32 bytes")
                                   .arg(parser.value(fingerprint)));
        result.fingerprint = *bytes;
    }
    return result;
}

} // namespace Banter
