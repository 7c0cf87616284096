// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <banter/iservice.h>
#include <banter/itransport.h>
#include <banter/pluginmetadata.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Banter::PluginInfo;
using Banter::PluginMetaData;

namespace {

const QString fileName = QStringLiteral("/plugins/libfixture.so");

// What QPluginLoader::metaData() returns: the IID, and the plugin's JSON under "MetaData".
QJsonObject loaderMetaData(const QByteArray &iid, const QByteArray &json)
{
    QJsonObject object;
    if (!iid.isNull())
        object.insert(QLatin1String("IID"), QString::fromLatin1(iid));
    if (!json.isNull()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("test data is no JSON: %s", json.constData());
        object.insert(QLatin1String("MetaData"), document.isObject()
                                                     ? QJsonValue(document.object())
                                                     : QJsonValue(document.array()));
    }
    return object;
}

// A complete metadata object with one field replaced (or removed, for an empty value).
QByteArray withField(const char *field, const char *value)
{
    QJsonObject object{{QLatin1String("Id"), QLatin1String("fixture")},
                       {QLatin1String("Name"), QLatin1String("Fixture")},
                       {QLatin1String("Description"), QLatin1String("A plugin for tests")},
                       {QLatin1String("Version"), QLatin1String("1.0.0")},
                       {QLatin1String("Keys"), QJsonArray{QLatin1String("fix")}}};
    const QString key = QLatin1String(field);
    if (value) {
        const QByteArray wrapped = QByteArray("{\"v\":") + value + '}';
        object.insert(key, QJsonDocument::fromJson(wrapped).object().value(QLatin1String("v")));
    } else {
        object.remove(key);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_PluginMetaData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodMetadataIsRead_data();
    void goodMetadataIsRead();
    void badMetadataIsRefusedWithAReason_data();
    void badMetadataIsRefusedWithAReason();
    void nameAndDescriptionInTheUsersLanguage_data();
    void nameAndDescriptionInTheUsersLanguage();
};

void tst_PluginMetaData::goodMetadataIsRead_data()
{
    QTest::addColumn<QByteArray>("iid");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<PluginInfo::Kind>("kind");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("description");

    QTest::newRow("transport") << QByteArray(BANTER_ITRANSPORT_IID) << withField("Keys", "[\"ws\"]")
                               << PluginInfo::Kind::Transport << QStringList{QStringLiteral("ws")}
                               << QStringLiteral("A plugin for tests");
    QTest::newRow("service") << QByteArray(BANTER_ISERVICE_IID) << withField("Keys", "[\"echo\"]")
                             << PluginInfo::Kind::Service << QStringList{QStringLiteral("echo")}
                             << QStringLiteral("A plugin for tests");
    QTest::newRow("no description")
        << QByteArray(BANTER_ITRANSPORT_IID) << withField("Description", nullptr)
        << PluginInfo::Kind::Transport << QStringList{QStringLiteral("fix")} << QString();
    QTest::newRow("duplicate keys once")
        << QByteArray(BANTER_ITRANSPORT_IID)
        << withField("Keys", "[\"a+b.c-d\",\"x9\",\"a+b.c-d\"]") << PluginInfo::Kind::Transport
        << QStringList{QStringLiteral("a+b.c-d"), QStringLiteral("x9")}
        << QStringLiteral("A plugin for tests");
    QTest::newRow("key of 32 characters")
        << QByteArray(BANTER_ITRANSPORT_IID)
        << withField("Keys", "[\"abcdefghijklmnopqrstuvwxyz012345\"]")
        << PluginInfo::Kind::Transport
        << QStringList{QStringLiteral("abcdefghijklmnopqrstuvwxyz012345")}
        << QStringLiteral("A plugin for tests");
}

void tst_PluginMetaData::goodMetadataIsRead()
{
    QFETCH(QByteArray, iid);
    QFETCH(QByteArray, json);
    QFETCH(PluginInfo::Kind, kind);
    QFETCH(QStringList, keys);
    QFETCH(QString, description);

    const PluginInfo info = PluginMetaData::read(fileName, loaderMetaData(iid, json));
    QVERIFY2(info.isUsable(), qPrintable(info.errorString));
    QCOMPARE(info.fileName, fileName);
    QCOMPARE(info.kind, kind);
    QCOMPARE(info.id, QStringLiteral("fixture"));
    QCOMPARE(info.name, QStringLiteral("Fixture"));
    QCOMPARE(info.version, QStringLiteral("1.0.0"));
    QCOMPARE(info.keys, keys);
    QCOMPARE(info.description, description);
    QVERIFY(!info.isLoaded);
    QCOMPARE(info.warnings, QStringList());
}

void tst_PluginMetaData::badMetadataIsRefusedWithAReason_data()
{
    QTest::addColumn<QByteArray>("iid");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("words");

    const QByteArray transport(BANTER_ITRANSPORT_IID);
    const QString unsupported = QStringLiteral("unsupported plugin interface");
    QTest::newRow("no IID") << QByteArray() << withField("Id", "\"x\"") << QStringList{unsupported};
    QTest::newRow("older IID") << QByteArray("org.banter.ITransport/0.9")
                               << withField("Id", "\"x\"")
                               << QStringList{unsupported, QStringLiteral("ITransport/0.9")};
    QTest::newRow("someone else's IID")
        << QByteArray("org.qt-project.Qt.QSqlDriverFactoryInterface") << withField("Id", "\"x\"")
        << QStringList{unsupported, QStringLiteral(BANTER_ITRANSPORT_IID),
                       QStringLiteral(BANTER_ISERVICE_IID)};
    QTest::newRow("IID in other case") << QByteArray("ORG.BANTER.ITRANSPORT/1.0")
                                       << withField("Id", "\"x\"") << QStringList{unsupported};

    const QString noJson = QStringLiteral("no JSON metadata");
    QTest::newRow("no MetaData") << transport << QByteArray() << QStringList{noJson};
    QTest::newRow("MetaData a list") << transport << QByteArray("[1,2]") << QStringList{noJson};

    // Each field missing, and of each wrong type.
    const QList<QByteArray> wrongTexts = {"null",      "42",   "true",  "[\"x\"]",
                                          "{\"x\":1}", "\"\"", "\"  \""};
    for (const char *field : {"Id", "Name", "Version"}) {
        const QStringList words = {QLatin1Char('"') + QLatin1String(field) + QLatin1Char('"'),
                                   QStringLiteral("non-empty text")};
        QTest::addRow("%s missing", field) << transport << withField(field, nullptr) << words;
        for (const QByteArray &value : wrongTexts) {
            QTest::addRow("%s is %s", field, value.constData())
                << transport << withField(field, value.constData()) << words;
        }
    }
    for (const char *value : {"null", "42", "false", "[\"x\"]", "{}"}) {
        QTest::addRow("Description is %s", value)
            << transport << withField("Description", value)
            << QStringList{QStringLiteral("\"Description\""), QStringLiteral("must be a text")};
    }
    const QStringList keysList = {QStringLiteral("\"Keys\""), QStringLiteral("non-empty list")};
    QTest::newRow("Keys missing") << transport << withField("Keys", nullptr) << keysList;
    for (const char *value : {"null", "\"ws\"", "7", "{\"ws\":1}", "[]"}) {
        QTest::addRow("Keys is %s", value) << transport << withField("Keys", value) << keysList;
    }
    const QString invalid = QStringLiteral("invalid name");
    QTest::newRow("key not a text") << transport << withField("Keys", "[\"ws\", 3]")
                                    << QStringList{invalid, QStringLiteral("(not a text)")};
    QTest::newRow("key a list") << transport << withField("Keys", "[[\"ws\"]]")
                                << QStringList{invalid, QStringLiteral("(not a text)")};
    QTest::newRow("key null") << transport << withField("Keys", "[null]")
                              << QStringList{invalid, QStringLiteral("(not a text)")};
    for (const char *key : {"", "WS", "9ws", "-ws", "w s", "ws:", "ws/x", "wß",
                            "abcdefghijklmnopqrstuvwxyz0123456"}) {
        QTest::addRow("key \"%s\"", key)
            << transport << withField("Keys", (QByteArray("[\"") + key + "\"]").constData())
            << QStringList{invalid, QString::fromUtf8(key)};
    }
    // "Wraps" is true or false, and only for a transport.
    for (const char *value : {"null", "1", "\"true\"", "[true]"}) {
        QTest::addRow("Wraps is %s", value)
            << transport << withField("Wraps", value)
            << QStringList{QStringLiteral("\"Wraps\""), QStringLiteral("true or false")};
    }
    QTest::newRow("a service that wraps")
        << QByteArray(BANTER_ISERVICE_IID) << withField("Wraps", "true")
        << QStringList{QStringLiteral("\"Wraps\""), QStringLiteral("for transports only")};
}

void tst_PluginMetaData::badMetadataIsRefusedWithAReason()
{
    QFETCH(QByteArray, iid);
    QFETCH(QByteArray, json);
    QFETCH(QStringList, words);

    const PluginInfo info = PluginMetaData::read(fileName, loaderMetaData(iid, json));
    QVERIFY(!info.isUsable());
    QCOMPARE(info.fileName, fileName);
    for (const QString &word : std::as_const(words))
        QVERIFY2(info.errorString.contains(word), qPrintable(info.errorString));
}

void tst_PluginMetaData::nameAndDescriptionInTheUsersLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("error");
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("Attrappe")
                            << QStringLiteral("Ein Plugin für Tests") << QString();
    QTest::newRow("Austrian German, a variant of its own")
        << QStringLiteral("de_AT") << QStringLiteral("Attrappe")
        << QStringLiteral("Ein Plugin für Tests in Österreich") << QString();
    QTest::newRow("French: the Name is translated, the Description not")
        << QStringLiteral("fr_FR") << QStringLiteral("Factice")
        << QStringLiteral("A plugin for tests") << QString();
    QTest::newRow("Spanish: an empty variant is none")
        << QStringLiteral("es_ES") << QStringLiteral("Fixture")
        << QStringLiteral("A plugin for tests") << QString();
    QTest::newRow("Japanese: no variant") << QStringLiteral("ja_JP") << QStringLiteral("Fixture")
                                          << QStringLiteral("A plugin for tests") << QString();
    QTest::newRow("Arabic: a variant that is no text")
        << QStringLiteral("ar_EG") << QString() << QString()
        << QStringLiteral("metadata field \"Description[ar]\" must be a text");
}

void tst_PluginMetaData::nameAndDescriptionInTheUsersLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(QString, error);
    const QByteArray json = R"({"Id": "fixture", "Version": "1", "Keys": ["fix"],
        "Name": "Fixture", "Name[de]": "Attrappe", "Name[fr]": "Factice", "Name[es]": "",
        "Description": "A plugin for tests", "Description[de]": "Ein Plugin für Tests",
        "Description[de_AT]": "Ein Plugin für Tests in Österreich", "Description[ar]": 42})";
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    const PluginInfo info =
        PluginMetaData::read(fileName, loaderMetaData(BANTER_ITRANSPORT_IID, json));
    QLocale::setDefault(before);
    QCOMPARE(info.errorString, error);
    if (!error.isEmpty())
        return;
    QCOMPARE(info.name, name);
    QCOMPARE(info.description, description);
}

QTEST_GUILESS_MAIN(tst_PluginMetaData)
#include "tst_pluginmetadata.moc"
