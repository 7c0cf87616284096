// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisroompresence.h"

#include "redisroomlog.h"
#include "redisscript.h"

namespace BanterRedis {

namespace {

constexpr char noticeTag[] = "presence";

// KEYS: names, tokens, instances, counters, the room's channel. ARGV: the operation, the
// instance, its heartbeat's length (ms), the time of the events it causes (ms, the instance's
// clock), then the operation's own.
const QByteArray presenceScript = QByteArrayLiteral(R"lua(
local names, tokens, instances, counters, channel = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local op, instance, ttl, time = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4]
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)

local function say(kind, name, from, requested, at)
    redis.call('PUBLISH', channel, table.concat(
        {'presence', kind, at or time, name, from or '', requested or ''}, '\n'))
end
local function forget(token)
    local name = redis.call('HGET', tokens, token)
    if name then
        redis.call('HDEL', tokens, token)
        redis.call('HDEL', names, name)
    end
    return name
end
local function owner(name)
    local value = redis.call('HGET', names, name)
    return value and string.match(value, ' (.*)$')
end
local function take(name, token, seq)
    redis.call('HSET', names, name, (seq or redis.call('HINCRBY', counters, 'seq', 1)) .. ' ' .. token)
    redis.call('HSET', tokens, token, name)
end
-- asked, or asked-2, asked-3, ... whichever is free (or token's already).
local function free(asked, token)
    local name, n = asked, 1
    while true do
        local holder = owner(name)
        if not holder or holder == token then return name end
        n = n + 1
        name = asked .. '-' .. n
    end
end

-- Servers whose heartbeat ran out take their members with them.
local dead = redis.call('ZRANGEBYSCORE', instances, '-inf', now)
if #dead > 0 then
    local isDead = {}
    for _, gone in ipairs(dead) do
        isDead[gone] = true
        redis.call('ZREM', instances, gone)
    end
    local all = redis.call('HGETALL', tokens)
    for i = 1, #all, 2 do
        if isDead[string.match(all[i], '^[^:]*')] then
            forget(all[i])
            say('leave', all[i + 1], nil, nil, now)
        end
    end
end
local isNew = redis.call('ZADD', instances, now + ttl, instance)

if op == 'beat' then
    return isNew
elseif op == 'join' then
    local token, asked, withMembers = ARGV[5], ARGV[6], ARGV[7]
    local name = redis.call('HGET', tokens, token)
    if not name then
        if asked == '' then
            repeat
                name = 'guest-' .. redis.call('HINCRBY', counters, 'guest', 1)
            until not owner(name)
        else
            name = free(asked, token)
        end
        take(name, token)
        say('join', name)
    end
    local reply = {name}
    if withMembers == '1' then
        local all = redis.call('HGETALL', names)
        local order = {}
        for i = 1, #all, 2 do
            order[#order + 1] = {tonumber(string.match(all[i + 1], '^%d+')), all[i]}
        end
        table.sort(order, function(a, b) return a[1] < b[1] end)
        for _, entry in ipairs(order) do reply[#reply + 1] = entry[2] end
    end
    return reply
elseif op == 'rename' then
    local token, asked = ARGV[5], ARGV[6]
    local old = redis.call('HGET', tokens, token)
    if not old then
        return redis.error_reply('ERR not in the room')
    end
    local name = free(asked, token)
    if name ~= old then
        local seq = string.match(redis.call('HGET', names, old), '^%d+')
        redis.call('HDEL', names, old)
        take(name, token, seq)
        say('rename', name, old, name ~= asked and asked or nil)
    end
    return {name}
elseif op == 'leave' then
    local name = forget(ARGV[5])
    if name then
        say('leave', name)
    end
    if ARGV[6] == '1' then
        redis.call('ZREM', instances, instance)
    end
    return name and 1 or 0
elseif op == 'restore' then
    local restored = 0
    for i = 5, #ARGV - 1, 2 do
        local token, name = ARGV[i], ARGV[i + 1]
        if not redis.call('HGET', tokens, token) and not owner(name) then
            take(name, token)
            say('join', name)
            restored = restored + 1
        end
    end
    return restored
end
return redis.error_reply('ERR unknown presence operation ' .. op)
)lua");

const RedisScript &presence()
{
    static const RedisScript script(presenceScript);
    return script;
}

QString errorOf(const RedisValue &reply)
{
    return reply.isError() ? QString::fromUtf8(reply.string) : QString();
}

} // namespace

RedisRoomPresence::RedisRoomPresence(const QString &room, const QByteArray &instance, int ttlMs)
    : m_room(room), m_instance(instance), m_ttlMs(ttlMs)
{}

void RedisRoomPresence::run(RedisConnection &connection, const QByteArray &operation, qint64 time,
                            const QList<QByteArray> &arguments,
                            RedisConnection::Callback done) const
{
    presence().run(connection,
                   QList<QByteArray>{"5", RedisRoomLog::key(m_room, "names"),
                                     RedisRoomLog::key(m_room, "tokens"),
                                     RedisRoomLog::key(m_room, "instances"),
                                     RedisRoomLog::key(m_room, "counters"),
                                     RedisRoomLog::channel(m_room), operation, m_instance,
                                     QByteArray::number(m_ttlMs), QByteArray::number(time)} +
                       arguments,
                   std::move(done));
}

void RedisRoomPresence::join(RedisConnection &connection, const QByteArray &token,
                             const QString &asked, qint64 time, bool withMembers,
                             Claimed done) const
{
    run(connection, "join", time, {token, asked.toUtf8(), withMembers ? "1" : "0"},
        [done = std::move(done)](const RedisValue &reply) {
            Claim claim;
            if (!reply.isError()) {
                claim.name = QString::fromUtf8(reply.elements.value(0).string);
                for (qsizetype i = 1; i < reply.elements.size(); ++i)
                    claim.members.append(QString::fromUtf8(reply.elements.at(i).string));
            }
            done(claim, errorOf(reply));
        });
}

void RedisRoomPresence::rename(RedisConnection &connection, const QByteArray &token,
                               const QString &asked, qint64 time, Claimed done) const
{
    run(connection, "rename", time, {token, asked.toUtf8()},
        [done = std::move(done)](const RedisValue &reply) {
            Claim claim;
            claim.name = QString::fromUtf8(reply.elements.value(0).string);
            done(claim, errorOf(reply));
        });
}

void RedisRoomPresence::leave(RedisConnection &connection, const QByteArray &token, qint64 time,
                              bool isLastHere, Done done) const
{
    run(connection, "leave", time, {token, isLastHere ? "1" : "0"},
        [done = std::move(done)](const RedisValue &reply) {
            if (done)
                done(errorOf(reply));
        });
}

void RedisRoomPresence::beat(RedisConnection &connection, Beaten done) const
{
    run(connection, "beat", 0, {}, [done = std::move(done)](const RedisValue &reply) {
        done(!reply.isError() && reply.integer == 1, errorOf(reply));
    });
}

void RedisRoomPresence::restore(RedisConnection &connection, const QList<Member> &members,
                                qint64 time, Done done) const
{
    QList<QByteArray> arguments;
    arguments.reserve(members.size() * 2);
    for (const Member &member : members)
        arguments << member.token << member.name.toUtf8();
    run(connection, "restore", time, arguments, [done = std::move(done)](const RedisValue &reply) {
        if (done)
            done(errorOf(reply));
    });
}

std::optional<RedisRoomPresence::Event> RedisRoomPresence::parse(const QByteArray &payload)
{
    const QList<QByteArray> parts = payload.split('\n');
    if (parts.size() != 6 || parts.at(0) != noticeTag)
        return std::nullopt;
    Event event;
    if (parts.at(1) == "join")
        event.kind = Event::Kind::Join;
    else if (parts.at(1) == "leave")
        event.kind = Event::Kind::Leave;
    else if (parts.at(1) == "rename")
        event.kind = Event::Kind::Rename;
    else
        return std::nullopt;
    event.time = parts.at(2).toLongLong();
    event.name = QString::fromUtf8(parts.at(3));
    event.from = QString::fromUtf8(parts.at(4));
    event.requested = QString::fromUtf8(parts.at(5));
    return event;
}

} // namespace BanterRedis
