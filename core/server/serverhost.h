// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterserverglobal.h"
#include <banter/listener.h>
#include <banter/serversettings.h>
#include <banter/serverstatistics.h>

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Banter {

class HeapTrimmer;
class PluginRegistry;
class Service;

// Runs one service on one listening URL, both taken from plugins. The headless banter-server and
// the window's embedded echo server are the same code: this class. With setTrimsHeap(), once the
// last client has left, it gives the memory the clients used back to the system (a HeapTrimmer
// child): a policy for a long-running server, off by default.
class BANTERSERVER_EXPORT ServerHost : public QObject
{
    Q_OBJECT

public:
    explicit ServerHost(PluginRegistry *registry, QObject *parent = nullptr);
    ~ServerHost() override;

    void setTrimsHeap(bool trims);
    bool trimsHeap() const { return !m_trimmer.isNull(); }

    // Listens on settings.url (port 0 picks a free port) and serves every client with
    // settings.service, within the settings' limits. Returns false with error() and
    // errorString() set; nothing is left running then.
    bool start(const ServerSettings &settings);
    // The same with the default limits.
    bool start(const QUrl &url, const QString &serviceName = QStringLiteral("echo"));
    // Closes every client with 1001 and the reason "server shutting down", and stops listening.
    void stop();

    bool isRunning() const;
    QUrl url() const;
    int connectionCount() const;
    ServerSettings settings() const { return m_settings; }
    ServerStatistics statistics() const;
    Listener::Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void connectionCountChanged(int count);
    // The service failed after start() (Service::failed()).
    void failed(const QString &why);

private:
    bool fail(Listener::Error error, const QString &errorString);

    PluginRegistry *m_registry;
    ServerSettings m_settings;
    QPointer<Listener> m_listener;
    QPointer<Service> m_service;
    QPointer<HeapTrimmer> m_trimmer;
    QString m_errorString;
    Listener::Error m_error = Listener::Error::NoError;
};

} // namespace Banter
