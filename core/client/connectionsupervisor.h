// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backoff.h"
#include "banterclientglobal.h"
#include <banter/connection.h>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <deque>

namespace Banter {

// Keeps one client Connection alive, whatever its transport: gives up on an open that takes too
// long, pings at an interval and treats a missing pong as a dead connection, and opens the
// connection again after every loss, with exponential backoff, until stop().
class BANTERCLIENT_EXPORT ConnectionSupervisor : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        Backoff::Policy reconnect;
        std::chrono::milliseconds openTimeout{10000};       // 0: wait as long as the transport
        std::chrono::milliseconds heartbeatInterval{15000}; // 0: no heartbeat
        std::chrono::milliseconds heartbeatTimeout{10000};
        // How long a connection must stay open before the backoff starts over: a server that
        // closes every connection right after it opened is retried ever later, not twice a
        // second. 0: at every open.
        std::chrono::milliseconds stableAfter{10000};
        bool reconnects = true;
    };

    explicit ConnectionSupervisor(QObject *parent = nullptr);
    ~ConnectionSupervisor() override;

    Settings settings() const { return m_settings; }
    void setSettings(const Settings &settings);
    // For tests: the backoff's random source, numbers in [0, 1).
    void setRandomSource(std::function<double()> random);

    // Watches connection from now on; url is what it opens again after a loss. Retrying is on.
    void supervise(Connection *connection, const QUrl &url);
    // No more retries (the user disconnected). supervise() or reconnectNow() turn them on again.
    void stop();
    // Opens again at once, skipping the wait.
    void reconnectNow();

    bool isReconnectPending() const { return m_reconnectTimer.isActive(); }
    int msecsUntilReconnect() const { return m_reconnectTimer.remainingTime(); }
    int attempt() const { return m_backoff.attempt(); }

    // Sends a ping carrying a sequence number; returns it, or 0 when the connection is not open.
    // Its pong acknowledges every message sent on the connection before it.
    quint64 sendPing();

Q_SIGNALS:
    void reconnectScheduled(int attempt, qint64 delayMs);
    void reconnecting(int attempt);
    void openTimedOut(qint64 timeoutMs);
    void heartbeatMissed(qint64 timeoutMs);
    void acknowledged(quint64 sequence, qint64 roundTripMs);

private:
    void onStateChanged(Connection::State state);
    void onPong(quint64 elapsedMs, const QByteArray &payload);
    void reopen();

    struct Ping
    {
        quint64 sequence;
        qint64 sentAtMs;
    };

    Settings m_settings;
    Backoff m_backoff;
    QPointer<Connection> m_connection;
    QUrl m_url;
    QTimer m_openTimer;
    QTimer m_heartbeatTimer;
    QTimer m_pongTimer;
    QTimer m_reconnectTimer;
    QTimer m_stableTimer; // the connection has been open for stableAfter: backoff starts over
    QElapsedTimer m_clock;
    std::deque<Ping> m_outstanding;
    quint64 m_sequence = 0;
    bool m_isActive = false;
};

} // namespace Banter
