// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxyprocess.h"

#include "freeport.h"

#include <QFile>
#include <QTcpSocket>
#include <QTest>

ProxyProcess::ProxyProcess(Kind kind, const QString &user, const QString &password)
    : m_kind(kind), m_port(freeLoopbackPort())
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    if (kind == Kind::Socks5) {
        QStringList arguments{QStringLiteral("-i"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("-p"), QString::number(m_port)};
        if (!user.isEmpty())
            arguments << QStringLiteral("-u") << user << QStringLiteral("-P") << password;
        m_process.start(QStringLiteral("microsocks"), arguments);
        return;
    }
    QFile config(m_folder.filePath(QStringLiteral("tinyproxy.conf")));
    config.open(QIODevice::WriteOnly);
    config.write(QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 60\nLogLevel Connect\n"
                                "LogFile \"%2\"\n")
                     .arg(m_port)
                     .arg(m_folder.filePath(QStringLiteral("tinyproxy.log")))
                     .toUtf8());
    if (!user.isEmpty())
        config.write(QStringLiteral("BasicAuth %1 %2\n").arg(user, password).toUtf8());
    config.close();
    m_process.start(QStringLiteral("tinyproxy"),
                    {QStringLiteral("-d"), QStringLiteral("-c"), config.fileName()});
}

ProxyProcess::~ProxyProcess()
{
    m_process.kill();
    m_process.waitForFinished();
}

QString ProxyProcess::problem()
{
    if (!m_process.waitForStarted())
        return m_process.program() + QStringLiteral(": ") + m_process.errorString() +
               QStringLiteral(" (install microsocks and tinyproxy: scripts/test does)");
    const bool listening = QTest::qWaitFor([this] {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        return probe.waitForConnected(100);
    });
    return listening ? QString() : QStringLiteral("not listening: ") + log();
}

QString ProxyProcess::url(const QString &user) const
{
    return (m_kind == Kind::Socks5 ? QStringLiteral("socks5://") : QStringLiteral("http://")) +
           (user.isEmpty() ? QString() : user + QLatin1Char('@')) + QStringLiteral("127.0.0.1:") +
           QString::number(m_port);
}

QString ProxyProcess::log()
{
    m_output += m_process.readAll();
    QString text = QString::fromUtf8(m_output);
    QFile file(m_folder.filePath(QStringLiteral("tinyproxy.log")));
    if (file.open(QIODevice::ReadOnly))
        text += QString::fromUtf8(file.readAll());
    return text;
}

bool ProxyProcess::hasConnectedTo(quint16 port)
{
    const QString target = QStringLiteral("127.0.0.1:%1").arg(port);
    const QString text = log();
    return m_kind == Kind::Socks5 ? text.contains(QStringLiteral("connected to ") + target)
                                  : text.contains(QStringLiteral("CONNECT ") + target);
}
