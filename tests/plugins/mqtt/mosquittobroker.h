// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testidentity.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A real mosquitto (Debian's) for a test: in a temporary folder, on a free loopback port, with a
// configuration written for it. Stopped with the object.
class MosquittoBroker
{
public:
    struct Options
    {
        // user name → password; when set, anonymous clients are refused.
        QList<QPair<QString, QString>> users;
        bool tls = false; // also a TLS listener, with a certificate made for the test
        // When set (with tls), the TLS listener requires a client certificate issued by one of
        // the authorities of this PEM file.
        QString clientAuthorities;
    };

    MosquittoBroker();
    ~MosquittoBroker();

    // Starts it; false, with the reason in errorString(), if it does not come up.
    bool start();
    bool start(const Options &options);
    // Stops it if it runs (SIGTERM) and starts it again on the same ports.
    bool restart();
    void stop();
    // Kills it (SIGKILL): it saves nothing.
    void kill();
    // Sends a signal to the broker (SIGSTOP, SIGCONT).
    void signal(int number);

    quint16 port() const { return m_port; }
    quint16 tlsPort() const { return m_tlsPort; }
    // mqtt://127.0.0.1:PORT/topic (and query), or mqtts:// on the TLS port.
    QString url(const QString &topicAndQuery) const;
    QString tlsUrl(const QString &topicAndQuery) const;
    // The test certificate (for 127.0.0.1 and localhost) and its PEM file.
    const TestIdentity &identity() const { return m_identity; }
    QString certificatePath() const;
    QString folder() const { return m_folder.path(); }
    QString errorString() const { return m_errorString; }

    // Runs a mosquitto client program (mosquitto_pub, mosquitto_sub) against the broker's plain
    // port; the arguments follow -h and -p.
    QProcess *client(const QString &program, const QStringList &arguments);

    static QString executable();

private:
    bool launch();
    bool writeConfiguration();

    QTemporaryDir m_folder;
    Options m_options;
    TestIdentity m_identity;
    std::unique_ptr<QProcess> m_process;
    std::vector<std::unique_ptr<QProcess>> m_clients;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    QString m_errorString;
};
