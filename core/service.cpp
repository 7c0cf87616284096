// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service.h"

#include "connection.h"
#include "listener.h"
#include "logging.h"

namespace Banter {

Service::Service(QObject *parent) : QObject(parent) {}

Service::~Service() = default;

void Service::serve(Listener *listener)
{
    connect(listener, &Listener::newConnection, this, &Service::adopt);
}

void Service::closeAll(int code, const QString &reason)
{
    const auto connections = findChildren<Connection *>(Qt::FindDirectChildrenOnly);
    for (Connection *connection : connections) {
        if (connection->state() == Connection::State::Open)
            connection->close(Connection::CloseCode(code), reason);
    }
}

void Service::adopt(Connection *connection)
{
    connection->setParent(this);
    connect(connection, &Connection::stateChanged, this, [this, connection](Connection::State s) {
        if (s == Connection::State::Closed)
            release(connection);
    });
    ++m_connectionCount;
    Q_EMIT connectionCountChanged(m_connectionCount);
    handleConnection(connection);
}

void Service::release(Connection *connection)
{
    connection->disconnect(this);
    connection->deleteLater();
    --m_connectionCount;
    Q_EMIT connectionCountChanged(m_connectionCount);
}

} // namespace Banter
