// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Banter {

// What a server has done since it started; banter-server prints it on SIGUSR1.
struct ServerStatistics
{
    int clients = 0;            // connected now
    quint64 clientsServed = 0;  // ever accepted, those connected now included
    quint64 clientsRefused = 0; // closed at once because the server was full
    quint64 clientsDropped = 0; // closed by the service: silent too long, not reading
    quint64 messagesReceived = 0;
    quint64 messagesSent = 0;
    quint64 bytesReceived = 0; // message payloads only
    quint64 bytesSent = 0;
    // What the service adds, in words, such as "redis: 12 published, ..."; empty when nothing.
    QString serviceDetail;
};

} // namespace Banter
