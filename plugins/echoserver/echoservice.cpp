// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "echoservice.h"

#include <connection.h>
#include <logging.h>

namespace BanterEcho {

using Banter::Connection;
using Banter::lcServer;

EchoService::EchoService(QObject *parent)
    : Banter::Service(parent)
{
}

void EchoService::handleConnection(Connection *connection)
{
    // Sent through the base class, which drops a client that lets its echoes pile up unread.
    connect(connection, &Connection::textReceived, connection,
            [this, connection](const QString &text) {
                qCDebug(lcServer, "Message: %s", qUtf8Printable(text));
                sendText(connection, text);
            });
    connect(connection, &Connection::binaryReceived, connection,
            [this, connection](const QByteArray &data) {
                qCDebug(lcServer, "Message: <binary, %lld bytes>", qlonglong(data.size()));
                sendBinary(connection, data);
            });
    sendText(connection, QLatin1String(greeting));
}

} // namespace BanterEcho
