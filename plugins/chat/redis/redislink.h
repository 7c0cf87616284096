// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backoff.h"
#include "redisconnection.h"
#include "redisroomlog.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <chrono>
#include <deque>

namespace BanterRedis {

// The chat service's publishing connection to Redis, kept up: it reconnects on its own (a
// jittered backoff from 100 ms to 2 s), and what is published while Redis is away waits in a
// bounded buffer and goes out in its order once Redis is back. A message that was on its way when
// the connection broke goes out again: its id makes sure Redis numbers it once (RedisRoomLog).
// So does one that Redis numbered but that this server has not seen come back on its own
// subscription yet (confirm()): a Redis killed right after it answered may have taken the message
// with it, unpublished, and a new, empty Redis then gets it again, before anything sent later.
// And so does one seen back in the last two seconds (the last 1,000 at most): a Redis killed while
// it handed the message out may have given it to this server's subscription and not to the others'.
// A Redis that kept its data answers each of these with its record (numbered once); a new one
// numbers them anew, and the servers that delivered them before skip them by their ids (RecentIds).
// Beyond the bounds (messages, bytes, age), a message is refused: its callback says why.
class RedisLink : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxMessages = 10000;
        qint64 maxBytes = 8 * 1024 * 1024;
        std::chrono::milliseconds maxAge{60000};
    };
    struct Counters
    {
        quint64 published = 0;
        quint64 refused = 0;
        quint64 reconnects = 0;
    };

    explicit RedisLink(const RedisUrl &url, QObject *parent = nullptr);
    ~RedisLink() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    // The shortest and longest wait between two connection attempts (100 ms and 2 s).
    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }

    void start();
    bool isUp() const { return m_connection.state() == RedisConnection::State::Ready; }
    RedisConnection &connection() { return m_connection; }
    // This server's name in Redis, random and unique: the ids of its messages start with it.
    QByteArray instance() const { return m_instance; }
    Counters counters() const { return m_counters; }
    // Messages waiting for Redis, or on their way to it.
    int waiting() const { return int(m_queue.size()); }

    // Publishes body as the room's next message, now or once Redis is back; done gets the
    // record, or why it was not published.
    void publish(const QString &room, const QByteArray &body, int keep,
                 RedisRoomLog::Published done);
    // The room's feed delivered its record at offset in epoch: this server's messages up to it
    // are through, and are not sent again.
    void confirm(const QString &room, const QByteArray &epoch, quint64 offset);

Q_SIGNALS:
    void up();
    void down(const QString &why);
    // A line for the server's log: "redis unreachable at ...; retrying in 0.4 s", "redis back
    // after 3.2 s; 412 messages sent".
    void said(const QString &line);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Message
    {
        QString room;
        QByteArray id;
        QByteArray body;
        int keep = 0;
        RedisRoomLog::Published done;
        qint64 queuedAtMs = 0;
        bool isSent = false;
        // Numbered by Redis (epoch, offset), not seen back yet (m_unconfirmed).
        RedisRoomLog::Position position;
        qint64 numberedAtMs = 0;
        // In the order published here.
        quint64 sequence = 0;
    };

    void onReady();
    void onLost(const QString &why);
    void send(Message &message);
    void finish(const QByteArray &id, const RedisRoomLog::Record &record, const QString &error);
    void refuse(Message &message, const QString &why);
    void expireOld();
    // Keeps a message seen back in m_recent (the last recentMaxMessages).
    void keepRecent(Message &&message);
    // Drops from m_recent what was numbered more than recentForMs before now.
    void forgetOldRecent(qint64 now);
    // Whether the room's feed has delivered position already.
    bool isConfirmed(const QString &room, const RedisRoomLog::Position &position) const;

    RedisUrl m_url;
    RedisConnection m_connection;
    Limits m_limits;
    Counters m_counters;
    // In order: sent and waiting for Redis' answer first, then not sent yet.
    std::deque<Message> m_queue;
    // The bodies' bytes in m_queue, kept as it changes: publish() checks the bound each time.
    qint64 m_queuedBytes = 0;
    // Numbered by Redis and not seen back on this server's subscription yet, in order; at most
    // unconfirmedForMs old (a room no longer followed here confirms nothing).
    std::deque<Message> m_unconfirmed;
    // Seen back in the last recentForMs, in the order seen back: they go again after a
    // reconnect too.
    std::deque<Message> m_recent;
    // Per room, the last record its feed delivered.
    QHash<QString, RedisRoomLog::Position> m_confirmed;
    QByteArray m_instance;
    quint64 m_nextId = 0;
    Backoff m_backoff;
    QBasicTimer m_retry;
    QBasicTimer m_expiry;
    QElapsedTimer m_downSince;
    QElapsedTimer m_clock;
    int m_sentSinceBack = 0;
    bool m_wasUp = false;
};

} // namespace BanterRedis
