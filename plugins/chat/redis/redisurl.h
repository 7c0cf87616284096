// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace BanterRedis {

// Where a Redis server is and how to log in: redis://[user:password@]host:port[/db],
// rediss://... (the same over TLS; ?cacert=/path/ca.pem trusts the certificates of that PEM file
// besides the system's) or unix:///path/redis.sock[?db=N].
struct RedisUrl
{
    enum class Kind { Tcp, Tls, Unix };

    Kind kind = Kind::Tcp;
    QString host;
    quint16 port = 6379;
    QString socketPath; // Unix
    QString user;       // empty: the default user
    QString password;   // empty: no AUTH
    int database = 0;
    QString caCertificates; // Tls: a PEM file of certificates to trust, or empty

    // The URL parsed; on bad input, an invalid RedisUrl and the reason in words in *error.
    static RedisUrl parse(const QString &text, QString *error);
    bool isValid() const { return kind == Kind::Unix ? !socketPath.isEmpty() : !host.isEmpty(); }
    // "127.0.0.1:6379", "rediss://cache.example.org:6380" or "/run/redis.sock": where, without
    // the password, for messages.
    QString place() const;
};

} // namespace BanterRedis
