// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsupervisor.h"

#include <banter/logging.h>

#include <QtEndian>

#include <algorithm>

namespace Banter {

namespace {

QByteArray encodeSequence(quint64 sequence)
{
    QByteArray payload(sizeof(quint64), Qt::Uninitialized);
    qToBigEndian(sequence, payload.data());
    return payload;
}

} // namespace

ConnectionSupervisor::ConnectionSupervisor(QObject *parent) : QObject(parent)
{
    m_clock.start();
    for (QTimer *timer : {&m_openTimer, &m_pongTimer, &m_reconnectTimer, &m_stableTimer})
        timer->setSingleShot(true);
    connect(&m_stableTimer, &QTimer::timeout, this, [this] { m_backoff.reset(); });
    connect(&m_openTimer, &QTimer::timeout, this, [this] {
        Q_EMIT openTimedOut(m_settings.openTimeout.count());
        if (m_connection)
            m_connection->abort();
    });
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &ConnectionSupervisor::sendPing);
    connect(&m_pongTimer, &QTimer::timeout, this, [this] {
        Q_EMIT heartbeatMissed(m_settings.heartbeatTimeout.count());
        if (m_connection)
            m_connection->abort();
    });
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ConnectionSupervisor::reopen);
}

ConnectionSupervisor::~ConnectionSupervisor() = default;

void ConnectionSupervisor::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_backoff.setPolicy(settings.reconnect);
}

void ConnectionSupervisor::setRandomSource(std::function<double()> random)
{
    m_backoff = Backoff(m_settings.reconnect, std::move(random));
}

void ConnectionSupervisor::supervise(Connection *connection, const QUrl &url)
{
    if (m_connection)
        m_connection->disconnect(this);
    m_connection = connection;
    m_url = url;
    m_isActive = true;
    m_backoff.reset();
    m_reconnectTimer.stop();
    connect(connection, &Connection::stateChanged, this, &ConnectionSupervisor::onStateChanged);
    connect(connection, &Connection::pongReceived, this, &ConnectionSupervisor::onPong);
    if (connection->state() != Connection::State::Closed)
        onStateChanged(connection->state());
}

void ConnectionSupervisor::stop()
{
    m_isActive = false;
    m_reconnectTimer.stop();
}

void ConnectionSupervisor::reconnectNow()
{
    if (!m_connection || m_connection->state() != Connection::State::Closed)
        return;
    m_isActive = true;
    m_reconnectTimer.stop();
    reopen();
}

void ConnectionSupervisor::reopen()
{
    if (!m_connection)
        return;
    Q_EMIT reconnecting(m_backoff.attempt());
    m_connection->open(m_url);
}

quint64 ConnectionSupervisor::sendPing()
{
    if (!m_connection || !m_connection->isOpen())
        return 0;
    const quint64 sequence = ++m_sequence;
    if (!m_connection->ping(encodeSequence(sequence)))
        return 0;
    m_outstanding.push_back({sequence, m_clock.elapsed()});
    if (!m_pongTimer.isActive() && m_settings.heartbeatTimeout.count() > 0)
        m_pongTimer.start(m_settings.heartbeatTimeout);
    return sequence;
}

void ConnectionSupervisor::onPong(quint64 elapsedMs, const QByteArray &payload)
{
    Q_UNUSED(elapsedMs)
    if (payload.size() != int(sizeof(quint64)))
        return;
    const quint64 sequence = qFromBigEndian<quint64>(payload.constData());
    const auto found =
        std::find_if(m_outstanding.begin(), m_outstanding.end(),
                     [sequence](const Ping &ping) { return ping.sequence == sequence; });
    if (found == m_outstanding.end())
        return; // not one of ours, or already acknowledged
    const qint64 sentAt = found->sentAtMs;
    // A pong answers its ping and every ping before it.
    m_outstanding.erase(m_outstanding.begin(), found + 1);
    if (m_outstanding.empty())
        m_pongTimer.stop();
    else if (m_settings.heartbeatTimeout.count() > 0)
        m_pongTimer.start(m_settings.heartbeatTimeout);
    Q_EMIT acknowledged(sequence, m_clock.elapsed() - sentAt);
}

void ConnectionSupervisor::onStateChanged(Connection::State state)
{
    switch (state) {
    case Connection::State::Connecting:
        if (m_settings.openTimeout.count() > 0)
            m_openTimer.start(m_settings.openTimeout);
        break;
    case Connection::State::Open:
        m_openTimer.stop();
        if (m_settings.stableAfter.count() > 0)
            m_stableTimer.start(m_settings.stableAfter);
        else
            m_backoff.reset();
        if (m_settings.heartbeatInterval.count() > 0)
            m_heartbeatTimer.start(m_settings.heartbeatInterval);
        break;
    case Connection::State::Closing:
        break;
    case Connection::State::Closed: {
        m_openTimer.stop();
        m_stableTimer.stop();
        m_heartbeatTimer.stop();
        m_pongTimer.stop();
        m_outstanding.clear();
        if (!m_isActive || !m_settings.reconnects || m_reconnectTimer.isActive())
            break;
        const std::chrono::milliseconds delay = m_backoff.next();
        qCDebug(lcTransport, "reconnecting to %s in %lld ms (attempt %d)",
                qUtf8Printable(m_url.toString(QUrl::RemovePassword)), qlonglong(delay.count()),
                m_backoff.attempt());
        m_reconnectTimer.start(delay);
        Q_EMIT reconnectScheduled(m_backoff.attempt(), delay.count());
        break;
    }
    }
}

} // namespace Banter
