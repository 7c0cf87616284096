// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/itransport.h>
#include <banter/itransportwrapper.h>

#include <QObject>

namespace BanterChaos {

// The plugin root: a transport that wraps the others in network conditions. Its metadata says
// "Wraps": true, so the registry sends it every chaos+X scheme and tells it how to reach the
// transport of X.
class ChaosPlugin : public QObject, public Banter::ITransport, public Banter::ITransportWrapper
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BANTER_ITRANSPORT_IID FILE "chaos.json")
    Q_INTERFACES(Banter::ITransport Banter::ITransportWrapper)

public:
    explicit ChaosPlugin(QObject *parent = nullptr);

    Banter::Connection *createConnection(QObject *parent = nullptr) override;
    Banter::Listener *createListener(QObject *parent = nullptr) override;
    void setTransportResolver(const Resolver &resolver) override;

private:
    Resolver m_resolver;
};

} // namespace BanterChaos
