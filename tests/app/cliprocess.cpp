// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"

#include <QProcess>

QString CliProcess::program()
{
    return QStringLiteral(BANTER_TEST_BIN_DIR "/banter-cli");
}

CliProcess CliProcess::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess cli;
    cli.start(program(), arguments);
    if (!cli.waitForStarted())
        return {};
    cli.write(input);
    cli.closeWriteChannel();
    if (!cli.waitForFinished(60000) || cli.exitStatus() != QProcess::NormalExit) {
        cli.kill();
        cli.waitForFinished();
        return {};
    }
    CliProcess result;
    result.exitCode = cli.exitCode();
    result.output = cli.readAllStandardOutput();
    result.errors = cli.readAllStandardError();
    return result;
}
