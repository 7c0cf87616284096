// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/certificateproblem.h>

namespace Banter {
class TlsIdentity;
}

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

typedef struct ssl_ctx_st SSL_CTX;
typedef struct ssl_st SSL;
typedef struct x509_store_ctx_st X509_STORE_CTX;

namespace BanterMqtt {

// The TLS side of an mqtts:// connection: an OpenSSL context for libmosquitto whose certificate
// check is Banter's, as for wss://. The system's authorities (and those of ?cacert=FILE) are
// trusted; a certificate they do not vouch for, or one for another host, is refused before
// anything is sent, unless its SHA-256 fingerprint is one the user trusts for the host. A refusal
// is kept as a CertificateProblem, with Qt's words for each reason.
class MqttTls
{
public:
    MqttTls() = default;
    ~MqttTls();
    MqttTls(const MqttTls &) = delete;
    MqttTls &operator=(const MqttTls &) = delete;

    // Makes a fresh context for host. False, with the reason in *error, when the CA file cannot
    // be used.
    bool prepare(const QString &host, const QString &caCertificatesFile,
                 const QList<QByteArray> &trustedFingerprints, QString *error);
    SSL_CTX *context() const { return m_context; }
    // Gives the context a client certificate chain and its key, for a broker that asks for one
    // (mutual TLS). After prepare(); false, with the reason in *error, when the files could not
    // be read (TlsIdentity::errorString()) or OpenSSL cannot use them.
    bool useIdentity(const Banter::TlsIdentity &identity, QString *error);
    bool hasClientCertificate() const { return m_hasClientCertificate; }
    // Why the broker ended the TLS connection, from the fatal alert it sent (TlsAlert), in
    // words; empty when it sent none.
    QString alertText() const;

    // Forgets the context and any refusal (the next connection has no TLS).
    void reset();

    // The refusal of the last handshake; empty host when there was none.
    bool hasProblem() const { return !m_problem.host.isEmpty(); }
    Banter::CertificateProblem problem() const { return m_problem; }

    Q_DECLARE_TR_FUNCTIONS(BanterMqtt::MqttTls)

private:
    static int verifyChain(X509_STORE_CTX *store, void *self);
    // OpenSSL's info callback: keeps the fatal alert the peer sends.
    static void watchAlerts(const SSL *ssl, int where, int value);
    bool accepts(X509_STORE_CTX *store);

    SSL_CTX *m_context = nullptr;
    QString m_host;
    QList<QByteArray> m_trusted;
    Banter::CertificateProblem m_problem;
    bool m_hasClientCertificate = false;
    int m_alertCode = 0; // 0: none
    QString m_alertDescription;
};

} // namespace BanterMqtt
