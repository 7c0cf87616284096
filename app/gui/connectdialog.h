// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials.h"

#include <banter/connectoptions.h>
#include <networkconditions.h>

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace Banter {

// Connection → Options: request headers ("Name: value", one a line), the subprotocols to offer
// (comma separated), the origin, the socket's receive buffer (KiB, or automatic), a client
// certificate for mutual TLS (its files and passphrase, read at once) and a proxy, used by the next
// connection and its reconnections; a user name and password for URLs that carry none (an
// MQTT broker's login); and network conditions to simulate (a chaos+ URL). What cannot be sent is
// said in words below the fields, and OK waits until it is fixed.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setOptions(const ConnectOptions &options);
    // What the fields say; only meaningful when problem() is empty.
    ConnectOptions options() const;
    QString problem() const { return m_problem; }
    void setCredentials(const Credentials &credentials);
    Credentials credentials() const;
    // The "Network conditions" group: latency, jitter, bandwidth, loss, disconnect and black
    // hole, seed, as the chaos transport reads them from a chaos+ URL (NetworkConditions). The
    // caller writes them into the URL; the plugin says what is wrong with one when it connects.
    void setNetworkConditions(const QList<NetworkConditions::Parameter> &parameters);
    QList<NetworkConditions::Parameter> networkConditions() const;

    // A one-line summary, such as "2 headers; subprotocols chat.v2; origin https://a.example;
    // user sam" (never the password).
    static QString summary(const ConnectOptions &options, const Credentials &credentials = {});

private:
    void validate();
    // edit with a Browse… button beside it that picks an existing file.
    QWidget *withBrowseButton(QLineEdit *edit, const char *objectName, const QString &filter);

    QPlainTextEdit *m_headers;
    QLineEdit *m_subprotocols;
    QLineEdit *m_origin;
    QSpinBox *m_receiveBuffer; // KiB; 0: the system's
    QLineEdit *m_userName;
    QLineEdit *m_password;
    QLineEdit *m_certificate;
    QLineEdit *m_key;
    QLineEdit *m_passphrase;
    QLineEdit *m_proxy;
    QLineEdit *m_proxyPassword;
    // One per NetworkConditions::parameterNames(), in that order.
    QList<QLineEdit *> m_conditions;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
    ConnectOptions m_options;
    QString m_problem;
};

} // namespace Banter
