// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatroom.h"

#include <recentids.h>
#include <redislink.h>
#include <redisroomfeed.h>
#include <redisroompresence.h>

#include <QBasicTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <deque>
#include <functional>

namespace BanterChat {

// The chat service's rooms in Redis (banter-server --redis): a room's messages are numbered,
// kept and delivered by Redis, so that every server given the same Redis shares the room. A
// message posted here comes back through delivered(), on this server as on every other, in the
// room's one order. Opening a room learns its epoch and offset, and delivers its last messages
// as history before opened().
//
// Presence is Redis' too (RedisRoomPresence): a name is given once in the room across all
// servers, and every join, rename and leave comes back through presence() on every server. A
// member is known by its number on this server. This server keeps itself alive in each room it
// has members in (a heartbeat every second, for five): when it dies, another server's next
// operation in the room says its members have left.
class RedisRooms : public QObject
{
    Q_OBJECT

public:
    // url is checked by start(), which says what is wrong with it through failed().
    RedisRooms(const QString &url, int history, QObject *parent = nullptr);
    ~RedisRooms() override;

    // Connects; without wait, Redis out of reach at the first attempt means failed().
    void start(bool wait);
    void open(const QString &room);
    void close(const QString &room);
    // "redis: 12 published, 30 delivered from redis, 1 gap filled, 0 lost, 0 waiting,
    // 0 refused, 1 reconnect", for the server's statistics.
    QString statisticsLine() const;
    // done gets an empty string once Redis has the message, or why it will not.
    void publish(const QString &room, const ChatRoom::Entry &entry,
                 std::function<void(const QString &error)> done);

    using Claimed = BanterRedis::RedisRoomPresence::Claimed;
    // Presence operations wait while Redis is away, and go again when the connection was lost
    // before their answer (each can be done twice). asked empty: a guest.
    void join(const QString &room, quint64 member, const QString &asked, bool withMembers,
              Claimed done);
    void rename(const QString &room, quint64 member, const QString &asked, Claimed done);
    void leave(const QString &room, quint64 member);
    using Read = std::function<void(const QList<ChatRoom::Entry> &entries, const QString &error)>;
    // The room's messages after offset that its stream still has, oldest first.
    void readAfter(const QString &room, quint64 offset, Read done);

Q_SIGNALS:
    void opened(const QString &room);
    void delivered(const QString &room, const BanterChat::ChatRoom::Entry &entry,
                   const QString &epoch, bool isHistory);
    void failed(const QString &why);
    void said(const QString &line);
    void presence(const QString &room, const BanterRedis::RedisRoomPresence::Event &event);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void learnPosition(const QString &room);
    void onRecord(const QString &room, const BanterRedis::RedisRoomLog::Record &record);
    BanterRedis::RedisRoomPresence presenceOf(const QString &room) const;
    QByteArray tokenOf(quint64 member) const;
    // Runs operation now, or once Redis is back.
    void whenUp(std::function<void()> operation);
    void beat();

    BanterRedis::RedisUrl m_url;
    QString m_urlError;
    int m_history;
    BanterRedis::RedisLink *m_link = nullptr;
    BanterRedis::RedisRoomFeed *m_feed = nullptr;
    // Rooms being opened: the offset up to which their records are history.
    QHash<QString, quint64> m_opening;
    // Per room, the ids of the messages delivered lately: each is delivered once.
    QHash<QString, BanterRedis::RecentIds> m_recentIds;
    // Rooms to open once Redis is back.
    QSet<QString> m_waitingForRedis;
    // Operations that wait for Redis, in order.
    std::deque<std::function<void()>> m_waitingOperations;
    // The members this server has in each room (token -> name; empty while being claimed): it
    // makes them known again to a Redis that forgot them.
    QHash<QString, QHash<QByteArray, QString>> m_here;
    QBasicTimer m_heartbeat;
    bool m_wait = false;
    bool m_isClosing = false;
    bool m_wasUp = false;
};

} // namespace BanterChat
