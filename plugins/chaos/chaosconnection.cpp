// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chaosconnection.h"

#include "chaossteadyclock.h"

#include <banter/itransport.h>
#include <banter/logging.h>

#include <algorithm>

namespace BanterChaos {

ChaosConnection::ChaosConnection(const Banter::ITransportWrapper::Resolver &resolver,
                                 QObject *parent)
    : Banter::Connection(parent), m_resolver(resolver), m_clock(new ChaosSteadyClock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ChaosConnection::advance);
}

ChaosConnection::ChaosConnection(Banter::Connection *inner, const ChaosConditions &conditions,
                                 std::unique_ptr<ChaosClock> clock, QObject *parent)
    : ChaosConnection(Banter::ITransportWrapper::Resolver(), parent)
{
    m_conditions = conditions;
    if (clock)
        m_clock = std::move(clock);
    setUrl(inner->url());
    inner->setParent(this);
    adopt(inner);
    onInnerStateChanged(inner->state());
}

ChaosConnection::~ChaosConnection()
{
    if (m_inner)
        m_inner->disconnect(this);
}

void ChaosConnection::open(const QUrl &url)
{
    dropInner();
    setUrl(url);
    setState(State::Connecting);
    QString problem;
    m_conditions = ChaosConditions::fromUrl(url, &problem);
    const QUrl inner = ChaosConditions::innerUrl(url);
    Banter::ITransport *transport = nullptr;
    if (problem.isEmpty() && inner.scheme().isEmpty()) {
        problem = tr("network conditions: %1 names no transport to wrap; write chaos+ before "
                     "its scheme, such as chaos+ws://localhost:3000/?latency=100ms")
                      .arg(url.scheme());
    } else if (problem.isEmpty() && !m_resolver) {
        problem = tr("network conditions: no transport can be reached for %1").arg(inner.scheme());
    } else if (problem.isEmpty()) {
        transport = m_resolver(inner.scheme(), &problem);
    }
    Banter::Connection *connection = transport ? transport->createConnection(this) : nullptr;
    if (transport && !connection)
        problem = tr("the plugin for \"%1\" created no connection").arg(inner.scheme());
    if (!connection) {
        reportError(problem);
        setState(State::Closed);
        return;
    }
    connection->setConnectOptions(connectOptions());
    connection->setTrustedCertificates(trustedCertificates());
    adopt(connection);
    connection->open(inner);
}

void ChaosConnection::adopt(Banter::Connection *inner)
{
    m_inner = inner;
    connect(inner, &Connection::stateChanged, this, &ChaosConnection::onInnerStateChanged);
    connect(inner, &Connection::errorOccurred, this, &ChaosConnection::reportError);
    connect(inner, &Connection::noticeReported, this, &ChaosConnection::reportNotice);
    connect(inner, &Connection::certificateRejected, this,
            &ChaosConnection::reportCertificateProblem);
    connect(inner, &Connection::attributesReceived, this,
            [this](const QVariantMap &attributes) { m_incomingAttributes = attributes; });
    connect(inner, &Connection::textReceived, this, [this](const QString &text) {
        ChaosLink::Item item;
        item.direction = ChaosLink::Direction::Incoming;
        item.text = text;
        item.attributes = std::exchange(m_incomingAttributes, QVariantMap());
        push(std::move(item));
    });
    connect(inner, &Connection::binaryReceived, this, [this](const QByteArray &data) {
        ChaosLink::Item item;
        item.direction = ChaosLink::Direction::Incoming;
        item.kind = ChaosLink::Kind::Binary;
        item.payload = data;
        item.attributes = std::exchange(m_incomingAttributes, QVariantMap());
        push(std::move(item));
    });
    connect(inner, &Connection::pongReceived, this, [this](quint64, const QByteArray &payload) {
        ChaosLink::Item item;
        item.direction = ChaosLink::Direction::Incoming;
        item.kind = ChaosLink::Kind::Pong;
        item.payload = payload;
        if (!m_pingsAwaitingPong.empty()) {
            item.sentAt = m_pingsAwaitingPong.front();
            m_pingsAwaitingPong.pop_front();
        } else {
            item.sentAt = m_clock->now();
        }
        push(std::move(item));
    });
}

void ChaosConnection::onInnerStateChanged(State state)
{
    switch (state) {
    case State::Connecting:
        setState(State::Connecting);
        break;
    case State::Open:
        m_link = std::make_unique<ChaosLink>(m_conditions, m_clock.get());
        m_phase = ChaosLink::Phase::Flowing;
        m_pingsAwaitingPong.clear();
        setState(State::Open);
        qCInfo(Banter::lcTransport, "%s: %s", qUtf8Printable(url().toString(QUrl::RemovePassword)),
               qUtf8Printable(m_conditions.describe()));
        reportNotice(m_conditions.describe());
        scheduleWakeUp();
        break;
    case State::Closing:
        if (this->state() != State::Open)
            setState(State::Closing);
        break;
    case State::Closed:
        if (m_link && this->state() == State::Open) {
            // The peer's close arrives behind what it sent before it.
            ChaosLink::Item item;
            item.direction = ChaosLink::Direction::Incoming;
            item.kind = ChaosLink::Kind::Close;
            push(std::move(item));
        } else {
            finishClose();
        }
        break;
    }
}

void ChaosConnection::push(ChaosLink::Item item)
{
    if (!m_link)
        return;
    const ChaosLink::Direction direction = item.direction;
    const ChaosLink::Outcome outcome = m_link->push(std::move(item));
    if (outcome == ChaosLink::Outcome::Lost) {
        reportNotice(direction == ChaosLink::Direction::Outgoing
                         ? tr("network conditions: a sent message was dropped (injected loss)")
                         : tr("network conditions: a received message was dropped (injected "
                              "loss)"));
    }
    // A black hole swallows silently, as a real one does; the phase change itself is logged.
    // What is due now goes out on the next turn of the event loop, never from within the call
    // that handed it in: a sender is not told of arrivals or a cut before its call returns.
    scheduleWakeUp();
}

void ChaosConnection::advance()
{
    if (!m_link)
        return;
    const QPointer<ChaosConnection> self(this);
    std::vector<ChaosLink::Item> arrived = m_link->advance();
    for (ChaosLink::Item &item : arrived) {
        deliver(item);
        // A receiver may have aborted or deleted the connection.
        if (!self || !m_link)
            return;
    }
    const ChaosLink::Phase phase = m_link->phase();
    if (phase != m_phase) {
        m_phase = phase;
        if (phase == ChaosLink::Phase::Cut) {
            cut();
            return;
        }
        reportNotice(tr("network conditions: black hole from now on, nothing moves either way "
                        "(injected)"));
    }
    scheduleWakeUp();
}

void ChaosConnection::scheduleWakeUp()
{
    if (m_link && m_link->phase() != m_phase) {
        m_timer.start(0);
        return;
    }
    const qint64 next = m_link ? m_link->nextWakeUp() : -1;
    if (next < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::clamp<qint64>(next - m_clock->now(), 0, 24 * 3600 * 1000)));
}

void ChaosConnection::deliver(ChaosLink::Item &item)
{
    if (item.direction == ChaosLink::Direction::Outgoing) {
        if (!m_inner)
            return;
        switch (item.kind) {
        case ChaosLink::Kind::Text:
            m_inner->sendText(item.text);
            break;
        case ChaosLink::Kind::Binary:
            m_inner->sendBinary(item.payload);
            break;
        case ChaosLink::Kind::Ping:
            // Before the call: a transport may answer within it.
            m_pingsAwaitingPong.push_back(item.sentAt);
            if (!m_inner->ping(item.payload) && !m_pingsAwaitingPong.empty())
                m_pingsAwaitingPong.pop_back();
            break;
        case ChaosLink::Kind::Pong:
        case ChaosLink::Kind::Close:
            break;
        }
        return;
    }
    if (!item.attributes.isEmpty())
        Q_EMIT attributesReceived(item.attributes);
    switch (item.kind) {
    case ChaosLink::Kind::Text:
        Q_EMIT textReceived(item.text);
        break;
    case ChaosLink::Kind::Binary:
        Q_EMIT binaryReceived(item.payload);
        break;
    case ChaosLink::Kind::Pong:
        Q_EMIT pongReceived(quint64(qMax<qint64>(0, m_clock->now() - item.sentAt)), item.payload);
        break;
    case ChaosLink::Kind::Close:
        finishClose();
        break;
    case ChaosLink::Kind::Ping:
        break;
    }
}

bool ChaosConnection::sendText(const QString &message)
{
    if (state() != State::Open || !m_link)
        return false;
    ChaosLink::Item item;
    item.text = message;
    push(std::move(item));
    return true;
}

bool ChaosConnection::sendBinary(const QByteArray &message)
{
    if (state() != State::Open || !m_link)
        return false;
    ChaosLink::Item item;
    item.kind = ChaosLink::Kind::Binary;
    item.payload = message;
    push(std::move(item));
    return true;
}

bool ChaosConnection::ping(const QByteArray &payload)
{
    if (state() != State::Open || !m_link)
        return false;
    ChaosLink::Item item;
    item.kind = ChaosLink::Kind::Ping;
    item.payload = payload;
    item.sentAt = m_clock->now();
    push(std::move(item));
    return true;
}

void ChaosConnection::close(CloseCode code, const QString &reason)
{
    m_link.reset();
    m_timer.stop();
    if (!m_inner) {
        setState(State::Closed);
        return;
    }
    setState(State::Closing);
    m_inner->close(code, reason);
}

void ChaosConnection::abort()
{
    m_link.reset();
    m_timer.stop();
    if (m_inner && m_inner->state() != State::Closed)
        m_inner->abort(); // its Closed finishes this one's
    else
        finishClose();
}

void ChaosConnection::finishClose()
{
    m_link.reset();
    m_timer.stop();
    if (m_inner)
        setCloseInfo(m_inner->closeCode(), m_inner->closeReason());
    setState(State::Closed);
}

void ChaosConnection::cut()
{
    const QString after = ChaosConditions::formatTrigger(m_conditions.disconnectAfter);
    m_link.reset();
    m_timer.stop();
    dropInner();
    reportError(tr("network conditions: disconnected after %1 (injected)").arg(after));
    setCloseInfo(int(CloseCode::Abnormal), QString());
    setState(State::Closed);
}

void ChaosConnection::dropInner()
{
    m_link.reset();
    m_timer.stop();
    if (!m_inner)
        return;
    Banter::Connection *inner = m_inner;
    m_inner = nullptr;
    inner->disconnect(this);
    inner->abort();
    inner->deleteLater();
}

qint64 ChaosConnection::bytesToWrite() const
{
    const qint64 queued = m_link ? m_link->queuedBytes(ChaosLink::Direction::Outgoing) : 0;
    return queued + (m_inner ? m_inner->bytesToWrite() : 0);
}

QString ChaosConnection::peerAddress() const
{
    return m_inner ? m_inner->peerAddress() : QString();
}

QString ChaosConnection::subprotocol() const
{
    return m_inner ? m_inner->subprotocol() : QString();
}

} // namespace BanterChaos
