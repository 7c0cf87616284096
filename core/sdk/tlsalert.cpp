// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "banter/tlsalert.h"

namespace Banter {

namespace {

// RFC 8446, section 6.2.
enum Code {
    BadCertificate = 42,
    UnsupportedCertificate = 43,
    CertificateRevoked = 44,
    CertificateExpired = 45,
    CertificateUnknown = 46,
    UnknownCa = 48,
    AccessDenied = 49,
    CertificateRequired = 116,
};

} // namespace

QString TlsAlert::describe(int code, const QString &description, bool gaveClientCertificate)
{
    switch (code) {
    case CertificateRequired:
        return tr("the server asks for a client certificate, and none was given (TLS alert: %1)")
            .arg(description);
    case BadCertificate:
    case UnsupportedCertificate:
    case CertificateRevoked:
    case CertificateExpired:
    case CertificateUnknown:
    case UnknownCa:
    case AccessDenied:
        if (gaveClientCertificate)
            return tr("the server refused the client certificate (TLS alert: %1)").arg(description);
        break;
    default:
        break;
    }
    return tr("the server ended the TLS connection (TLS alert: %1)").arg(description);
}

} // namespace Banter
