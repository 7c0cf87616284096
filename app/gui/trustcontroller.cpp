// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustcontroller.h"

#include "trustedcertificatesdialog.h"

#include <chatsession.h>
#include <banter/logging.h>
#include <truststore.h>

#include <QWidget>

namespace Banter {

TrustController::TrustController(QWidget *window)
    : QObject(window), m_window(window), m_store(new TrustStore(this))
{}

void TrustController::watch(ChatSession *session)
{
    session->setTrustStore(m_store);
    connect(session, &ChatSession::certificateRejected, this,
            [this, session](const CertificateProblem &problem) { askAbout(session, problem); });
}

TrustController::~TrustController() = default;

void TrustController::askAbout(ChatSession *session, const CertificateProblem &problem)
{
    // One question at a time: a newer refusal replaces the dialog of an older one.
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new CertificateDialog(problem, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<ChatSession> asking(session);
    connect(dialog, &QDialog::accepted, this, [this, problem, asking] {
        // Exactly the certificate shown, for the host shown.
        qCInfo(lcUi, "the user trusts the certificate of %s", qUtf8Printable(problem.host));
        m_store->trust(problem.host, problem.fingerprint);
        if (asking)
            asking->reconnectNow();
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
