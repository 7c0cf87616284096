// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

// banter-cli of this build run to its end, for tests: its input written and closed, its exit
// code and both outputs kept.
class CliProcess
{
public:
    // Runs banter-cli with arguments and input; exitCode is -1 if it crashed or hung.
    static CliProcess run(const QStringList &arguments, const QByteArray &input = QByteArray());
    static QString program();

    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
};
