// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkconditions.h"

#include <QUrlQuery>

namespace Banter {

QString NetworkConditions::schemePrefix()
{
    return QStringLiteral("chaos+");
}

QStringList NetworkConditions::parameterNames()
{
    return {QStringLiteral("latency"),
            QStringLiteral("jitter"),
            QStringLiteral("bandwidth"),
            QStringLiteral("loss"),
            QStringLiteral("disconnect-after"),
            QStringLiteral("blackhole-after"),
            QStringLiteral("seed")};
}

bool NetworkConditions::isWrapped(const QUrl &url)
{
    return url.scheme().startsWith(schemePrefix(), Qt::CaseInsensitive);
}

QList<NetworkConditions::Parameter> NetworkConditions::parameters(const QUrl &url)
{
    QList<Parameter> result;
    if (!isWrapped(url))
        return result;
    const QUrlQuery query(url);
    for (const QString &name : parameterNames()) {
        if (query.hasQueryItem(name))
            result.append({name, query.queryItemValue(name, QUrl::FullyDecoded)});
    }
    return result;
}

QUrl NetworkConditions::apply(const QUrl &url, const QList<Parameter> &parameters)
{
    QUrl result = url;
    QUrlQuery query(url);
    for (const QString &name : parameterNames())
        query.removeAllQueryItems(name);
    bool hasAny = false;
    for (const Parameter &parameter : parameters) {
        if (parameter.second.trimmed().isEmpty())
            continue;
        // A value such as "1%" is written percent-encoded, so that the URL stays valid.
        query.addQueryItem(parameter.first, QString::fromLatin1(QUrl::toPercentEncoding(
                                                parameter.second.trimmed())));
        hasAny = true;
    }
    QString scheme = url.scheme();
    if (isWrapped(url))
        scheme = scheme.mid(schemePrefix().size());
    result.setScheme(hasAny ? schemePrefix() + scheme : scheme);
    if (query.isEmpty())
        result.setQuery(QString());
    else
        result.setQuery(query);
    return result;
}

} // namespace Banter
