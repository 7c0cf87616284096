// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A real redis-server (Debian's) for a test: in a temporary folder, on a free loopback port and
// a Unix socket in that folder, saving nothing to disk. Stopped with the object.
class RedisServer
{
public:
    RedisServer();
    ~RedisServer();

    // Starts it with extra arguments (such as {"--requirepass", "secret"}); false, with the
    // reason in errorString(), if it does not come up.
    bool start(const QStringList &arguments = QStringList());
    // The same, also serving TLS on a port of its own, with a self-signed certificate for
    // 127.0.0.1 made for the test (TestIdentity): caPath() is its PEM file.
    bool startWithTls(const QStringList &arguments = QStringList());
    void stop();
    // Sends a signal to the process (SIGSTOP, SIGCONT, SIGKILL).
    void signal(int number);

    quint16 port() const { return m_port; }
    QString socketPath() const;
    QString tcpUrl() const;
    QString unixUrl() const;
    // rediss://127.0.0.1:TLSPORT, trusting the test's CA when trustCa is true.
    QString tlsUrl(bool trustCa) const;
    QString caPath() const;
    QString errorString() const { return m_errorString; }

    static QString executable();

private:
    bool startOn(quint16 port, const QStringList &arguments);

    QTemporaryDir m_folder;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    QString m_errorString;
};
