// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "earlyreader.h"
#include "framescanner.h"

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace BanterWs {

// What a client's QWebSocket does not check in what a server sends, seen on its TCP socket
// before Qt reads it:
// - the answer to the opening request: a status other than 101, and a response larger than
//   WebSocketLimits::maxHandshakeResponseSize, are found before Qt reports them in its own words;
// - the frames: a masked one (RFC 6455, 5.1: a client must fail it), the close code the server
//   sent (Qt replaces an invalid one by its own 1002), and the pongs the server's pings call for,
//   which pile up in the socket when the server does not read them.
// It reads what Qt read before Qt does (EarlyReader); made once per open(), and deleted with the
// next one.
// It also bounds what Qt takes from the kernel in one notification to a read slice (the socket's
// read buffer size), which it raises while a larger frame comes in: Qt 6.4's QWebSocket waits
// for the whole frame in that buffer, and would wait for ever behind a smaller bound.
class ServerWatcher : public EarlyReader
{
    Q_OBJECT

public:
    enum class Problem {
        NotUpgraded,       // detail: the status, "HTTP 200 OK"
        ResponseTooLarge,  // no end of the response within the limit
        MaskedFrame,       //
        TooMuchOwedOutput, // more pongs waiting to be written than the limit
    };
    Q_ENUM(Problem)

    // readSlice: the socket's read buffer size between large frames; 0 leaves it unbounded.
    ServerWatcher(qint64 readSlice, QObject *parent);
    ~ServerWatcher() override;

    // The server's first close frame, once it is whole: its code (-1 while none came, 0 for one
    // without a code) and its reason.
    int closeCode() const { return m_scanner.closeCode(); }
    QString closeReason() const;

Q_SIGNALS:
    // Reported once; the watcher looks at nothing more after it.
    void problemFound(BanterWs::ServerWatcher::Problem problem, const QString &detail);

private:
    enum class Stage { Response, Frames, Done };

    void beforeQtReads() override;
    void afterQtReads() override;
    void watching() override;
    // The read slice, or more for the frame in progress.
    void fitReadBuffer();
    // Each takes the next bytes of the stream; false once a problem was reported.
    bool readResponse(const char *data, qint64 size);
    bool readFrames(const char *data, qint64 size);
    void report(Problem problem, const QString &detail = QString());

    FrameScanner m_scanner{FrameScanner::Sender::Server};
    QByteArray m_response; // the response so far, up to its limit
    QByteArray m_peeked;
    // How many bytes at the front of the socket's read buffer were read already.
    qint64 m_scanned = 0;
    // What pongBytesOwed() was when the socket last had nothing left to write.
    quint64 m_pongBytesWritten = 0;
    Stage m_stage = Stage::Response;
    qint64 m_readSlice;
};

} // namespace BanterWs
