// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testidentity.h"

#include <QFile>
#include <QProcess>

TestIdentity TestIdentity::create(const QString &folder, const QString &name, QString *error)
{
    const QString keyFile = folder + QLatin1Char('/') + name + QStringLiteral(".key");
    const QString certificateFile = folder + QLatin1Char('/') + name + QStringLiteral(".pem");
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=Banter test ") + name, QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                   QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certificateFile});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: %1 %2")
                     .arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAll()));
        return TestIdentity();
    }
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
