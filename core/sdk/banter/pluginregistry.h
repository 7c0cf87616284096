// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/banterglobal.h>
#include <banter/plugininfo.h>

#include <QCommandLineOption>
#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QPluginLoader;
QT_END_NAMESPACE

namespace Banter {

class IService;
class ITransport;

// Finds plugins the way QFactoryLoader does: scan the folders, read only the metadata, map keys
// to plugins, and load a library when one of its keys is first asked for. Every failure is kept
// per plugin as a translated message and logged; nothing is fatal.
class BANTERCORE_EXPORT PluginRegistry : public QObject
{
    Q_OBJECT

public:
    explicit PluginRegistry(QObject *parent = nullptr);
    ~PluginRegistry() override;

    // BANTER_PLUGIN_PATH (colon separated, absolute folders only), then lib/banter/plugins
    // beside the executable's bin/ folder. Never the current working directory.
    static QStringList defaultSearchPaths();

    void setSearchPaths(const QStringList &paths);
    QStringList searchPaths() const { return m_searchPaths; }

    // Forgets what was found and reads the search paths again. Loaded plugins stay loaded.
    void scan();

    QList<PluginInfo> plugins() const;
    // Reads each plugin's name and description again in the language now in force
    // (Localization::switchTo()), as the metadata gives them ("Name[de]").
    void retranslateNames();
    // Problems that belong to no plugin, such as a search folder that does not exist.
    QStringList problems() const { return m_problems; }

    // The schemes a URL may have: every key of the transports, and for a transport that wraps
    // the others (ITransportWrapper) its key joined by "+" to each key of a transport that does
    // not wrap ("chaos+ws", "chaos+mqtt"), instead of its key alone.
    QStringList schemes() const;
    QStringList serviceNames() const;

    // Load on first use; nullptr when no usable plugin provides the key (see errorString()).
    // A scheme "X+Y" that no plugin claims goes to the plugin of key X when that plugin wraps
    // (its metadata says "Wraps": true) and Y is a scheme of this registry.
    ITransport *transport(const QString &scheme);
    IService *service(const QString &name);
    QString errorString() const { return m_errorString; }

    // What --list-plugins prints: a line per plugin found, "id version kind interface keys file
    // status", fields that are not known as "-", status "ok" or why the plugin cannot be used.
    // Loads every plugin that has not been loaded yet, so that "ok" means it loads.
    QStringList listing();
    // "--list-plugins", for every Banter program: prints listing() of the plugins found in the
    // default search paths on standard output.
    static QCommandLineOption listPluginsOption();
    static void printListing();

private:
    struct Entry;

    void scanFolder(const QString &folder);
    void addPlugin(const QString &filePath);
    void claimKeys(int index);
    QObject *load(PluginInfo::Kind kind, const QString &key);
    // The entry that serves a transport scheme, through a wrapping plugin for "X+Y"; -1 if none.
    int transportIndex(const QString &scheme) const;
    // Gives a wrapping plugin the way to this registry's transports.
    void lendResolver(Entry &entry);
    // Loads the entry's library and creates its root object, once; failures go to its info.
    void instantiate(Entry &entry);

    std::vector<std::unique_ptr<Entry>> m_entries;
    QHash<QString, int> m_transports;
    QHash<QString, int> m_services;
    QStringList m_searchPaths;
    QStringList m_problems;
    QString m_errorString;
};

} // namespace Banter
