// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// A self-signed certificate and its key for localhost and 127.0.0.1, made at test time with the
// openssl program, for servers that the system does not trust.
struct TestIdentity
{
    QSslCertificate certificate;
    QSslKey key;

    // Writes <name>.pem and <name>.key into folder. On failure, error says why.
    static TestIdentity create(const QString &folder, const QString &name, QString *error);

    // The same key, encrypted with passphrase (PKCS#8, AES-256), written as <name>.enc.key; and
    // certificate and key as one PKCS#12 file, <name>.p12. Their paths, or empty with error set.
    static QString writeEncryptedKey(const QString &folder, const QString &name,
                                     const QString &passphrase, QString *error);
    static QString writePkcs12(const QString &folder, const QString &name,
                               const QString &passphrase, QString *error);

    // SHA-256 of the certificate, as Banter's trust store keeps it.
    QByteArray fingerprint() const;
};
