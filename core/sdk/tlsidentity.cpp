// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <banter/tlsidentity.h>

#include <QBuffer>
#include <QFile>
#include <QSslSocket>

namespace Banter {

namespace {

// The whole of a file, or why it cannot be read.
bool readFile(const QString &path, QByteArray *contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    *contents = file.readAll();
    return true;
}

} // namespace

TlsIdentity TlsIdentity::load(const QString &certificateFile, const QString &keyFile,
                              const QByteArray &passphrase)
{
    TlsIdentity identity;
    if (!QSslSocket::supportsSsl())
        identity.m_errorString = tr("TLS is not available: Qt cannot load its TLS library");
    else if (keyFile.isEmpty())
        identity.readPkcs12(certificateFile, passphrase);
    else
        identity.readPem(certificateFile, keyFile, passphrase);
    if (!identity.m_errorString.isEmpty()) {
        identity.m_chain.clear();
        identity.m_key.clear();
    }
    return identity;
}

bool TlsIdentity::readPem(const QString &certificateFile, const QString &keyFile,
                          const QByteArray &passphrase)
{
    QByteArray contents;
    QString error;
    if (!readFile(certificateFile, &contents, &error)) {
        m_errorString = tr("cannot read the certificate %1: %2").arg(certificateFile, error);
        return false;
    }
    m_chain = QSslCertificate::fromData(contents);
    if (m_chain.isEmpty() || m_chain.constFirst().isNull()) {
        m_errorString = tr("%1 holds no PEM certificate").arg(certificateFile);
        return false;
    }

    if (!readFile(keyFile, &contents, &error)) {
        m_errorString = tr("cannot read the private key %1: %2").arg(keyFile, error);
        return false;
    }
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        m_key = QSslKey(contents, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!m_key.isNull())
            return true;
    }
    // "BEGIN ENCRYPTED PRIVATE KEY" (PKCS#8) or "Proc-Type: 4,ENCRYPTED" (OpenSSL's own form).
    if (!contents.contains("ENCRYPTED")) {
        m_errorString = tr("%1 holds no private key that can be used: give an RSA, EC or DSA "
                           "key in PEM form")
                            .arg(keyFile);
    } else if (passphrase.isEmpty()) {
        m_errorString =
            tr("the private key %1 is encrypted, and no passphrase was given").arg(keyFile);
    } else {
        m_errorString = tr("the passphrase does not open the private key %1").arg(keyFile);
    }
    return false;
}

bool TlsIdentity::readPkcs12(const QString &file, const QByteArray &passphrase)
{
    QByteArray contents;
    QString error;
    if (!readFile(file, &contents, &error)) {
        m_errorString = tr("cannot read the certificate %1: %2").arg(file, error);
        return false;
    }
    if (contents.contains("-----BEGIN CERTIFICATE-----")) {
        m_errorString =
            tr("%1 is a PEM certificate, which needs its private key file as well").arg(file);
        return false;
    }
    QBuffer device(&contents);
    device.open(QIODevice::ReadOnly);
    QSslCertificate certificate;
    QList<QSslCertificate> authorities;
    if (!QSslCertificate::importPkcs12(&device, &m_key, &certificate, &authorities, passphrase) ||
        certificate.isNull() || m_key.isNull()) {
        m_errorString = passphrase.isEmpty()
                            ? tr("%1 is no PKCS#12 file that opens without a passphrase").arg(file)
                            : tr("%1 is no PKCS#12 file that this passphrase opens").arg(file);
        return false;
    }
    m_chain = QList<QSslCertificate>{certificate} + authorities;
    return true;
}

} // namespace Banter
