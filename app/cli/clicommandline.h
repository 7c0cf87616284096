// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/connectoptions.h>
#include <chatsession.h>

#include <QByteArrayList>
#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Banter {

// What "banter-cli [options] URL" asks for.
class CliCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(BanterCli)

public:
    // How a received binary message is written to standard output.
    enum class BinaryFormat { Hex, Raw, Base64 };

    // The program's exit codes, as --help and the README list them.
    enum ExitCode {
        Done = 0,
        UsageError = 1,
        ConnectFailed = 2,
        ConnectionLost = 3,
        ClosedByServer = 4,
    };

    // Parses arguments (argv, program name first). --help and --version end the program at
    // once; anything wrong sets exitCode to UsageError after printing what it is.
    // Where --client-cert's passphrase and --proxy's password come from: not the command line,
    // which every user of the machine can read.
    static constexpr char passphraseVariable[] = "BANTER_CLIENT_PASSPHRASE";
    static constexpr char proxyPasswordVariable[] = "BANTER_PROXY_PASSWORD";

    static CliCommandLine parse(const QStringList &arguments);

    QUrl url;
    ConnectOptions connectOptions;
    ChatSession::Settings sessionSettings;
    QStringList executes;   // -x: messages to send instead of reading input
    QString sendFile;       // --send-file
    QByteArray fingerprint; // --fingerprint: SHA-256, 32 bytes; empty: none
    int count = 0;          // -n: 0 for no limit
    std::chrono::milliseconds wait{0};
    std::chrono::milliseconds linger{1000};
    BinaryFormat binaryFormat = BinaryFormat::Hex;
    bool isQuiet = false;
    bool writesNdjson = false;
    bool readsHex = false;
    bool listsPlugins = false;
    std::optional<int> exitCode;

private:
    CliCommandLine &fail(const QString &message);
};

} // namespace Banter
