// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/banterglobal.h>

#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace Banter {

// Everything an operator can set about a server: where it listens, which service it runs, and
// the limits that protect it from its clients. banter-server fills it from its command line; the
// window's embedded server uses the defaults. ServerHost hands it to the Listener (the
// transport's limits) and to the Service (the limits any transport has).
struct BANTERCORE_EXPORT ServerSettings
{
    static constexpr qint64 defaultMaxMessageSize = 16 * 1024 * 1024;
    static constexpr int defaultMaxClients = 10000;
    static constexpr qint64 defaultOutputCap = 8 * 1024 * 1024;
    static constexpr std::chrono::milliseconds defaultHandshakeTimeout{10000};
    static constexpr std::chrono::milliseconds defaultIdleTimeout{60000};
    static constexpr std::chrono::milliseconds defaultCloseTimeout{5000};
    static constexpr std::chrono::milliseconds defaultParkAfter{1000};
    static constexpr int defaultHistory = 100;
    static constexpr int defaultMaxRooms = 1000;
    static constexpr double defaultRate = 100;

    // ws://host:port or wss://host:port; "localhost" means 127.0.0.1 and ::1, port 0 any port.
    QUrl url = QUrl(QStringLiteral("ws://localhost:3000"));
    QString service = QStringLiteral("echo");
    // PEM files, both needed for wss://.
    QString certificateFile;
    QString privateKeyFile;

    // A longer message or frame closes the connection with 1009.
    qint64 maxMessageSize = defaultMaxMessageSize;
    // Clients beyond this many are closed with 1013 (try again later) right after the handshake.
    int maxClients = defaultMaxClients;
    // A client must complete its opening handshake (TLS included) within this time.
    std::chrono::milliseconds handshakeTimeout = defaultHandshakeTimeout;
    // A client that sends nothing for half this time is pinged; one that shows no sign of life
    // (not even a pong) for this long is dropped. 0 turns it off.
    std::chrono::milliseconds idleTimeout = defaultIdleTimeout;
    // How long a client may take to complete a closing handshake the server started before
    // its TCP connection is dropped.
    std::chrono::milliseconds closeTimeout = defaultCloseTimeout;
    // Origins a client may come from (the Origin header, such as https://example.org); any
    // when empty. A client that sends no Origin is refused when the list is not empty.
    QStringList allowedOrigins;
    // A client whose unsent output grows past this many bytes (it sends but does not read) is
    // dropped with 1008.
    qint64 outputCap = defaultOutputCap;
    // Connections the kernel may queue before the server accepts them (capped by
    // net.core.somaxconn). Qt's default of 50 drops most of a burst of new clients.
    int listenBacklog = 4096;
    // A client that has been idle this long gives up what serving it costs until it is heard
    // from again, where the transport can do that (the WebSocket one: ws://, not wss://);
    // 0 never does.
    std::chrono::milliseconds parkAfter = defaultParkAfter;

    // For services with rooms (chat). Messages a room keeps for those who join or come back.
    int history = defaultHistory;
    // Rooms at the same time (a room that has members, or keeps history): a client that would
    // open one more is closed with 1013.
    int maxRooms = defaultMaxRooms;
    // Members in one room: one more is closed with 1013.
    int maxMembers = defaultMaxClients;
    // Messages a client may send a second, on average, and in a burst; over it, its message is
    // refused. 0 turns it off.
    double rate = defaultRate;
    double rateBurst = 2 * defaultRate;
    // Rooms shared by every server given the same Redis (redis://, rediss:// or unix://); empty:
    // this server's rooms are its own. Redis unreachable at start fails the service (Service::
    // failed()) unless redisWait, which waits for it.
    QString redisUrl;
    bool redisWait = false;

    // wss://, or wss:// wrapped by another transport (chaos+wss://).
    bool isSecure() const
    {
        return url.scheme() == QLatin1String("wss") || url.scheme().endsWith(QLatin1String("+wss"));
    }
    // Why these settings cannot be used, in words; empty when they can.
    QString validate() const;
};

} // namespace Banter
