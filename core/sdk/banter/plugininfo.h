// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/banterglobal.h>

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Banter {

// What the registry knows of one plugin file, read from its metadata before it is loaded.
struct BANTERCORE_EXPORT PluginInfo
{
    enum class Kind { Unknown, Transport, Service };

    QString fileName;
    QString iid; // the interface the plugin says it implements, such as org.banter.ITransport/1.0
    QString id;
    QString name;
    QString description;
    QString version;
    QStringList keys; // URL schemes of a transport, names of a service
    Kind kind = Kind::Unknown;
    // A transport that wraps the others ("Wraps": true in its metadata): a scheme "key+inner"
    // goes to it, and it implements ITransportWrapper.
    bool wraps = false;
    bool isLoaded = false;
    QString errorString;  // why the plugin cannot be used at all; empty when it can
    QStringList warnings; // what was ignored, such as a key another plugin claimed first

    bool isUsable() const { return errorString.isEmpty(); }
};

} // namespace Banter

Q_DECLARE_METATYPE(Banter::PluginInfo)
