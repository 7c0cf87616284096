// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtttarget.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QUrlQuery>

namespace BanterMqtt {

namespace {

// Why filter is no topic filter of MQTT 3.1.1 section 4.7; empty when it is one.
QString filterProblem(const QString &filter)
{
    if (filter.isEmpty())
        return MqttTarget::tr("the URL names no topic: write it as the path, as in "
                              "mqtt://localhost/sensors/kitchen");
    const QStringList levels = filter.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QString &level = levels.at(i);
        if (level.contains(QLatin1Char('#')) && (level.size() != 1 || i != levels.size() - 1))
            return MqttTarget::tr("the topic %1 has # in it other than as its whole last level")
                .arg(filter);
        if (level.contains(QLatin1Char('+')) && level.size() != 1)
            return MqttTarget::tr("the topic %1 has + in it other than as a whole level")
                .arg(filter);
    }
    if (filter.contains(QChar(0)))
        return MqttTarget::tr("the topic %1 holds a NUL character").arg(filter);
    return QString();
}

// A 0 or 1 option; false and *problem set when the value is neither.
bool flag(const QString &name, const QString &value, bool *target, QString *problem)
{
    if (value != QLatin1String("0") && value != QLatin1String("1")) {
        *problem = MqttTarget::tr("%1=%2 is not 0 or 1").arg(name, value);
        return false;
    }
    *target = value == QLatin1String("1");
    return true;
}

// A whole number in [low, high]; false and *problem set when the value is not.
bool number(const QString &name, const QString &value, int low, int high, int *target,
            QString *problem)
{
    bool isNumber = false;
    const int parsed = value.toInt(&isNumber);
    if (!isNumber || parsed < low || parsed > high) {
        *problem = MqttTarget::tr("%1=%2 is not a whole number from %3 to %4")
                       .arg(name, value)
                       .arg(low)
                       .arg(high);
        return false;
    }
    *target = parsed;
    return true;
}

bool option(MqttTarget &target, const QString &name, const QString &value, QString *problem)
{
    if (name == QLatin1String("qos"))
        return number(name, value, 0, 2, &target.qos, problem);
    if (name == QLatin1String("retain"))
        return flag(name, value, &target.retain, problem);
    if (name == QLatin1String("clean"))
        return flag(name, value, &target.cleanSession, problem);
    if (name == QLatin1String("keepalive"))
        return number(name, value, 5, 65535, &target.keepAliveSeconds, problem);
    if (name == QLatin1String("clientId")) {
        target.clientId = value;
        if (value.toUtf8().size() <= 65535)
            return true;
        *problem = MqttTarget::tr("the client id is longer than MQTT allows");
        return false;
    }
    if (name == QLatin1String("publish")) {
        target.publishTopic = value;
        if (!value.isEmpty() && !MqttTarget::hasWildcard(value) && !value.contains(QChar(0)))
            return true;
        *problem = MqttTarget::tr("publish=%1 is no topic to publish to: it must not be empty "
                                  "or hold + or #")
                       .arg(value);
        return false;
    }
    if (name == QLatin1String("cacert")) {
        target.caCertificatesFile = value;
        return true;
    }
    if (name == QLatin1String("version")) {
        if (value == QLatin1String("3.1.1") || value == QLatin1String("4")) {
            target.version = MqttTarget::Version::V311;
            return true;
        }
        if (value == QLatin1String("5")) {
            target.version = MqttTarget::Version::V5;
            return true;
        }
        *problem = MqttTarget::tr("version=%1 is not an MQTT version Banter speaks (3.1.1 or 5)")
                       .arg(value);
        return false;
    }
    *problem = MqttTarget::tr("the URL option %1 is unknown; known are qos, retain, clientId, "
                              "clean, keepalive, version, publish and cacert")
                   .arg(name);
    return false;
}

} // namespace

MqttTarget MqttTarget::fromUrl(const QUrl &url, QString *problem)
{
    MqttTarget target;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("mqtt") && scheme != QLatin1String("mqtts")) ||
        url.host().isEmpty()) {
        *problem = tr("%1 is no MQTT URL: write mqtt://host[:port]/topic")
                       .arg(url.toDisplayString(QUrl::RemovePassword));
        return MqttTarget();
    }
    target.isTls = scheme == QLatin1String("mqtts");
    target.host = url.host();
    target.port = url.port(target.isTls ? 8883 : 1883);
    target.userName = url.userName(QUrl::FullyDecoded);
    target.password = url.password(QUrl::FullyDecoded);
    target.filter = url.path(QUrl::FullyDecoded).mid(1);
    // mqtt://host/sensors/# as typed: QUrl takes an unencoded # for an empty fragment.
    if (url.hasFragment()) {
        if (!url.fragment().isEmpty()) {
            *problem = tr("write # in a topic as %23, or last in the URL: %1 has text after it")
                           .arg(url.toDisplayString(QUrl::RemovePassword));
            return MqttTarget();
        }
        target.filter += QLatin1Char('#');
    }
    if (const QString reason = filterProblem(target.filter); !reason.isEmpty()) {
        *problem = reason;
        return MqttTarget();
    }
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (!option(target, name, value, problem))
            return MqttTarget();
    }
    if (target.publishTopic.isEmpty() && !hasWildcard(target.filter))
        target.publishTopic = target.filter;
    problem->clear();
    return target;
}

QString MqttTarget::durableClientId() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QSysInfo::machineUniqueId());
    for (const QString &part : {QDir::homePath(), host, QString::number(port), userName, filter})
        hash.addData(part.toUtf8().append('\0'));
    return QStringLiteral("banter-") + QString::fromLatin1(hash.result().left(8).toHex());
}

QString MqttTarget::randomClientId()
{
    return QStringLiteral("banter-%1")
        .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

bool MqttTarget::hasWildcard(const QString &filter)
{
    return filter.contains(QLatin1Char('+')) || filter.contains(QLatin1Char('#'));
}

QString MqttTarget::sendProblem() const
{
    if (!publishTopic.isEmpty())
        return QString();
    return tr("cannot send: %1 subscribes with a wildcard, so it names no topic to publish to; "
              "add ?publish=TOPIC to the URL")
        .arg(filter);
}

} // namespace BanterMqtt
