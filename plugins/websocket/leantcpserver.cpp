// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leantcpserver.h"

#include "leantcpsocket.h"

namespace BanterWs {

LeanTcpServer::LeanTcpServer(QObject *parent) : QTcpServer(parent) {}

LeanTcpServer::~LeanTcpServer() = default;

void LeanTcpServer::incomingConnection(qintptr socketDescriptor)
{
    // What QTcpServer::incomingConnection() does, with the other socket class.
    auto *socket = new LeanTcpSocket(this);
    socket->setSocketDescriptor(socketDescriptor);
    addPendingConnection(socket);
}

} // namespace BanterWs
