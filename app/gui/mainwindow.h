// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <connection.h>

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;
QT_END_NAMESPACE

namespace Banter {

class ChatModel;
class ChatSession;
class PluginRegistry;
class ServerHost;
class TrustController;

// The chat window: a URL bar with Connect/Disconnect, the log (QListView), the message line
// (QLineEdit) and a status bar. All chat logic lives in core's ChatSession and ChatModel.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(PluginRegistry *registry, QWidget *parent = nullptr);
    ~MainWindow() override;

    ChatModel *model() const { return m_model; }
    ChatSession *session() const { return m_session; }

    // Puts url into the URL bar and connects to it.
    void connectTo(const QUrl &url);
    // Serves the echo service on the port of url, on the loopback addresses. When the port is
    // already taken, the window uses whatever serves there.
    void startEmbeddedServer(const QUrl &url);
    ServerHost *server() const { return m_server; }
    TrustController *trustController() const { return m_trustController; }

    // Reads the connection settings (group "connection" of QSettings: openTimeout,
    // heartbeatInterval and heartbeatTimeout, in seconds) into the session.
    void loadSettings();

private:
    void createMenus();
    void toggleConnection();
    void sendMessage();
    void updateState();
    void updateCountdown();
    void cancelSelected();
    void followNewRows();
    void showAboutPlugins();
    void updateServerInfo();

    PluginRegistry *m_registry;
    ChatModel *m_model;
    ChatSession *m_session;
    ServerHost *m_server;
    TrustController *m_trustController = nullptr;
    QLineEdit *m_urlEdit;
    QPushButton *m_connectButton;
    QListView *m_view;
    QLineEdit *m_messageEdit;
    QLabel *m_stateLabel;
    QLabel *m_serverLabel;
    QLabel *m_roundTripLabel;
    QAction *m_reconnectAction;
    QAction *m_cancelAction;
    QTimer *m_countdown;
    bool m_atBottom = true;
};

} // namespace Banter
