// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisurl.h"

#include <QUrl>
#include <QUrlQuery>

namespace BanterRedis {

namespace {

RedisUrl invalid(QString *error, const QString &words)
{
    if (error)
        *error = words;
    return RedisUrl();
}

} // namespace

RedisUrl RedisUrl::parse(const QString &text, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    const QString forms = QStringLiteral(
        "give redis://[user:password@]host:port[/db], rediss://... or unix:///path/redis.sock");
    if (!url.isValid() || scheme.isEmpty())
        return invalid(error, QStringLiteral("invalid Redis URL \"%1\": %2").arg(text, forms));
    RedisUrl result;
    result.user = url.userName();
    result.password = url.password();
    if (scheme == QLatin1String("unix")) {
        result.kind = Kind::Unix;
        result.socketPath = url.path();
        if (!url.host().isEmpty() || result.socketPath.isEmpty())
            return invalid(error, QStringLiteral("invalid Redis URL \"%1\": a socket is "
                                                 "unix:///path/redis.sock (three slashes)")
                                      .arg(text));
        const QString db = QUrlQuery(url).queryItemValue(QStringLiteral("db"));
        bool isNumber = true;
        result.database = db.isEmpty() ? 0 : db.toInt(&isNumber);
        if (!isNumber || result.database < 0)
            return invalid(error, QStringLiteral("invalid Redis database \"%1\" in \"%2\": give "
                                                 "a number from 0 up")
                                      .arg(db, text));
        return result;
    }
    if (scheme != QLatin1String("redis") && scheme != QLatin1String("rediss"))
        return invalid(
            error, QStringLiteral("unknown scheme \"%1\" in \"%2\": %3").arg(scheme, text, forms));
    result.kind = scheme == QLatin1String("rediss") ? Kind::Tls : Kind::Tcp;
    result.caCertificates =
        QUrlQuery(url).queryItemValue(QStringLiteral("cacert"), QUrl::FullyDecoded);
    if (!result.caCertificates.isEmpty() && result.kind != Kind::Tls)
        return invalid(error,
                       QStringLiteral("\"cacert\" in \"%1\" is for TLS: give rediss://").arg(text));
    result.host = url.host();
    if (result.host.isEmpty())
        return invalid(error,
                       QStringLiteral("no host in the Redis URL \"%1\": %2").arg(text, forms));
    const int port = url.port(6379);
    if (port < 1 || port > 65535)
        return invalid(error, QStringLiteral("invalid port in the Redis URL \"%1\"").arg(text));
    result.port = quint16(port);
    const QString path = url.path();
    if (!path.isEmpty() && path != QLatin1String("/")) {
        bool isNumber = false;
        result.database = path.mid(1).toInt(&isNumber);
        if (!isNumber || result.database < 0)
            return invalid(error, QStringLiteral("invalid Redis database \"%1\" in \"%2\": give "
                                                 "a number from 0 up")
                                      .arg(path.mid(1), text));
    }
    return result;
}

QString RedisUrl::place() const
{
    switch (kind) {
    case Kind::Unix:
        return socketPath;
    case Kind::Tls:
        return QStringLiteral("rediss://%1:%2").arg(host).arg(port);
    case Kind::Tcp:
        break;
    }
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace BanterRedis
