// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisserver.h"

#include "freeport.h"
#include "serverprocess.h"
#include "testidentity.h"

#include <QDeadlineTimer>
#include <QStandardPaths>

RedisServer::RedisServer() = default;

RedisServer::~RedisServer()
{
    stop();
}

QString RedisServer::executable()
{
    return QStandardPaths::findExecutable(QStringLiteral("redis-server"));
}

QString RedisServer::socketPath() const
{
    return m_folder.filePath(QStringLiteral("redis.sock"));
}

QString RedisServer::tcpUrl() const
{
    return QStringLiteral("redis://127.0.0.1:%1").arg(m_port);
}

QString RedisServer::unixUrl() const
{
    return QStringLiteral("unix://%1").arg(socketPath());
}

bool RedisServer::start(const QStringList &arguments)
{
    if (executable().isEmpty()) {
        m_errorString =
            QStringLiteral("redis-server is not installed (apt-get install redis-server)");
        return false;
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        // Redis cannot be told to pick a port (port 0 turns TCP off): a free one, and another if
        // lost.
        if (startOn(m_port ? m_port : freeLoopbackPort(), arguments))
            return true;
        m_port = 0;
    }
    return false;
}

bool RedisServer::startOn(quint16 port, const QStringList &arguments)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(m_folder.path());
    m_process->start(executable(),
                     QStringList{QStringLiteral("--port"), QString::number(port),
                                 QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                                 QStringLiteral("--unixsocket"), socketPath(),
                                 QStringLiteral("--dir"), m_folder.path(), QStringLiteral("--save"),
                                 QString(), QStringLiteral("--appendonly"), QStringLiteral("no"),
                                 QStringLiteral("--daemonize"), QStringLiteral("no"),
                                 QStringLiteral("--loglevel"), QStringLiteral("notice")} +
                         arguments);
    QByteArray output;
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(100);
        output += m_process->readAll();
        if (output.contains("Ready to accept connections")) {
            m_port = port;
            return true;
        }
    }
    m_errorString = QStringLiteral("redis-server did not start on port %1: %2")
                        .arg(port)
                        .arg(QString::fromLocal8Bit(output.right(600)));
    m_process->kill();
    m_process->waitForFinished();
    return false;
}

bool RedisServer::startWithTls(const QStringList &arguments)
{
    if (TestIdentity::create(m_folder.path(), QStringLiteral("redis"), &m_errorString)
            .certificate.isNull())
        return false;
    m_tlsPort = freeLoopbackPort();
    return start(QStringList{QStringLiteral("--tls-port"), QString::number(m_tlsPort),
                             QStringLiteral("--tls-cert-file"), caPath(),
                             QStringLiteral("--tls-key-file"),
                             m_folder.filePath(QStringLiteral("redis.key")),
                             QStringLiteral("--tls-ca-cert-file"), caPath(),
                             QStringLiteral("--tls-auth-clients"), QStringLiteral("no")} +
                 arguments);
}

QString RedisServer::caPath() const
{
    return m_folder.filePath(QStringLiteral("redis.pem"));
}

QString RedisServer::tlsUrl(bool trustCa) const
{
    const QString url = QStringLiteral("rediss://127.0.0.1:%1").arg(m_tlsPort);
    return trustCa ? url + QStringLiteral("?cacert=") + caPath() : url;
}

void RedisServer::stop()
{
    ServerProcess::stop(m_process);
}

void RedisServer::signal(int number)
{
    ServerProcess::signal(m_process.get(), number);
}
