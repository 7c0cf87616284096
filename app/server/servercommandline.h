// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/serversettings.h>

#include <QCoreApplication>
#include <QStringList>

#include <chrono>
#include <optional>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

namespace Banter {

// What "banter-server [options]" asks for.
class ServerCommandLine
{
    // The context banter-server's strings have always had in the catalogs.
    Q_DECLARE_TR_FUNCTIONS(BanterServer)

public:
    // Parses arguments (argv, program name first). --help, --version and unknown options end
    // the program at once, as QCommandLineParser::process() does; for a bad value it prints
    // what is wrong and sets exitCode, which the program then ends with.
    static ServerCommandLine parse(const QStringList &arguments);

    ServerSettings settings;
    bool isVerbose = false;
    // --list-plugins: print the plugins found and exit.
    bool listsPlugins = false;
    // How often to print the statistics; 0: only on SIGUSR1.
    std::chrono::milliseconds statisticsInterval{0};
    std::optional<int> exitCode;

private:
    // The options and their help texts, defaults from ServerSettings.
    static void describeOptions(QCommandLineParser &parser);
    // Each reads its group of options into settings; false after fail().
    bool readAddress(const QCommandLineParser &parser);
    bool readLimits(const QCommandLineParser &parser);
    // The chat service's: history, rooms, members, rate.
    bool readRooms(const QCommandLineParser &parser);
    bool readTimes(const QCommandLineParser &parser);
    // Ends parsing with exit code 1 and message on standard error; returns false.
    bool fail(const QString &message);
};

} // namespace Banter
