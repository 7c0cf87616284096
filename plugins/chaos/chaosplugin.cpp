// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chaosplugin.h"

#include "chaosconnection.h"
#include "chaoslistener.h"

namespace BanterChaos {

ChaosPlugin::ChaosPlugin(QObject *parent) : QObject(parent) {}

Banter::Connection *ChaosPlugin::createConnection(QObject *parent)
{
    return new ChaosConnection(m_resolver, parent);
}

Banter::Listener *ChaosPlugin::createListener(QObject *parent)
{
    return new ChaosListener(m_resolver, parent);
}

void ChaosPlugin::setTransportResolver(const Resolver &resolver)
{
    m_resolver = resolver;
}

} // namespace BanterChaos
