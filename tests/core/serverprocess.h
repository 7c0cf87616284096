// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>

#include <memory>

#include <signal.h>

// Signalling and stopping the servers that tests start as processes of their own (redis-server,
// mosquitto).
namespace ServerProcess {

// Sends a signal (SIGSTOP, SIGCONT, ...) to the process if it runs.
inline void signal(const QProcess *process, int number)
{
    if (process && process->state() == QProcess::Running)
        ::kill(pid_t(process->processId()), number);
}

// Ends the process and forgets it: SIGCONT first (a frozen server cannot exit), then SIGTERM, and
// SIGKILL when it has not exited 10 s later.
inline void stop(std::unique_ptr<QProcess> &process)
{
    if (!process)
        return;
    signal(process.get(), SIGCONT);
    process->terminate();
    if (!process->waitForFinished(10000)) {
        process->kill();
        process->waitForFinished();
    }
    process.reset();
}

} // namespace ServerProcess
