// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/banterglobal.h>

#include <QCoreApplication>
#include <QString>

namespace Banter {

// What a TLS server's fatal alert means to a client, in words, for every transport that speaks
// TLS: a server that asks for a client certificate when none was given, one that refused the
// certificate given, or another alert.
class BANTERCORE_EXPORT TlsAlert
{
    Q_DECLARE_TR_FUNCTIONS(Banter::TlsAlert)

public:
    // code is the alert's number (RFC 8446, section 6.2; QSsl::AlertType has the same values),
    // description its name as the TLS library gives it ("certificate required").
    static QString describe(int code, const QString &description, bool gaveClientCertificate);
};

} // namespace Banter
