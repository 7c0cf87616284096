// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace Banter {

class TrustStore;

// Connection → Trusted Certificates: every certificate the user trusts, with its host and
// fingerprint; Revoke takes the trust back (the next connection to that host refuses it again).
class TrustedCertificatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TrustedCertificatesDialog(TrustStore *store, QWidget *parent = nullptr);

private:
    void refresh();
    void revokeSelected();

    TrustStore *m_store;
    QTreeWidget *m_tree;
    QLabel *m_emptyLabel;
    QPushButton *m_revokeButton;
};

} // namespace Banter
