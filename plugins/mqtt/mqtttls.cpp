// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtttls.h"

#include <banter/tlsalert.h>
#include <banter/tlsidentity.h>

#include <banter/logging.h>

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslError>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <vector>

namespace BanterMqtt {

namespace {

// The errors X509_verify_cert() met, collected by keepGoing() while it runs.
thread_local std::vector<int> *t_errors = nullptr;

int keepGoing(int ok, X509_STORE_CTX *store)
{
    if (!ok && t_errors)
        t_errors->push_back(X509_STORE_CTX_get_error(store));
    return 1; // look at the whole chain: every reason is told
}

// OpenSSL's verdicts as Qt names them, so that the reasons read as they do for wss://.
QSslError::SslError qtError(int error)
{
    switch (error) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        return QSslError::UnableToGetIssuerCertificate;
    case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
        return QSslError::UnableToDecryptCertificateSignature;
    case X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY:
        return QSslError::UnableToDecodeIssuerPublicKey;
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return QSslError::CertificateSignatureFailed;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return QSslError::CertificateNotYetValid;
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return QSslError::CertificateExpired;
    case X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD:
        return QSslError::InvalidNotBeforeField;
    case X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD:
        return QSslError::InvalidNotAfterField;
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return QSslError::SelfSignedCertificate;
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return QSslError::SelfSignedCertificateInChain;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        return QSslError::UnableToGetLocalIssuerCertificate;
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return QSslError::UnableToVerifyFirstCertificate;
    case X509_V_ERR_CERT_REVOKED:
        return QSslError::CertificateRevoked;
    case X509_V_ERR_INVALID_CA:
        return QSslError::InvalidCaCertificate;
    case X509_V_ERR_PATH_LENGTH_EXCEEDED:
        return QSslError::PathLengthExceeded;
    case X509_V_ERR_INVALID_PURPOSE:
        return QSslError::InvalidPurpose;
    case X509_V_ERR_CERT_UNTRUSTED:
        return QSslError::CertificateUntrusted;
    case X509_V_ERR_CERT_REJECTED:
        return QSslError::CertificateRejected;
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return QSslError::HostNameMismatch;
    default:
        return QSslError::UnspecifiedError;
    }
}

QSslCertificate toQt(X509 *certificate)
{
    if (!certificate)
        return QSslCertificate();
    const int size = i2d_X509(certificate, nullptr);
    if (size <= 0)
        return QSslCertificate();
    QByteArray der(size, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(certificate, &out);
    return QSslCertificate(der, QSsl::Der);
}

} // namespace

MqttTls::~MqttTls()
{
    reset();
}

void MqttTls::reset()
{
    if (m_context)
        SSL_CTX_free(m_context);
    m_context = nullptr;
    m_problem = Banter::CertificateProblem();
    m_hasClientCertificate = false;
    m_alertCode = 0;
    m_alertDescription.clear();
}

bool MqttTls::prepare(const QString &host, const QString &caCertificatesFile,
                      const QList<QByteArray> &trustedFingerprints, QString *error)
{
    reset();
    m_host = host;
    m_trusted = trustedFingerprints;
    QList<QSslCertificate> authorities;
    if (!caCertificatesFile.isEmpty()) {
        authorities = QSslCertificate::fromPath(caCertificatesFile, QSsl::Pem);
        if (authorities.isEmpty()) {
            *error =
                tr("cacert=%1 holds no PEM certificate that can be read").arg(caCertificatesFile);
            return false;
        }
    }
    m_context = SSL_CTX_new(TLS_client_method());
    if (!m_context) {
        *error = tr("TLS is not available: OpenSSL made no context");
        return false;
    }
    SSL_CTX_set_min_proto_version(m_context, TLS1_2_VERSION);
    SSL_CTX_set_default_verify_paths(m_context);
    X509_STORE *store = SSL_CTX_get_cert_store(m_context);
    for (const QSslCertificate &authority : authorities) {
        const QByteArray der = authority.toDer();
        auto *in = reinterpret_cast<const unsigned char *>(der.constData());
        if (X509 *certificate = d2i_X509(nullptr, &in, long(der.size()))) {
            X509_STORE_add_cert(store, certificate);
            X509_free(certificate);
        }
    }
    X509_VERIFY_PARAM *parameters = SSL_CTX_get0_param(m_context);
    const QByteArray name = host.toUtf8();
    if (QHostAddress(host).isNull())
        X509_VERIFY_PARAM_set1_host(parameters, name.constData(), size_t(name.size()));
    else
        X509_VERIFY_PARAM_set1_ip_asc(parameters, name.constData());
    SSL_CTX_set_verify(m_context, SSL_VERIFY_PEER, nullptr);
    SSL_CTX_set_cert_verify_callback(m_context, &MqttTls::verifyChain, this);
    SSL_CTX_set_app_data(m_context, this);
    SSL_CTX_set_info_callback(m_context, &MqttTls::watchAlerts);
    return true;
}

bool MqttTls::useIdentity(const Banter::TlsIdentity &identity, QString *error)
{
    if (!identity.isValid()) {
        *error = tr("the client certificate cannot be used: %1").arg(identity.errorString());
        return false;
    }
    // The certificates first: OpenSSL then checks that the key belongs to the first.
    const QList<QSslCertificate> chain = identity.chain();
    bool isUsed = true;
    for (qsizetype i = 0; isUsed && i < chain.size(); ++i) {
        const QByteArray der = chain.at(i).toDer();
        auto *in = reinterpret_cast<const unsigned char *>(der.constData());
        X509 *certificate = d2i_X509(nullptr, &in, long(der.size()));
        isUsed = certificate && (i == 0 ? SSL_CTX_use_certificate(m_context, certificate)
                                        : SSL_CTX_add1_chain_cert(m_context, certificate)) == 1;
        X509_free(certificate);
    }
    const QByteArray keyPem = identity.privateKey().toPem();
    BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    EVP_PKEY *key = keyBio ? PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(keyBio);
    const bool keyFits = isUsed && key && SSL_CTX_use_PrivateKey(m_context, key) == 1 &&
                         SSL_CTX_check_private_key(m_context) == 1;
    EVP_PKEY_free(key);
    if (!keyFits) {
        const unsigned long code = ERR_get_error();
        ERR_clear_error();
        const QString reason =
            code ? QString::fromUtf8(ERR_reason_error_string(code)) : tr("OpenSSL refused it");
        *error = tr("the client certificate cannot be used: %1")
                     .arg(isUsed ? tr("the private key is not the certificate's (%1)").arg(reason)
                                 : reason);
        return false;
    }
    m_hasClientCertificate = true;
    return true;
}

namespace {

constexpr int certificateRequiredAlert = 116; // RFC 8446, section 6.2

} // namespace

QString MqttTls::alertText() const
{
    return m_alertCode
               ? Banter::TlsAlert::describe(m_alertCode, m_alertDescription, m_hasClientCertificate)
               : QString();
}

void MqttTls::watchAlerts(const SSL *ssl, int where, int value)
{
    // An alert read from the peer; a fatal one ends the connection.
    if (!(where & SSL_CB_READ_ALERT) || qstrcmp(SSL_alert_type_string(value), "F") != 0)
        return;
    auto *self = static_cast<MqttTls *>(SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl)));
    if (!self || self->m_alertCode)
        return;
    self->m_alertCode = value & 0xff;
    self->m_alertDescription = QString::fromUtf8(SSL_alert_desc_string_long(value));
    // OpenSSL 3.0 has no name for TLS 1.3's own alerts.
    if (self->m_alertCode == certificateRequiredAlert &&
        self->m_alertDescription == QLatin1String("unknown"))
        self->m_alertDescription = QStringLiteral("certificate required");
}

int MqttTls::verifyChain(X509_STORE_CTX *store, void *self)
{
    return static_cast<MqttTls *>(self)->accepts(store) ? 1 : 0;
}

bool MqttTls::accepts(X509_STORE_CTX *store)
{
    std::vector<int> errors;
    t_errors = &errors;
    X509_STORE_CTX_set_verify_cb(store, &keepGoing);
    const int verified = X509_verify_cert(store);
    t_errors = nullptr;
    if (verified == 1 && errors.empty())
        return true;
    if (errors.empty())
        errors.push_back(X509_STORE_CTX_get_error(store));

    const QSslCertificate certificate = toQt(X509_STORE_CTX_get0_cert(store));
    Banter::CertificateProblem problem;
    problem.host = m_host;
    problem.canBeTrusted = !certificate.isNull();
    for (int error : errors) {
        const QSslError::SslError kind = qtError(error);
        if (kind == QSslError::CertificateRevoked)
            problem.canBeTrusted = false;
        const QString words = kind == QSslError::UnspecifiedError
                                  ? QString::fromUtf8(X509_verify_cert_error_string(error))
                                  : QSslError(kind, certificate).errorString();
        if (!problem.reasons.contains(words))
            problem.reasons.append(words);
    }
    problem.setCertificate(certificate);
    if (problem.canBeTrusted && m_trusted.contains(problem.fingerprint)) {
        qCInfo(Banter::lcTransport, "%s: accepting the certificate %s, which the user trusts",
               qUtf8Printable(m_host),
               qUtf8Printable(Banter::CertificateProblem::formatFingerprint(problem.fingerprint)));
        return true;
    }
    m_problem = problem;
    return false;
}

} // namespace BanterMqtt
