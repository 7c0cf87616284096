// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <banter/connection.h>
#include <banter/iservice.h>
#include <banter/itransport.h>
#include <banter/listener.h>
#include <banter/pluginregistry.h>
#include <banter/service.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPluginLoader>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using Banter::PluginInfo;
using Banter::PluginRegistry;

namespace {

const QString realFolder = QStringLiteral(BANTER_TEST_PLUGIN_DIR);
const QString fixtureFolder = QStringLiteral(BANTER_TEST_FIXTURE_DIR);
// websocket, echo and chat, mqtt where this build has libmosquitto, and chaos where it is built.
#ifdef BANTER_TEST_HAS_MQTT
constexpr int mqttPluginCount = 1;
#else
constexpr int mqttPluginCount = 0;
#endif
#ifdef BANTER_TEST_HAS_CHAOS
constexpr int chaosPluginCount = 1;
#else
constexpr int chaosPluginCount = 0;
#endif
constexpr int realPluginCount = 3 + mqttPluginCount + chaosPluginCount;

// The schemes of this build's real plugins and of `extra`, sorted as schemes() gives them.
QStringList realSchemesWith(QStringList extra = {})
{
    extra << QStringLiteral("ws") << QStringLiteral("wss");
#ifdef BANTER_TEST_HAS_MQTT
    extra << QStringLiteral("mqtt") << QStringLiteral("mqtts");
#endif
#ifdef BANTER_TEST_HAS_CHAOS
    // The chaos plugin wraps every other transport: chaos+ws, chaos+wss, ...
    const QStringList plain = extra;
    for (const QString &scheme : plain)
        extra << QStringLiteral("chaos+") + scheme;
#endif
    extra.sort();
    return extra;
}

const QString websocketFile = QStringLiteral("libbanter_websocket.so");
const QString echoFile = QStringLiteral("libbanter_echoserver.so");
const QString claimsAFile = QStringLiteral("libbanter_fixture_claims_a.so");
const QString claimsBFile = QStringLiteral("libbanter_fixture_claims_b.so");
const QString noInterfaceFile = QStringLiteral("libbanter_fixture_nointerface.so");
const QString loadFailsFile = QStringLiteral("libbanter_fixture_loadfails.so");
const QString nullInstanceFile = QStringLiteral("libbanter_fixture_nullinstance.so");
const QString throwsFile = QStringLiteral("libbanter_fixture_throws.so");
const QString badCborFile = QStringLiteral("libbanter_fixture_badcbor.so");

// The fixtures that the registry must refuse at scan time, with words its reason must contain.
struct BrokenFixture
{
    const char *tag;
    const char *fileName;
    QStringList words;
};

const QList<BrokenFixture> &brokenFixtures()
{
    static const QList<BrokenFixture> fixtures = {
        {"shared library that is no Qt plugin",
         "libbanter_fixture_notaplugin.so",
         {QStringLiteral("not a Banter plugin"), QStringLiteral("not a Qt plugin")}},
        {"text file named like a library", "garbage.so", {QStringLiteral("not a Banter plugin")}},
        // The input with which fuzz_pluginmetadata found a Qt bug in converting broken CBOR.
        {"metadata that is no valid CBOR",
         "libbanter_fixture_badcbor.so",
         {QStringLiteral("not a Banter plugin"), QStringLiteral("Metadata parsing error")}},
        {"wrong interface version",
         "libbanter_fixture_wrongiid.so",
         {QStringLiteral("unsupported plugin interface"),
          QStringLiteral("\"org.banter.ITransport/0.9\""), QStringLiteral(BANTER_ITRANSPORT_IID)}},
        {"no JSON metadata", "libbanter_fixture_nojson.so", {QStringLiteral("no JSON metadata")}},
        {"Keys missing",
         "libbanter_fixture_nokeys.so",
         {QStringLiteral("\"Keys\""), QStringLiteral("non-empty list")}},
        {"Keys not a list",
         "libbanter_fixture_keysnotlist.so",
         {QStringLiteral("\"Keys\""), QStringLiteral("non-empty list")}},
        {"Name not a text",
         "libbanter_fixture_namenotstring.so",
         {QStringLiteral("\"Name\""), QStringLiteral("non-empty text")}},
        {"key that is no scheme",
         "libbanter_fixture_badkey.so",
         {QStringLiteral("\"Keys\""), QStringLiteral("invalid name"),
          QStringLiteral("Not A Scheme")}},
    };
    return fixtures;
}

QString fileIn(const QString &folder, const QString &fileName)
{
    return QDir(folder).absoluteFilePath(fileName);
}

std::optional<PluginInfo> findPlugin(const PluginRegistry &registry, const QString &filePath)
{
    const QList<PluginInfo> plugins = registry.plugins();
    for (const PluginInfo &info : plugins) {
        if (info.fileName == filePath)
            return info;
    }
    return std::nullopt;
}

QString describe(const PluginRegistry &registry)
{
    QStringList lines;
    const QList<PluginInfo> plugins = registry.plugins();
    for (const PluginInfo &info : plugins) {
        lines.append(QStringLiteral("%1 [%2] error: %3 warnings: %4")
                         .arg(info.fileName, info.keys.join(QLatin1Char(',')), info.errorString,
                              info.warnings.join(QLatin1String("; "))));
    }
    return lines.join(QLatin1Char('\n'));
}

// Expects one warning in the log that names the file and contains the words.
void expectWarning(const QString &filePath, const QString &words)
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(filePath) +
                                                          QStringLiteral(".*") +
                                                          QRegularExpression::escape(words)));
}

void expectDuplicateWarning(const QString &loser, const QString &key, const QString &winner)
{
    QTest::ignoreMessage(QtWarningMsg, QStringLiteral("%1: key \"%2\" is already provided by %3; "
                                                      "ignored")
                                           .arg(loser, key, winner)
                                           .toUtf8()
                                           .constData());
}

enum class Order { RealFirst, FixturesFirst };

// Scans the real plugins and the fixtures, expecting exactly the warnings they deserve: one per
// broken fixture, and one per key that a plugin claims after another one did.
void scanWithFixtures(PluginRegistry &registry, Order order)
{
    for (const BrokenFixture &fixture : brokenFixtures())
        expectWarning(fileIn(fixtureFolder, QLatin1String(fixture.fileName)),
                      fixture.words.first());
    // Qt's own word on the metadata that is no valid CBOR.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^Found invalid metadata in lib .*") +
                                            QRegularExpression::escape(badCborFile)));

    const QString websocket = fileIn(realFolder, websocketFile);
    const QString claimsA = fileIn(fixtureFolder, claimsAFile);
    const QString claimsB = fileIn(fixtureFolder, claimsBFile);
    const QString wsOwner = order == Order::RealFirst ? websocket : claimsA;
    if (order == Order::RealFirst) {
        expectDuplicateWarning(claimsA, QStringLiteral("ws"), websocket);
        registry.setSearchPaths({realFolder, fixtureFolder});
    } else {
        expectDuplicateWarning(websocket, QStringLiteral("ws"), claimsA);
        registry.setSearchPaths({fixtureFolder, realFolder});
    }
    expectDuplicateWarning(claimsB, QStringLiteral("ws"), wsOwner);
    expectDuplicateWarning(claimsB, QStringLiteral("claimed"), claimsA);
    registry.scan();
}

} // namespace

Q_DECLARE_METATYPE(Order)

class tst_PluginRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // The real plugins of this build.
    void realPluginsProvideWsWssAndEcho();
    void metadataIsReadWithoutLoading();
    void transportIsLoadedOnFirstUse();
    void serviceIsLoadedOnFirstUse();
    void loadedTransportWorks();
    void unknownKeyNamesItAndWhatIsAvailable_data();
    void unknownKeyNamesItAndWhatIsAvailable();
    void emptyFolderNamesTheFolderSearched();
    void missingFolderIsReportedAsAProblem();
    void rescanForgetsNothingAndDuplicatesNothing();

    // Broken plugins beside the real ones.
    void brokenPluginIsReportedWithAReason_data();
    void brokenPluginIsReportedWithAReason();
    void goodPluginsStillWorkBesideBrokenOnes();
    void filesNotNamedLikeLibrariesAreSkipped();
    void duplicateKeyGoesToTheFirstPluginFound_data();
    void duplicateKeyGoesToTheFirstPluginFound();
    void rootObjectWithoutItsInterfaceFailsOnLoad();
    void libraryThatCannotBeLoadedFailsOnLoad();
    void pluginWhoseInstanceFailsIsRefusedOnLoad_data();
    void pluginWhoseInstanceFailsIsRefusedOnLoad();
    void listingLoadsEachPluginAndSaysOkOrWhy();

    // Where plugins are searched.
    void defaultSearchPathsHonourBanterPluginPath_data();
    void defaultSearchPathsHonourBanterPluginPath();
    void currentDirectoryIsNeverSearched();

private:
    QByteArray m_savedPluginPath;
    bool m_hadPluginPath = false;
    QString m_savedCurrentPath;
};

void tst_PluginRegistry::initTestCase()
{
    for (const QString &file : {websocketFile, echoFile}) {
        QVERIFY2(QFileInfo::exists(fileIn(realFolder, file)),
                 qPrintable(file + QLatin1String(" not built in ") + realFolder));
    }
    QVERIFY2(QFileInfo::exists(fileIn(fixtureFolder, claimsAFile)), qPrintable(fixtureFolder));
    QVERIFY(QFileInfo::exists(fileIn(fixtureFolder, QStringLiteral("garbage.so"))));
    m_hadPluginPath = qEnvironmentVariableIsSet("BANTER_PLUGIN_PATH");
    m_savedPluginPath = qgetenv("BANTER_PLUGIN_PATH");
    m_savedCurrentPath = QDir::currentPath();
}

void tst_PluginRegistry::init()
{
    // Every warning a test does not expect is a failure.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_PluginRegistry::cleanup()
{
    if (m_hadPluginPath)
        qputenv("BANTER_PLUGIN_PATH", m_savedPluginPath);
    else
        qunsetenv("BANTER_PLUGIN_PATH");
    QDir::setCurrent(m_savedCurrentPath);
}

void tst_PluginRegistry::realPluginsProvideWsWssAndEcho()
{
    PluginRegistry registry;
    registry.setSearchPaths({realFolder});
    registry.scan();

    QCOMPARE(registry.schemes(), realSchemesWith());
    QCOMPARE(registry.serviceNames(),
             QStringList({QStringLiteral("chat"), QStringLiteral("echo")}));
    QCOMPARE(registry.problems(), QStringList());
    QCOMPARE(registry.plugins().size(), realPluginCount);
    const QList<PluginInfo> plugins = registry.plugins();
    for (const PluginInfo &info : plugins) {
        QVERIFY2(info.isUsable(), qPrintable(info.errorString));
        QCOMPARE(info.warnings, QStringList());
    }
}

void tst_PluginRegistry::metadataIsReadWithoutLoading()
{
    PluginRegistry registry;
    registry.setSearchPaths({realFolder});
    registry.scan();

    const auto websocket = findPlugin(registry, fileIn(realFolder, websocketFile));
    QVERIFY2(websocket, qPrintable(describe(registry)));
    QCOMPARE(websocket->kind, PluginInfo::Kind::Transport);
    QCOMPARE(websocket->id, QStringLiteral("websocket"));
    QCOMPARE(websocket->name, QStringLiteral("WebSocket"));
    QCOMPARE(websocket->version, QStringLiteral("1.0.0"));
    QCOMPARE(websocket->keys, QStringList({QStringLiteral("ws"), QStringLiteral("wss")}));
    QVERIFY(websocket->description.contains(QLatin1String("WebSocket")));
    QVERIFY(!websocket->isLoaded);

    const auto echo = findPlugin(registry, fileIn(realFolder, echoFile));
    QVERIFY2(echo, qPrintable(describe(registry)));
    QCOMPARE(echo->kind, PluginInfo::Kind::Service);
    QCOMPARE(echo->id, QStringLiteral("echo"));
    QCOMPARE(echo->name, QStringLiteral("Echo server"));
    QCOMPARE(echo->version, QStringLiteral("1.0.0"));
    QCOMPARE(echo->keys, QStringList({QStringLiteral("echo")}));
    QVERIFY(echo->description.contains(QLatin1String("Welcome to Awesome Chat")));
    QVERIFY(!echo->isLoaded);
}

void tst_PluginRegistry::transportIsLoadedOnFirstUse()
{
    // A private copy of the plugins: whatever other tests loaded, these files are in no process
    // until the registry loads them.
    QTemporaryDir copies;
    QVERIFY(copies.isValid());
    for (const QString &file : {websocketFile, echoFile})
        QVERIFY(QFile::copy(fileIn(realFolder, file), copies.filePath(file)));
    const QString websocketPath = copies.filePath(websocketFile);
    const QString echoPath = copies.filePath(echoFile);

    PluginRegistry registry;
    registry.setSearchPaths({copies.path()});
    registry.scan();
    QCOMPARE(registry.schemes(), QStringList({QStringLiteral("ws"), QStringLiteral("wss")}));
    QPluginLoader websocketProbe(websocketPath);
    QPluginLoader echoProbe(echoPath);
    QVERIFY(!websocketProbe.isLoaded());
    QVERIFY(!findPlugin(registry, websocketPath)->isLoaded);

    Banter::ITransport *ws = registry.transport(QStringLiteral("ws"));
    QVERIFY2(ws, qPrintable(registry.errorString()));
    QCOMPARE(registry.errorString(), QString());
    QVERIFY(websocketProbe.isLoaded());
    QVERIFY(findPlugin(registry, websocketPath)->isLoaded);
    // Only what was asked for.
    QVERIFY(!echoProbe.isLoaded());
    QVERIFY(!findPlugin(registry, echoPath)->isLoaded);

    // Both schemes share the one plugin.
    QCOMPARE(registry.transport(QStringLiteral("wss")), ws);
    QCOMPARE(registry.transport(QStringLiteral("ws")), ws);
}

void tst_PluginRegistry::serviceIsLoadedOnFirstUse()
{
    PluginRegistry registry;
    registry.setSearchPaths({realFolder});
    registry.scan();
    QVERIFY(!findPlugin(registry, fileIn(realFolder, echoFile))->isLoaded);

    Banter::IService *echo = registry.service(QStringLiteral("echo"));
    QVERIFY2(echo, qPrintable(registry.errorString()));
    QVERIFY(findPlugin(registry, fileIn(realFolder, echoFile))->isLoaded);
    QVERIFY(!findPlugin(registry, fileIn(realFolder, websocketFile))->isLoaded);

    const std::unique_ptr<Banter::Service> service(echo->createService(QStringLiteral("echo")));
    QVERIFY(service);
    QCOMPARE(service->connectionCount(), 0);
    QVERIFY(!echo->createService(QStringLiteral("chat")));
}

void tst_PluginRegistry::loadedTransportWorks()
{
    PluginRegistry registry;
    registry.setSearchPaths({realFolder});
    registry.scan();
    Banter::ITransport *ws = registry.transport(QStringLiteral("ws"));
    QVERIFY2(ws, qPrintable(registry.errorString()));

    const std::unique_ptr<Banter::Listener> listener(ws->createListener());
    QVERIFY(listener);
    QVERIFY2(listener->listen(QUrl(QStringLiteral("ws://127.0.0.1:0"))),
             qPrintable(listener->errorString()));
    QVERIFY(listener->url().port() > 0);
    const std::unique_ptr<Banter::Connection> connection(ws->createConnection());
    QVERIFY(connection);
}

void tst_PluginRegistry::unknownKeyNamesItAndWhatIsAvailable_data()
{
    QTest::addColumn<bool>("isTransport");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("available");
    QTest::newRow("unknown scheme") << true << QStringLiteral("foo") << QStringLiteral("ws, wss");
    QTest::newRow("service name as scheme")
        << true << QStringLiteral("echo") << QStringLiteral("ws, wss");
    QTest::newRow("unknown service")
        << false << QStringLiteral("karaoke") << QStringLiteral("echo");
    QTest::newRow("scheme as service name")
        << false << QStringLiteral("ws") << QStringLiteral("echo");
}

void tst_PluginRegistry::unknownKeyNamesItAndWhatIsAvailable()
{
    QFETCH(bool, isTransport);
    QFETCH(QString, key);
    QFETCH(QString, available);
    PluginRegistry registry;
    registry.setSearchPaths({realFolder});
    registry.scan();

    if (isTransport)
        QVERIFY(!registry.transport(key));
    else
        QVERIFY(!registry.service(key));
    const QString error = registry.errorString();
    QVERIFY2(error.contains(QLatin1Char('"') + key + QLatin1Char('"')), qPrintable(error));
    QVERIFY2(error.contains(available), qPrintable(error));
    for (const PluginInfo &info : registry.plugins())
        QVERIFY(!info.isLoaded);

    // A successful look-up clears the message.
    QVERIFY(registry.transport(QStringLiteral("ws")));
    QCOMPARE(registry.errorString(), QString());
}

void tst_PluginRegistry::emptyFolderNamesTheFolderSearched()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    PluginRegistry registry;
    registry.setSearchPaths({empty.path()});
    registry.scan();

    QVERIFY(registry.plugins().isEmpty());
    QVERIFY(registry.schemes().isEmpty());
    QCOMPARE(registry.problems(), QStringList());
    QVERIFY(!registry.transport(QStringLiteral("ws")));
    QString error = registry.errorString();
    QVERIFY2(error.contains(QLatin1String("no transport plugins")), qPrintable(error));
    QVERIFY2(error.contains(empty.path()), qPrintable(error));
    QVERIFY(!registry.service(QStringLiteral("echo")));
    error = registry.errorString();
    QVERIFY2(error.contains(QLatin1String("no service plugins")), qPrintable(error));
    QVERIFY2(error.contains(empty.path()), qPrintable(error));
}

void tst_PluginRegistry::missingFolderIsReportedAsAProblem()
{
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    const QString missing = parent.filePath(QStringLiteral("missing"));
    PluginRegistry registry;
    registry.setSearchPaths({missing, realFolder});
    expectWarning(missing, QStringLiteral("does not exist"));
    registry.scan();

    QCOMPARE(registry.problems().size(), 1);
    const QString problem = registry.problems().first();
    QVERIFY2(problem.contains(missing), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("does not exist")), qPrintable(problem));
    // The other folder is still searched.
    QCOMPARE(registry.schemes(), realSchemesWith());
    QVERIFY(registry.transport(QStringLiteral("ws")));
}

void tst_PluginRegistry::rescanForgetsNothingAndDuplicatesNothing()
{
    PluginRegistry registry;
    registry.setSearchPaths({realFolder});
    registry.scan();
    Banter::ITransport *ws = registry.transport(QStringLiteral("ws"));
    QVERIFY(ws);

    // No plugin conflicts with its own earlier self (failOnWarning would catch it).
    registry.scan();
    QCOMPARE(registry.plugins().size(), realPluginCount);
    QCOMPARE(registry.schemes(), realSchemesWith());
    for (const PluginInfo &info : registry.plugins())
        QCOMPARE(info.warnings, QStringList());
    // Still the same, still loaded library.
    QCOMPARE(registry.transport(QStringLiteral("ws")), ws);
}

void tst_PluginRegistry::brokenPluginIsReportedWithAReason_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("words");
    for (const BrokenFixture &fixture : brokenFixtures())
        QTest::newRow(fixture.tag) << QString::fromLatin1(fixture.fileName) << fixture.words;
}

void tst_PluginRegistry::brokenPluginIsReportedWithAReason()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, words);
    PluginRegistry registry;
    scanWithFixtures(registry, Order::RealFirst);

    const auto info = findPlugin(registry, fileIn(fixtureFolder, fileName));
    QVERIFY2(info, qPrintable(describe(registry)));
    QVERIFY(!info->isUsable());
    QVERIFY(!info->isLoaded);
    for (const QString &word : std::as_const(words))
        QVERIFY2(info->errorString.contains(word), qPrintable(info->errorString));
    // None of its keys is offered.
    for (const QString &key : info->keys) {
        QVERIFY(!registry.schemes().contains(key));
        QVERIFY(!registry.serviceNames().contains(key));
    }
}

void tst_PluginRegistry::goodPluginsStillWorkBesideBrokenOnes()
{
    PluginRegistry registry;
    scanWithFixtures(registry, Order::RealFirst);

    QCOMPARE(registry.schemes(),
             realSchemesWith({QStringLiteral("claimed"), QStringLiteral("loadfails"),
                              QStringLiteral("nointerface"), QStringLiteral("nullinstance"),
                              QStringLiteral("throws")}));
    QCOMPARE(registry.serviceNames(),
             QStringList({QStringLiteral("chat"), QStringLiteral("echo")}));
    QCOMPARE(registry.problems(), QStringList());

    Banter::ITransport *ws = registry.transport(QStringLiteral("ws"));
    QVERIFY2(ws, qPrintable(registry.errorString()));
    const std::unique_ptr<Banter::Listener> listener(ws->createListener());
    QVERIFY(listener);
    QVERIFY2(listener->listen(QUrl(QStringLiteral("ws://127.0.0.1:0"))),
             qPrintable(listener->errorString()));

    Banter::IService *echo = registry.service(QStringLiteral("echo"));
    QVERIFY2(echo, qPrintable(registry.errorString()));
    const std::unique_ptr<Banter::Service> service(echo->createService(QStringLiteral("echo")));
    QVERIFY(service);
}

void tst_PluginRegistry::filesNotNamedLikeLibrariesAreSkipped()
{
    QVERIFY(QFileInfo::exists(fileIn(fixtureFolder, QStringLiteral("readme.txt"))));
    PluginRegistry registry;
    scanWithFixtures(registry, Order::RealFirst);
    QVERIFY(!findPlugin(registry, fileIn(fixtureFolder, QStringLiteral("readme.txt"))));
    // Everything else in the folder is listed.
    const QStringList files = QDir(fixtureFolder).entryList(QDir::Files);
    QCOMPARE(registry.plugins().size(), realPluginCount + files.size() - 1);
}

void tst_PluginRegistry::duplicateKeyGoesToTheFirstPluginFound_data()
{
    QTest::addColumn<Order>("order");
    QTest::addColumn<QString>("wsOwner");
    QTest::addColumn<QString>("wsLoser");
    QTest::newRow("real plugins searched first")
        << Order::RealFirst << fileIn(realFolder, websocketFile)
        << fileIn(fixtureFolder, claimsAFile);
    QTest::newRow("fixtures searched first")
        << Order::FixturesFirst << fileIn(fixtureFolder, claimsAFile)
        << fileIn(realFolder, websocketFile);
}

void tst_PluginRegistry::duplicateKeyGoesToTheFirstPluginFound()
{
    QFETCH(Order, order);
    QFETCH(QString, wsOwner);
    QFETCH(QString, wsLoser);
    const QString claimsA = fileIn(fixtureFolder, claimsAFile);
    const QString claimsB = fileIn(fixtureFolder, claimsBFile);
    PluginRegistry registry;
    scanWithFixtures(registry, order);

    // The loser of a key keeps working for its other keys, with a warning that names the winner.
    const auto loser = findPlugin(registry, wsLoser);
    QVERIFY(loser);
    QVERIFY(loser->isUsable());
    QCOMPARE(loser->warnings.size(), 1);
    QVERIFY2(loser->warnings.first().contains(QLatin1String("\"ws\"")),
             qPrintable(loser->warnings.first()));
    QVERIFY2(loser->warnings.first().contains(wsOwner), qPrintable(loser->warnings.first()));
    QCOMPARE(findPlugin(registry, wsOwner)->warnings, QStringList());

    // In one folder, file-name order decides: claims_a comes before claims_b.
    const auto second = findPlugin(registry, claimsB);
    QVERIFY(second);
    QVERIFY(second->isUsable());
    QCOMPARE(second->warnings.size(), 2);
    QVERIFY2(second->warnings.at(0).contains(QLatin1String("\"ws\"")),
             qPrintable(second->warnings.at(0)));
    QVERIFY2(second->warnings.at(1).contains(QLatin1String("\"claimed\"")),
             qPrintable(second->warnings.at(1)));
    QVERIFY2(second->warnings.at(1).contains(claimsA), qPrintable(second->warnings.at(1)));

    // The winner is the one that gets loaded.
    QVERIFY2(registry.transport(QStringLiteral("ws")), qPrintable(registry.errorString()));
    QVERIFY(findPlugin(registry, wsOwner)->isLoaded);
    QVERIFY(!findPlugin(registry, wsLoser)->isLoaded);
    QVERIFY(!findPlugin(registry, claimsB)->isLoaded);
    QVERIFY(registry.transport(QStringLiteral("claimed")));
    QVERIFY(findPlugin(registry, claimsA)->isLoaded);
    QVERIFY(!findPlugin(registry, claimsB)->isLoaded);
}

void tst_PluginRegistry::rootObjectWithoutItsInterfaceFailsOnLoad()
{
    const QString file = fileIn(fixtureFolder, noInterfaceFile);
    PluginRegistry registry;
    scanWithFixtures(registry, Order::RealFirst);
    // Its metadata is fine: nothing is wrong until it is loaded.
    QVERIFY(findPlugin(registry, file)->isUsable());
    QVERIFY(registry.schemes().contains(QLatin1String("nointerface")));

    expectWarning(file, QStringLiteral("does not implement"));
    QVERIFY(!registry.transport(QStringLiteral("nointerface")));
    const QString error = registry.errorString();
    QVERIFY2(error.contains(QLatin1String("\"nointerface\"")), qPrintable(error));
    QVERIFY2(error.contains(file), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("does not implement")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String(BANTER_ITRANSPORT_IID)), qPrintable(error));

    const auto info = findPlugin(registry, file);
    QVERIFY(!info->isUsable());
    QVERIFY(!info->isLoaded);
    QVERIFY2(info->errorString.contains(QLatin1String("does not implement")),
             qPrintable(info->errorString));

    // Asking again gives the same answer without another attempt (and another warning).
    QVERIFY(!registry.transport(QStringLiteral("nointerface")));
    QCOMPARE(registry.errorString(), error);
    // The others are not affected.
    QVERIFY2(registry.transport(QStringLiteral("ws")), qPrintable(registry.errorString()));
}

void tst_PluginRegistry::libraryThatCannotBeLoadedFailsOnLoad()
{
    const QString file = fileIn(fixtureFolder, loadFailsFile);
    PluginRegistry registry;
    scanWithFixtures(registry, Order::RealFirst);
    QVERIFY(findPlugin(registry, file)->isUsable());

    expectWarning(file, QStringLiteral("could not be loaded"));
    QVERIFY(!registry.transport(QStringLiteral("loadfails")));
    const QString error = registry.errorString();
    QVERIFY2(error.contains(QLatin1String("\"loadfails\"")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("could not be loaded")), qPrintable(error));
    // The loader's own reason is passed on.
    QVERIFY2(error.contains(QLatin1String("banter_fixture_missing_symbol")), qPrintable(error));

    const auto info = findPlugin(registry, file);
    QVERIFY(!info->isUsable());
    QVERIFY(!info->isLoaded);
    QVERIFY2(registry.transport(QStringLiteral("ws")), qPrintable(registry.errorString()));
}

void tst_PluginRegistry::listingLoadsEachPluginAndSaysOkOrWhy()
{
    PluginRegistry registry;
    scanWithFixtures(registry, Order::RealFirst);
    // Failures that only loading finds out are reported too: listing() loads every plugin.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not be loaded")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("does not implement")));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("created no plugin object")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("threw an exception")));
    const QStringList lines = registry.listing();
    QCOMPARE(lines.size(), registry.plugins().size());
    const auto lineOf = [&lines](const QString &file) {
        for (const QString &line : lines) {
            if (line.contains(file))
                return line;
        }
        return QString();
    };
    QCOMPARE(lineOf(fileIn(realFolder, websocketFile)),
             QStringLiteral("websocket 1.0.0 transport org.banter.ITransport/1.0 ws,wss %1 ok")
                 .arg(fileIn(realFolder, websocketFile)));
    // A plugin whose keys another took first is still usable (and loads).
    QVERIFY(lineOf(fileIn(fixtureFolder, claimsBFile)).endsWith(QLatin1String(" ok")));
    const QString loadFails = lineOf(fileIn(fixtureFolder, loadFailsFile));
    QVERIFY2(loadFails.contains(QLatin1String("could not be loaded")), qPrintable(loadFails));
    QVERIFY2(!loadFails.endsWith(QLatin1String(" ok")), qPrintable(loadFails));
    const QString wrongIid =
        lineOf(fileIn(fixtureFolder, QStringLiteral("libbanter_fixture_wrongiid.so")));
    QVERIFY2(wrongIid.contains(QLatin1String(" org.banter.ITransport/0.9 ")), qPrintable(wrongIid));
    QVERIFY2(wrongIid.contains(QLatin1String("unsupported plugin interface")),
             qPrintable(wrongIid));
    const QString garbage = lineOf(fileIn(fixtureFolder, QStringLiteral("garbage.so")));
    QVERIFY2(garbage.startsWith(QLatin1String("- - - - - ")), qPrintable(garbage));
}

void tst_PluginRegistry::pluginWhoseInstanceFailsIsRefusedOnLoad_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("words");
    QTest::newRow("instance function returns nullptr")
        << nullInstanceFile << QStringLiteral("nullinstance")
        << QStringLiteral("was loaded but created no plugin object");
    QTest::newRow("root object throws from its constructor")
        << throwsFile << QStringLiteral("throws") << QStringLiteral("threw an exception");
}

void tst_PluginRegistry::pluginWhoseInstanceFailsIsRefusedOnLoad()
{
    QFETCH(QString, fileName);
    QFETCH(QString, key);
    QFETCH(QString, words);
    const QString file = fileIn(fixtureFolder, fileName);
    PluginRegistry registry;
    scanWithFixtures(registry, Order::RealFirst);
    // Nothing is wrong with it until it is loaded.
    QVERIFY(findPlugin(registry, file)->isUsable());
    QVERIFY(registry.schemes().contains(key));

    expectWarning(file, words);
    QVERIFY(!registry.transport(key));
    const QString error = registry.errorString();
    QVERIFY2(error.contains(QLatin1Char('"') + key + QLatin1Char('"')), qPrintable(error));
    QVERIFY2(error.contains(file), qPrintable(error));
    QVERIFY2(error.contains(words), qPrintable(error));

    const auto info = findPlugin(registry, file);
    QVERIFY(!info->isUsable());
    QVERIFY(!info->isLoaded);
    QVERIFY2(info->errorString.contains(words), qPrintable(info->errorString));
    // No second attempt (failOnWarning would catch its warning), and the others still work.
    QVERIFY(!registry.transport(key));
    QCOMPARE(registry.errorString(), error);
    QVERIFY2(registry.transport(QStringLiteral("ws")), qPrintable(registry.errorString()));
}

void tst_PluginRegistry::defaultSearchPathsHonourBanterPluginPath_data()
{
    QTest::addColumn<QByteArray>("variable");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("ignored");

    QTest::newRow("empty") << QByteArray() << QStringList() << QStringList();
    QTest::newRow("one folder") << QByteArray("/opt/banter/plugins")
                                << QStringList({QStringLiteral("/opt/banter/plugins")})
                                << QStringList();
    QTest::newRow("folders in order")
        << QByteArray("/b/plugins:/a/plugins")
        << QStringList({QStringLiteral("/b/plugins"), QStringLiteral("/a/plugins")})
        << QStringList();
    QTest::newRow("relative folders ignored")
        << QByteArray("plugins:/abs:./here:.:../up") << QStringList({QStringLiteral("/abs")})
        << QStringList({QStringLiteral("plugins"), QStringLiteral("./here"), QStringLiteral("."),
                        QStringLiteral("../up")});
    QTest::newRow("empty entries skipped")
        << QByteArray("::/abs::") << QStringList({QStringLiteral("/abs")}) << QStringList();
    QTest::newRow("cleaned and without duplicates")
        << QByteArray("/a/x/../plugins/:/a/plugins") << QStringList({QStringLiteral("/a/plugins")})
        << QStringList();
}

void tst_PluginRegistry::defaultSearchPathsHonourBanterPluginPath()
{
    QFETCH(QByteArray, variable);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, ignored);
    qputenv("BANTER_PLUGIN_PATH", variable);
    // Once for the call below, once for the registry's constructor.
    for (const QString &folder : ignored + ignored) {
        QTest::ignoreMessage(QtWarningMsg, qPrintable(QStringLiteral("ignoring relative folder %1 "
                                                                     "in BANTER_PLUGIN_PATH")
                                                          .arg(folder)));
    }

    // The folder beside the executable's bin/ comes last.
    expected.append(QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                    QLatin1String("/../lib/banter/plugins")));
    const QStringList paths = PluginRegistry::defaultSearchPaths();
    QCOMPARE(paths, expected);
    for (const QString &path : paths) {
        QVERIFY2(QDir::isAbsolutePath(path), qPrintable(path));
        QVERIFY(path != QDir::currentPath());
    }
    QCOMPARE(PluginRegistry().searchPaths(), paths);
}

void tst_PluginRegistry::currentDirectoryIsNeverSearched()
{
    // Plugins in the current folder, and BANTER_PLUGIN_PATH pointing at it in relative words.
    QVERIFY(QDir::setCurrent(fixtureFolder));
    qputenv("BANTER_PLUGIN_PATH", ".:plugins");
    QTest::ignoreMessage(QtWarningMsg, "ignoring relative folder . in BANTER_PLUGIN_PATH");
    QTest::ignoreMessage(QtWarningMsg, "ignoring relative folder plugins in BANTER_PLUGIN_PATH");
    PluginRegistry registry;
    const QStringList paths = registry.searchPaths();
    QVERIFY2(!paths.contains(fixtureFolder), qPrintable(paths.join(QLatin1Char(':'))));

    // This test's executable has no lib/banter/plugins beside it: that folder is all there is.
    for (const QString &path : paths)
        expectWarning(path, QStringLiteral("does not exist"));
    registry.scan();
    QVERIFY2(registry.plugins().isEmpty(), qPrintable(describe(registry)));
    QVERIFY(registry.schemes().isEmpty());
    QCOMPARE(registry.problems().size(), paths.size());
}

QTEST_GUILESS_MAIN(tst_PluginRegistry)
#include "tst_pluginregistry.moc"
