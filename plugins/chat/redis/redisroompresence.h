// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redisconnection.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace BanterRedis {

// Who is in a chat room, across every banter-server that shares the Redis. Each operation is one
// Lua script, so that a name is given once in the room whichever server asks. A member is known
// by a token, "INSTANCE:N", unique to it: every operation can be sent again after a lost
// connection without doing it twice. Every change is PUBLISHed on the room's channel (beside its
// records, see RedisRoomLog) as a notice that parse() reads.
//
// Each server keeps itself alive in the room (beat(), or any other operation) for ttl: one whose
// time has run out (it died, or lost Redis for that long) takes its members with it, and each of
// them is said to have left. Redis' clock judges, not the servers'.
//
// Keys, beside the room's log: banter:{ROOM}:names (name -> "SEQ TOKEN"), banter:{ROOM}:tokens
// (token -> name), banter:{ROOM}:instances (instance -> time its heartbeat runs out, ms) and
// banter:{ROOM}:counters (the order of arrival, the guests' numbers).
class RedisRoomPresence
{
public:
    struct Event
    {
        enum class Kind { Join, Leave, Rename };
        Kind kind = Kind::Join;
        qint64 time = 0;
        QString name;
        QString from;      // rename: the previous name
        QString requested; // join or rename: what was asked for, when the name differs
    };
    struct Claim
    {
        QString name;
        QStringList members; // everyone in the room in the order they came, when asked for
    };
    using Claimed = std::function<void(const Claim &claim, const QString &error)>;
    using Done = std::function<void(const QString &error)>;
    // beat(): forgotten when Redis did not know the server (new, expired or lost by Redis).
    using Beaten = std::function<void(bool forgotten, const QString &error)>;

    struct Member
    {
        QByteArray token;
        QString name;
    };

    RedisRoomPresence(const QString &room, const QByteArray &instance, int ttlMs);

    // Takes `asked` in the room, or asked-2, asked-3, ... whichever is free first (an empty asked
    // is a guest: guest-N). The claim has the name, and with withMembers everyone in the room.
    void join(RedisConnection &connection, const QByteArray &token, const QString &asked,
              qint64 time, bool withMembers, Claimed done) const;
    void rename(RedisConnection &connection, const QByteArray &token, const QString &asked,
                qint64 time, Claimed done) const;
    // isLastHere: nobody is left in the room on this server, which stops its heartbeat there.
    void leave(RedisConnection &connection, const QByteArray &token, qint64 time, bool isLastHere,
               Done done = {}) const;
    void beat(RedisConnection &connection, Beaten done) const;
    // Makes the members known again after Redis forgot them; each one that was missing is
    // announced as a join. A name someone else took meanwhile stays theirs.
    void restore(RedisConnection &connection, const QList<Member> &members, qint64 time,
                 Done done = {}) const;

    // A notice published on the room's channel; nothing when the payload is not one.
    static std::optional<Event> parse(const QByteArray &payload);

private:
    void run(RedisConnection &connection, const QByteArray &operation, qint64 time,
             const QList<QByteArray> &arguments, RedisConnection::Callback done) const;

    QString m_room;
    QByteArray m_instance;
    int m_ttlMs;
};

} // namespace BanterRedis
