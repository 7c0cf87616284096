// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redisconnection.h"

#include <QByteArray>
#include <QList>

namespace BanterRedis {

// A Lua script run by its SHA-1 (EVALSHA). A Redis that does not have it (a new connection's
// server restarted, or SCRIPT FLUSH) answers NOSCRIPT, and then gets it whole (EVAL), which caches
// it again. load() on a new connection makes the first EVALSHA find it: only while the fallback is
// under way could a later command of the same connection overtake this one.
class RedisScript
{
public:
    explicit RedisScript(QByteArray source);

    QByteArray source() const { return m_source; }
    QByteArray sha() const { return m_sha; }

    void load(RedisConnection &connection) const;
    // keysAndArguments: the number of keys, the keys, then the arguments.
    void run(RedisConnection &connection, const QList<QByteArray> &keysAndArguments,
             RedisConnection::Callback done) const;

private:
    QByteArray m_source;
    QByteArray m_sha;
};

} // namespace BanterRedis
