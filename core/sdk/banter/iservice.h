// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/banterglobal.h>

#include <QtPlugin>

QT_BEGIN_NAMESPACE
class QObject;
class QString;
QT_END_NAMESPACE

#define BANTER_ISERVICE_IID "org.banter.IService/1.0"

namespace Banter {

class Service;

// The root object of a service plugin: creates the services named in its metadata ("Keys").
class IService
{
public:
    virtual ~IService() = default;

    // Returns nullptr for a name the plugin does not provide.
    virtual Service *createService(const QString &name, QObject *parent = nullptr) = 0;
};

} // namespace Banter

Q_DECLARE_INTERFACE(Banter::IService, BANTER_ISERVICE_IID)
