// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include "colorscheme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace Banter {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_headers(new QPlainTextEdit)
    , m_subprotocols(new QLineEdit)
    , m_origin(new QLineEdit)
    , m_receiveBuffer(new QSpinBox)
    , m_userName(new QLineEdit)
    , m_password(new QLineEdit)
    , m_problemLabel(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                     QDialogButtonBox::Reset))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connection Options"));

    m_headers->setObjectName(QStringLiteral("headersEdit"));
    m_headers->setAccessibleName(tr("Request headers"));
    m_headers->setPlaceholderText(tr("Authorization: Bearer …\nX-Client: banter"));
    m_headers->setTabChangesFocus(true);
    m_headers->setMinimumHeight(m_headers->fontMetrics().lineSpacing() * 4);
    m_headers->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_subprotocols->setObjectName(QStringLiteral("subprotocolsEdit"));
    m_subprotocols->setAccessibleName(tr("Subprotocols"));
    m_subprotocols->setPlaceholderText(tr("chat.v2, chat.v1"));
    m_origin->setObjectName(QStringLiteral("originEdit"));
    m_origin->setAccessibleName(tr("Origin"));
    m_origin->setPlaceholderText(tr("https://example.org"));
    m_receiveBuffer->setObjectName(QStringLiteral("receiveBufferSpin"));
    m_receiveBuffer->setAccessibleName(tr("Receive buffer"));
    m_receiveBuffer->setRange(0, ConnectOptions::maxReceiveBuffer / 1024);
    m_receiveBuffer->setSingleStep(64);
    m_receiveBuffer->setSuffix(tr(" KiB"));
    m_receiveBuffer->setSpecialValueText(tr("Automatic"));
    m_receiveBuffer->setToolTip(
        tr("The socket's receive buffer. Automatic lets the system grow it as the link needs; "
           "a size caps throughput at that much per round trip (256 KiB at 50 ms: about 5 MB/s)."));
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setAccessibleName(tr("User name"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept while Banter runs, never saved"));
    m_problemLabel->setObjectName(QStringLiteral("optionsProblemLabel"));
    m_problemLabel->setWordWrap(true);
    ColorScheme::markAsWarning(m_problemLabel);
    m_buttons->button(QDialogButtonBox::Reset)->setText(tr("C&lear"));
    m_buttons->button(QDialogButtonBox::Reset)->setAccessibleName(tr("Clear all options"));

    auto *form = new QFormLayout(this);
    auto *headersLabel = new QLabel(tr("Request &headers:"));
    headersLabel->setBuddy(m_headers);
    form->addRow(headersLabel, m_headers);
    form->addRow(tr("&Subprotocols:"), m_subprotocols);
    form->addRow(tr("&Origin:"), m_origin);
    form->addRow(tr("&Receive buffer:"), m_receiveBuffer);
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_problemLabel);
    auto *note = new QLabel(tr("Used from the next Connect on, by it and by every reconnection "
                               "after it. The user name and password go to URLs that name no "
                               "user (an MQTT broker's login); the password is never saved."));
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(m_buttons);

    connect(m_headers, &QPlainTextEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_subprotocols, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_origin, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_receiveBuffer, &QSpinBox::valueChanged, this, &ConnectDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, [this] {
        setOptions(ConnectOptions());
        setCredentials(Credentials());
    });
    validate();
}

void ConnectDialog::setOptions(const ConnectOptions &options)
{
    QStringList headers;
    for (const ConnectOptions::Header &header : options.headers)
        headers.append(QString::fromLatin1(header.first) + QStringLiteral(": ") +
                       QString::fromUtf8(header.second));
    m_headers->setPlainText(headers.join(QLatin1Char('\n')));
    m_subprotocols->setText(options.subprotocols.join(QStringLiteral(", ")));
    m_origin->setText(options.origin);
    m_receiveBuffer->setValue(options.receiveBuffer / 1024);
    validate();
}

void ConnectDialog::setCredentials(const Credentials &credentials)
{
    m_userName->setText(credentials.userName);
    m_password->setText(credentials.password);
}

Credentials ConnectDialog::credentials() const
{
    return {m_userName->text().trimmed(), m_password->text()};
}

ConnectOptions ConnectDialog::options() const
{
    return m_options;
}

void ConnectDialog::validate()
{
    ConnectOptions options;
    m_problem.clear();
    const QStringList lines = m_headers->toPlainText().split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size() && m_problem.isEmpty(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            m_problem = tr("Header line %1 is not written as Name: value.").arg(i + 1);
            break;
        }
        options.headers.append(
            {line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    options.subprotocols = m_subprotocols->text().split(separators, Qt::SkipEmptyParts);
    options.origin = m_origin->text().trimmed();
    options.receiveBuffer = m_receiveBuffer->value() * 1024;
    if (m_problem.isEmpty()) {
        const QString problem = options.problem();
        if (!problem.isEmpty())
            m_problem = tr("Cannot be sent: %1.").arg(problem);
    }
    m_options = options;
    m_problemLabel->setText(m_problem);
    m_problemLabel->setHidden(m_problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

QString ConnectDialog::summary(const ConnectOptions &options, const Credentials &credentials)
{
    QStringList parts;
    if (!options.headers.isEmpty()) {
        parts.append(options.headers.size() == 1
                         ? tr("1 header")
                         : tr("%n headers", nullptr, int(options.headers.size())));
    }
    if (!options.subprotocols.isEmpty())
        parts.append(tr("subprotocols %1").arg(options.subprotocols.join(QStringLiteral(", "))));
    if (!options.origin.isEmpty())
        parts.append(tr("origin %1").arg(options.origin));
    if (options.receiveBuffer > 0)
        parts.append(tr("receive buffer %1 KiB").arg(options.receiveBuffer / 1024));
    if (!credentials.userName.isEmpty())
        parts.append(tr("user %1").arg(credentials.userName));
    else if (!credentials.password.isEmpty())
        parts.append(tr("a password"));
    return parts.isEmpty() ? tr("no options") : parts.join(QStringLiteral("; "));
}

} // namespace Banter
