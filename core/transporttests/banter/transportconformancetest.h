// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/connection.h>

#include <QFlags>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Banter {

class ITransport;
class Listener;

// The transport conformance kit: the cases every Banter::ITransport must pass, as a QtTest
// object. A plugin's test loads its transport and hands it over, with a URL its Listener can
// serve on (port 0) and what the transport can carry:
//
//     int main(int argc, char **argv)
//     {
//         return Banter::TransportConformanceTest::run(argc, argv, QStringLiteral("tcp"),
//             QUrl(QStringLiteral("tcp://127.0.0.1:0")), {});
//     }
//
// Each case talks to the transport's own Listener: a client Connection against the Connection
// that the listener hands over. A transport that only connects (ClientOnly, such as MQTT to a
// broker) is given instead the URL of a peer that sends back whatever it gets: the cases then
// check the client against that echo, and that the transport offers no listener.
// docs/PLUGINS.md says what each case expects and why.
class TransportConformanceTest : public QObject
{
    Q_OBJECT

public:
    enum class Capability {
        Binary = 0x1,     // binary messages (sendBinary, binaryReceived)
        CloseCodes = 0x2, // close codes and reasons reach the peer (closeCode, closeReason)
        ClientOnly = 0x4, // no listener: listenUrl is an echoing peer the client opens
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    TransportConformanceTest(ITransport *transport, const QUrl &listenUrl,
                             Capabilities capabilities, QObject *parent = nullptr);
    ~TransportConformanceTest() override;

    // Loads the transport for scheme from the plugins Banter finds (BANTER_PLUGIN_PATH first) and
    // runs every case with QTest::qExec (arguments as for any QtTest program). Returns the number
    // of failed cases, or 1 when no plugin provides the scheme.
    static int run(int argc, char **argv, const QString &scheme, const QUrl &listenUrl,
                   Capabilities capabilities);

private Q_SLOTS:
    void init();
    void cleanup();

    void opensThroughConnectingToOpen();
    void listenerTellsThePortItBound();
    void textTravelsBothWays_data();
    void textTravelsBothWays();
    void binaryTravelsBothWaysOrIsRefused();
    void closeReachesThePeer_data();
    void closeReachesThePeer();
    void refusedConnectIsReportedAsAnError();
    void abortWhileConnectingEndsClosed();
    void closingTwiceClosesOnce();
    void deletingAnOpenConnectionClosesThePeer();
    void sendingWhileNotOpenIsRefused();
    void listeningTwiceOnOnePortFailsInWords();

private:
    // Listens, opens a client against the listener and waits until both ends are open; for a
    // client-only transport, opens the client against the echoing peer.
    bool openPair();
    bool isClientOnly() const { return m_capabilities.testFlag(Capability::ClientOnly); }
    // Where a sent message arrives: the server side, or the client itself through the echo.
    Connection *receiver() const;
    // For a client-only transport, the cases about listening check that there is no listener.
    bool checkNoListener();

    ITransport *m_transport;
    QUrl m_listenUrl;
    Capabilities m_capabilities;
    QPointer<Listener> m_listener;
    QPointer<Connection> m_client;
    QPointer<Connection> m_server;
    QList<Connection::State> m_clientStates;
};

} // namespace Banter

Q_DECLARE_OPERATORS_FOR_FLAGS(Banter::TransportConformanceTest::Capabilities)
