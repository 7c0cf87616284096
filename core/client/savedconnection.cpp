// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedconnection.h"

#include <QJsonArray>

namespace Banter {

namespace {

const QString nameKey = QStringLiteral("name");
const QString urlKey = QStringLiteral("url");
const QString headersKey = QStringLiteral("headers");
const QString subprotocolsKey = QStringLiteral("subprotocols");
const QString originKey = QStringLiteral("origin");
const QString receiveBufferKey = QStringLiteral("receiveBuffer");
const QString certificateKey = QStringLiteral("clientCertificate");
const QString keyKey = QStringLiteral("clientKey");
const QString proxyKey = QStringLiteral("proxy");
const QString userKey = QStringLiteral("user");

void putText(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace

bool SavedConnection::isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie";
}

SavedConnection SavedConnection::of(const QString &name, const QUrl &url,
                                    const ConnectOptions &options, const QString &userName,
                                    QStringList *leftOut)
{
    SavedConnection saved;
    saved.name = name.trimmed();
    saved.url = url.adjusted(QUrl::RemovePassword);
    saved.userName = userName;
    saved.options = options;
    saved.options.clientPassphrase.clear();
    saved.options.proxyPassword.clear();
    saved.options.headers.clear();
    QStringList left;
    if (!url.password().isEmpty() || !options.proxyPassword.isEmpty())
        left.append(tr("the password"));
    if (!options.clientPassphrase.isEmpty())
        left.append(tr("the key passphrase"));
    for (const ConnectOptions::Header &header : options.headers) {
        if (isSecretHeader(header.first))
            left.append(tr("the %1 header").arg(QString::fromLatin1(header.first)));
        else
            saved.options.headers.append(header);
    }
    left.removeDuplicates();
    if (leftOut)
        *leftOut = left;
    return saved;
}

QJsonObject SavedConnection::toJson() const
{
    QJsonObject object{{nameKey, name}, {urlKey, url.toString()}};
    QJsonArray headers;
    for (const ConnectOptions::Header &header : options.headers)
        headers.append(
            QJsonArray{QString::fromLatin1(header.first), QString::fromUtf8(header.second)});
    if (!headers.isEmpty())
        object.insert(headersKey, headers);
    if (!options.subprotocols.isEmpty())
        object.insert(subprotocolsKey, QJsonArray::fromStringList(options.subprotocols));
    putText(object, originKey, options.origin);
    if (options.receiveBuffer > 0)
        object.insert(receiveBufferKey, options.receiveBuffer);
    putText(object, certificateKey, options.clientCertificate);
    putText(object, keyKey, options.clientKey);
    putText(object, proxyKey, options.proxy);
    putText(object, userKey, userName);
    return object;
}

std::optional<SavedConnection> SavedConnection::fromJson(const QJsonObject &object, QString *error)
{
    const auto wrong = [error](const QString &words) {
        if (error)
            *error = words;
        return std::nullopt;
    };
    for (const QString &key :
         {nameKey, urlKey, originKey, certificateKey, keyKey, proxyKey, userKey}) {
        if (object.contains(key) && !object.value(key).isString())
            return wrong(tr("\"%1\" is not a string").arg(key));
    }
    SavedConnection saved;
    saved.name = object.value(nameKey).toString().trimmed();
    saved.url = QUrl(object.value(urlKey).toString(), QUrl::StrictMode);
    saved.userName = object.value(userKey).toString();
    ConnectOptions &options = saved.options;
    if (object.contains(headersKey) && !object.value(headersKey).isArray())
        return wrong(tr("\"headers\" is not a list"));
    if (object.contains(subprotocolsKey) && !object.value(subprotocolsKey).isArray())
        return wrong(tr("\"subprotocols\" is not a list"));
    for (const QJsonValue &header : object.value(headersKey).toArray()) {
        const QJsonArray pair = header.toArray();
        if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
            return wrong(tr("a header is not written as [\"name\", \"value\"]"));
        const QByteArray name = pair.at(0).toString().toLatin1();
        if (!isSecretHeader(name)) // a file written by hand may hold one: not kept
            options.headers.append({name, pair.at(1).toString().toUtf8()});
    }
    for (const QJsonValue &subprotocol : object.value(subprotocolsKey).toArray()) {
        if (!subprotocol.isString())
            return wrong(tr("a subprotocol is not a string"));
        options.subprotocols.append(subprotocol.toString());
    }
    const QJsonValue buffer = object.value(receiveBufferKey);
    if (!buffer.isUndefined() && (!buffer.isDouble() || buffer.toDouble() != buffer.toInt()))
        return wrong(tr("\"receiveBuffer\" is not a whole number"));
    options.receiveBuffer = buffer.toInt();
    options.origin = object.value(originKey).toString();
    options.clientCertificate = object.value(certificateKey).toString();
    options.clientKey = object.value(keyKey).toString();
    options.proxy = object.value(proxyKey).toString();
    if (const QString problem = saved.problem(); !problem.isEmpty())
        return wrong(problem);
    return saved;
}

QString SavedConnection::problem() const
{
    if (name.isEmpty())
        return tr("it has no name");
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return tr("\"%1\" is not a URL such as ws://host:port/path")
            .arg(url.toString(QUrl::RemovePassword));
    if (const QString problem = options.problem(); !problem.isEmpty())
        return problem;
    return QString();
}

} // namespace Banter
