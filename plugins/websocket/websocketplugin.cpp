// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "websocketplugin.h"

#include "websocketconnection.h"
#include "websocketlistener.h"

namespace BanterWs {

WebSocketPlugin::WebSocketPlugin(QObject *parent) : QObject(parent) {}

Banter::Connection *WebSocketPlugin::createConnection(QObject *parent)
{
    return new WebSocketConnection(parent);
}

Banter::Listener *WebSocketPlugin::createListener(QObject *parent)
{
    return new WebSocketListener(parent);
}

} // namespace BanterWs
