// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustedcertificatesdialog.h"

#include <banter/certificateproblem.h>
#include <truststore.h>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Banter {

namespace {

constexpr int fingerprintRole = Qt::UserRole;

} // namespace

TrustedCertificatesDialog::TrustedCertificatesDialog(TrustStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_tree(new QTreeWidget)
    , m_emptyLabel(new QLabel(tr("No certificates are trusted. Banter accepts only the "
                                 "certificates your system trusts.")))
    , m_revokeButton(new QPushButton(tr("&Revoke")))
{
    setObjectName(QStringLiteral("trustedCertificatesDialog"));
    setWindowTitle(tr("Trusted Certificates"));

    auto *intro = new QLabel(tr("Certificates your system does not trust, which you trusted "
                                "for one host each:"));
    intro->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("certificateTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setHeaderLabels({tr("Host"), tr("SHA-256 fingerprint")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_revokeButton->setObjectName(QStringLiteral("revokeButton"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_revokeButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_revokeButton, &QPushButton::clicked, this,
            &TrustedCertificatesDialog::revokeSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_revokeButton->setEnabled(!m_tree->selectedItems().isEmpty()); });
    connect(store, &TrustStore::changed, this, &TrustedCertificatesDialog::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(buttons);
    resize(760, 300);
    refresh();
}

void TrustedCertificatesDialog::refresh()
{
    m_tree->clear();
    const QList<TrustStore::Entry> entries = m_store->entries();
    for (const TrustStore::Entry &entry : entries) {
        auto *item = new QTreeWidgetItem(
            m_tree, {entry.host, CertificateProblem::formatFingerprint(entry.fingerprint)});
        item->setData(0, fingerprintRole, entry.fingerprint);
    }
    m_tree->setVisible(!entries.isEmpty());
    m_emptyLabel->setVisible(entries.isEmpty());
    m_revokeButton->setEnabled(!m_tree->selectedItems().isEmpty());
}

void TrustedCertificatesDialog::revokeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    QList<TrustStore::Entry> revoked;
    for (const QTreeWidgetItem *item : selected)
        revoked.append({item->text(0), item->data(0, fingerprintRole).toByteArray()});
    // The store's change signal rebuilds the list.
    for (const TrustStore::Entry &entry : std::as_const(revoked))
        m_store->revoke(entry.host, entry.fingerprint);
}

} // namespace Banter
