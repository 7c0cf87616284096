// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <banter/pluginmetadata.h>

#include <banter/iservice.h>
#include <banter/itransport.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <utility>

namespace Banter {

namespace {

const auto transportIid = QLatin1String(BANTER_ITRANSPORT_IID);
const auto serviceIid = QLatin1String(BANTER_ISERVICE_IID);

bool isValidKey(const QString &key)
{
    // URL schemes (RFC 3986) and service names alike: a letter, then letters, digits, + - .
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9+.-]{0,31}$"));
    return pattern.match(key).hasMatch();
}

// The key of a text field in the user's language, as desktop entries have them:
// "Description[de_DE]", then "Description[de]", then "Description". An empty variant is no variant.
QString localizedKey(const QJsonObject &json, const QString &field)
{
    const QString name = QLocale().name(); // "de_DE"
    for (const QString &suffix : {name, name.section(QLatin1Char('_'), 0, 0)}) {
        const QString key = field + QLatin1Char('[') + suffix + QLatin1Char(']');
        const QJsonValue value = json.value(key);
        if (!value.isUndefined() && value != QJsonValue(QString()))
            return key;
    }
    return field;
}

} // namespace

PluginInfo PluginMetaData::read(const QString &fileName, const QJsonObject &loaderMetaData)
{
    PluginInfo info;
    info.fileName = fileName;

    const QString iid = loaderMetaData.value(QLatin1String("IID")).toString();
    info.iid = iid;
    if (iid == transportIid) {
        info.kind = PluginInfo::Kind::Transport;
    } else if (iid == serviceIid) {
        info.kind = PluginInfo::Kind::Service;
    } else {
        info.errorString = tr("unsupported plugin interface \"%1\" (this Banter loads %2 and %3)")
                               .arg(iid, transportIid, serviceIid);
        return info;
    }

    const QJsonValue value = loaderMetaData.value(QLatin1String("MetaData"));
    if (!value.isObject()) {
        info.errorString = tr("the plugin has no JSON metadata");
        return info;
    }
    const QJsonObject json = value.toObject();

    for (const char *field : {"Id", "Name", "Version"}) {
        const QJsonValue v = json.value(QLatin1String(field));
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            info.errorString =
                tr("metadata field \"%1\" must be a non-empty text").arg(QLatin1String(field));
            return info;
        }
    }
    info.id = json.value(QLatin1String("Id")).toString();
    info.version = json.value(QLatin1String("Version")).toString();

    // Name and Description may come in the user's language too: "Name[de]", "Description[de]".
    const std::pair<const char *, QString *> texts[] = {{"Name", &info.name},
                                                        {"Description", &info.description}};
    for (const auto &[field, text] : texts) {
        const QString key = localizedKey(json, QLatin1String(field));
        const QJsonValue given = json.value(key);
        if (!given.isUndefined() && !given.isString()) {
            info.errorString = tr("metadata field \"%1\" must be a text").arg(key);
            return info;
        }
        *text = given.toString();
    }

    const QJsonValue keys = json.value(QLatin1String("Keys"));
    if (!keys.isArray() || keys.toArray().isEmpty()) {
        info.errorString = tr("metadata field \"Keys\" must be a non-empty list of names");
        return info;
    }
    for (const QJsonValue &key : keys.toArray()) {
        const QString name = key.toString();
        if (!key.isString() || !isValidKey(name)) {
            info.errorString = tr("metadata field \"Keys\" holds an invalid name: %1")
                                   .arg(key.isString() ? name : tr("(not a text)"));
            return info;
        }
        if (!info.keys.contains(name))
            info.keys.append(name);
    }

    const QJsonValue wraps = json.value(QLatin1String("Wraps"));
    if (!wraps.isUndefined() && !wraps.isBool()) {
        info.errorString = tr("metadata field \"Wraps\" must be true or false");
        return info;
    }
    if (wraps.toBool() && info.kind != PluginInfo::Kind::Transport) {
        info.errorString = tr("metadata field \"Wraps\" is for transports only");
        return info;
    }
    info.wraps = wraps.toBool();
    return info;
}

} // namespace Banter
