// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisrooms.h"

#include "chatrecord.h"

#include <QDateTime>
#include <QTimerEvent>

#include <limits>

namespace BanterChat {

using BanterRedis::RedisRoomLog;
using BanterRedis::RedisUrl;

namespace {

// The stream keeps at least this many messages, for the servers that fill a gap from it.
constexpr int streamMinimum = 1000;
// A server's heartbeat in a room lasts this long, and is renewed five times as often.
constexpr int heartbeatMs = 5000;
constexpr int beatIntervalMs = heartbeatMs / 5;
// How many ids of delivered messages a room remembers (RecentIds): far more than the servers
// publish again after a reconnect (RedisLink: the last 1,000 of each at most).
constexpr qsizetype recentIdsPerRoom = 20000;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A record of a room's stream or channel as the message it holds, numbered.
std::optional<ChatRoom::Entry> entryOf(const RedisRoomLog::Record &record)
{
    std::optional<ChatRoom::Entry> entry = ChatRecord::decode(record.body);
    if (entry)
        entry->offset = record.offset;
    return entry;
}

} // namespace

RedisRooms::RedisRooms(const QString &url, int history, QObject *parent)
    : QObject(parent), m_history(std::max(history, 0))
{
    m_url = RedisUrl::parse(url, &m_urlError);
}

RedisRooms::~RedisRooms()
{
    // Commands still waiting get an error reply as the connections go: nobody hears of it.
    m_isClosing = true;
    delete m_feed;
    delete m_link;
}

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
        while (!m_waitingOperations.empty() && m_link->isUp()) {
            const std::function<void()> operation = std::move(m_waitingOperations.front());
            m_waitingOperations.pop_front();
            operation();
        }
        beat();
    });
    connect(m_link, &BanterRedis::RedisLink::down, this, [this](const QString &why) {
        if (!m_wasUp && !m_wait)
            Q_EMIT failed(QStringLiteral("%1 (give --redis-wait to wait for it)").arg(why));
    });
    connect(m_feed, &BanterRedis::RedisRoomFeed::delivered, this, &RedisRooms::onRecord);
    connect(m_feed, &BanterRedis::RedisRoomFeed::noticed, this,
            [this](const QString &room, const QByteArray &payload) {
                if (const auto event = BanterRedis::RedisRoomPresence::parse(payload))
                    Q_EMIT presence(room, *event);
            });
    connect(m_feed, &BanterRedis::RedisRoomFeed::caughtUp, this, [this](const QString &room) {
        if (m_opening.remove(room))
            Q_EMIT opened(room);
    });
    m_link->start();
    m_feed->start();
    m_heartbeat.start(beatIntervalMs, this);
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
            if (m_isClosing)
                return;
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
    m_recentIds.remove(room);
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
    m_link->publish(
        room, ChatRecord::encode(entry), std::max(m_history, streamMinimum),
        [this, done = std::move(done)](const RedisRoomLog::Record &, const QString &error) {
            if (!m_isClosing)
                done(error);
        });
}

BanterRedis::RedisRoomPresence RedisRooms::presenceOf(const QString &room) const
{
    return BanterRedis::RedisRoomPresence(room, m_link->instance(), heartbeatMs);
}

QByteArray RedisRooms::tokenOf(quint64 member) const
{
    return m_link->instance() + ':' + QByteArray::number(member);
}

void RedisRooms::whenUp(std::function<void()> operation)
{
    if (m_link->isUp())
        operation();
    else
        m_waitingOperations.push_back(std::move(operation));
}

void RedisRooms::join(const QString &room, quint64 member, const QString &asked, bool withMembers,
                      Claimed done)
{
    if (!m_link) {
        done({}, m_urlError);
        return;
    }
    const QByteArray token = tokenOf(member);
    m_here[room].insert(token, QString());
    const qint64 time = now();
    whenUp([=] {
        presenceOf(room).join(
            m_link->connection(), token, asked, time, withMembers,
            [=](const BanterRedis::RedisRoomPresence::Claim &claim, const QString &error) {
                if (m_isClosing)
                    return;
                if (!error.isEmpty() && !m_link->isUp()) {
                    // Lost on the way: again once Redis is back (the token makes it once).
                    join(room, member, asked, withMembers, done);
                    return;
                }
                const auto here = m_here.find(room);
                if (here != m_here.end() && here->contains(token))
                    here->insert(token, claim.name);
                done(claim, error);
            });
    });
}

void RedisRooms::rename(const QString &room, quint64 member, const QString &asked, Claimed done)
{
    const QByteArray token = tokenOf(member);
    const qint64 time = now();
    whenUp([=] {
        presenceOf(room).rename(
            m_link->connection(), token, asked, time,
            [=](const BanterRedis::RedisRoomPresence::Claim &claim, const QString &error) {
                if (m_isClosing)
                    return;
                if (!error.isEmpty() && !m_link->isUp()) {
                    rename(room, member, asked, done);
                    return;
                }
                const auto here = m_here.find(room);
                if (error.isEmpty() && here != m_here.end() && here->contains(token))
                    here->insert(token, claim.name);
                done(claim, error);
            });
    });
}

void RedisRooms::leave(const QString &room, quint64 member)
{
    const QByteArray token = tokenOf(member);
    const auto here = m_here.find(room);
    if (here == m_here.end() || !here->remove(token))
        return;
    const bool isLastHere = here->isEmpty();
    if (isLastHere)
        m_here.erase(here);
    const qint64 time = now();
    whenUp([=] {
        presenceOf(room).leave(
            m_link->connection(), token, time, isLastHere, [=](const QString &error) {
                if (!m_isClosing && !error.isEmpty() && !m_link->isUp())
                    whenUp([=] {
                        presenceOf(room).leave(m_link->connection(), token, time, isLastHere);
                    });
            });
    });
}

void RedisRooms::beat()
{
    if (!m_link || !m_link->isUp())
        return;
    for (auto room = m_here.cbegin(); room != m_here.cend(); ++room) {
        presenceOf(room.key())
            .beat(m_link->connection(), [this, name = room.key()](bool forgotten, const QString &) {
                // Redis lost this server's members (it restarted empty, or gave up on this
                // server while it could not reach it): they are here still.
                const auto here = m_here.constFind(name);
                if (m_isClosing || !forgotten || here == m_here.cend() || !m_link->isUp())
                    return;
                QList<BanterRedis::RedisRoomPresence::Member> members;
                for (auto member = here->cbegin(); member != here->cend(); ++member) {
                    if (!member.value().isEmpty())
                        members.append({member.key(), member.value()});
                }
                presenceOf(name).restore(m_link->connection(), members, now());
            });
    }
}

void RedisRooms::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_heartbeat.timerId())
        beat();
    else
        QObject::timerEvent(event);
}

void RedisRooms::readAfter(const QString &room, quint64 offset, Read done)
{
    whenUp([=] {
        RedisRoomLog::read(m_link->connection(), room, offset + 1,
                           std::numeric_limits<quint64>::max(),
                           [=](const QList<RedisRoomLog::Record> &records, const QString &error) {
                               if (m_isClosing)
                                   return;
                               if (!error.isEmpty() && !m_link->isUp()) {
                                   readAfter(room, offset, done);
                                   return;
                               }
                               QList<ChatRoom::Entry> entries;
                               for (const RedisRoomLog::Record &record : records) {
                                   if (const std::optional<ChatRoom::Entry> entry = entryOf(record))
                                       entries.append(*entry);
                               }
                               done(entries, error);
                           });
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
    m_link->confirm(room, record.epoch, record.offset);
    // A message published again after Redis lost it, which this server delivered before.
    auto recent = m_recentIds.find(room);
    if (recent == m_recentIds.end())
        recent = m_recentIds.insert(room, BanterRedis::RecentIds(recentIdsPerRoom));
    if (!recent->take(record.id))
        return;
    const std::optional<ChatRoom::Entry> entry = entryOf(record);
    if (!entry)
        return;
    const auto opening = m_opening.constFind(room);
    const bool isHistory = opening != m_opening.cend() && record.offset <= opening.value();
    Q_EMIT delivered(room, *entry, QString::fromUtf8(record.epoch), isHistory);
}

} // namespace BanterChat
