// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificatedialog.h"

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Banter {

class ChatSession;
class TrustStore;

// The window's side of certificate trust: gives every tab's session the one TrustStore, asks the
// user with a CertificateDialog whenever a session refuses a certificate (trusting it there
// stores it and connects that session again), and shows the trusted certificates for revoking.
class TrustController : public QObject
{
    Q_OBJECT

public:
    explicit TrustController(QWidget *window);
    ~TrustController() override;

    TrustStore *trustStore() const { return m_store; }
    // The dialog about the last refused certificate while it is open, for tests.
    CertificateDialog *certificateDialog() const { return m_dialog; }

    // Gives session the store, and asks about the certificates it refuses.
    void watch(ChatSession *session);
    void showTrustedCertificates();

private:
    void askAbout(ChatSession *session, const CertificateProblem &problem);

    QWidget *m_window;
    TrustStore *m_store;
    QPointer<CertificateDialog> m_dialog;
};

} // namespace Banter
