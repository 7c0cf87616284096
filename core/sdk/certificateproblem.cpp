// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <banter/certificateproblem.h>

#include <QSslCertificate>

namespace Banter {

void CertificateProblem::setCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return;
    fingerprint = certificate.digest(QCryptographicHash::Sha256);
    subject = certificate.subjectDisplayName();
    issuer = certificate.issuerDisplayName();
    effectiveDate = certificate.effectiveDate();
    expiryDate = certificate.expiryDate();
}

QString CertificateProblem::formatFingerprint(const QByteArray &fingerprint)
{
    return QString::fromLatin1(fingerprint.toHex(':').toUpper());
}

QString CertificateProblem::describe() const
{
    const QString why =
        reasons.isEmpty() ? tr("no reason given") : reasons.join(QLatin1String("; "));
    if (fingerprint.isEmpty())
        return tr("the certificate of %1 was refused: %2").arg(host, why);
    return tr("the certificate of %1 was refused: %2 (SHA-256 fingerprint %3)")
        .arg(host, why, formatFingerprint(fingerprint));
}

} // namespace Banter
