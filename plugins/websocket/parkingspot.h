// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "helddescriptor.h"

namespace BanterWs {

// Where a parked client waits: its descriptor, held while its QTcpSocket and QWebSocket are gone
// (AcceptedSocket::park()), watched for the client's next byte.
class ParkingSpot : public HeldDescriptor
{
    Q_OBJECT

public:
    // Holds descriptor and watches it; activated() says the client is back (or gone).
    ParkingSpot(qintptr descriptor, QObject *parent);

    // A client that closed its side (or whose connection broke) while parked.
    bool isClientGone() const;
};

} // namespace BanterWs
