// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

// The kernel receive buffer (SO_RCVBUF, as Linux reports it: twice the size set) of this
// process's TCP socket whose peer is on port, or -1 if there is none: for a transport whose
// socket belongs to a library (libmosquitto) and is not a QObject to be found.
inline int receiveBufferOfSocketTo(quint16 port)
{
    constexpr int mostDescriptors = 4096;
    for (int descriptor = 0; descriptor < mostDescriptors; ++descriptor) {
        sockaddr_storage peer{};
        socklen_t length = sizeof peer;
        if (getpeername(descriptor, reinterpret_cast<sockaddr *>(&peer), &length) != 0)
            continue;
        quint16 peerPort = 0;
        if (peer.ss_family == AF_INET)
            peerPort = ntohs(reinterpret_cast<const sockaddr_in *>(&peer)->sin_port);
        else if (peer.ss_family == AF_INET6)
            peerPort = ntohs(reinterpret_cast<const sockaddr_in6 *>(&peer)->sin6_port);
        int size = 0;
        socklen_t sizeLength = sizeof size;
        if (peerPort == port &&
            getsockopt(descriptor, SOL_SOCKET, SO_RCVBUF, &size, &sizeLength) == 0)
            return size;
    }
    return -1;
}
