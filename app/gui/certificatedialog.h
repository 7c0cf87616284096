// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/certificateproblem.h>

#include <QDialog>

namespace Banter {

// Shown when a server's certificate was refused: the host, why, and the certificate (whom it
// names, who issued it, its validity and its SHA-256 fingerprint). Accepting it ("Trust this
// certificate for <host>") is the only way a refused certificate is ever accepted, and only that
// one certificate, for that one host. A certificate that no trust can help gets no such button.
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CertificateDialog(const CertificateProblem &problem, QWidget *parent = nullptr);

    CertificateProblem problem() const { return m_problem; }

private:
    CertificateProblem m_problem;
};

} // namespace Banter
