// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

namespace Banter {

// The certificates the user trusts, each for one host, although the system does not trust them
// (self-signed, an unknown authority, another name): SHA-256 fingerprints by host. Nothing gets
// in here but by an explicit trust(); revoke() takes it back. Kept in an INI file when one is
// set (~/.config/Banter/trusted-certificates.conf for the app), in memory otherwise.
class BANTERCLIENT_EXPORT TrustStore : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString host;
        QByteArray fingerprint; // SHA-256, 32 bytes

        friend bool operator==(const Entry &a, const Entry &b)
        {
            return a.host == b.host && a.fingerprint == b.fingerprint;
        }
    };

    explicit TrustStore(QObject *parent = nullptr);
    ~TrustStore() override;

    // Where the app keeps them.
    static QString defaultFileName();

    // Reads the file (entries that are not a host and a SHA-256 fingerprint are skipped, with a
    // warning in the log) and writes every change into it from now on.
    void setFileName(const QString &fileName);
    QString fileName() const { return m_fileName; }

    // The fingerprints trusted for host (case does not matter), in the order they were trusted.
    QList<QByteArray> fingerprints(const QString &host) const;
    bool isTrusted(const QString &host, const QByteArray &fingerprint) const;
    QList<Entry> entries() const;

    // Both return false when there was nothing to do (a fingerprint that is no SHA-256 digest,
    // an empty host, already trusted, not trusted).
    bool trust(const QString &host, const QByteArray &fingerprint);
    bool revoke(const QString &host, const QByteArray &fingerprint);

    static constexpr int fingerprintSize = 32;

Q_SIGNALS:
    void changed();

private:
    void save() const;

    QMap<QString, QList<QByteArray>> m_hosts;
    QString m_fileName;
};

} // namespace Banter
