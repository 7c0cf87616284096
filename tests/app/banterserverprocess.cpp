// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "banterserverprocess.h"

#include <QProcessEnvironment>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

namespace {

// Every wait is bounded, so that a hang fails instead of blocking; nothing is timed.
constexpr int waitMs = 60000;

} // namespace

BanterServerProcess::BanterServerProcess(QObject *parent) : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { takeLines(m_partialOutput, m_process.readAllStandardOutput(), m_output); });
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { takeLines(m_partialError, m_process.readAllStandardError(), m_errors); });
}

BanterServerProcess::~BanterServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(waitMs);
    }
}

void BanterServerProcess::start(const QStringList &arguments, std::optional<FileLimit> fileLimit)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    m_process.setProcessEnvironment(environment);
    if (fileLimit) {
        // Runs in the child, between fork and exec.
        m_process.setChildProcessModifier([limit = *fileLimit] {
            const rlimit value = {rlim_t(limit.soft), rlim_t(limit.hard)};
            ::setrlimit(RLIMIT_NOFILE, &value);
        });
    }
    m_process.start(QStringLiteral(BANTER_TEST_BIN_DIR "/banter-server"), arguments);
}

void BanterServerProcess::takeLines(QByteArray &partial, const QByteArray &chunk,
                                    QStringList &lines)
{
    partial.append(chunk);
    qsizetype end = 0;
    while ((end = partial.indexOf('\n')) >= 0) {
        lines.append(QString::fromUtf8(partial.left(end)));
        partial.remove(0, end + 1);
    }
}

QString BanterServerProcess::waitIn(const QStringList &lines, const QRegularExpression &pattern,
                                    qsizetype from)
{
    QString found;
    const auto isFound = [&] {
        for (qsizetype i = from; i < lines.size(); ++i) {
            if (pattern.match(lines.at(i)).hasMatch()) {
                found = lines.at(i);
                return true;
            }
        }
        return m_process.state() == QProcess::NotRunning && m_process.bytesAvailable() == 0;
    };
    if (!QTest::qWaitFor(isFound, waitMs))
        return QString();
    return found;
}

quint16 BanterServerProcess::waitForPort()
{
    static const QRegularExpression listening(QStringLiteral("^listening on port (\\d+)$"));
    const QString line = waitForLine(listening);
    return quint16(listening.match(line).captured(1).toUInt());
}

QString BanterServerProcess::waitForLine(const QRegularExpression &pattern, qsizetype from)
{
    return waitIn(m_output, pattern, from);
}

QString BanterServerProcess::waitForErrorLine(const QRegularExpression &pattern)
{
    return waitIn(m_errors, pattern, 0);
}

void BanterServerProcess::sendSignal(int signalNumber)
{
    ::kill(pid_t(m_process.processId()), signalNumber);
}

int BanterServerProcess::waitForExit()
{
    if (!m_process.waitForFinished(waitMs) || m_process.exitStatus() != QProcess::NormalExit)
        return -1;
    takeLines(m_partialOutput, m_process.readAllStandardOutput(), m_output);
    takeLines(m_partialError, m_process.readAllStandardError(), m_errors);
    return m_process.exitCode();
}

QString BanterServerProcess::describe() const
{
    return QStringLiteral("banter-server %1; last output: %2; errors: %3")
        .arg(m_process.arguments().join(QLatin1Char(' ')),
             m_output.mid(m_output.size() - 5).join(QStringLiteral(" | ")),
             m_errors.join(QStringLiteral(" | ")));
}
