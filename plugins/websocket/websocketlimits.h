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
    // The most a client socket's reader takes from the kernel in one notification. QWebSocket
    // handles everything it was given before it returns to the event loop: unbounded, that is
    // whatever the kernel holds, over loopback megabytes, 100,000 short messages and a window
    // that stops for a tenth of a second. With this bound a burst is handled a slice per
    // event-loop turn, whatever the kernel's receive buffer (ConnectOptions::receiveBuffer), and
    // a long link keeps its throughput. Qt 6.4's QWebSocket waits for a whole frame in this
    // buffer, so a larger frame raises it while it comes (ServerWatcher).
    static constexpr qint64 clientReadSlice = 256 * 1024;
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
