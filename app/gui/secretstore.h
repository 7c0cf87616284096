// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace Banter {

// Secrets kept in the desktop's keyring (the Secret Service: GNOME Keyring, KWallet) through
// QtKeychain, under the service "Banter" and a key of the caller's; or, where no keyring
// answers and the user agrees, in memory for this session only. Every call answers once, later
// (the keyring is asked over D-Bus), with an error in words or none; a keyring that does not
// answer within the timeout counts as none.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QString &error)>;
    using Found = std::function<void(const QByteArray &data, const QString &error)>;

    explicit SecretStore(QObject *parent = nullptr);

    // Keeps data under key (replacing what was there). done gets the error, empty when kept.
    void write(const QString &key, const QByteArray &data, Done done);
    // found gets what is kept under key: empty data when nothing is.
    void read(const QString &key, Found found);
    void remove(const QString &key);
    // In memory until Banter quits: for when no keyring could keep it.
    void keepForSession(const QString &key, const QByteArray &data);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

private:
    QHash<QString, QByteArray> m_sessionOnly;
    int m_timeoutMs = 10000;
};

} // namespace Banter
