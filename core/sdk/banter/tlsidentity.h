// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/banterglobal.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace Banter {

// A certificate chain and its private key, read from files: what a wss:// server presents, and
// what a client presents to a server that asks for one (mutual TLS). Either PEM, a certificate
// file (the certificate first, then any intermediates) and a key file (RSA, EC or DSA; encrypted
// with a passphrase or not), or PKCS#12, one file (.p12, .pfx) that holds both, with no key file.
class BANTERCORE_EXPORT TlsIdentity
{
    Q_DECLARE_TR_FUNCTIONS(Banter::TlsIdentity)

public:
    // Reads the files; what is wrong with them is in errorString(), in words.
    static TlsIdentity load(const QString &certificateFile, const QString &keyFile,
                            const QByteArray &passphrase = QByteArray());

    bool isValid() const { return m_errorString.isEmpty() && !m_chain.isEmpty(); }
    QString errorString() const { return m_errorString; }
    QList<QSslCertificate> chain() const { return m_chain; }
    QSslKey privateKey() const { return m_key; }

private:
    bool readPem(const QString &certificateFile, const QString &keyFile,
                 const QByteArray &passphrase);
    bool readPkcs12(const QString &file, const QByteArray &passphrase);

    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    QString m_errorString;
};

} // namespace Banter
