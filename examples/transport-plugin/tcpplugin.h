// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/itransport.h>

#include <QObject>

namespace BanterTcp {

// The plugin's root object: creates tcp:// connections and listeners.
class TcpPlugin : public QObject, public Banter::ITransport
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BANTER_ITRANSPORT_IID FILE "tcp.json")
    Q_INTERFACES(Banter::ITransport)

public:
    Banter::Connection *createConnection(QObject *parent = nullptr) override;
    Banter::Listener *createListener(QObject *parent = nullptr) override;
};

} // namespace BanterTcp
