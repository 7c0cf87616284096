// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/itransport.h>

#include <QObject>

namespace BanterMqtt {

// The plugin root: creates MQTT client connections for mqtt:// and mqtts://. A broker is a
// broker: there is no MQTT listener in Banter.
class MqttPlugin : public QObject, public Banter::ITransport
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BANTER_ITRANSPORT_IID FILE "mqtt.json")
    Q_INTERFACES(Banter::ITransport)

public:
    explicit MqttPlugin(QObject *parent = nullptr);

    Banter::Connection *createConnection(QObject *parent = nullptr) override;
    Banter::Listener *createListener(QObject *parent = nullptr) override;
};

} // namespace BanterMqtt
