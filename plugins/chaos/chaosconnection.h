// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chaosclock.h"
#include "chaosconditions.h"
#include "chaoslink.h"

#include <banter/connection.h>
#include <banter/itransportwrapper.h>

#include <QPointer>
#include <QTimer>

#include <deque>
#include <memory>

namespace BanterChaos {

// A connection of another transport seen through the network conditions of a chaos+ URL. A
// client opens chaos+ws://host/?latency=100ms: it opens ws://host/ with the transport the
// resolver gives for "ws", and puts a ChaosLink between that connection and its user. A
// ChaosListener wraps each connection its inner listener accepts the same way.
//
// The wrapped connection's state is this one's, but the peer's close travels the link like its
// messages (it is not seen before what was sent ahead of it), and a black hole keeps the
// connection open with nothing moving, until the user gives up on it (abort() or close()).
class ChaosConnection : public Banter::Connection
{
    Q_OBJECT

public:
    ChaosConnection(const Banter::ITransportWrapper::Resolver &resolver, QObject *parent = nullptr);
    // Server side: wraps a connection that is already open, under conditions. Time is read from
    // clock (a steady clock when none is given, tests give one they move by hand).
    ChaosConnection(Banter::Connection *inner, const ChaosConditions &conditions,
                    std::unique_ptr<ChaosClock> clock = {}, QObject *parent = nullptr);
    ~ChaosConnection() override;

    // Delivers what is due by now and fires the triggers whose time has come; a timer calls it
    // when the next thing is due, and tests that move their clock by hand call it themselves.
    void advance();

    void open(const QUrl &url) override;
    bool sendText(const QString &message) override;
    bool sendBinary(const QByteArray &message) override;
    void close(CloseCode code = CloseCode::Normal, const QString &reason = QString()) override;
    void abort() override;
    bool ping(const QByteArray &payload = QByteArray()) override;
    qint64 bytesToWrite() const override;
    QString peerAddress() const override;
    QString subprotocol() const override;

private:
    void adopt(Banter::Connection *inner);
    void onInnerStateChanged(State state);
    void push(ChaosLink::Item item);
    void scheduleWakeUp();
    void deliver(ChaosLink::Item &item);
    void finishClose();
    void cut();
    void dropInner();

    Banter::ITransportWrapper::Resolver m_resolver;
    ChaosConditions m_conditions;
    std::unique_ptr<ChaosClock> m_clock;
    std::unique_ptr<ChaosLink> m_link;
    QPointer<Banter::Connection> m_inner;
    QTimer m_timer;
    QVariantMap m_incomingAttributes;
    std::deque<qint64> m_pingsAwaitingPong; // when each ping handed to the inner one was sent
    ChaosLink::Phase m_phase = ChaosLink::Phase::Flowing;
};

} // namespace BanterChaos
