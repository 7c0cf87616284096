// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace Banter {
class Listener;
}

namespace BanterWs {

// The handshake guard: looks at a client's opening request before Qt's handshake code reads it,
// and refuses one that is not a GET, is too long (a QWebSocketServer would take up to 800 KiB),
// or asks for a path the listener's service does not serve (404, Listener::setAcceptedPaths()).
// It only peeks: the bytes stay in the socket for Qt.
class RequestGuard
{
public:
    // Browsers send a few KiB at most.
    static constexpr qint64 maxRequestSize = 64 * 1024;

    enum class Verdict { Incomplete, Complete, Refused };
    struct Result
    {
        Verdict verdict = Verdict::Incomplete;
        // Complete: the whole request, up to and with the empty line.
        QByteArray request;
        // Refused: why, for the log, and the HTTP answer the client gets.
        QByteArray reason;
        QByteArray response;
    };

    // listener may be null: any path is served then.
    static Result check(QTcpSocket *socket, const Banter::Listener *listener);
};

} // namespace BanterWs
