// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chattestclient.h"

#include <fakelistener.h>

#include <rawwebsocketclient.h>

#include <banter/iservice.h>
#include <banter/pluginregistry.h>
#include <serverhost.h>
#include <banter/service.h>

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <initializer_list>
#include <memory>
#include <vector>

using Banter::ServerHost;
using Banter::ServerSettings;
using Protocol = ChatTestClient::Protocol;

namespace {

const QString greeting = QStringLiteral("T:Welcome to Awesome Chat");

QJsonObject since(qint64 offset, const QString &epoch)
{
    return {{QStringLiteral("offset"), offset}, {QStringLiteral("epoch"), epoch}};
}

QStringList texts(const QList<QJsonObject> &messages)
{
    QStringList result;
    for (const QJsonObject &message : messages)
        result.append(message.value(QLatin1String("text")).toString());
    return result;
}

QStringList list(std::initializer_list<const char *> strings)
{
    QStringList result;
    for (const char *string : strings)
        result.append(QString::fromUtf8(string));
    return result;
}

QString field(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

} // namespace

class tst_ChatService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void plainClientsGetTheGreetingThenEveryMessageOfTheirRoom();
    void messagesKeepTheirKindByteForByte_data();
    void messagesKeepTheirKindByteForByte();
    void everyMemberSeesOneOrderUnderConcurrentSenders();
    void badPathsAreRefusedWith404_data();
    void badPathsAreRefusedWith404();
    void slowMemberIsDroppedWithoutSlowingTheRoom();

    void v1JoinGetsNameMembersAndNumberedMessages();
    void takenNameGetsASuffix();
    void presenceTellsJoinRenameAndLeave();
    void plainAndV1MembersShareTheRoom();
    void historyIsReplayedOnJoin();
    void resume_data();
    void resume();
    void roomHistoryOutlivesItsMembersUntilRoomsRunShort();
    void errorsAreTypedAndTheConnectionStaysUsable_data();
    void errorsAreTypedAndTheConnectionStaysUsable();
    void tooLargeMessageIsRefused();
    void rateLimitErrorsV1AndClosesPlain();
    void maxMembersAndMaxRoomsCloseWith1013();
    void pathIsCheckedWhereTheTransportCannotRefuse();

private:
    ServerHost *startServer(ServerSettings settings = ServerSettings());
    ChatTestClient *open(ServerHost *host, const QString &path, Protocol protocol);
    // A client of its own making, for what QWebSocket cannot show (HTTP status, some codes).
    RawWebSocketClient *openRaw(ServerHost *host, const QByteArray &path);
    // A v1 client in the room of path that has joined under name, once it is welcome.
    ChatTestClient *joined(ServerHost *host, const QString &path, const QString &name);

    Banter::PluginRegistry m_registry;
    std::unique_ptr<QObject> m_scope; // owns what one test creates
};

void tst_ChatService::initTestCase()
{
    m_registry.setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    m_registry.scan();
    QVERIFY2(m_registry.service(QStringLiteral("chat")), qPrintable(m_registry.errorString()));
}

void tst_ChatService::init()
{
    m_scope = std::make_unique<QObject>();
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_ChatService::cleanup()
{
    m_scope.reset();
}

ServerHost *tst_ChatService::startServer(ServerSettings settings)
{
    settings.url = QUrl(QStringLiteral("ws://127.0.0.1:0"));
    settings.service = QStringLiteral("chat");
    auto *host = new ServerHost(&m_registry, m_scope.get());
    if (!host->start(settings))
        qWarning("cannot start the chat server: %s", qPrintable(host->errorString()));
    return host;
}

ChatTestClient *tst_ChatService::open(ServerHost *host, const QString &path, Protocol protocol)
{
    QUrl url = host->url();
    url.setPath(path);
    return new ChatTestClient(url, protocol, m_scope.get());
}

RawWebSocketClient *tst_ChatService::openRaw(ServerHost *host, const QByteArray &path)
{
    auto *client = new RawWebSocketClient(m_scope.get());
    const quint16 port = quint16(host->url().port());
    connect(client->socket(), &QAbstractSocket::connected, client, [client, port, path] {
        client->sendRaw(RawWebSocketClient::request(port).replace("GET / ", "GET " + path + ' '));
    });
    client->connectOnly(port);
    return client;
}

ChatTestClient *tst_ChatService::joined(ServerHost *host, const QString &path, const QString &name)
{
    ChatTestClient *client = open(host, path, Protocol::V1);
    // As a v1 client does: joins once the server said hello, not merely once the subprotocol
    // was agreed (docs/PROTOCOL.md).
    connect(&client->socket(), &QWebSocket::textMessageReceived, client,
            [client, name](const QString &text) {
                if (text.contains(QLatin1String("\"hello\"")) &&
                    client->messages(QStringLiteral("hello")).size() == 1)
                    client->join(name);
            });
    // A warning fails the test (failOnWarning).
    if (!QTest::qWaitFor(
            [client] { return !client->messages(QStringLiteral("welcome")).isEmpty(); })) {
        qWarning("%s got no welcome", qPrintable(name));
        return client;
    }
    // Then it hears of its own arrival, in the same write or a later one (docs/PROTOCOL.md).
    const QString given = field(client->messages(QStringLiteral("welcome")).first(), "name");
    if (!QTest::qWaitFor([client, given] {
            const QList<QJsonObject> presence = client->messages(QStringLiteral("presence"));
            return std::any_of(presence.cbegin(), presence.cend(), [&given](const QJsonObject &o) {
                return field(o, "event") == QLatin1String("join") && field(o, "name") == given;
            });
        }))
        qWarning("%s did not hear of its own arrival", qPrintable(name));
    return client;
}

void tst_ChatService::plainClientsGetTheGreetingThenEveryMessageOfTheirRoom()
{
    ServerHost *host = startServer();
    ChatTestClient *a = open(host, QStringLiteral("/"), Protocol::Plain);
    ChatTestClient *b = open(host, QStringLiteral("/lobby"), Protocol::Plain);
    ChatTestClient *c = open(host, QStringLiteral("/other"), Protocol::Plain);
    QTRY_VERIFY(a->received().size() == 1 && b->received().size() == 1 &&
                c->received().size() == 1);
    QCOMPARE(a->received().first(), greeting);
    QCOMPARE(a->socket().subprotocol(), QString());

    a->socket().sendTextMessage(QStringLiteral("from a"));
    QTRY_COMPARE(b->received().size(), 2);
    b->socket().sendTextMessage(QStringLiteral("from b"));
    c->socket().sendTextMessage(QStringLiteral("from c"));
    const QStringList lobby = {greeting, QStringLiteral("T:from a"), QStringLiteral("T:from b")};
    QTRY_COMPARE(a->received(), lobby);
    QTRY_COMPARE(b->received(), lobby);
    QTRY_COMPARE(c->received(), QStringList({greeting, QStringLiteral("T:from c")}));
}

void tst_ChatService::messagesKeepTheirKindByteForByte_data()
{
    QTest::addColumn<bool>("isBinary");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("text") << false << QByteArray("hello");
    QTest::newRow("binary") << true << QByteArray::fromHex("000102fffe0a0d");
    QTest::newRow("empty text") << false << QByteArray();
    QTest::newRow("unicode text") << false << QStringLiteral("😀 שלום 你好").toUtf8();
    QTest::newRow("125 bytes") << true << QByteArray(125, 'x');
    QTest::newRow("126 bytes") << true << QByteArray(126, 'x');
    QTest::newRow("65535 bytes") << true << QByteArray(65535, 'y');
    QTest::newRow("65536 bytes") << false << QByteArray(65536, 'z');
    QTest::newRow("1 MiB text") << false << QStringLiteral("€").repeated(349526).toUtf8();
}

void tst_ChatService::messagesKeepTheirKindByteForByte()
{
    QFETCH(bool, isBinary);
    QFETCH(QByteArray, payload);
    ServerHost *host = startServer();
    ChatTestClient *sender = open(host, QStringLiteral("/"), Protocol::Plain);
    ChatTestClient *other = open(host, QStringLiteral("/"), Protocol::Plain);
    QTRY_VERIFY(sender->received().size() == 1 && other->received().size() == 1);
    if (isBinary)
        sender->socket().sendBinaryMessage(payload);
    else
        sender->socket().sendTextMessage(QString::fromUtf8(payload));
    const QString expected = isBinary ? QLatin1String("B:") + QString::fromLatin1(payload.toHex())
                                      : QLatin1String("T:") + QString::fromUtf8(payload);
    QTRY_COMPARE(other->received().size(), 2);
    QVERIFY(other->received().at(1) == expected);
    QTRY_COMPARE(sender->received().size(), 2);
    QVERIFY(sender->received().at(1) == expected);
}

void tst_ChatService::everyMemberSeesOneOrderUnderConcurrentSenders()
{
    constexpr int senderCount = 4;
    constexpr int messageCount = 100;
    ServerHost *host = startServer();
    std::vector<ChatTestClient *> plain;
    for (int i = 0; i < senderCount + 2; ++i)
        plain.push_back(open(host, QStringLiteral("/busy"), Protocol::Plain));
    ChatTestClient *v1 = joined(host, QStringLiteral("/busy"), QStringLiteral("watcher"));
    for (ChatTestClient *client : plain)
        QTRY_COMPARE(client->received().size(), 1);

    // Every sender sends all its messages at once; the server reads them as they come.
    for (int i = 0; i < senderCount; ++i) {
        for (int j = 0; j < messageCount; ++j)
            plain[i]->socket().sendTextMessage(QStringLiteral("%1:%2").arg(i).arg(j));
    }
    const int total = senderCount * messageCount;
    for (ChatTestClient *client : plain)
        QTRY_COMPARE(client->received().size(), 1 + total);
    QTRY_COMPARE(v1->messages(QStringLiteral("message")).size(), total);

    const QStringList order = plain.front()->received().mid(1);
    for (ChatTestClient *client : plain)
        QCOMPARE(client->received().mid(1), order);
    QStringList v1Order;
    qint64 offset = 0;
    for (const QJsonObject &message : v1->messages(QStringLiteral("message"))) {
        v1Order.append(QLatin1String("T:") + field(message, "text"));
        QCOMPARE(message.value(QLatin1String("offset")).toInteger(), ++offset);
    }
    QCOMPARE(v1Order, order);
    // Each sender's messages in the order it sent them.
    for (int i = 0; i < senderCount; ++i) {
        const QString prefix = QStringLiteral("T:%1:").arg(i);
        int next = 0;
        for (const QString &message : order) {
            if (message.startsWith(prefix))
                QCOMPARE(message, prefix + QString::number(next++));
        }
        QCOMPARE(next, messageCount);
    }
}

void tst_ChatService::badPathsAreRefusedWith404_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("two levels") << QByteArray("/a/b") << 404;
    QTest::newRow("65 characters") << "/" + QByteArray(65, 'r') << 404;
    QTest::newRow("space") << QByteArray("/a%20b") << 404;
    QTest::newRow("non-ASCII") << QByteArray("/%C3%A9") << 404;
    QTest::newRow("trailing slash") << QByteArray("/room/") << 404;
    QTest::newRow("64 characters") << "/" + QByteArray(64, 'r') << 101;
    QTest::newRow("every allowed character") << QByteArray("/Az09._-") << 101;
    QTest::newRow("query") << QByteArray("/room?name=x") << 101;
}

void tst_ChatService::badPathsAreRefusedWith404()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    ServerHost *host = startServer();
    RawWebSocketClient *client = openRaw(host, path);
    QTRY_VERIFY(client->httpStatus() != 0);
    QCOMPARE(client->httpStatus(), status);
    if (status == 404)
        QTRY_VERIFY(client->isDisconnected());
    QCOMPARE(host->connectionCount(), status == 101 ? 1 : 0);
}

void tst_ChatService::slowMemberIsDroppedWithoutSlowingTheRoom()
{
    ServerSettings settings;
    settings.outputCap = 256 * 1024;
    settings.rate = 0; // the sender sends 400 messages as fast as the reader takes them
    ServerHost *host = startServer(settings);
    RawWebSocketClient *slow = openRaw(host, "/");
    QTRY_COMPARE(slow->messages().size(), 1);
    slow->setReading(false);
    ChatTestClient *sender = open(host, QStringLiteral("/"), Protocol::Plain);
    ChatTestClient *reader = open(host, QStringLiteral("/"), Protocol::Plain);
    QTRY_VERIFY(sender->received().size() == 1 && reader->received().size() == 1);

    // Far more than the kernel buffers and the cap hold for the client that does not read. The
    // sender waits for each message to reach the reader before the next: the clients that read
    // never have more than one message waiting for them.
    constexpr int count = 400;
    const QByteArray chunk(64 * 1024, 'm');
    auto sent = std::make_shared<int>(1);
    connect(&reader->socket(), &QWebSocket::binaryMessageReceived, sender, [sender, chunk, sent] {
        if (*sent < count) {
            ++*sent;
            sender->socket().sendBinaryMessage(chunk);
        }
    });
    sender->socket().sendBinaryMessage(chunk);
    QTRY_COMPARE_WITH_TIMEOUT(reader->received().size(), 1 + count, 30000);
    QTRY_COMPARE(sender->received().size(), 1 + count);
    QCOMPARE(host->statistics().clientsDropped, 1u);
    slow->setReading(true);
    QTRY_COMPARE(slow->closeCode(), 1008);
    QVERIFY(slow->closeReason().contains(QLatin1String("does not read")));
    QVERIFY(slow->messages().size() < 1 + count);
}

void tst_ChatService::v1JoinGetsNameMembersAndNumberedMessages()
{
    ServerHost *host = startServer();
    ChatTestClient *alice = joined(host, QStringLiteral("/tea"), QStringLiteral("alice"));
    QCOMPARE(alice->socket().subprotocol(), QStringLiteral("banter.chat.v1"));
    QVERIFY(!alice->received().contains(greeting));
    const QJsonObject hello = alice->messages().first();
    QCOMPARE(field(hello, "type"), QStringLiteral("hello"));
    QCOMPARE(field(hello, "protocol"), QStringLiteral("banter.chat.v1"));
    QCOMPARE(field(hello, "room"), QStringLiteral("tea"));
    QCOMPARE(alice->messages(QStringLiteral("hello")).size(), 1);
    const QJsonObject welcome = alice->messages(QStringLiteral("welcome")).first();
    QCOMPARE(field(welcome, "room"), QStringLiteral("tea"));
    QCOMPARE(field(welcome, "name"), QStringLiteral("alice"));
    QCOMPARE(welcome.value(QLatin1String("members")).toArray(),
             QJsonArray::fromStringList(list({"alice"})));
    QCOMPARE(welcome.value(QLatin1String("offset")).toInteger(), 0);
    QCOMPARE(welcome.value(QLatin1String("history")).toInt(-1), 0);
    QVERIFY(!welcome.contains(QLatin1String("recovered")));
    const QString epoch = field(welcome, "epoch");
    QVERIFY(!epoch.isEmpty());

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    alice->say(QStringLiteral("one"), QStringLiteral("m1"));
    alice->say(QStringLiteral("two"));
    QTRY_COMPARE(alice->messages(QStringLiteral("message")).size(), 2);
    const QJsonObject one = alice->messages(QStringLiteral("message")).at(0);
    QCOMPARE(field(one, "room"), QStringLiteral("tea"));
    QCOMPARE(field(one, "sender"), QStringLiteral("alice"));
    QCOMPARE(field(one, "text"), QStringLiteral("one"));
    QCOMPARE(field(one, "id"), QStringLiteral("m1"));
    QCOMPARE(field(one, "epoch"), epoch);
    QCOMPARE(one.value(QLatin1String("offset")).toInteger(), 1);
    QVERIFY(one.value(QLatin1String("time")).toInteger() >= before - 1000);
    QVERIFY(!one.contains(QLatin1String("history")));
    QCOMPARE(alice->messages(QStringLiteral("message")).at(1).value(QLatin1String("offset")), 2);
}

void tst_ChatService::takenNameGetsASuffix()
{
    ServerHost *host = startServer();
    joined(host, QStringLiteral("/"), QStringLiteral("sam"));
    ChatTestClient *second = joined(host, QStringLiteral("/"), QStringLiteral("sam"));
    const QJsonObject welcome = second->messages(QStringLiteral("welcome")).first();
    QCOMPARE(field(welcome, "name"), QStringLiteral("sam-2"));
    QCOMPARE(field(welcome, "requestedName"), QStringLiteral("sam"));
    QCOMPARE(welcome.value(QLatin1String("members")).toArray(),
             QJsonArray::fromStringList(list({"sam", "sam-2"})));
    // The same name in another room is free.
    ChatTestClient *elsewhere = joined(host, QStringLiteral("/x"), QStringLiteral("sam"));
    QCOMPARE(field(elsewhere->messages(QStringLiteral("welcome")).first(), "name"),
             QStringLiteral("sam"));
}

void tst_ChatService::presenceTellsJoinRenameAndLeave()
{
    ServerHost *host = startServer();
    ChatTestClient *alice = joined(host, QStringLiteral("/"), QStringLiteral("alice"));
    ChatTestClient *bob = joined(host, QStringLiteral("/"), QStringLiteral("bob"));
    bob->send({{QStringLiteral("type"), QStringLiteral("rename")},
               {QStringLiteral("name"), QStringLiteral("alice")}});
    QTRY_COMPARE(alice->messages(QStringLiteral("presence")).size(), 3);
    bob->socket().close();
    QTRY_COMPARE(alice->messages(QStringLiteral("presence")).size(), 4);

    const QList<QJsonObject> events = alice->messages(QStringLiteral("presence"));
    QCOMPARE(field(events[0], "event"), QStringLiteral("join"));
    QCOMPARE(field(events[0], "name"), QStringLiteral("alice"));
    QCOMPARE(field(events[1], "event"), QStringLiteral("join"));
    QCOMPARE(field(events[1], "name"), QStringLiteral("bob"));
    QCOMPARE(field(events[2], "event"), QStringLiteral("rename"));
    QCOMPARE(field(events[2], "from"), QStringLiteral("bob"));
    QCOMPARE(field(events[2], "name"), QStringLiteral("alice-2"));
    QCOMPARE(field(events[2], "requestedName"), QStringLiteral("alice"));
    QCOMPARE(field(events[3], "event"), QStringLiteral("leave"));
    QCOMPARE(field(events[3], "name"), QStringLiteral("alice-2"));
    for (const QJsonObject &event : events)
        QCOMPARE(field(event, "room"), QStringLiteral("lobby"));
}

void tst_ChatService::plainAndV1MembersShareTheRoom()
{
    ServerHost *host = startServer();
    ChatTestClient *plain = open(host, QStringLiteral("/"), Protocol::Plain);
    QTRY_COMPARE(plain->received().size(), 1);
    ChatTestClient *v1 = joined(host, QStringLiteral("/"), QStringLiteral("vee"));
    const QJsonArray members =
        v1->messages(QStringLiteral("welcome")).first().value(QLatin1String("members")).toArray();
    QCOMPARE(members.size(), 2);
    const QString guest = members.at(0).toString();
    QVERIFY2(guest.startsWith(QLatin1String("guest-")), qPrintable(guest));

    plain->socket().sendTextMessage(QStringLiteral("plain hello"));
    plain->socket().sendBinaryMessage(QByteArray::fromHex("00ff"));
    // Two sockets: the server hears each in its own time.
    QTRY_COMPARE(plain->received().size(), 3);
    v1->say(QStringLiteral("v1 hello"));
    QTRY_COMPARE(plain->received(),
                 QStringList({greeting, QStringLiteral("T:plain hello"), QStringLiteral("B:00ff"),
                              QStringLiteral("T:v1 hello")}));
    QTRY_COMPARE(v1->messages(QStringLiteral("message")).size(), 3);
    const QList<QJsonObject> seen = v1->messages(QStringLiteral("message"));
    QCOMPARE(field(seen[0], "sender"), guest);
    QCOMPARE(field(seen[0], "text"), QStringLiteral("plain hello"));
    QCOMPARE(field(seen[1], "binary"), QStringLiteral("AP8="));
    QVERIFY(!seen[1].contains(QLatin1String("text")));
    QCOMPARE(field(seen[2], "sender"), QStringLiteral("vee"));
    // The plain member's arrival came before the v1 member's; its leaving is told.
    plain->socket().close();
    QTRY_COMPARE(field(v1->messages(QStringLiteral("presence")).last(), "event"),
                 QStringLiteral("leave"));
    QCOMPARE(field(v1->messages(QStringLiteral("presence")).last(), "name"), guest);
}

void tst_ChatService::historyIsReplayedOnJoin()
{
    ServerSettings settings;
    settings.history = 3;
    ServerHost *host = startServer(settings);
    ChatTestClient *talker = open(host, QStringLiteral("/"), Protocol::Plain);
    QTRY_COMPARE(talker->received().size(), 1);
    for (int i = 1; i <= 5; ++i)
        talker->socket().sendTextMessage(QString::number(i));
    QTRY_COMPARE(talker->received().size(), 6);

    ChatTestClient *late = joined(host, QStringLiteral("/"), QStringLiteral("late"));
    QTRY_COMPARE(late->messages(QStringLiteral("message")).size(), 3);
    const QJsonObject welcome = late->messages(QStringLiteral("welcome")).first();
    QCOMPARE(welcome.value(QLatin1String("history")).toInt(), 3);
    QCOMPARE(welcome.value(QLatin1String("offset")).toInteger(), 5);
    const QList<QJsonObject> history = late->messages(QStringLiteral("message"));
    QCOMPARE(texts(history), list({"3", "4", "5"}));
    for (const QJsonObject &message : history)
        QVERIFY(message.value(QLatin1String("history")).toBool());
    // The hello first, the welcome on joining, then the history, then live messages.
    QVERIFY(late->received().at(0).contains(QLatin1String("\"hello\"")));
    QVERIFY(late->received().at(1).contains(QLatin1String("\"welcome\"")));
    talker->socket().sendTextMessage(QStringLiteral("6"));
    QTRY_COMPARE(late->messages(QStringLiteral("message")).size(), 4);
    QVERIFY(!late->messages(QStringLiteral("message")).last().contains(QLatin1String("history")));
}

void tst_ChatService::resume_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<bool>("isSameEpoch");
    QTest::addColumn<bool>("isRecovered");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("replayed");
    // The room holds 1..6 and keeps 4 of them (3..6).
    QTest::newRow("missed two") << qint64(4) << true << true << QString() << list({"5", "6"});
    QTest::newRow("missed none") << qint64(6) << true << true << QString() << QStringList();
    QTest::newRow("oldest kept is next")
        << qint64(2) << true << true << QString() << list({"3", "4", "5", "6"});
    QTest::newRow("too old") << qint64(1) << true << false << QStringLiteral("too_old")
                             << list({"3", "4", "5", "6"});
    QTest::newRow("other epoch") << qint64(4) << false << false << QStringLiteral("other_epoch")
                                 << list({"3", "4", "5", "6"});
    QTest::newRow("offset from the future")
        << qint64(9) << true << false << QStringLiteral("unknown_offset")
        << list({"3", "4", "5", "6"});
}

void tst_ChatService::resume()
{
    QFETCH(qint64, offset);
    QFETCH(bool, isSameEpoch);
    QFETCH(bool, isRecovered);
    QFETCH(QString, reason);
    QFETCH(QStringList, replayed);
    ServerSettings settings;
    settings.history = 4;
    ServerHost *host = startServer(settings);
    ChatTestClient *talker = joined(host, QStringLiteral("/r"), QStringLiteral("talker"));
    for (int i = 1; i <= 6; ++i)
        talker->say(QString::number(i));
    QTRY_COMPARE(talker->messages(QStringLiteral("message")).size(), 6);
    const QString epoch = field(talker->messages(QStringLiteral("welcome")).first(), "epoch");

    ChatTestClient *back = open(host, QStringLiteral("/r"), Protocol::V1);
    QTRY_VERIFY(back->isOpen());
    back->join(QStringLiteral("back"),
               since(offset, isSameEpoch ? epoch : epoch + QStringLiteral("x")));
    QTRY_COMPARE(back->messages(QStringLiteral("welcome")).size(), 1);
    const QJsonObject welcome = back->messages(QStringLiteral("welcome")).first();
    QCOMPARE(welcome.value(QLatin1String("recovered")).toBool(!isRecovered), isRecovered);
    QCOMPARE(field(welcome, "reason"), reason);
    QCOMPARE(welcome.value(QLatin1String("history")).toInt(), replayed.size());
    QTRY_COMPARE(back->messages(QStringLiteral("presence")).size(), 1); // its own join, last
    QCOMPARE(texts(back->messages(QStringLiteral("message"))), replayed);
    // Then live, none twice.
    talker->say(QStringLiteral("7"));
    QTRY_COMPARE(back->messages(QStringLiteral("message")).size(), replayed.size() + 1);
    QCOMPARE(back->messages(QStringLiteral("message")).last().value(QLatin1String("offset")), 7);
}

void tst_ChatService::roomHistoryOutlivesItsMembersUntilRoomsRunShort()
{
    ServerSettings settings;
    settings.maxRooms = 2;
    ServerHost *host = startServer(settings);
    ChatTestClient *first = joined(host, QStringLiteral("/kept"), QStringLiteral("a"));
    first->say(QStringLiteral("remember me"));
    QTRY_COMPARE(first->messages(QStringLiteral("message")).size(), 1);
    const QString epoch = field(first->messages(QStringLiteral("welcome")).first(), "epoch");
    first->socket().close();
    QTRY_COMPARE(host->connectionCount(), 0);

    ChatTestClient *again = joined(host, QStringLiteral("/kept"), QStringLiteral("b"));
    QTRY_COMPARE(again->messages(QStringLiteral("message")).size(), 1);
    QCOMPARE(field(again->messages(QStringLiteral("welcome")).first(), "epoch"), epoch);
    QCOMPARE(texts(again->messages(QStringLiteral("message"))), list({"remember me"}));
    again->socket().close();
    QTRY_COMPARE(host->connectionCount(), 0);

    // Two other rooms at once: the empty one gives way, and its history goes.
    joined(host, QStringLiteral("/one"), QStringLiteral("c"));
    ChatTestClient *two = joined(host, QStringLiteral("/two"), QStringLiteral("d"));
    two->socket().close();
    QTRY_COMPARE(host->connectionCount(), 1);
    ChatTestClient *late = joined(host, QStringLiteral("/kept"), QStringLiteral("e"));
    const QJsonObject welcome = late->messages(QStringLiteral("welcome")).first();
    QVERIFY(field(welcome, "epoch") != epoch);
    QCOMPARE(welcome.value(QLatin1String("offset")).toInteger(), 0);
}

void tst_ChatService::errorsAreTypedAndTheConnectionStaysUsable_data()
{
    QTest::addColumn<QString>("frame");
    QTest::addColumn<QString>("code");
    QTest::newRow("not JSON") << QStringLiteral("{oops") << QStringLiteral("bad_json");
    QTest::newRow("JSON array") << QStringLiteral("[1]") << QStringLiteral("bad_json");
    QTest::newRow("empty") << QString() << QStringLiteral("bad_json");
    QTest::newRow("no type") << QStringLiteral("{\"text\":\"x\"}")
                             << QStringLiteral("unknown_type");
    QTest::newRow("unknown type") << QStringLiteral("{\"type\":\"dance\"}")
                                  << QStringLiteral("unknown_type");
    QTest::newRow("message without text")
        << QStringLiteral("{\"type\":\"message\"}") << QStringLiteral("bad_message");
    QTest::newRow("text not a string")
        << QStringLiteral("{\"type\":\"message\",\"text\":5}") << QStringLiteral("bad_message");
    QTest::newRow("join twice") << QStringLiteral("{\"type\":\"join\",\"name\":\"again\"}")
                                << QStringLiteral("bad_message");
    QTest::newRow("empty name") << QStringLiteral("{\"type\":\"rename\",\"name\":\"  \"}")
                                << QStringLiteral("name_invalid");
    QTest::newRow("name too long") << QStringLiteral("{\"type\":\"rename\",\"name\":\"%1\"}")
                                          .arg(QString(33, QLatin1Char('n')))
                                   << QStringLiteral("name_invalid");
    QTest::newRow("control character")
        << QStringLiteral("{\"type\":\"rename\",\"name\":\"a\\u0007\"}")
        << QStringLiteral("name_invalid");
    QTest::newRow("name not a string")
        << QStringLiteral("{\"type\":\"rename\",\"name\":1}") << QStringLiteral("name_invalid");
}

void tst_ChatService::errorsAreTypedAndTheConnectionStaysUsable()
{
    QFETCH(QString, frame);
    QFETCH(QString, code);
    ServerHost *host = startServer();
    ChatTestClient *client = joined(host, QStringLiteral("/"), QStringLiteral("eve"));
    ChatTestClient *other = joined(host, QStringLiteral("/"), QStringLiteral("other"));
    const int presenceBefore = other->messages(QStringLiteral("presence")).size();
    client->socket().sendTextMessage(frame);
    QTRY_COMPARE(client->messages(QStringLiteral("error")).size(), 1);
    const QJsonObject error = client->messages(QStringLiteral("error")).first();
    QCOMPARE(field(error, "code"), code);
    QVERIFY(!field(error, "message").isEmpty());

    client->say(QStringLiteral("still here"));
    QTRY_COMPARE(other->messages(QStringLiteral("message")).size(), 1);
    QCOMPARE(field(other->messages(QStringLiteral("message")).first(), "text"),
             QStringLiteral("still here"));
    QCOMPARE(other->messages(QStringLiteral("presence")).size(), presenceBefore);
    QVERIFY(client->isOpen());
}

void tst_ChatService::tooLargeMessageIsRefused()
{
    ServerSettings settings;
    settings.maxMessageSize = 1000;
    ServerHost *host = startServer(settings);
    ChatTestClient *client = joined(host, QStringLiteral("/"), QStringLiteral("big"));
    // Fits in a frame the server takes, not in the one it would send the room.
    client->say(QString(950, QLatin1Char('b')), QStringLiteral("m9"));
    QTRY_COMPARE(client->messages(QStringLiteral("error")).size(), 1);
    QCOMPARE(field(client->messages(QStringLiteral("error")).first(), "code"),
             QStringLiteral("too_large"));
    QCOMPARE(field(client->messages(QStringLiteral("error")).first(), "id"), QStringLiteral("m9"));
    client->say(QStringLiteral("small"));
    QTRY_COMPARE(client->messages(QStringLiteral("message")).size(), 1);
    // Not numbered: the one that went is the first.
    QCOMPARE(client->messages(QStringLiteral("message")).first().value(QLatin1String("offset")), 1);
}

void tst_ChatService::rateLimitErrorsV1AndClosesPlain()
{
    ServerSettings settings;
    // A burst of 3, then next to nothing: 1 message every 1000 s.
    settings.rate = 0.001;
    settings.rateBurst = 3;
    ServerHost *host = startServer(settings);
    ChatTestClient *v1 = joined(host, QStringLiteral("/"), QStringLiteral("fast"));
    for (int i = 0; i < 4; ++i)
        v1->say(QString::number(i));
    QTRY_COMPARE(v1->messages(QStringLiteral("error")).size(), 2);
    QCOMPARE(field(v1->messages(QStringLiteral("error")).first(), "code"),
             QStringLiteral("rate_limited"));
    QCOMPARE(texts(v1->messages(QStringLiteral("message"))), list({"0", "1"}));
    QVERIFY(v1->isOpen());

    ChatTestClient *plain = open(host, QStringLiteral("/"), Protocol::Plain);
    QTRY_COMPARE(plain->received().size(), 1);
    QSignalSpy closed(&plain->socket(), &QWebSocket::disconnected);
    for (int i = 0; i < 4; ++i)
        plain->socket().sendTextMessage(QStringLiteral("p%1").arg(i));
    QTRY_COMPARE(closed.count(), 1);
    QCOMPARE(plain->socket().closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QVERIFY(plain->socket().closeReason().contains(QLatin1String("a second")));
    QTRY_COMPARE(texts(v1->messages(QStringLiteral("message"))),
                 list({"0", "1", "p0", "p1", "p2"}));
}

void tst_ChatService::maxMembersAndMaxRoomsCloseWith1013()
{
    ServerSettings settings;
    settings.maxMembers = 2;
    settings.maxRooms = 2;
    ServerHost *host = startServer(settings);
    ChatTestClient *a = open(host, QStringLiteral("/a"), Protocol::Plain);
    ChatTestClient *a2 = open(host, QStringLiteral("/a"), Protocol::Plain);
    ChatTestClient *b = open(host, QStringLiteral("/b"), Protocol::Plain);
    QTRY_VERIFY(a->received().size() == 1 && a2->received().size() == 1 &&
                b->received().size() == 1);

    // Raw clients: Qt 6.4's own takes 1013 for a protocol error (1002).
    RawWebSocketClient *a3 = openRaw(host, "/a");
    QTRY_COMPARE(a3->closeCode(), 1013);
    QVERIFY(a3->closeReason().contains(QLatin1String("full")));
    QVERIFY(a3->messages().isEmpty());

    RawWebSocketClient *c = openRaw(host, "/c");
    QTRY_COMPARE(c->closeCode(), 1013);
    QVERIFY(c->closeReason().contains(QLatin1String("rooms")));

    // A room without history that empties goes at once, and makes room.
    b->socket().close();
    QTRY_COMPARE(host->connectionCount(), 2);
    ChatTestClient *c2 = open(host, QStringLiteral("/c"), Protocol::Plain);
    QTRY_COMPARE(c2->received().size(), 1);
}

void tst_ChatService::pathIsCheckedWhereTheTransportCannotRefuse()
{
    Banter::IService *plugin = m_registry.service(QStringLiteral("chat"));
    QVERIFY(plugin);
    FakeListener listener;
    const std::unique_ptr<Banter::Service> service(plugin->createService(QStringLiteral("chat")));
    service->serve(&listener);
    // What a transport that can refuse is told.
    QVERIFY(listener.isPathAccepted(QStringLiteral("/")));
    QVERIFY(listener.isPathAccepted(QStringLiteral("/Az09._-")));
    QVERIFY(!listener.isPathAccepted(QStringLiteral("/a/b")));
    QVERIFY(!listener.isPathAccepted(QStringLiteral("x/a")));
    QVERIFY(listener.pathRefusal().contains(QLatin1String("no such room")));
    QCOMPARE(listener.subprotocols(), QStringList{QStringLiteral("banter.chat.v1")});

    // This one cannot: the service closes the connection itself.
    FakeConnection *bad = listener.accept(QUrl(QStringLiteral("fake://host/a/b")));
    QCOMPARE(bad->state(), Banter::Connection::State::Closed);
    QCOMPARE(bad->lastCloseCode, Banter::Connection::CloseCode::PolicyViolated);
    QVERIFY(bad->lastCloseReason.contains(QLatin1String("no such room")));
    FakeConnection *good = listener.accept(QUrl(QStringLiteral("fake://host/tea")));
    QVERIFY(good->isOpen());
}

QTEST_MAIN(tst_ChatService)

#include "tst_chatservice.moc"
