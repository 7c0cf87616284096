// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttplugin.h"

#include "mqttconnection.h"

namespace BanterMqtt {

MqttPlugin::MqttPlugin(QObject *parent) : QObject(parent) {}

Banter::Connection *MqttPlugin::createConnection(QObject *parent)
{
    return new MqttConnection(parent);
}

Banter::Listener *MqttPlugin::createListener(QObject *)
{
    return nullptr;
}

} // namespace BanterMqtt
