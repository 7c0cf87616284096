// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backoff.h"
#include "redisconnection.h"
#include "redisroomlog.h"

#include <QBasicTimer>
#include <QHash>
#include <QObject>

#include <chrono>
#include <deque>

namespace BanterRedis {

// The chat service's subscribing connection to Redis: follows rooms and delivers each room's
// records in their order with contiguous offsets, whatever pub/sub dropped. A record whose offset
// is beyond the next one is held back while the missing ones are read from the room's stream;
// after a reconnect, every room catches up from the stream the same way. A record under another
// epoch means the room was started anew (Redis lost it): it starts the room's count again.
// Records the stream no longer has (trimmed) cannot be filled: said() names how many. It
// reconnects without a word (down() says why it went): the publishing side (RedisLink) speaks
// for the connection in the log.
class RedisRoomFeed : public QObject
{
    Q_OBJECT

public:
    struct Counters
    {
        quint64 delivered = 0;
        quint64 gapsFilled = 0;
        quint64 lost = 0;
        quint64 reconnects = 0;
    };

    explicit RedisRoomFeed(const RedisUrl &url, QObject *parent = nullptr);
    ~RedisRoomFeed() override;

    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    void start();
    bool isUp() const { return m_connection.state() == RedisConnection::State::Ready; }
    Counters counters() const { return m_counters; }

    // Follows room from the record after offset `after` of `epoch` on. With an empty epoch, from
    // whatever the room publishes next.
    void follow(const QString &room, quint64 after = 0, const QByteArray &epoch = QByteArray());
    void unfollow(const QString &room);

Q_SIGNALS:
    void delivered(const QString &room, const BanterRedis::RedisRoomLog::Record &record);
    // Something else published on the room's channel (presence, see RedisRoomPresence), as it
    // comes: it does not wait for a gap to be filled.
    void noticed(const QString &room, const QByteArray &payload);
    // The room, followed from a known position, has been read up to the end of its stream (on
    // follow(), and again after each reconnect).
    void caughtUp(const QString &room);
    // Connected, and subscribed to every room followed so far.
    void up();
    void down(const QString &why);
    void said(const QString &line);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Room
    {
        QByteArray epoch;
        quint64 last = 0;
        // Reading from the stream: records pushed meanwhile wait here, in order.
        bool isFilling = false;
        std::deque<RedisRoomLog::Record> held;
    };

    void onReady();
    void onLost(const QString &why);
    void onPushed(const QByteArray &channel, const QByteArray &payload);
    void subscribe(const QString &room);
    // Reads the room's stream from its next offset up to `upTo`, then goes on with what waits.
    void fill(const QString &room, quint64 upTo);
    // fill() to the end of the stream, from 1 if the room has another epoch in Redis now.
    void catchUp(const QString &room);
    void take(const QString &room, const RedisRoomLog::Record &record);
    void deliver(const QString &room, Room &state, const RedisRoomLog::Record &record);

    RedisUrl m_url;
    RedisConnection m_connection;
    QHash<QString, Room> m_rooms;
    QHash<QByteArray, QString> m_roomOfChannel;
    Counters m_counters;
    Backoff m_backoff;
    QBasicTimer m_retry;
    // Reads of a stream go through a connection of their own: this one, once subscribed, takes
    // only pub/sub commands.
    RedisConnection m_reader;
};

} // namespace BanterRedis
