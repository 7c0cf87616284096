// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsecrets.h"

#include "credentials.h"

#include <savedconnection.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Banter {

namespace {

const QString passwordKey = QStringLiteral("password");
const QString proxyPasswordKey = QStringLiteral("proxyPassword");
const QString passphraseKey = QStringLiteral("keyPassphrase");
const QString headersKey = QStringLiteral("headers");

} // namespace

ConnectionSecrets ConnectionSecrets::of(const QUrl &url, const ConnectOptions &options,
                                        const Credentials &credentials)
{
    ConnectionSecrets secrets;
    secrets.password = credentials.password.isEmpty() ? url.password() : credentials.password;
    secrets.proxyPassword = options.proxyPassword;
    secrets.keyPassphrase = options.clientPassphrase;
    for (const ConnectOptions::Header &header : options.headers) {
        if (SavedConnection::isSecretHeader(header.first))
            secrets.headers.append(header);
    }
    return secrets;
}

bool ConnectionSecrets::isEmpty() const
{
    return password.isEmpty() && proxyPassword.isEmpty() && keyPassphrase.isEmpty() &&
           headers.isEmpty();
}

QStringList ConnectionSecrets::names() const
{
    QStringList names;
    if (!password.isEmpty() || !proxyPassword.isEmpty())
        names.append(SavedConnection::tr("the password"));
    if (!keyPassphrase.isEmpty())
        names.append(SavedConnection::tr("the key passphrase"));
    for (const ConnectOptions::Header &header : headers)
        names.append(SavedConnection::tr("the %1 header").arg(QString::fromLatin1(header.first)));
    names.removeDuplicates();
    return names;
}

void ConnectionSecrets::applyTo(ConnectOptions *options, Credentials *credentials) const
{
    if (!password.isEmpty())
        credentials->password = password;
    if (!proxyPassword.isEmpty())
        options->proxyPassword = proxyPassword;
    if (!keyPassphrase.isEmpty())
        options->clientPassphrase = keyPassphrase;
    for (const ConnectOptions::Header &header : headers) {
        const auto same = [&header](const ConnectOptions::Header &other) {
            return other.first.compare(header.first, Qt::CaseInsensitive) == 0;
        };
        options->headers.removeIf(same);
        options->headers.append(header);
    }
}

QByteArray ConnectionSecrets::toJson() const
{
    QJsonObject object;
    const auto put = [&object](const QString &key, const QString &value) {
        if (!value.isEmpty())
            object.insert(key, value);
    };
    put(passwordKey, password);
    put(proxyPasswordKey, proxyPassword);
    put(passphraseKey, QString::fromUtf8(keyPassphrase));
    QJsonArray array;
    for (const ConnectOptions::Header &header : headers)
        array.append(
            QJsonArray{QString::fromLatin1(header.first), QString::fromUtf8(header.second)});
    if (!array.isEmpty())
        object.insert(headersKey, array);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ConnectionSecrets ConnectionSecrets::fromJson(const QByteArray &data)
{
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    ConnectionSecrets secrets;
    secrets.password = object.value(passwordKey).toString();
    secrets.proxyPassword = object.value(proxyPasswordKey).toString();
    secrets.keyPassphrase = object.value(passphraseKey).toString().toUtf8();
    for (const QJsonValue &value : object.value(headersKey).toArray()) {
        const QJsonArray pair = value.toArray();
        const QByteArray name = pair.at(0).toString().toLatin1();
        if (pair.size() == 2 && SavedConnection::isSecretHeader(name))
            secrets.headers.append({name, pair.at(1).toString().toUtf8()});
    }
    return secrets;
}

} // namespace Banter
