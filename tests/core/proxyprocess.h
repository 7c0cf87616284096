// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real proxy of Debian's, started on a free loopback port: microsocks (SOCKS5) or tinyproxy
// (HTTP, CONNECT), with a user and password when asked. log() is what it wrote about the
// connections it made.
class ProxyProcess
{
public:
    enum class Kind { Socks5, Http };

    ProxyProcess(Kind kind, const QString &user, const QString &password);
    ~ProxyProcess();

    // Whether it runs and takes connections; else why not.
    QString problem();
    quint16 port() const { return m_port; }
    // Its URL for Banter, with the user if any: socks5://sam@127.0.0.1:PORT.
    QString url(const QString &user = QString()) const;
    QString log();
    // Whether it wrote that it connected to port on 127.0.0.1.
    bool hasConnectedTo(quint16 port);

private:
    Kind m_kind;
    quint16 m_port;
    QTemporaryDir m_folder;
    QProcess m_process;
    QByteArray m_output;
};
