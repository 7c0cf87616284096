// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisrooms.h"

#include "chatrecord.h"

namespace BanterChat {

using BanterRedis::RedisRoomLog;
using BanterRedis::RedisUrl;

namespace {

// The stream keeps at least this many messages, for the servers that fill a gap from it.
constexpr int streamMinimum = 1000;

} // namespace

RedisRooms::RedisRooms(const QString &url, int history, QObject *parent)
    : QObject(parent), m_history(std::max(history, 0))
{
    m_url = RedisUrl::parse(url, &m_urlError);
}

RedisRooms::~RedisRooms() = default;

void RedisRooms::start(bool wait)
{
    m_wait = wait;
    if (!m_url.isValid()) {
        // Said once whoever started the service listens.
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT failed(m_urlError); }, Qt::QueuedConnection);
        return;
    }
    m_link = new BanterRedis::RedisLink(m_url, this);
    m_feed = new BanterRedis::RedisRoomFeed(m_url, this);
    // The publishing link speaks for the connection; the feed for what happens to rooms.
    connect(m_link, &BanterRedis::RedisLink::said, this, &RedisRooms::said);
    connect(m_feed, &BanterRedis::RedisRoomFeed::said, this, &RedisRooms::said);
    connect(m_link, &BanterRedis::RedisLink::up, this, [this] {
        m_wasUp = true;
        const QSet<QString> rooms = std::exchange(m_waitingForRedis, {});
        for (const QString &room : rooms)
            learnPosition(room);
    });
    connect(m_link, &BanterRedis::RedisLink::down, this, [this](const QString &why) {
        if (!m_wasUp && !m_wait)
            Q_EMIT failed(QStringLiteral("%1 (give --redis-wait to wait for it)").arg(why));
    });
    connect(m_feed, &BanterRedis::RedisRoomFeed::delivered, this, &RedisRooms::onRecord);
    connect(m_feed, &BanterRedis::RedisRoomFeed::caughtUp, this, [this](const QString &room) {
        if (m_opening.remove(room))
            Q_EMIT opened(room);
    });
    m_link->start();
    m_feed->start();
}

void RedisRooms::open(const QString &room)
{
    if (!m_link)
        return;
    if (m_link->isUp())
        learnPosition(room);
    else
        m_waitingForRedis.insert(room);
}

void RedisRooms::learnPosition(const QString &room)
{
    RedisRoomLog::position(
        m_link->connection(), room,
        [this, room](const RedisRoomLog::Position &position, const QString &error) {
            if (!error.isEmpty()) {
                // Lost on the way: again once Redis is back.
                m_waitingForRedis.insert(room);
                return;
            }
            m_opening.insert(room, position.offset);
            // The last messages before now are the room's history; the feed
            // reads them from the stream and goes on with the live ones.
            const quint64 history = quint64(m_history);
            m_feed->follow(room, position.offset > history ? position.offset - history : 0,
                           position.epoch);
        });
}

void RedisRooms::close(const QString &room)
{
    m_waitingForRedis.remove(room);
    m_opening.remove(room);
    if (m_feed)
        m_feed->unfollow(room);
}

void RedisRooms::publish(const QString &room, const ChatRoom::Entry &entry,
                         std::function<void(const QString &error)> done)
{
    if (!m_link) {
        done(m_urlError);
        return;
    }
    m_link->publish(room, ChatRecord::encode(entry), std::max(m_history, streamMinimum),
                    [done = std::move(done)](const RedisRoomLog::Record &, const QString &error) {
                        done(error);
                    });
}

QString RedisRooms::statisticsLine() const
{
    if (!m_link)
        return QString();
    const BanterRedis::RedisLink::Counters link = m_link->counters();
    const BanterRedis::RedisRoomFeed::Counters feed = m_feed->counters();
    return QStringLiteral("redis: %1 published, %2 delivered from redis, %3 gaps filled, %4 lost, "
                          "%5 waiting, %6 refused, %7 reconnects")
        .arg(link.published)
        .arg(feed.delivered)
        .arg(feed.gapsFilled)
        .arg(feed.lost)
        .arg(m_link->waiting())
        .arg(link.refused)
        .arg(link.reconnects + feed.reconnects);
}

void RedisRooms::onRecord(const QString &room, const RedisRoomLog::Record &record)
{
    std::optional<ChatRoom::Entry> entry = ChatRecord::decode(record.body);
    if (!entry)
        return;
    entry->offset = record.offset;
    const auto opening = m_opening.constFind(room);
    const bool isHistory = opening != m_opening.cend() && record.offset <= opening.value();
    Q_EMIT delivered(room, *entry, QString::fromUtf8(record.epoch), isHistory);
}

} // namespace BanterChat
