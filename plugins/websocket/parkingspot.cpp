// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parkingspot.h"

#include "acceptedsocket.h"
#include "websocketconnection.h"

#include <QEvent>
#include <QTcpSocket>

#include <cerrno>
#include <sys/socket.h>

namespace BanterWs {

ParkingSpot::ParkingSpot(qintptr descriptor, AcceptedSocket *owner)
    : HeldDescriptor(descriptor, owner)
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

bool ParkingSpot::event(QEvent *event)
{
    // What QSocketNotifier::event() would answer with activated().
    if (event->type() == QEvent::SockAct || event->type() == QEvent::SockClose) {
        static_cast<AcceptedSocket *>(parent())->unpark();
        return true;
    }
    return HeldDescriptor::event(event);
}

} // namespace BanterWs
