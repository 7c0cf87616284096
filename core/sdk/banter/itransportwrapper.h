// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/banterglobal.h>

#include <QString>
#include <QtPlugin>

#include <functional>

// The versioned interface id of the optional wrapper interface below.
#define BANTER_ITRANSPORTWRAPPER_IID "org.banter.ITransportWrapper/1.0"

namespace Banter {

class ITransport;

// What a transport plugin implements besides ITransport when it wraps other transports, as the
// network-conditions plugin does: its metadata says "Wraps": true, and a URL scheme "X+Y" goes to
// the plugin whose key is X, which opens the URL with the transport of scheme Y. The registry
// finds this interface with qobject_cast once the plugin is loaded (a plugin that says it wraps
// and lacks it is refused), and hands it the way to reach the inner transports before it hands
// the plugin out. The plugin's root still declares ITransport's IID in Q_PLUGIN_METADATA, and
// lists both interfaces in Q_INTERFACES.
class ITransportWrapper
{
public:
    // Returns the transport for scheme (loading its plugin when needed), or nullptr with the
    // reason in errorString. Only valid while the registry that set it is alive: it then returns
    // nullptr and says so.
    using Resolver = std::function<ITransport *(const QString &scheme, QString *errorString)>;

    virtual ~ITransportWrapper() = default;

    // Called by the registry before each time it hands the plugin out; connections and listeners
    // created from then on use this resolver.
    virtual void setTransportResolver(const Resolver &resolver) = 0;
};

} // namespace Banter

Q_DECLARE_INTERFACE(Banter::ITransportWrapper, BANTER_ITRANSPORTWRAPPER_IID)
