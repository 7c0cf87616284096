// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/serversettings.h>

#include <QtGlobal>

#include <chrono>

namespace BanterWs {

// Qt's defaults accept messages of about 2 GiB; Banter sets its own on every socket.
struct WebSocketLimits
{
    // Largest message a client accepts from a server.
    static constexpr qint64 clientMaxMessageSize = 64 * 1024 * 1024;
    // Largest message a server accepts from a client by default (closed with 1009 beyond it);
    // ServerSettings::maxMessageSize sets it per server.
    static constexpr qint64 serverMaxMessageSize = Banter::ServerSettings::defaultMaxMessageSize;
    // Outgoing messages go out in one frame up to this size: Qt 6.4 servers close with 1007
    // when a text is split inside a UTF-8 sequence, which Qt's own 512 KiB fragmenting does.
    static constexpr qint64 outgoingFrameSize = clientMaxMessageSize;
    // The kernel receive buffer of a client socket (SO_RCVBUF; Linux doubles it for its own
    // bookkeeping). QWebSocket reads everything queued in one notification and emits every
    // message in it before it returns to the event loop: on loopback that is megabytes, about
    // 100,000 short messages, and a window that stops for 0.1 s. A bounded buffer bounds each
    // read; unlike QWebSocket::setReadBufferSize() it lets messages of any size through, since
    // Qt's own buffer still grows as a frame needs.
    static constexpr int clientReceiveBufferSize = 256 * 1024;
    // Reading a client socket in batches while a server streams small writes at it (see
    // ReadPacer): a read of fewer bytes than this in a stream holds the socket's reading, first
    // for the shortest hold, then twice as long each time up to the longest, one frame of a
    // 60 Hz display: what arrives meanwhile is read in one go, and the sender, whose socket
    // fills, writes in larger pieces too.
    static constexpr qint64 pacedReadSize = 32 * 1024;
    static constexpr std::chrono::milliseconds shortestReadHold{1};
    static constexpr std::chrono::milliseconds longestReadHold{16};
    // What a client lets pile up of the pongs a server's pings call for, while the server does
    // not read them (Qt answers every ping, and keeps what the network does not take): beyond
    // it, the connection is dropped. Banter's own messages waiting to go out do not count.
    static constexpr qint64 clientMaxOwedOutput = 4 * 1024 * 1024;
    // The largest answer to the opening request a client reads (Qt reads any size).
    static constexpr qint64 maxHandshakeResponseSize = 64 * 1024;
};

} // namespace BanterWs
