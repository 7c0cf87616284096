// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestguard.h"

#include <QByteArrayView>
#include <QTcpSocket>

#include <algorithm>

namespace BanterWs {

namespace {

constexpr char badRequest[] = "HTTP/1.1 400 Bad Request\r\n"
                              "Connection: close\r\nContent-Length: 0\r\n\r\n";
constexpr char requestTooLarge[] = "HTTP/1.1 431 Request Header Fields Too Large\r\n"
                                   "Connection: close\r\nContent-Length: 0\r\n\r\n";

} // namespace

RequestGuard::Result RequestGuard::check(QTcpSocket *socket)
{
    Result result;
    const qint64 available = socket->bytesAvailable();
    const QByteArray head = socket->peek(std::min(available, maxRequestSize));
    constexpr QByteArrayView get("GET ");
    if (!head.startsWith(get.first(std::min(head.size(), get.size())))) {
        result.verdict = Verdict::Refused;
        result.reason = "not a WebSocket request";
        result.response = badRequest;
        return result;
    }
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (available >= maxRequestSize) {
            result.verdict = Verdict::Refused;
            result.reason = "opening request over 64 KiB";
            result.response = requestTooLarge;
        }
        return result;
    }
    result.verdict = Verdict::Complete;
    result.request = head.first(end + 4);
    return result;
}

} // namespace BanterWs
