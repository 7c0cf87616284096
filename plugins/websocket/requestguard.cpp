// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestguard.h"

#include <banter/listener.h>

#include <QByteArrayView>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>

namespace BanterWs {

namespace {

constexpr char badRequest[] = "HTTP/1.1 400 Bad Request\r\n"
                              "Connection: close\r\nContent-Length: 0\r\n\r\n";
constexpr char requestTooLarge[] = "HTTP/1.1 431 Request Header Fields Too Large\r\n"
                                   "Connection: close\r\nContent-Length: 0\r\n\r\n";

// For a path the service does not serve, with the service's words as the body.
QByteArray notFound(const QString &refusal)
{
    const QByteArray text = refusal.toUtf8();
    return "HTTP/1.1 404 Not Found\r\nConnection: close\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " +
           QByteArray::number(text.size()) + "\r\n\r\n" + text;
}

// "/room" of "GET /room?name=x HTTP/1.1\r\n...".
QString requestPath(const QByteArray &request)
{
    const qsizetype start = request.indexOf(' ') + 1;
    const qsizetype end = request.indexOf(' ', start);
    const QByteArray target = request.mid(start, end < 0 ? -1 : end - start);
    return QUrl::fromEncoded(target).path();
}

RequestGuard::Result refused(QByteArray reason, QByteArray response)
{
    RequestGuard::Result result;
    result.verdict = RequestGuard::Verdict::Refused;
    result.reason = std::move(reason);
    result.response = std::move(response);
    return result;
}

} // namespace

RequestGuard::Result RequestGuard::check(QTcpSocket *socket, const Banter::Listener *listener)
{
    Result result;
    const qint64 available = socket->bytesAvailable();
    const QByteArray head = socket->peek(std::min(available, maxRequestSize));
    constexpr QByteArrayView get("GET ");
    if (!head.startsWith(get.first(std::min(head.size(), get.size()))))
        return refused("not a WebSocket request", badRequest);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (available >= maxRequestSize)
            return refused("opening request over 64 KiB", requestTooLarge);
        return result;
    }
    const QString path = requestPath(head.first(end));
    if (listener && !listener->isPathAccepted(path))
        return refused("no such path " + path.toUtf8(), notFound(listener->pathRefusal()));
    result.verdict = Verdict::Complete;
    result.request = head.first(end + 4);
    return result;
}

} // namespace BanterWs
