// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace BanterMqtt {

// The broker's and libmosquitto's answers in words.
struct MqttReasons
{
    // Why the broker refused the connection: a CONNACK return code (3.1.1) or reason code (5).
    static QString refused(int code);
    // Why a subscription was refused: the SUBACK's granted QoS was a failure code.
    static QString subscriptionRefused(const QString &filter, int code);
    // Why a session ended that this side did not end: a DISCONNECT reason code (5, 0x80 and up),
    // or a libmosquitto result with errno for MOSQ_ERR_ERRNO.
    static QString lost(int code, int savedErrno);
    // The TCP connection could not be made, and the reason is gone.
    static QString notConnected();
    // Why a call into libmosquitto failed.
    static QString failed(int result, int savedErrno);

    Q_DECLARE_TR_FUNCTIONS(BanterMqtt::MqttReasons)
};

} // namespace BanterMqtt
