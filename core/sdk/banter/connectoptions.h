// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/banterglobal.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Banter {

// What a client sends with its opening handshake besides the URL: extra request headers, the
// subprotocols it offers and its origin. A transport that has no such things ignores them.
struct BANTERCORE_EXPORT ConnectOptions
{
    using Header = QPair<QByteArray, QByteArray>;

    QList<Header> headers;    // extra request headers, in order
    QStringList subprotocols; // offered to the server, the most wanted first
    QString origin;           // sent as the Origin header; empty sends none

    bool isEmpty() const { return headers.isEmpty() && subprotocols.isEmpty() && origin.isEmpty(); }

    // Why these options cannot be sent, in words; empty when they can. Header and subprotocol
    // names must be HTTP tokens, values must hold no line break or other control character, and
    // the headers the handshake sets itself (Host, Upgrade, Sec-WebSocket-Key, ...) are refused.
    QString problem() const;

    friend bool operator==(const ConnectOptions &a, const ConnectOptions &b)
    {
        return a.headers == b.headers && a.subprotocols == b.subprotocols && a.origin == b.origin;
    }
    friend bool operator!=(const ConnectOptions &a, const ConnectOptions &b) { return !(a == b); }

    Q_DECLARE_TR_FUNCTIONS(Banter::ConnectOptions)
};

} // namespace Banter
