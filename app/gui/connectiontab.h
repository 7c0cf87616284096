// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <messagetemplate.h>

#include <QColor>
#include <QIcon>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QSplitter;
class QTimer;
class QUrl;
QT_END_NAMESPACE

namespace Banter {

class ChatModel;
class ChatPane;
class ChatSession;
class ComposeBar;
class ConnectionBar;
class DetailPane;
class EchoCorrelator;
class FilterBar;
class LogRecorder;
class PluginRegistry;
class RepeatBar;
class SavedConnection;
class TrafficMeter;

// One live connection of the window, in a tab of its own: the URL bar, the log with its find bar
// and detail pane, the repeat bar and the message field, over its own ChatModel and ChatSession
// (URL, options, outbox, reconnect, heartbeat) and LogRecorder. Nothing in it touches another
// tab; the window holds the menus and points them at the current tab.
class ConnectionTab : public QWidget
{
    Q_OBJECT

public:
    ConnectionTab(PluginRegistry *registry, MessageTemplate::Context *context,
                  QWidget *parent = nullptr);
    ~ConnectionTab() override;

    ChatModel *model() const { return m_model; }
    ChatSession *session() const { return m_session; }
    ConnectionBar *connectionBar() const { return m_connectionBar; }
    FilterBar *filterBar() const { return m_filterBar; }
    ChatPane *chatPane() const { return m_chatPane; }
    DetailPane *detailPane() const { return m_detailPane; }
    QSplitter *splitter() const { return m_splitter; }
    RepeatBar *repeatBar() const { return m_repeatBar; }
    ComposeBar *composeBar() const { return m_composeBar; }
    LogRecorder *recorder() const { return m_recorder; }
    // Pairs the messages sent with their echoes, on the rows and in counts.
    EchoCorrelator *echoCorrelator() const { return m_echoes; }
    // Its traffic second by second, for the charts.
    TrafficMeter *trafficMeter() const { return m_traffic; }

    // Puts url into the URL bar and connects to it.
    void connectTo(const QUrl &url);
    // Puts a saved connection's URL, options and login user into the URL bar (not connecting).
    void showSaved(const SavedConnection &connection);
    void connectToTypedUrl();
    // Connect, or Disconnect while connected or waiting to reconnect.
    void toggleConnection();
    // Takes back the selected rows' messages that are still pending.
    void cancelSelected();

    // The state in words ("Connected to ws://…"), the last round trip ("RTT 3 ms", empty when
    // none since the connection opened), and the tab's title: the server's host, port and path,
    // or "New Connection"; with the number of messages received while the tab was not shown.
    QString stateText() const { return m_stateText; }
    QString roundTripText() const;
    QString title() const;
    QIcon stateIcon() const { return m_stateIcon; }
    int unreadCount() const { return m_unread; }
    // A shown tab has nothing unread; a hidden one counts what it receives.
    void setShown(bool isShown);

Q_SIGNALS:
    // The state, round trip, title or unread count changed.
    void changed();
    void sendFileRequested();
    // Enter or a double click on a row: the window shows the detail pane.
    void detailsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void sendText(const QString &text);
    void sendBinary(const QByteArray &bytes);
    void showDetails(int row);
    void updateState();
    void countReceived(int first, int last);
    void updateIcon();

    ChatModel *m_model;
    ChatSession *m_session;
    ConnectionBar *m_connectionBar;
    FilterBar *m_filterBar;
    ChatPane *m_chatPane;
    DetailPane *m_detailPane;
    QSplitter *m_splitter;
    RepeatBar *m_repeatBar;
    ComposeBar *m_composeBar;
    LogRecorder *m_recorder;
    EchoCorrelator *m_echoes;
    TrafficMeter *m_traffic;
    QTimer *m_countdown;
    QString m_stateText;
    QIcon m_stateIcon;
    QColor m_iconColour;
    // The last round-trip time in milliseconds, -1 for none since the connection opened.
    qint64 m_roundTrip = -1;
    int m_unread = 0;
    bool m_isShown = true;
};

} // namespace Banter
