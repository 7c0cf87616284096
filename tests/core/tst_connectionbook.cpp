// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <connectionbook.h>
#include <savedconnection.h>

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Banter;

namespace {

// A connection with every option set, secrets included.
SavedConnection full(const QString &name)
{
    ConnectOptions options;
    options.headers = {{"X-Client", "banter"},
                       {"Authorization", "Bearer s3cret-token"},
                       {"Cookie", "session=s3cret-cookie"}};
    options.subprotocols = {QStringLiteral("v2"), QStringLiteral("v1")};
    options.origin = QStringLiteral("https://example.org");
    options.receiveBuffer = 65536;
    options.clientCertificate = QStringLiteral("/home/sam/client.pem");
    options.clientKey = QStringLiteral("/home/sam/client.key");
    options.clientPassphrase = "s3cret-passphrase";
    options.proxy = QStringLiteral("socks5://sam@127.0.0.1:1080");
    options.proxyPassword = QStringLiteral("s3cret-proxy");
    return SavedConnection::of(name,
                               QUrl(QStringLiteral("wss://sam:s3cret-url@example.org:8443/prices")),
                               options, QStringLiteral("sam"));
}

} // namespace

// Saved connections: what is kept of a connection (never a secret), JSON both ways, names, the
// export file and what is wrong with one, banter.conf.
class tst_ConnectionBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSavedConnectionKeepsNoSecret();
    void jsonGoesBothWays();
    void whatCannotBeAConnectionIsSaidInWords_data();
    void whatCannotBeAConnectionIsSaidInWords();
    void namesDifferInMoreThanCase();
    void duplicateAndRemove();
    void exportAndImportGoBothWaysUnderFreeNames();
    void aBrokenExportFileImportsNothingAndSaysWhy_data();
    void aBrokenExportFileImportsNothingAndSaysWhy();
    void banterConfHoldsNoSecret();
};

void tst_ConnectionBook::aSavedConnectionKeepsNoSecret()
{
    QStringList leftOut;
    ConnectOptions options;
    options.headers = {{"Authorization", "Bearer x"}, {"X-Client", "banter"}};
    options.clientPassphrase = "phrase";
    options.proxyPassword = QStringLiteral("proxy-pw");
    const SavedConnection saved = SavedConnection::of(
        QStringLiteral(" Prices "), QUrl(QStringLiteral("wss://sam:pw@example.org/prices")),
        options, QStringLiteral("sam"), &leftOut);
    QCOMPARE(saved.name, QStringLiteral("Prices"));
    QCOMPARE(saved.url, QUrl(QStringLiteral("wss://sam@example.org/prices")));
    QCOMPARE(saved.options.headers, (QList<ConnectOptions::Header>{{"X-Client", "banter"}}));
    QVERIFY(saved.options.clientPassphrase.isEmpty());
    QVERIFY(saved.options.proxyPassword.isEmpty());
    QCOMPARE(leftOut,
             (QStringList{QStringLiteral("the password"), QStringLiteral("the key passphrase"),
                          QStringLiteral("the Authorization header")}));
    QVERIFY(SavedConnection::isSecretHeader("proxy-AUTHORIZATION"));
    QVERIFY(!SavedConnection::isSecretHeader("X-Api-Version"));
}

void tst_ConnectionBook::jsonGoesBothWays()
{
    const SavedConnection saved = full(QStringLiteral("Prices"));
    const QJsonObject json = saved.toJson();
    QCOMPARE(json.value(QStringLiteral("url")).toString(),
             QStringLiteral("wss://sam@example.org:8443/prices"));
    QCOMPARE(json.value(QStringLiteral("headers")).toArray().size(), 1);
    QString error;
    const std::optional<SavedConnection> read = SavedConnection::fromJson(json, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, saved);
    // Only what is set is written.
    const SavedConnection plain = SavedConnection::of(
        QStringLiteral("plain"), QUrl(QStringLiteral("ws://localhost:3000")), {}, QString());
    QCOMPARE(plain.toJson().keys(), (QStringList{QStringLiteral("name"), QStringLiteral("url")}));
}

void tst_ConnectionBook::whatCannotBeAConnectionIsSaidInWords_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no name") << QByteArray(R"({"url": "ws://a:1"})")
                             << QStringLiteral("it has no name");
    QTest::newRow("no URL") << QByteArray(R"({"name": "a"})")
                            << QStringLiteral("\"\" is not a URL such as ws://host:port/path");
    QTest::newRow("a URL without host")
        << QByteArray(R"({"name": "a", "url": "ws:"})")
        << QStringLiteral("\"ws:\" is not a URL such as ws://host:port/path");
    QTest::newRow("name not text") << QByteArray(R"({"name": 3, "url": "ws://a:1"})")
                                   << QStringLiteral("\"name\" is not a string");
    QTest::newRow("headers not a list")
        << QByteArray(R"({"name": "a", "url": "ws://a:1", "headers": "x"})")
        << QStringLiteral("\"headers\" is not a list");
    QTest::newRow("a header not a pair")
        << QByteArray(R"({"name": "a", "url": "ws://a:1", "headers": [["X-A"]]})")
        << QStringLiteral("a header is not written as [\"name\", \"value\"]");
    QTest::newRow("a handshake header")
        << QByteArray(R"({"name": "a", "url": "ws://a:1", "headers": [["Host", "x"]]})")
        << QStringLiteral("the handshake sets the Host header itself");
    QTest::newRow("a buffer not a number")
        << QByteArray(R"({"name": "a", "url": "ws://a:1", "receiveBuffer": 1.5})")
        << QStringLiteral("\"receiveBuffer\" is not a whole number");
    QTest::newRow("a proxy that is none")
        << QByteArray(R"({"name": "a", "url": "ws://a:1", "proxy": "ftp://x:1"})")
        << QString(); // ConnectOptions says why: checked to be something below
}

void tst_ConnectionBook::whatCannotBeAConnectionIsSaidInWords()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    QString error;
    QVERIFY(!SavedConnection::fromJson(QJsonDocument::fromJson(json).object(), &error));
    if (problem.isEmpty())
        QVERIFY2(error.contains(QLatin1String("proxy")), qPrintable(error));
    else
        QCOMPARE(error, problem);
}

void tst_ConnectionBook::namesDifferInMoreThanCase()
{
    ConnectionBook book;
    QString error;
    QVERIFY(book.add(full(QStringLiteral("Prices")), &error));
    QVERIFY(!book.add(full(QStringLiteral("prices")), &error));
    QCOMPARE(error, QStringLiteral("There is already a connection named “prices”."));
    QVERIFY(book.add(full(QStringLiteral("Orders")), &error));
    QVERIFY(!book.rename(1, QStringLiteral(" PRICES "), &error));
    QVERIFY(!book.rename(1, QStringLiteral("  "), &error));
    QCOMPARE(error, QStringLiteral("it has no name"));
    QVERIFY(book.rename(0, QStringLiteral("prices"), &error)); // its own name in another case
    QCOMPARE(book.at(0).name, QStringLiteral("prices"));
    QCOMPARE(book.freeName(QStringLiteral("Orders")), QStringLiteral("Orders (2)"));
}

void tst_ConnectionBook::duplicateAndRemove()
{
    ConnectionBook book;
    QSignalSpy changed(&book, &ConnectionBook::changed);
    QVERIFY(book.add(full(QStringLiteral("a")), nullptr));
    QVERIFY(book.add(full(QStringLiteral("b")), nullptr));
    QCOMPARE(book.duplicate(0), 1);
    QCOMPARE(book.duplicate(0), 1);
    QStringList names;
    for (const SavedConnection &connection : book.connections())
        names.append(connection.name);
    QCOMPARE(names, (QStringList{QStringLiteral("a"), QStringLiteral("a (3)"),
                                 QStringLiteral("a (2)"), QStringLiteral("b")}));
    QCOMPARE(book.at(1).url, book.at(0).url);
    QVERIFY(book.remove(1));
    QVERIFY(!book.remove(9));
    QCOMPARE(book.duplicate(9), -1);
    QCOMPARE(changed.size(), 5);
}

void tst_ConnectionBook::exportAndImportGoBothWaysUnderFreeNames()
{
    ConnectionBook book;
    QVERIFY(book.add(full(QStringLiteral("Prices")), nullptr));
    QVERIFY(
        book.add(SavedConnection::of(QStringLiteral("local"),
                                     QUrl(QStringLiteral("ws://localhost:3000")), {}, QString()),
                 nullptr));
    const QByteArray file = book.toJson();
    QVERIFY(file.contains("\"format\": \"banter.connections\""));
    QVERIFY(!file.contains("s3cret"));

    ConnectionBook other;
    QString error;
    QCOMPARE(other.importJson(file, &error), 2);
    QCOMPARE(other.connections(), book.connections());
    // Again: the same connections under free names.
    QCOMPARE(other.importJson(file, &error), 2);
    QCOMPARE(other.at(2).name, QStringLiteral("Prices (2)"));
    QCOMPARE(other.at(3).name, QStringLiteral("local (2)"));
}

void tst_ConnectionBook::aBrokenExportFileImportsNothingAndSaysWhy_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not JSON") << QByteArray("{\"format\": ")
                              << QStringLiteral("not JSON: unterminated object at character 12");
    QTest::newRow("another format") << QByteArray(R"({"format": "postman", "version": 1})")
                                    << QStringLiteral("not a file of Banter's connections (its "
                                                      "\"format\" is not \"banter.connections\")");
    QTest::newRow("another version")
        << QByteArray(R"({"format": "banter.connections", "version": 2})")
        << QStringLiteral("written by another version of Banter (version 2; this one reads 1)");
    QTest::newRow("one bad among good")
        << QByteArray(R"({"format": "banter.connections", "version": 1, "connections": [
            {"name": "good", "url": "ws://a:1"}, {"name": "bad", "url": "nothing"}]})")
        << QStringLiteral("connection 2: \"nothing\" is not a URL such as ws://host:port/path");
}

void tst_ConnectionBook::aBrokenExportFileImportsNothingAndSaysWhy()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, problem);
    ConnectionBook book;
    QSignalSpy changed(&book, &ConnectionBook::changed);
    QString error;
    QCOMPARE(book.importJson(file, &error), -1);
    QCOMPARE(error, problem);
    QCOMPARE(book.size(), 0);
    QCOMPARE(changed.size(), 0);
}

void tst_ConnectionBook::banterConfHoldsNoSecret()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("banter.conf"));
    ConnectionBook book;
    QVERIFY(book.add(full(QStringLiteral("Prices")), nullptr));
    {
        QSettings settings(path, QSettings::IniFormat);
        book.save(settings);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(!text.contains("s3cret"), text.constData());
    QVERIFY(text.contains("X-Client"));
    QSettings settings(path, QSettings::IniFormat);
    ConnectionBook read;
    read.load(settings);
    QCOMPARE(read.connections(), book.connections());
}

QTEST_GUILESS_MAIN(tst_ConnectionBook)
#include "tst_connectionbook.moc"
