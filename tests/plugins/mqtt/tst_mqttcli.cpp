// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"
#include "mosquittobroker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// banter-cli on the MQTT transport, against a real mosquitto: what a script does with it.
class tst_MqttCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sendsEachLineAndPrintsWhatComesBack();
    void wildcardSubscriptionPrintsEveryTopicInNdjson();
    void refusedCredentialsExitWithTheBrokersAnswer();

private:
    void publishRetained(const QString &topic, const QString &text);

    MosquittoBroker m_broker;
};

void tst_MqttCli::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
}

void tst_MqttCli::publishRetained(const QString &topic, const QString &text)
{
    QProcess *publisher =
        m_broker.client(QStringLiteral("mosquitto_pub"),
                        {QStringLiteral("-t"), topic, QStringLiteral("-m"), text,
                         QStringLiteral("-r"), QStringLiteral("-q"), QStringLiteral("1")});
    QVERIFY(publisher->waitForFinished(10000));
    QCOMPARE(publisher->exitCode(), 0);
}

void tst_MqttCli::sendsEachLineAndPrintsWhatComesBack()
{
    // Subscribed to the topic it publishes to, it hears its own messages, as from an echo.
    const CliProcess cli =
        CliProcess::run({QStringLiteral("-q"), QStringLiteral("-n"), QStringLiteral("2"),
                         m_broker.url(QStringLiteral("cli/talk"))},
                        "first line\nzweite Zeile \xc3\xbc\n");
    QCOMPARE(cli.exitCode, 0);
    QCOMPARE(cli.output, QByteArray("first line\nzweite Zeile \xc3\xbc\n"));
}

void tst_MqttCli::wildcardSubscriptionPrintsEveryTopicInNdjson()
{
    publishRetained(QStringLiteral("cli/sensors/kitchen"), QStringLiteral("21.5"));
    publishRetained(QStringLiteral("cli/sensors/hall"), QStringLiteral("19.0"));
    const CliProcess cli = CliProcess::run({QStringLiteral("-q"), QStringLiteral("-n"),
                                            QStringLiteral("2"), QStringLiteral("--ndjson"),
                                            m_broker.url(QStringLiteral("cli/sensors/+"))});
    QCOMPARE(cli.exitCode, 0);
    QMap<QString, QString> byTopic;
    for (const QByteArray &line : cli.output.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QStringLiteral("direction")).toString() != QLatin1String("received"))
            continue;
        const QJsonObject attributes = object.value(QStringLiteral("attributes")).toObject();
        QCOMPARE(attributes.value(QStringLiteral("retain")).toBool(), true);
        byTopic.insert(attributes.value(QStringLiteral("topic")).toString(),
                       object.value(QStringLiteral("text")).toString());
    }
    QCOMPARE(byTopic.value(QStringLiteral("cli/sensors/kitchen")), QStringLiteral("21.5"));
    QCOMPARE(byTopic.value(QStringLiteral("cli/sensors/hall")), QStringLiteral("19.0"));
}

void tst_MqttCli::refusedCredentialsExitWithTheBrokersAnswer()
{
    MosquittoBroker locked;
    MosquittoBroker::Options options;
    options.users = {{QStringLiteral("sam"), QStringLiteral("secret")}};
    QVERIFY2(locked.start(options), qPrintable(locked.errorString()));
    QString url = locked.url(QStringLiteral("cli/locked"));
    url.replace(QLatin1String("mqtt://"), QLatin1String("mqtt://sam:guess@"));
    const CliProcess cli = CliProcess::run({QStringLiteral("-x"), QStringLiteral("hello"), url});
    QCOMPARE(cli.exitCode, 2); // could not connect
    QVERIFY2(cli.errors.contains("not authorized"), cli.errors.constData());
    QVERIFY2(!cli.errors.contains("guess"), cli.errors.constData());
}

QTEST_GUILESS_MAIN(tst_MqttCli)
#include "tst_mqttcli.moc"
