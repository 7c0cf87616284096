// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpplugin.h"

#include "tcpconnection.h"
#include "tcplistener.h"

namespace BanterTcp {

Banter::Connection *TcpPlugin::createConnection(QObject *parent)
{
    return new TcpConnection(parent);
}

Banter::Listener *TcpPlugin::createListener(QObject *parent)
{
    return new TcpListener(parent);
}

} // namespace BanterTcp
