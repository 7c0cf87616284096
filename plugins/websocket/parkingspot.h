// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "helddescriptor.h"

namespace BanterWs {

class AcceptedSocket;

// Where a parked client waits: its descriptor, held while its QTcpSocket and QWebSocket are gone
// (AcceptedSocket::park()), watched for the client's next byte.
class ParkingSpot : public HeldDescriptor
{
    Q_OBJECT

public:
    // Holds descriptor and watches it; when the client is back (or gone), calls owner's
    // unpark(). Owned by owner, its parent (kept only as that: a pointer more would make it the
    // next size up for malloc).
    ParkingSpot(qintptr descriptor, AcceptedSocket *owner);

    // A client that closed its side (or whose connection broke) while parked.
    bool isClientGone() const;

protected:
    // The descriptor is readable: told to the owner by a call, not through activated(). A
    // signal connection costs a parked client about 300 bytes (the connection, the notifier's
    // signal table and connection data, the slot object).
    bool event(QEvent *event) override;
};

} // namespace BanterWs
