// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/banterglobal.h>

#include <QtPlugin>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

// The versioned interface id, used by Q_DECLARE_INTERFACE and by the plugins' Q_PLUGIN_METADATA.
#define BANTER_ITRANSPORT_IID "org.banter.ITransport/1.0"

namespace Banter {

class Connection;
class Listener;

// The root object of a transport plugin: a factory for the URL schemes listed in the plugin's
// metadata ("Keys"). Like QSqlDriverPlugin, it only creates; the created objects do the work.
class ITransport
{
public:
    virtual ~ITransport() = default;

    virtual Connection *createConnection(QObject *parent = nullptr) = 0;
    // Returns nullptr when the transport cannot serve.
    virtual Listener *createListener(QObject *parent = nullptr) = 0;
};

} // namespace Banter

Q_DECLARE_INTERFACE(Banter::ITransport, BANTER_ITRANSPORT_IID)
