// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parkingspot.h"

#include <cerrno>
#include <sys/socket.h>

namespace BanterWs {

ParkingSpot::ParkingSpot(qintptr descriptor, QObject *parent) : HeldDescriptor(descriptor, parent)
{
    if (isValid())
        watch();
}

bool ParkingSpot::isClientGone() const
{
    char byte;
    const ssize_t peeked = ::recv(descriptor(), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return peeked == 0 || (peeked < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
}

} // namespace BanterWs
