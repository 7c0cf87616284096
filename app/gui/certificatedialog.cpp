// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatedialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Banter {

namespace {

QLabel *selectableLabel(const QString &text, const char *objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CertificateDialog::CertificateDialog(const CertificateProblem &problem, QWidget *parent)
    : QDialog(parent), m_problem(problem)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Certificate Refused"));

    auto *intro = selectableLabel(
        tr("The certificate of %1 was refused, and no connection was made:").arg(problem.host),
        "introLabel");
    QStringList reasons;
    for (const QString &reason : problem.reasons)
        reasons.append(QStringLiteral("• ") + reason);
    auto *reasonLabel = selectableLabel(reasons.join(QLatin1Char('\n')), "reasonLabel");

    const QLocale locale;
    const auto date = [&locale](const QDateTime &time) {
        return time.isValid() ? locale.toString(time.toLocalTime(), QLocale::LongFormat)
                              : tr("unknown");
    };
    auto *fingerprint = selectableLabel(
        problem.fingerprint.isEmpty() ? tr("none: the server presented no certificate")
                                      : CertificateProblem::formatFingerprint(problem.fingerprint),
        "fingerprintLabel");
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *details = new QFormLayout;
    details->addRow(tr("Issued to:"), selectableLabel(problem.subject, "subjectLabel"));
    details->addRow(tr("Issued by:"), selectableLabel(problem.issuer, "issuerLabel"));
    details->addRow(
        tr("Valid:"),
        selectableLabel(
            tr("from %1 to %2").arg(date(problem.effectiveDate), date(problem.expiryDate)),
            "validityLabel"));
    details->addRow(tr("SHA-256 fingerprint:"), fingerprint);

    auto *advice = selectableLabel(
        problem.canBeTrusted
            ? tr("Trust it only if you know that this is the certificate of %1, for instance "
                 "because its fingerprint is the one its administrator gave you. Banter will "
                 "then accept this certificate, and no other, for %1, until you revoke it in "
                 "Connection > Trusted Certificates.")
                  .arg(problem.host)
            : tr("This certificate cannot be trusted: it is revoked or blacklisted, or the "
                 "problems concern more than one certificate of its chain."),
        "adviceLabel");

    auto *buttons = new QDialogButtonBox;
    if (problem.canBeTrusted) {
        QPushButton *trust = buttons->addButton(
            tr("Trust This Certificate for %1").arg(problem.host), QDialogButtonBox::AcceptRole);
        trust->setObjectName(QStringLiteral("trustButton"));
        trust->setAutoDefault(false);
    }
    QPushButton *cancel = buttons->addButton(problem.canBeTrusted ? QDialogButtonBox::Cancel
                                                                  : QDialogButtonBox::Close);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Refusing is what Enter and Escape do; trusting takes a deliberate click.
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(reasonLabel);
    layout->addLayout(details);
    layout->addWidget(advice);
    layout->addWidget(buttons);
}

} // namespace Banter
