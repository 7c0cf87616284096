// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chaoslistener.h"

#include "chaosconnection.h"

#include <banter/itransport.h>
#include <banter/logging.h>

#include <QTimer>

namespace BanterChaos {

ChaosListener::ChaosListener(const Banter::ITransportWrapper::Resolver &resolver, QObject *parent)
    : Banter::Listener(parent), m_resolver(resolver)
{}

ChaosListener::~ChaosListener() = default;

bool ChaosListener::listen(const QUrl &url)
{
    close();
    QString problem;
    m_conditions = ChaosConditions::fromUrl(url, &problem);
    const QUrl innerUrl = ChaosConditions::innerUrl(url);
    if (problem.isEmpty() && innerUrl.scheme().isEmpty()) {
        problem = tr("network conditions: %1 names no transport to wrap; write chaos+ before "
                     "its scheme, such as chaos+ws://127.0.0.1:3000/?latency=50ms")
                      .arg(url.scheme());
    }
    Banter::ITransport *transport = nullptr;
    if (problem.isEmpty() && m_resolver)
        transport = m_resolver(innerUrl.scheme(), &problem);
    if (!problem.isEmpty() || !transport) {
        setError(Error::UnsupportedUrl,
                 problem.isEmpty() ? tr("network conditions: no transport can be reached for %1")
                                         .arg(innerUrl.scheme())
                                   : problem);
        return false;
    }
    Banter::Listener *inner = transport->createListener(this);
    if (!inner) {
        setError(Error::UnsupportedUrl, tr("the %1 transport cannot serve").arg(innerUrl.scheme()));
        return false;
    }
    inner->setSettings(settings());
    if (!inner->listen(innerUrl)) {
        setError(inner->error(), inner->errorString());
        delete inner;
        return false;
    }
    m_inner = inner;
    m_scheme = url.scheme();
    m_conditionsQuery = ChaosConditions::conditionsQuery(url);
    m_accepted = 0;
    connect(inner, &Listener::newConnection, this, &ChaosListener::onNewConnection);
    connect(inner, &Listener::errorOccurred, this, &ChaosListener::reportError);
    // The service says which subprotocols it serves once listen() has returned, before any
    // client can be accepted: hand them on then. The paths it serves cannot be handed on (the
    // SDK keeps the pattern to itself): the inner listener accepts every path, and the service
    // closes a connection to a path it does not serve, as it does on transports that cannot
    // refuse in the handshake.
    QTimer::singleShot(0, this, &ChaosListener::lendSubprotocols);
    qCInfo(Banter::lcTransport, "every client of %s: %s", qUtf8Printable(this->url().toString()),
           qUtf8Printable(m_conditions.describe()));
    return true;
}

void ChaosListener::lendSubprotocols()
{
    if (m_inner)
        m_inner->setSubprotocols(subprotocols());
}

void ChaosListener::onNewConnection(Banter::Connection *connection)
{
    ChaosConditions conditions = m_conditions;
    conditions.seed += m_accepted++;
    auto *wrapped = new ChaosConnection(connection, conditions, {}, this);
    Q_EMIT newConnection(wrapped);
}

void ChaosListener::close()
{
    if (!m_inner)
        return;
    m_inner->close();
    m_inner->disconnect(this);
    m_inner->deleteLater();
    m_inner = nullptr;
}

bool ChaosListener::isListening() const
{
    return m_inner && m_inner->isListening();
}

QUrl ChaosListener::url() const
{
    if (!m_inner)
        return QUrl();
    QUrl served = m_inner->url();
    served.setScheme(m_scheme);
    if (!m_conditionsQuery.isEmpty()) {
        const QString query = served.query(QUrl::FullyEncoded);
        served.setQuery(query.isEmpty() ? m_conditionsQuery
                                        : query + QLatin1Char('&') + m_conditionsQuery,
                        QUrl::StrictMode);
    }
    return served;
}

} // namespace BanterChaos
