// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "echoservice.h"

#include <banter/connection.h>
#include <banter/logging.h>

namespace BanterEcho {

using Banter::Connection;
using Banter::lcServer;

EchoService::EchoService(QObject *parent) : Banter::Service(parent) {}

void EchoService::handleConnection(Connection *connection)
{
    sendText(connection, QLatin1String(greeting));
}

// Sent through the base class, which drops a client that lets its echoes pile up unread.
void EchoService::handleText(Connection *connection, const QString &message)
{
    qCDebug(lcServer, "Message: %s", qUtf8Printable(message));
    sendText(connection, message);
}

void EchoService::handleBinary(Connection *connection, const QByteArray &message)
{
    qCDebug(lcServer, "Message: <binary, %lld bytes>", qlonglong(message.size()));
    sendBinary(connection, message);
}

} // namespace BanterEcho
