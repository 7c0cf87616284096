// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "truststore.h"

#include <banter/logging.h>

#include <QFileInfo>
#include <QSettings>

namespace Banter {

namespace {

const auto group = QLatin1String("trusted");

QString hostKey(const QString &host)
{
    return host.trimmed().toLower();
}

bool isFingerprint(const QByteArray &fingerprint)
{
    return fingerprint.size() == TrustStore::fingerprintSize;
}

} // namespace

TrustStore::TrustStore(QObject *parent) : QObject(parent) {}

TrustStore::~TrustStore() = default;

QString TrustStore::defaultFileName()
{
    // Beside the application's settings (~/.config/Banter/banter.conf).
    return QFileInfo(QSettings().fileName()).absolutePath() +
           QStringLiteral("/trusted-certificates.conf");
}

void TrustStore::setFileName(const QString &fileName)
{
    m_fileName = fileName;
    m_hosts.clear();
    if (!fileName.isEmpty()) {
        QSettings settings(fileName, QSettings::IniFormat);
        settings.beginGroup(group);
        const QStringList hosts = settings.childKeys();
        for (const QString &host : hosts) {
            const QStringList values = settings.value(host).toStringList();
            for (const QString &value : values) {
                const QByteArray fingerprint =
                    QByteArray::fromHex(value.toLatin1()).left(fingerprintSize + 1);
                const bool isHex = value.size() == 2 * fingerprintSize &&
                                   fingerprint.toHex() == value.toLatin1().toLower();
                if (hostKey(host).isEmpty() || !isHex || !isFingerprint(fingerprint)) {
                    qCWarning(lcTransport,
                              "%s: ignoring \"%s\" for \"%s\": not a SHA-256 "
                              "fingerprint for a host",
                              qUtf8Printable(fileName), qUtf8Printable(value),
                              qUtf8Printable(host));
                    continue;
                }
                QList<QByteArray> &trusted = m_hosts[hostKey(host)];
                if (!trusted.contains(fingerprint))
                    trusted.append(fingerprint);
            }
        }
    }
    Q_EMIT changed();
}

QList<QByteArray> TrustStore::fingerprints(const QString &host) const
{
    return m_hosts.value(hostKey(host));
}

bool TrustStore::isTrusted(const QString &host, const QByteArray &fingerprint) const
{
    return isFingerprint(fingerprint) && fingerprints(host).contains(fingerprint);
}

QList<TrustStore::Entry> TrustStore::entries() const
{
    QList<Entry> result;
    for (auto it = m_hosts.cbegin(); it != m_hosts.cend(); ++it) {
        for (const QByteArray &fingerprint : it.value())
            result.append({it.key(), fingerprint});
    }
    return result;
}

bool TrustStore::trust(const QString &host, const QByteArray &fingerprint)
{
    const QString key = hostKey(host);
    if (key.isEmpty() || !isFingerprint(fingerprint) || isTrusted(key, fingerprint))
        return false;
    m_hosts[key].append(fingerprint);
    qCInfo(lcTransport, "trusting the certificate %s for %s", fingerprint.toHex().constData(),
           qUtf8Printable(key));
    save();
    Q_EMIT changed();
    return true;
}

bool TrustStore::revoke(const QString &host, const QByteArray &fingerprint)
{
    const QString key = hostKey(host);
    const auto found = m_hosts.find(key);
    if (found == m_hosts.end() || !found->removeOne(fingerprint))
        return false;
    if (found->isEmpty())
        m_hosts.erase(found);
    qCInfo(lcTransport, "no longer trusting the certificate %s for %s",
           fingerprint.toHex().constData(), qUtf8Printable(key));
    save();
    Q_EMIT changed();
    return true;
}

void TrustStore::save() const
{
    if (m_fileName.isEmpty())
        return;
    QSettings settings(m_fileName, QSettings::IniFormat);
    settings.remove(group);
    settings.beginGroup(group);
    for (auto it = m_hosts.cbegin(); it != m_hosts.cend(); ++it) {
        QStringList values;
        for (const QByteArray &fingerprint : it.value())
            values.append(QString::fromLatin1(fingerprint.toHex()));
        settings.setValue(it.key(), values);
    }
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        qCWarning(lcTransport, "cannot save the trusted certificates to %s",
                  qUtf8Printable(m_fileName));
    }
}

} // namespace Banter
