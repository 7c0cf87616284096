// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisroomfeed.h"

#include <QTimerEvent>

#include <limits>

namespace BanterRedis {

namespace {

constexpr quint64 streamEnd = std::numeric_limits<quint64>::max();

} // namespace

RedisRoomFeed::RedisRoomFeed(const RedisUrl &url, QObject *parent) : QObject(parent), m_url(url)
{
    for (RedisConnection *connection : {&m_connection, &m_reader}) {
        connect(connection, &RedisConnection::ready, this, &RedisRoomFeed::onReady);
        connect(connection, &RedisConnection::lost, this, &RedisRoomFeed::onLost);
    }
    connect(&m_connection, &RedisConnection::pushed, this, &RedisRoomFeed::onPushed);
}

RedisRoomFeed::~RedisRoomFeed()
{
    m_connection.disconnect(this);
    m_reader.disconnect(this);
}

void RedisRoomFeed::start()
{
    m_connection.open(m_url);
    m_reader.open(m_url);
}

void RedisRoomFeed::onReady()
{
    if (!isUp() || m_reader.state() != RedisConnection::State::Ready)
        return;
    m_backoff.reset();
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it)
        subscribe(it.key());
    // Up once the subscriptions have taken hold: Redis answers this PING after it has confirmed
    // them all, so that "from now" means from here.
    m_connection.command({"PING"}, [this](const RedisValue &reply) {
        if (!reply.isError())
            Q_EMIT up();
    });
}

void RedisRoomFeed::onLost(const QString &why)
{
    // One connection without the other is no use: both start again.
    m_connection.close();
    m_reader.close();
    for (Room &room : m_rooms) {
        room.isFilling = false;
        room.held.clear(); // read again from the stream once back
    }
    ++m_counters.reconnects;
    m_retry.start(int(m_backoff.next().count()), this);
    Q_EMIT down(why);
}

void RedisRoomFeed::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_retry.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_retry.stop();
    start();
}

void RedisRoomFeed::follow(const QString &room, quint64 after, const QByteArray &epoch)
{
    Room state;
    state.epoch = epoch;
    state.last = after;
    m_rooms.insert(room, state);
    m_roomOfChannel.insert(RedisRoomLog::channel(room), room);
    if (isUp() && m_reader.state() == RedisConnection::State::Ready)
        subscribe(room);
}

void RedisRoomFeed::unfollow(const QString &room)
{
    if (!m_rooms.remove(room))
        return;
    const QByteArray channel = RedisRoomLog::channel(room);
    m_roomOfChannel.remove(channel);
    if (isUp())
        m_connection.command({"UNSUBSCRIBE", channel});
}

void RedisRoomFeed::subscribe(const QString &room)
{
    Room &state = m_rooms[room];
    // With a known position, what was published before the subscription took hold is read from
    // the stream; what comes meanwhile waits behind it.
    const bool knowsPosition = !state.epoch.isEmpty();
    state.isFilling = knowsPosition;
    m_connection.command({"SUBSCRIBE", RedisRoomLog::channel(room)},
                         [this, room, knowsPosition](const RedisValue &reply) {
                             if (!reply.isError() && knowsPosition && m_rooms.contains(room))
                                 catchUp(room);
                         });
}

void RedisRoomFeed::onPushed(const QByteArray &channel, const QByteArray &payload)
{
    const QString room = m_roomOfChannel.value(channel);
    if (room.isEmpty())
        return;
    if (const std::optional<RedisRoomLog::Record> record = RedisRoomLog::parse(payload))
        take(room, *record);
    else
        Q_EMIT noticed(room, payload);
}

void RedisRoomFeed::take(const QString &room, const RedisRoomLog::Record &record)
{
    const auto found = m_rooms.find(room);
    if (found == m_rooms.end())
        return;
    Room &state = found.value();
    if (state.isFilling) {
        state.held.push_back(record);
        return;
    }
    if (state.epoch.isEmpty()) {
        // Following from "now": this record is where the room starts for us.
        state.epoch = record.epoch;
        state.last = record.offset - 1;
    } else if (record.epoch != state.epoch) {
        Q_EMIT said(
            QStringLiteral("room %1 was started anew in redis (its history is gone)").arg(room));
        state.epoch = record.epoch;
        state.last = 0;
    }
    if (record.offset <= state.last)
        return; // had it already (read from the stream)
    if (record.offset == state.last + 1) {
        deliver(room, state, record);
        return;
    }
    ++m_counters.gapsFilled;
    state.held.push_back(record);
    fill(room, record.offset - 1);
}

void RedisRoomFeed::catchUp(const QString &room)
{
    m_rooms[room].isFilling = true;
    // A Redis that lost the room numbers it from 1 again, under a new epoch: then the whole
    // stream is new, not only what comes after the offset known.
    m_reader.command({"GET", RedisRoomLog::epochKey(room)}, [this, room](const RedisValue &reply) {
        const auto found = m_rooms.find(room);
        if (found == m_rooms.end() || reply.isError())
            return; // not followed any more, or the connection went: caught up once back
        if (!reply.isNil() && reply.string != found->epoch) {
            Q_EMIT said(QStringLiteral("room %1 was started anew in redis (its history is gone)")
                            .arg(room));
            found->epoch = reply.string;
            found->last = 0;
        }
        fill(room, streamEnd);
    });
}

void RedisRoomFeed::fill(const QString &room, quint64 upTo)
{
    Room &filling = m_rooms[room];
    filling.isFilling = true;
    const quint64 from = filling.last + 1;
    RedisRoomLog::read(
        m_reader, room, from, upTo,
        [this, room, upTo](const QList<RedisRoomLog::Record> &records, const QString &error) {
            auto found = m_rooms.find(room);
            if (found == m_rooms.end() || !error.isEmpty())
                return; // not followed any more, or the connection went: caught up once back
            for (const RedisRoomLog::Record &record : records) {
                Room &state = found.value();
                if (record.epoch != state.epoch) {
                    state.epoch = record.epoch;
                    state.last = 0;
                }
                if (record.offset <= state.last)
                    continue;
                if (record.offset > state.last + 1) {
                    m_counters.lost += record.offset - state.last - 1;
                    Q_EMIT said(QStringLiteral("room %1: %2 messages lost (no longer in redis)")
                                    .arg(room)
                                    .arg(record.offset - state.last - 1));
                }
                deliver(room, state, record);
                found = m_rooms.find(room);
                if (found == m_rooms.end())
                    return;
            }
            Room &state = found.value();
            if (upTo != streamEnd && state.last < upTo) {
                m_counters.lost += upTo - state.last;
                Q_EMIT said(QStringLiteral("room %1: %2 messages lost (no longer in redis)")
                                .arg(room)
                                .arg(upTo - state.last));
                state.last = upTo;
            }
            state.isFilling = false;
            if (upTo == streamEnd) {
                Q_EMIT caughtUp(room);
                found = m_rooms.find(room);
                if (found == m_rooms.end())
                    return;
            }
            std::deque<RedisRoomLog::Record> held;
            held.swap(found->held);
            while (!held.empty()) {
                take(room, held.front());
                held.pop_front();
                const auto again = m_rooms.find(room);
                if (again == m_rooms.end())
                    return;
                if (again->isFilling) {
                    // Another gap: the rest waits behind its fill.
                    for (RedisRoomLog::Record &record : held)
                        again->held.push_back(std::move(record));
                    return;
                }
            }
        });
}

void RedisRoomFeed::deliver(const QString &room, Room &state, const RedisRoomLog::Record &record)
{
    state.last = record.offset;
    ++m_counters.delivered;
    Q_EMIT delivered(room, record);
}

} // namespace BanterRedis
