// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <banter/pluginregistry.h>

#include <banter/iservice.h>
#include <banter/itransport.h>
#include <banter/itransportwrapper.h>
#include <banter/localization.h>
#include <banter/logging.h>
#include <banter/pluginmetadata.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QPluginLoader>
#include <QPointer>

#include <cstdio>

namespace Banter {

struct PluginRegistry::Entry
{
    PluginInfo info;
    std::unique_ptr<QPluginLoader> loader;
    QObject *instance = nullptr;
};

PluginRegistry::PluginRegistry(QObject *parent)
    : QObject(parent), m_searchPaths(defaultSearchPaths())
{}

PluginRegistry::~PluginRegistry() = default;

QStringList PluginRegistry::defaultSearchPaths()
{
    QStringList paths;
    const QString env = qEnvironmentVariable("BANTER_PLUGIN_PATH");
    for (const QString &path : env.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        if (QDir::isRelativePath(path)) {
            qCWarning(lcPlugins, "ignoring relative folder %s in BANTER_PLUGIN_PATH",
                      qUtf8Printable(path));
            continue;
        }
        paths.append(QDir::cleanPath(path));
    }
    if (QCoreApplication::instance()) {
        paths.append(QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                     QLatin1String("/../lib/banter/plugins")));
    }
    paths.removeDuplicates();
    return paths;
}

void PluginRegistry::setSearchPaths(const QStringList &paths)
{
    m_searchPaths = paths;
}

void PluginRegistry::scan()
{
    // Dropping a QPluginLoader does not unload its library: objects created by plugins that
    // were loaded before stay valid.
    m_entries.clear();
    m_transports.clear();
    m_services.clear();
    m_problems.clear();
    for (const QString &folder : std::as_const(m_searchPaths))
        scanFolder(folder);
}

void PluginRegistry::scanFolder(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        const QString problem = tr("plugin folder %1 does not exist").arg(folder);
        qCWarning(lcPlugins, "plugin folder %s does not exist", qUtf8Printable(folder));
        m_problems.append(problem);
        return;
    }
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (QLibrary::isLibrary(file))
            addPlugin(dir.absoluteFilePath(file));
    }
}

void PluginRegistry::addPlugin(const QString &filePath)
{
    auto entry = std::make_unique<Entry>();
    entry->loader = std::make_unique<QPluginLoader>(filePath);
    const QJsonObject metaData = entry->loader->metaData();
    if (metaData.isEmpty()) {
        entry->info.fileName = filePath;
        entry->info.errorString = tr("not a Banter plugin: %1").arg(entry->loader->errorString());
    } else {
        entry->info = PluginMetaData::read(filePath, metaData);
    }
    if (!entry->info.isUsable()) {
        qCWarning(lcPlugins, "%s: %s", qUtf8Printable(filePath),
                  qUtf8Printable(entry->info.errorString));
    }
    m_entries.push_back(std::move(entry));
    claimKeys(int(m_entries.size()) - 1);
}

void PluginRegistry::claimKeys(int index)
{
    Entry &entry = *m_entries[size_t(index)];
    if (!entry.info.isUsable())
        return;
    QHash<QString, int> &table =
        entry.info.kind == PluginInfo::Kind::Transport ? m_transports : m_services;
    for (const QString &key : std::as_const(entry.info.keys)) {
        const auto owner = table.constFind(key);
        if (owner == table.cend()) {
            table.insert(key, index);
            continue;
        }
        const QString ownerFile = m_entries[size_t(*owner)]->info.fileName;
        entry.info.warnings.append(
            tr("\"%1\" is already provided by %2; this plugin's claim is ignored")
                .arg(key, ownerFile));
        qCWarning(lcPlugins, "%s: key \"%s\" is already provided by %s; ignored",
                  qUtf8Printable(entry.info.fileName), qUtf8Printable(key),
                  qUtf8Printable(ownerFile));
    }
}

void PluginRegistry::retranslateNames()
{
    for (const auto &entry : m_entries) {
        if (!entry->info.isUsable())
            continue;
        const PluginInfo fresh =
            PluginMetaData::read(entry->info.fileName, entry->loader->metaData());
        entry->info.name = fresh.name;
        entry->info.description = fresh.description;
    }
}

QList<PluginInfo> PluginRegistry::plugins() const
{
    QList<PluginInfo> result;
    for (const auto &entry : m_entries)
        result.append(entry->info);
    return result;
}

QStringList PluginRegistry::schemes() const
{
    QStringList plain;
    QStringList wrappers;
    for (auto it = m_transports.cbegin(); it != m_transports.cend(); ++it)
        (m_entries[size_t(it.value())]->info.wraps ? wrappers : plain).append(it.key());
    QStringList keys = plain;
    for (const QString &wrapper : std::as_const(wrappers)) {
        for (const QString &inner : std::as_const(plain))
            keys.append(wrapper + QLatin1Char('+') + inner);
    }
    keys.sort();
    return keys;
}

int PluginRegistry::transportIndex(const QString &scheme) const
{
    const auto found = m_transports.constFind(scheme);
    if (found != m_transports.cend())
        return *found;
    const int plus = scheme.indexOf(QLatin1Char('+'));
    if (plus < 0)
        return -1;
    const auto wrapper = m_transports.constFind(scheme.left(plus));
    if (wrapper == m_transports.cend() || !m_entries[size_t(*wrapper)]->info.wraps)
        return -1;
    return transportIndex(scheme.mid(plus + 1)) < 0 ? -1 : *wrapper;
}

QStringList PluginRegistry::serviceNames() const
{
    QStringList keys = m_services.keys();
    keys.sort();
    return keys;
}

QObject *PluginRegistry::load(PluginInfo::Kind kind, const QString &key)
{
    m_errorString.clear();
    const bool isTransport = kind == PluginInfo::Kind::Transport;
    const int index = isTransport ? transportIndex(key) : m_services.value(key, -1);
    if (index < 0) {
        const QStringList available = isTransport ? schemes() : serviceNames();
        if (available.isEmpty()) {
            const QString folders = m_searchPaths.join(QLatin1String(", "));
            m_errorString =
                isTransport ? tr("no plugin provides \"%1\": no transport plugins were found in %2")
                                  .arg(key, folders)
                            : tr("no plugin provides \"%1\": no service plugins were found in %2")
                                  .arg(key, folders);
        } else {
            m_errorString = tr("no plugin provides \"%1\" (available: %2)")
                                .arg(key, available.join(QLatin1String(", ")));
        }
        return nullptr;
    }

    Entry &entry = *m_entries[size_t(index)];
    instantiate(entry);
    if (!entry.instance) {
        m_errorString = tr("the plugin for \"%1\" (%2) %3")
                            .arg(key, entry.info.fileName, entry.info.errorString);
    } else if (entry.info.wraps) {
        lendResolver(entry);
    }
    return entry.instance;
}

void PluginRegistry::lendResolver(Entry &entry)
{
    // Every registry that loads the library gets the same root object: the one that hands it out
    // last is the one its new connections ask.
    auto *wrapper = qobject_cast<ITransportWrapper *>(entry.instance);
    const QPointer<PluginRegistry> registry(this);
    wrapper->setTransportResolver([registry](const QString &scheme, QString *errorString) {
        ITransport *transport = registry ? registry->transport(scheme) : nullptr;
        if (!transport && errorString) {
            *errorString =
                registry ? registry->errorString()
                         : tr("no plugin provides \"%1\": the plugin registry is gone").arg(scheme);
        }
        return transport;
    });
}

void PluginRegistry::instantiate(Entry &entry)
{
    if (entry.instance || !entry.info.isUsable())
        return;
    const char *iid = entry.info.kind == PluginInfo::Kind::Transport ? BANTER_ITRANSPORT_IID
                                                                     : BANTER_ISERVICE_IID;
    QObject *object = nullptr;
    bool threw = false;
    try {
        object = entry.loader->instance();
    } catch (...) {
        // Plugins must not throw across their boundary; one that does is refused, not fatal.
        threw = true;
    }
    if (threw) {
        entry.info.errorString = tr("threw an exception while creating its plugin object");
    } else if (!object && entry.loader->isLoaded()) {
        entry.info.errorString = tr("was loaded but created no plugin object");
    } else if (!object) {
        entry.info.errorString = tr("could not be loaded: %1").arg(entry.loader->errorString());
    } else if (!object->qt_metacast(iid)) {
        entry.info.errorString =
            tr("its root object does not implement %1").arg(QLatin1String(iid));
    } else if (entry.info.wraps && !qobject_cast<ITransportWrapper *>(object)) {
        entry.info.errorString = tr("says it wraps other transports, but its root object does not "
                                    "implement %1")
                                     .arg(QLatin1String(BANTER_ITRANSPORTWRAPPER_IID));
    } else {
        entry.instance = object;
        entry.info.isLoaded = true;
        // A plugin's own catalog is in its resources, there only once it is loaded.
        Localization::install(QLocale(), {QStringLiteral("banter_") + entry.info.id});
        qCDebug(lcPlugins, "loaded %s", qUtf8Printable(entry.info.fileName));
    }
    if (!entry.instance) {
        qCWarning(lcPlugins, "%s: %s", qUtf8Printable(entry.info.fileName),
                  qUtf8Printable(entry.info.errorString));
    }
}

QStringList PluginRegistry::listing()
{
    QStringList lines;
    for (const auto &entry : m_entries) {
        instantiate(*entry);
        const PluginInfo &info = entry->info;
        const auto field = [](const QString &text) {
            return text.isEmpty() ? QStringLiteral("-") : text;
        };
        const QString kind = info.kind == PluginInfo::Kind::Transport ? QStringLiteral("transport")
                             : info.kind == PluginInfo::Kind::Service ? QStringLiteral("service")
                                                                      : QString();
        lines.append(QStringList{field(info.id), field(info.version), field(kind), field(info.iid),
                                 field(info.keys.join(u',')), info.fileName,
                                 info.isUsable() ? QStringLiteral("ok") : info.errorString}
                         .join(u' '));
    }
    return lines;
}

QCommandLineOption PluginRegistry::listPluginsOption()
{
    return QCommandLineOption(
        QStringLiteral("list-plugins"),
        tr("List the plugins found, one a line: id, version, kind, interface, keys, file, and "
           "\"ok\" or why it cannot be used."));
}

void PluginRegistry::printListing()
{
    PluginRegistry registry;
    registry.scan();
    for (const QString &line : registry.listing())
        std::printf("%s\n", qUtf8Printable(line));
    for (const QString &problem : registry.problems())
        std::fprintf(stderr, "%s\n", qUtf8Printable(problem));
    std::fflush(stdout);
}

ITransport *PluginRegistry::transport(const QString &scheme)
{
    return qobject_cast<ITransport *>(load(PluginInfo::Kind::Transport, scheme));
}

IService *PluginRegistry::service(const QString &name)
{
    return qobject_cast<IService *>(load(PluginInfo::Kind::Service, name));
}

} // namespace Banter
