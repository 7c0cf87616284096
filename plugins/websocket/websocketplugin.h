// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/itransport.h>

#include <QObject>

namespace BanterWs {

// The plugin root: creates WebSocket connections and listeners for ws:// and wss://.
class WebSocketPlugin : public QObject, public Banter::ITransport
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BANTER_ITRANSPORT_IID FILE "websocket.json")
    Q_INTERFACES(Banter::ITransport)

public:
    explicit WebSocketPlugin(QObject *parent = nullptr);

    Banter::Connection *createConnection(QObject *parent = nullptr) override;
    Banter::Listener *createListener(QObject *parent = nullptr) override;
};

} // namespace BanterWs
