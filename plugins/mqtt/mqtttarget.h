// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace BanterMqtt {

// What an mqtt:// or mqtts:// URL asks for: the broker, the subscription, where sending
// publishes, and the session's options. fromUrl() checks everything a broker would not.
struct MqttTarget
{
    enum class Version { V311 = 4, V5 = 5 };

    QString host;
    int port = 1883;
    bool isTls = false;
    QString filter;       // the subscription: the URL's path, wildcards allowed
    QString publishTopic; // where sending publishes; empty: sending is refused (see problem)
    int qos = 1;
    bool retain = false;
    QString clientId; // ?clientId=; empty: generated (see durableClientId())
    bool cleanSession = true;
    int keepAliveSeconds = 30;
    Version version = Version::V311;
    QString userName;
    QString password;
    QString caCertificatesFile; // ?cacert=FILE: trusted besides the system's authorities

    // The target of url, or an empty host and the reason in *problem.
    static MqttTarget fromUrl(const QUrl &url, QString *problem);
    // The client id for clean=0 without clientId=: the same for the same broker, user and
    // subscription on this machine and account, so the broker's session (the QoS 1 and 2
    // messages kept meanwhile) is found again after a restart.
    QString durableClientId() const;
    // banter- and 16 random hex digits, for a clean session.
    static QString randomClientId();
    // True when filter holds a wildcard (+ or #).
    static bool hasWildcard(const QString &filter);
    // Why text cannot be sent to this target, in words; empty when it can.
    QString sendProblem() const;

    Q_DECLARE_TR_FUNCTIONS(BanterMqtt::MqttTarget)
};

} // namespace BanterMqtt
