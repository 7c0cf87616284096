// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/banterglobal.h>
#include <banter/plugininfo.h>

#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QJsonObject;
QT_END_NAMESPACE

namespace Banter {

// Validates the metadata that QPluginLoader::metaData() returns for a file, without loading it:
// the interface id and the plugin's JSON ({"Id", "Name", "Version", "Keys", "Description", and
// "Wraps" for a transport that wraps the others, see ITransportWrapper}).
class BANTERCORE_EXPORT PluginMetaData
{
    Q_DECLARE_TR_FUNCTIONS(Banter::PluginMetaData)

public:
    // Always returns an info for the file; its errorString says what is wrong, if anything.
    static PluginInfo read(const QString &fileName, const QJsonObject &loaderMetaData);
};

} // namespace Banter
