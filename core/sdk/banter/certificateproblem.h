// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/banterglobal.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QSslCertificate;
QT_END_NAMESPACE

namespace Banter {

// Why a transport refused the certificate a server presented, in words, and which certificate it
// was: enough for a person to decide whether to trust exactly that certificate for that host.
struct BANTERCORE_EXPORT CertificateProblem
{
    QString host;           // the host of the URL that was opened
    QByteArray fingerprint; // SHA-256 of the certificate (DER), 32 bytes
    QStringList reasons;    // why it was refused, in words (the system's own, translated)
    QString subject;        // whom the certificate names, and who issued it, for people
    QString issuer;
    QDateTime effectiveDate;
    QDateTime expiryDate;
    // False when no trust can make the certificate acceptable (revoked, blacklisted, or no
    // certificate at all): the user is told so and is not offered to trust it.
    bool canBeTrusted = true;

    // Fills fingerprint, subject, issuer and the dates from the certificate (a null certificate
    // leaves them empty).
    void setCertificate(const QSslCertificate &certificate);
    // "AB:CD:...": the fingerprint as people compare it.
    static QString formatFingerprint(const QByteArray &fingerprint);
    // One line for the chat log: host, reasons and fingerprint.
    QString describe() const;

    Q_DECLARE_TR_FUNCTIONS(Banter::CertificateProblem)
};

} // namespace Banter

Q_DECLARE_METATYPE(Banter::CertificateProblem)
