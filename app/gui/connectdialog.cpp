// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include "colorscheme.h"

#include <banter/tlsidentity.h>

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
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
    , m_certificate(new QLineEdit)
    , m_key(new QLineEdit)
    , m_passphrase(new QLineEdit)
    , m_proxy(new QLineEdit)
    , m_proxyPassword(new QLineEdit)
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
    m_password->setToolTip(
        tr("Kept while Banter runs, never in banter.conf (a saved connection keeps it in the "
           "desktop's keyring)"));
    m_certificate->setObjectName(QStringLiteral("clientCertificateEdit"));
    m_certificate->setAccessibleName(tr("Client certificate file"));
    m_certificate->setPlaceholderText(tr("client.pem or client.p12"));
    m_certificate->setToolTip(
        tr("Shown to a wss:// server or mqtts:// broker that asks for one (mutual TLS): a PEM "
           "certificate with its key file, or a PKCS#12 file alone"));
    m_key->setObjectName(QStringLiteral("clientKeyEdit"));
    m_key->setAccessibleName(tr("Private key file of the client certificate"));
    m_key->setPlaceholderText(tr("client.key (none for PKCS#12)"));
    // Room for a path and the placeholders.
    for (QLineEdit *edit : {m_certificate, m_key})
        edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 36);
    m_passphrase->setObjectName(QStringLiteral("clientPassphraseEdit"));
    m_passphrase->setAccessibleName(tr("Passphrase of the key or PKCS#12 file"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setToolTip(
        tr("Kept while Banter runs, never in banter.conf (a saved connection keeps it in the "
           "desktop's keyring)"));
    m_proxy->setObjectName(QStringLiteral("proxyEdit"));
    m_proxy->setAccessibleName(tr("Proxy"));
    m_proxy->setPlaceholderText(
        tr("the system's; direct, http://host:3128, socks5://user@host:1080"));
    m_proxy->setToolTip(tr("Empty: the system's proxy settings (http_proxy, all_proxy, no_proxy). "
                           "direct: none. Or an HTTP proxy (CONNECT) or a SOCKS5 proxy, with a "
                           "user before the host if it asks for a login. Connections to this "
                           "machine itself never go through a proxy."));
    m_proxyPassword->setObjectName(QStringLiteral("proxyPasswordEdit"));
    m_proxyPassword->setAccessibleName(tr("Proxy password"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setToolTip(
        tr("Kept while Banter runs, never in banter.conf (a saved connection keeps it in the "
           "desktop's keyring)"));
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
    form->addRow(tr("Client c&ertificate:"),
                 withBrowseButton(m_certificate, "browseCertificateButton",
                                  tr("Certificates (*.pem *.crt *.cer *.p12 *.pfx)")));
    form->addRow(tr("Private &key:"),
                 withBrowseButton(m_key, "browseKeyButton", tr("Private keys (*.key *.pem)")));
    form->addRow(tr("Key p&assphrase:"), m_passphrase);
    form->addRow(tr("Pro&xy:"), m_proxy);
    form->addRow(tr("Proxy pass&word:"), m_proxyPassword);
    // Network conditions: what the chaos transport simulates, written into the URL.
    struct ConditionField
    {
        const char *label;
        const char *accessibleName;
        const char *placeholder;
        const char *toolTip;
    };
    const ConditionField fields[] = {
        {QT_TR_NOOP("&Latency:"), QT_TR_NOOP("Latency"), QT_TR_NOOP("none; such as 100ms"),
         QT_TR_NOOP("The delay of every message in each direction: an echo's round trip grows "
                    "by twice it. 0 ms to 1 min (ms, s, min).")},
        {QT_TR_NOOP("&Jitter:"), QT_TR_NOOP("Jitter"), QT_TR_NOOP("none; such as 20ms"),
         QT_TR_NOOP("Each delay varies by up to this much, at most the latency; order is kept.")},
        {QT_TR_NOOP("&Bandwidth:"), QT_TR_NOOP("Bandwidth"), QT_TR_NOOP("no cap; such as 64KiB"),
         QT_TR_NOOP("Bytes per second in each direction: B, KiB, MiB, GiB, kB, MB, GB, kbit, "
                    "Mbit or Gbit.")},
        {QT_TR_NOOP("Lo&ss:"), QT_TR_NOOP("Message loss"), QT_TR_NOOP("none; such as 1%"),
         QT_TR_NOOP("The share of messages dropped, 0 to 100 %; the log says so for each.")},
        {QT_TR_NOOP("Disconnect a&fter:"), QT_TR_NOOP("Disconnect after"),
         QT_TR_NOOP("never; such as 30s or 100msgs"),
         QT_TR_NOOP("Cut the connection after a time or a number of messages.")},
        {QT_TR_NOOP("Black &hole after:"), QT_TR_NOOP("Black hole after"),
         QT_TR_NOOP("never; such as 10s or 100msgs"),
         QT_TR_NOOP("After a time or a number of messages nothing moves either way, and the "
                    "connection stays open: the heartbeat has to notice.")},
        {QT_TR_NOOP("See&d:"), QT_TR_NOOP("Seed"), QT_TR_NOOP("random; such as 42"),
         QT_TR_NOOP("The same seed gives the same delays and losses.")},
    };
    auto *conditionsBox = new QGroupBox(tr("Network conditions"));
    conditionsBox->setObjectName(QStringLiteral("networkConditionsBox"));
    auto *conditionsForm = new QFormLayout(conditionsBox);
    const QStringList names = NetworkConditions::parameterNames();
    for (int i = 0; i < names.size(); ++i) {
        auto *edit = new QLineEdit;
        QString objectName = names.at(i);
        objectName.remove(QLatin1Char('-'));
        edit->setObjectName(objectName + QStringLiteral("ConditionEdit"));
        edit->setAccessibleName(tr(fields[i].accessibleName));
        edit->setPlaceholderText(tr(fields[i].placeholder));
        edit->setToolTip(tr(fields[i].toolTip));
        conditionsForm->addRow(tr(fields[i].label), edit);
        m_conditions.append(edit);
    }
    // A tooltip rather than a wrapped label: a form row in a group box gets no more height than
    // one line of it, and cut it off.
    conditionsBox->setToolTip(
        tr("Simulates a bad network on this connection (chaos+ before the URL's scheme); empty "
           "fields leave it as it is."));
    form->addRow(conditionsBox);
    form->addRow(m_problemLabel);
    auto *note = new QLabel(tr("Used from the next Connect on, by it and by every reconnection "
                               "after it. The user name and password go to URLs that name no "
                               "user (an MQTT broker's login). The passwords and the passphrase "
                               "never go into banter.conf: View → Connections keeps them in the "
                               "desktop's keyring."));
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(m_buttons);

    connect(m_headers, &QPlainTextEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_subprotocols, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_origin, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_receiveBuffer, &QSpinBox::valueChanged, this, &ConnectDialog::validate);
    for (QLineEdit *edit : {m_certificate, m_key, m_passphrase, m_proxy, m_proxyPassword})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, [this] {
        setOptions(ConnectOptions());
        setCredentials(Credentials());
        setNetworkConditions({});
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
    m_certificate->setText(options.clientCertificate);
    m_key->setText(options.clientKey);
    m_passphrase->setText(QString::fromUtf8(options.clientPassphrase));
    m_proxy->setText(options.proxy);
    m_proxyPassword->setText(options.proxyPassword);
    validate();
}

QWidget *ConnectDialog::withBrowseButton(QLineEdit *edit, const char *objectName,
                                         const QString &filter)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(QMargins());
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QLatin1String(objectName));
    browse->setAccessibleName(tr("Choose the file of %1").arg(edit->accessibleName()));
    browse->setAutoDefault(false);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, filter] {
        // Window-modal and not blocking, like the window's own file dialogs.
        auto *dialog =
            new QFileDialog(this, edit->accessibleName(), QFileInfo(edit->text()).path(), filter);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
        dialog->open();
    });
    return row;
}

void ConnectDialog::setNetworkConditions(const QList<NetworkConditions::Parameter> &parameters)
{
    const QStringList names = NetworkConditions::parameterNames();
    for (int i = 0; i < m_conditions.size(); ++i) {
        QString value;
        for (const NetworkConditions::Parameter &parameter : parameters) {
            if (parameter.first == names.at(i))
                value = parameter.second;
        }
        m_conditions.at(i)->setText(value);
    }
}

QList<NetworkConditions::Parameter> ConnectDialog::networkConditions() const
{
    QList<NetworkConditions::Parameter> parameters;
    const QStringList names = NetworkConditions::parameterNames();
    for (int i = 0; i < m_conditions.size(); ++i) {
        const QString value = m_conditions.at(i)->text().trimmed();
        if (!value.isEmpty())
            parameters.append({names.at(i), value});
    }
    return parameters;
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
    options.clientCertificate = m_certificate->text().trimmed();
    options.clientKey = m_key->text().trimmed();
    options.clientPassphrase = m_passphrase->text().toUtf8();
    options.proxy = m_proxy->text().trimmed();
    options.proxyPassword = m_proxyPassword->text();
    if (m_problem.isEmpty()) {
        const QString problem = options.problem();
        if (!problem.isEmpty())
            m_problem = tr("Cannot be sent: %1.").arg(problem);
    }
    if (m_problem.isEmpty() && !options.clientCertificate.isEmpty()) {
        // Read now, so that a wrong passphrase or file is said before any connection.
        const TlsIdentity identity = options.clientIdentity();
        if (!identity.isValid())
            m_problem =
                tr("The client certificate cannot be used: %1.").arg(identity.errorString());
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
    if (!options.clientCertificate.isEmpty())
        parts.append(
            tr("client certificate %1").arg(QFileInfo(options.clientCertificate).fileName()));
    if (!options.proxy.isEmpty())
        parts.append(tr("proxy %1").arg(options.proxy));
    if (!credentials.userName.isEmpty())
        parts.append(tr("user %1").arg(credentials.userName));
    else if (!credentials.password.isEmpty())
        parts.append(tr("a password"));
    return parts.isEmpty() ? tr("no options") : parts.join(QStringLiteral("; "));
}

} // namespace Banter
