// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisscript.h"

#include <QCryptographicHash>

namespace BanterRedis {

RedisScript::RedisScript(QByteArray source)
    : m_source(std::move(source))
    , m_sha(QCryptographicHash::hash(m_source, QCryptographicHash::Sha1).toHex())
{}

void RedisScript::load(RedisConnection &connection) const
{
    connection.command({"SCRIPT", "LOAD", m_source});
}

void RedisScript::run(RedisConnection &connection, const QList<QByteArray> &keysAndArguments,
                      RedisConnection::Callback done) const
{
    connection.command(
        QList<QByteArray>{"EVALSHA", m_sha} + keysAndArguments,
        [&connection, source = m_source, keysAndArguments,
         done = std::move(done)](const RedisValue &reply) {
            if (reply.isError() && reply.string.startsWith("NOSCRIPT"))
                connection.command(QList<QByteArray>{"EVAL", source} + keysAndArguments, done);
            else if (done)
                done(reply);
        });
}

} // namespace BanterRedis
