// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testidentity.h"

#include <QFile>
#include <QProcess>

namespace {

// Runs the openssl program with arguments; false, with error set, when it fails.
bool runOpenssl(const QStringList &arguments, QString *error)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: %1 %2")
                     .arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    return true;
}

} // namespace

TestIdentity TestIdentity::create(const QString &folder, const QString &name, QString *error)
{
    const QString keyFile = folder + QLatin1Char('/') + name + QStringLiteral(".key");
    const QString certificateFile = folder + QLatin1Char('/') + name + QStringLiteral(".pem");
    const bool made =
        runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=Banter test ") + name, QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                    QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certificateFile},
                   error);
    if (!made)
        return TestIdentity();
    QFile keyPem(keyFile);
    QFile certificatePem(certificateFile);
    if (!keyPem.open(QIODevice::ReadOnly) || !certificatePem.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read what openssl wrote into %1").arg(folder);
        return TestIdentity();
    }
    TestIdentity identity{QSslCertificate(certificatePem.readAll()),
                          QSslKey(keyPem.readAll(), QSsl::Ec)};
    if (identity.certificate.isNull() || identity.key.isNull())
        *error = QStringLiteral("openssl wrote no certificate or key that Qt reads");
    return identity;
}

QByteArray TestIdentity::fingerprint() const
{
    return certificate.digest(QCryptographicHash::Sha256);
}

QString TestIdentity::writeEncryptedKey(const QString &folder, const QString &name,
                                        const QString &passphrase, QString *error)
{
    const QString base = folder + QLatin1Char('/') + name;
    const QString file = base + QStringLiteral(".enc.key");
    return runOpenssl({QStringLiteral("pkey"), QStringLiteral("-in"), base + QStringLiteral(".key"),
                       QStringLiteral("-aes256"), QStringLiteral("-passout"),
                       QStringLiteral("pass:") + passphrase, QStringLiteral("-out"), file},
                      error)
               ? file
               : QString();
}

QString TestIdentity::writePkcs12(const QString &folder, const QString &name,
                                  const QString &passphrase, QString *error)
{
    const QString base = folder + QLatin1Char('/') + name;
    const QString file = base + QStringLiteral(".p12");
    return runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                       base + QStringLiteral(".pem"), QStringLiteral("-inkey"),
                       base + QStringLiteral(".key"), QStringLiteral("-passout"),
                       QStringLiteral("pass:") + passphrase, QStringLiteral("-out"), file},
                      error)
               ? file
               : QString();
}
