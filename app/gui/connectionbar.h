// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsecrets.h"
#include "credentials.h"

#include <banter/connectoptions.h>
#include <savedconnection.h>

#include <QStringList>
#include <QUrl>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace Banter {

// The URL bar: an editable list of the recent URLs, Connect/Disconnect, and Options for the
// request headers, subprotocols and origin. What is wrong with the typed URL (no scheme, no host,
// a scheme no loaded plugin handles) is said in words below it while typing.
class ConnectionBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxRecentUrls = 10;

    explicit ConnectionBar(QWidget *parent = nullptr);

    QString urlText() const;
    void setUrlText(const QString &text);
    QUrl url() const;
    void focusUrl();

    // The schemes the loaded transport plugins handle, for the check of the typed URL.
    void setSchemes(const QStringList &schemes);
    // What is wrong with the typed URL, in words; empty when nothing is (or nothing is typed).
    QString problem() const;
    static QString problemOf(const QString &text, const QStringList &schemes);

    QStringList recentUrls() const;
    void setRecentUrls(const QStringList &urls);
    void addRecentUrl(const QString &url);
    // url without the password of its user info: what the recent list and the settings keep
    // (a password is never written to disk in plain text).
    static QString withoutPassword(const QString &url);

    ConnectOptions options() const { return m_options; }
    void setOptions(const ConnectOptions &options);
    // The user name and password of the Options dialog (see Credentials).
    Credentials credentials() const { return m_credentials; }
    void setCredentials(const Credentials &credentials);

    // What the bar holds (URL, options, login user) as a saved connection named name, less its
    // secrets (*leftOut names them, see SavedConnection::of()); and those secrets.
    SavedConnection saved(const QString &name, QStringList *leftOut = nullptr) const;
    ConnectionSecrets secrets() const;

    // The button says Disconnect while connected, connecting, or waiting to reconnect.
    void setConnected(bool connected);

Q_SIGNALS:
    // Enter in the URL field: connect to what it says.
    void connectRequested();
    // The button: connect, or disconnect.
    void toggleRequested();
    void optionsChanged(const Banter::ConnectOptions &options);

private:
    void updateProblem();
    void editOptions();
    void updateOptionsButton();
    void updateConnectButton();

    QComboBox *m_urlBox;
    QPushButton *m_connectButton;
    QPushButton *m_optionsButton;
    QLabel *m_problemLabel;
    QStringList m_schemes;
    ConnectOptions m_options;
    Credentials m_credentials;
    bool m_connected = false;
};

} // namespace Banter
