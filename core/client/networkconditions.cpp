// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkconditions.h"

#include <QHash>
#include <QSet>
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

QString NetworkConditions::parameterPrefix()
{
    return QStringLiteral("chaos-");
}

namespace {

// The plain name of a query item that is a condition ("latency" for latency and for
// chaos-latency), or an empty string for one that is the server's.
QString conditionOf(const QString &name)
{
    const QString prefix = NetworkConditions::parameterPrefix();
    const QString plain = name.startsWith(prefix) ? name.mid(prefix.size()) : name;
    return NetworkConditions::parameterNames().contains(plain) ? plain : QString();
}

} // namespace

bool NetworkConditions::isWrapped(const QUrl &url)
{
    return url.scheme().startsWith(schemePrefix(), Qt::CaseInsensitive);
}

QList<NetworkConditions::Parameter> NetworkConditions::parameters(const QUrl &url)
{
    QList<Parameter> result;
    if (!isWrapped(url))
        return result;
    QHash<QString, QString> values;
    const QList<Parameter> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const Parameter &item : items) {
        const QString name = conditionOf(item.first);
        if (!name.isEmpty())
            values.insert(name, item.second);
    }
    for (const QString &name : parameterNames()) {
        if (values.contains(name))
            result.append({name, values.value(name)});
    }
    return result;
}

QUrl NetworkConditions::apply(const QUrl &url, const QList<Parameter> &parameters)
{
    QUrl result = url;
    QUrlQuery query(url);
    QSet<QString> prefixed;
    for (const QString &name : parameterNames()) {
        if (query.hasQueryItem(parameterPrefix() + name))
            prefixed.insert(name);
        query.removeAllQueryItems(name);
        query.removeAllQueryItems(parameterPrefix() + name);
    }
    bool hasAny = false;
    for (const Parameter &parameter : parameters) {
        if (parameter.second.trimmed().isEmpty())
            continue;
        const QString name = prefixed.contains(parameter.first)
                                 ? parameterPrefix() + parameter.first
                                 : parameter.first;
        // A value such as "1%" is written percent-encoded, so that the URL stays valid.
        query.addQueryItem(
            name, QString::fromLatin1(QUrl::toPercentEncoding(parameter.second.trimmed())));
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
