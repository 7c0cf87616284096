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
    qCInfo(lcServer, "client connected");
    connect(connection, &Connection::textReceived, connection, [connection](const QString &text) {
        qCDebug(lcServer, "Message: %s", qUtf8Printable(text));
        connection->sendText(text);
    });
    connect(connection, &Connection::binaryReceived, connection,
            [connection](const QByteArray &data) {
                qCDebug(lcServer, "Message: <binary, %lld bytes>", qlonglong(data.size()));
                connection->sendBinary(data);
            });
    connection->sendText(QLatin1String(greeting));
}

} // namespace BanterEcho
