// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttreasons.h"

#include <mosquitto.h>
#include <mqtt_protocol.h>

#include <cerrno>
#include <cstring>

namespace BanterMqtt {

QString MqttReasons::refused(int code)
{
    switch (code) {
    case CONNACK_REFUSED_PROTOCOL_VERSION:
    case MQTT_RC_UNSUPPORTED_PROTOCOL_VERSION:
        return tr("the broker does not speak this MQTT version (try ?version=3.1.1 or ?version=5)");
    case CONNACK_REFUSED_IDENTIFIER_REJECTED:
    case MQTT_RC_CLIENTID_NOT_VALID:
        return tr("the broker rejected the client id");
    case CONNACK_REFUSED_SERVER_UNAVAILABLE:
    case MQTT_RC_SERVER_UNAVAILABLE:
    case MQTT_RC_SERVER_BUSY:
        return tr("the broker is unavailable");
    case CONNACK_REFUSED_BAD_USERNAME_PASSWORD:
    case MQTT_RC_BAD_USERNAME_OR_PASSWORD:
        return tr("bad user name or password");
    case CONNACK_REFUSED_NOT_AUTHORIZED:
    case MQTT_RC_NOT_AUTHORIZED:
        return tr("not authorized: the broker refused this user name and password");
    case MQTT_RC_BANNED:
        return tr("the broker has banned this client");
    default:
        return tr("the broker refused the connection: %1")
            .arg(QString::fromUtf8(code >= 0x80 ? mosquitto_reason_string(code)
                                                : mosquitto_connack_string(code)));
    }
}

QString MqttReasons::subscriptionRefused(const QString &filter, int code)
{
    if (code == MQTT_RC_NOT_AUTHORIZED)
        return tr("not authorized to subscribe to %1").arg(filter);
    if (code == 0x80)
        return tr("the broker refused the subscription to %1 (not authorized, or a topic it "
                  "does not allow)")
            .arg(filter);
    return tr("the broker refused the subscription to %1: %2")
        .arg(filter, QString::fromUtf8(mosquitto_reason_string(code)));
}

QString MqttReasons::lost(int code, int savedErrno)
{
    if (code >= 0x80) {
        if (code == MQTT_RC_SESSION_TAKEN_OVER)
            return tr("the broker ended the session: another client connected with the same "
                      "client id");
        return tr("the broker ended the session: %1")
            .arg(QString::fromUtf8(mosquitto_reason_string(code)));
    }
    if (code == MOSQ_ERR_KEEPALIVE)
        return tr("the broker did not answer within the keepalive time");
    if (code == MOSQ_ERR_ERRNO && savedErrno == 0)
        return failed(MOSQ_ERR_CONN_LOST, 0);
    return failed(code, savedErrno);
}

QString MqttReasons::notConnected()
{
    return tr("could not connect to the broker");
}

QString MqttReasons::failed(int result, int savedErrno)
{
    switch (result) {
    case MOSQ_ERR_ERRNO:
        if (savedErrno == ECONNREFUSED)
            return tr("connection refused");
        return QString::fromLocal8Bit(std::strerror(savedErrno));
    case MOSQ_ERR_EAI:
        return tr("host not found");
    case MOSQ_ERR_TLS:
        return tr("the TLS handshake failed");
    case MOSQ_ERR_CONN_LOST:
    case MOSQ_ERR_NO_CONN:
        return tr("the broker closed the connection");
    case MOSQ_ERR_PAYLOAD_SIZE:
        return tr("the message is larger than MQTT allows (256 MiB)");
    case MOSQ_ERR_OVERSIZE_PACKET:
        return tr("the message is larger than the broker accepts");
    case MOSQ_ERR_PROTOCOL:
        return tr("the broker broke the MQTT protocol");
    case MOSQ_ERR_NOMEM:
        return tr("out of memory");
    default:
        return QString::fromUtf8(mosquitto_strerror(result));
    }
}

} // namespace BanterMqtt
