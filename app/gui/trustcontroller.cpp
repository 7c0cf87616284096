// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustcontroller.h"

#include "trustedcertificatesdialog.h"

#include <chatsession.h>
#include <banter/logging.h>
#include <truststore.h>

#include <QWidget>

namespace Banter {

TrustController::TrustController(ChatSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window), m_store(new TrustStore(this))
{
    session->setTrustStore(m_store);
    connect(session, &ChatSession::certificateRejected, this, &TrustController::askAbout);
}

TrustController::~TrustController() = default;

void TrustController::askAbout(const CertificateProblem &problem)
{
    // One question at a time: a newer refusal replaces the dialog of an older one.
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new CertificateDialog(problem, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, problem] {
        // Exactly the certificate shown, for the host shown.
        qCInfo(lcUi, "the user trusts the certificate of %s", qUtf8Printable(problem.host));
        m_store->trust(problem.host, problem.fingerprint);
        m_session->reconnectNow();
    });
    m_dialog = dialog;
    dialog->open();
}

void TrustController::showTrustedCertificates()
{
    auto *dialog = new TrustedCertificatesDialog(m_store, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Banter
