// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverhost.h"

#include "heaptrimmer.h"

#include <banter/connection.h>
#include <banter/iservice.h>
#include <banter/itransport.h>
#include <banter/logging.h>
#include <banter/pluginregistry.h>
#include <banter/service.h>

namespace Banter {

ServerHost::ServerHost(PluginRegistry *registry, QObject *parent)
    : QObject(parent), m_registry(registry)
{}

ServerHost::~ServerHost() = default;

void ServerHost::setTrimsHeap(bool trims)
{
    if (trims == trimsHeap())
        return;
    if (!trims) {
        delete m_trimmer;
        return;
    }
    m_trimmer = new HeapTrimmer(this);
    m_trimmer->setObjectName(QStringLiteral("heapTrimmer"));
    connect(this, &ServerHost::connectionCountChanged, m_trimmer, &HeapTrimmer::setConnectionCount);
}

bool ServerHost::start(const QUrl &url, const QString &serviceName)
{
    ServerSettings settings;
    settings.url = url;
    settings.service = serviceName;
    return start(settings);
}

bool ServerHost::start(const ServerSettings &settings)
{
    stop();
    m_error = Listener::Error::NoError;
    m_errorString.clear();
    m_settings = settings;

    const QUrl &url = settings.url;
    if (!url.isValid() || url.scheme().isEmpty())
        return fail(Listener::Error::UnsupportedUrl, tr("invalid URL %1").arg(url.toString()));
    ITransport *transport = m_registry->transport(url.scheme());
    if (!transport)
        return fail(Listener::Error::UnsupportedUrl, m_registry->errorString());
    IService *plugin = m_registry->service(settings.service);
    if (!plugin)
        return fail(Listener::Error::OtherError, m_registry->errorString());
    if (const QString problem = settings.validate(); !problem.isEmpty())
        return fail(Listener::Error::OtherError, problem);

    m_listener = transport->createListener(this);
    if (!m_listener) {
        return fail(Listener::Error::UnsupportedUrl,
                    tr("the %1 transport cannot serve").arg(url.scheme()));
    }
    m_listener->setSettings(settings);
    if (!m_listener->listen(url))
        return fail(m_listener->error(), m_listener->errorString());

    m_service = plugin->createService(settings.service, this);
    if (!m_service) {
        return fail(Listener::Error::OtherError,
                    tr("the plugin for \"%1\" created no service").arg(settings.service));
    }
    m_service->setSettings(settings);
    connect(m_service, &Service::connectionCountChanged, this, &ServerHost::connectionCountChanged);
    connect(m_service, &Service::failed, this, &ServerHost::failed);
    connect(m_listener, &Listener::errorOccurred, this,
            [](const QString &error) { qCWarning(lcServer, "%s", qUtf8Printable(error)); });
    m_service->serve(m_listener);
    return true;
}

bool ServerHost::fail(Listener::Error error, const QString &errorString)
{
    stop();
    m_error = error;
    m_errorString = errorString;
    return false;
}

void ServerHost::stop()
{
    if (m_service) {
        m_service->closeAll(int(Connection::CloseCode::GoingAway),
                            QStringLiteral("server shutting down"));
    }
    const bool hadClients = connectionCount() > 0;
    delete m_service;
    delete m_listener;
    if (hadClients)
        Q_EMIT connectionCountChanged(0);
}

bool ServerHost::isRunning() const
{
    return m_listener && m_listener->isListening();
}

QUrl ServerHost::url() const
{
    return m_listener ? m_listener->url() : QUrl();
}

int ServerHost::connectionCount() const
{
    return m_service ? m_service->connectionCount() : 0;
}

ServerStatistics ServerHost::statistics() const
{
    return m_service ? m_service->statistics() : ServerStatistics();
}

} // namespace Banter
