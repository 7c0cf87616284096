// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionbar.h"

#include "colorscheme.h"
#include "connectdialog.h"
#include "retranslator.h"

#include <typedurl.h>

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QAbstractItemView>
#include <QLineEdit>
#include <QPushButton>

namespace Banter {

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_urlBox(new QComboBox)
    , m_connectButton(new QPushButton)
    , m_optionsButton(new QPushButton)
    , m_problemLabel(new QLabel)
{
    auto *texts = new Retranslator(this, staticMetaObject.className());
    m_urlBox->setObjectName(QStringLiteral("urlCombo"));
    m_urlBox->setEditable(true);
    m_urlBox->setInsertPolicy(QComboBox::NoInsert);
    m_urlBox->setMaxCount(maxRecentUrls);
    m_urlBox->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    texts->setText(m_urlBox, "accessibleName", QT_TR_NOOP("Server URL"));
    texts->setText(m_urlBox, "toolTip",
                   QT_TR_NOOP("The server to connect to; the list holds the recent ones (Ctrl+L)"));
    texts->setText(m_urlBox->view(), "accessibleName", QT_TR_NOOP("Recent URLs"));
    QLineEdit *edit = m_urlBox->lineEdit();
    edit->setObjectName(QStringLiteral("urlEdit"));
    texts->setText(edit, "accessibleName", QT_TR_NOOP("Server URL"));
    texts->setText(edit, "placeholderText", QT_TR_NOOP("ws://host:port/path"));
    edit->setClearButtonEnabled(true);

    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setAutoDefault(false);
    m_optionsButton->setObjectName(QStringLiteral("optionsButton"));
    texts->setText(m_optionsButton, "accessibleName", QT_TR_NOOP("Connection options"));
    m_optionsButton->setAutoDefault(false);
    m_problemLabel->setObjectName(QStringLiteral("urlProblemLabel"));
    texts->setText(m_problemLabel, "accessibleName", QT_TR_NOOP("What is wrong with the URL"));
    m_problemLabel->setWordWrap(true);
    ColorScheme::markAsWarning(m_problemLabel);
    m_problemLabel->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(QMargins());
    layout->addWidget(m_urlBox, 0, 0);
    layout->addWidget(m_connectButton, 0, 1);
    layout->addWidget(m_optionsButton, 0, 2);
    layout->addWidget(m_problemLabel, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(edit, &QLineEdit::returnPressed, this, &ConnectionBar::connectRequested);
    connect(edit, &QLineEdit::textChanged, this, &ConnectionBar::updateProblem);
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectionBar::toggleRequested);
    connect(m_optionsButton, &QPushButton::clicked, this, &ConnectionBar::editOptions);
    texts->call([this] {
        updateConnectButton();
        updateOptionsButton();
        updateProblem();
    });
}

QString ConnectionBar::urlText() const
{
    return m_urlBox->currentText().trimmed();
}

void ConnectionBar::setUrlText(const QString &text)
{
    m_urlBox->setEditText(text);
}

QUrl ConnectionBar::url() const
{
    return TypedUrl::parse(urlText());
}

void ConnectionBar::focusUrl()
{
    m_urlBox->lineEdit()->selectAll();
    m_urlBox->setFocus(Qt::ShortcutFocusReason);
}

void ConnectionBar::setSchemes(const QStringList &schemes)
{
    m_schemes = schemes;
    updateProblem();
}

QString ConnectionBar::problem() const
{
    return problemOf(urlText(), m_schemes);
}

QString ConnectionBar::problemOf(const QString &text, const QStringList &schemes)
{
    if (text.isEmpty())
        return QString();
    const QUrl url = TypedUrl::parse(text);
    if (!url.isValid())
        return tr("Not a URL: %1.").arg(url.errorString());
    const QString example = QStringLiteral("ws://localhost:3000");
    if (url.scheme().isEmpty() || !text.contains(QStringLiteral("://")))
        return tr("A URL starts with a scheme and a host, such as %1.").arg(example);
    if (!schemes.contains(url.scheme(), Qt::CaseInsensitive)) {
        if (schemes.isEmpty())
            return tr("No transport plugin is loaded, so no scheme can be opened (see Help → "
                      "About Plugins).");
        return tr("No plugin handles \"%1\": Banter opens %2.")
            .arg(url.scheme(), schemes.join(QStringLiteral(", ")));
    }
    if (url.host().isEmpty())
        return tr("The URL needs a host, such as %1.").arg(example);
    return QString();
}

void ConnectionBar::updateProblem()
{
    const QString text = problem();
    m_problemLabel->setText(text);
    m_problemLabel->setHidden(text.isEmpty());
    m_urlBox->setAccessibleDescription(text);
}

QStringList ConnectionBar::recentUrls() const
{
    QStringList urls;
    for (int i = 0; i < m_urlBox->count(); ++i)
        urls.append(m_urlBox->itemText(i));
    return urls;
}

void ConnectionBar::setRecentUrls(const QStringList &urls)
{
    const QString text = m_urlBox->currentText();
    m_urlBox->clear();
    for (const QString &url : urls.mid(0, maxRecentUrls))
        m_urlBox->addItem(withoutPassword(url));
    m_urlBox->setEditText(text);
}

void ConnectionBar::addRecentUrl(const QString &url)
{
    const QString kept = withoutPassword(url);
    QStringList urls = recentUrls();
    urls.removeAll(kept);
    urls.prepend(kept);
    setRecentUrls(urls);
}

SavedConnection ConnectionBar::saved(const QString &name, QStringList *leftOut) const
{
    return SavedConnection::of(name, TypedUrl::parse(urlText().trimmed()), m_options,
                               m_credentials.userName, leftOut);
}

ConnectionSecrets ConnectionBar::secrets() const
{
    return ConnectionSecrets::of(TypedUrl::parse(urlText().trimmed()), m_options, m_credentials);
}

QString ConnectionBar::withoutPassword(const QString &url)
{
    const QUrl parsed = TypedUrl::parse(url);
    return parsed.isValid() && !parsed.password().isEmpty() ? parsed.toString(QUrl::RemovePassword)
                                                            : url;
}

void ConnectionBar::setOptions(const ConnectOptions &options)
{
    m_options = options;
    updateOptionsButton();
}

void ConnectionBar::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    updateOptionsButton();
}

void ConnectionBar::updateOptionsButton()
{
    m_optionsButton->setToolTip(
        tr("Request headers, subprotocols, origin, receive buffer, client certificate, proxy "
           "and login: %1")
            .arg(ConnectDialog::summary(m_options, m_credentials)));
    m_optionsButton->setText(
        m_options.isEmpty() && m_credentials.isEmpty() ? tr("Op&tions…") : tr("Op&tions (set)…"));
}

void ConnectionBar::setConnected(bool connected)
{
    m_connected = connected;
    updateConnectButton();
}

void ConnectionBar::updateConnectButton()
{
    m_connectButton->setText(m_connected ? tr("&Disconnect") : tr("&Connect"));
    m_connectButton->setAccessibleName(m_connected ? tr("Disconnect") : tr("Connect"));
}

void ConnectionBar::editOptions()
{
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOptions(m_options);
    dialog->setCredentials(m_credentials);
    dialog->setNetworkConditions(NetworkConditions::parameters(url()));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // The network conditions live in the URL (chaos+ws://...?latency=100ms).
        const QUrl typed = url();
        const QList<NetworkConditions::Parameter> conditions = dialog->networkConditions();
        if (typed.isValid() && !typed.scheme().isEmpty() &&
            (!conditions.isEmpty() || NetworkConditions::isWrapped(typed)))
            setUrlText(TypedUrl::toText(NetworkConditions::apply(typed, conditions)));
        setCredentials(dialog->credentials());
        setOptions(dialog->options());
        Q_EMIT optionsChanged(m_options);
    });
    dialog->open();
}

} // namespace Banter
