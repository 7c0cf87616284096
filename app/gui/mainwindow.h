// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chatlog.h>
#include <messagetemplate.h>
#include <banter/connection.h>

#include <QFileDialog>
#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QSplitter;
class QTimer;
QT_END_NAMESPACE

namespace Banter {

class ChatModel;
class ChatPane;
class ChatSession;

class ComposeBar;
class ConnectionBar;
class ConnectionsController;
class SavedConnection;
class DetailPane;
class FilterBar;
class LogRecorder;
class PluginRegistry;
class Retranslator;
class RoomController;
class ServerHost;
class SnippetController;
class TrustController;

// The chat window: the URL bar, the log with its find bar and the detail pane below it, the
// message field, and a status bar. It puts the pieces together and holds the menus; the chat
// logic lives in core's ChatSession and ChatModel, the log files in core's ChatLog.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The largest file Send File sends as one message.
    static constexpr qint64 maxSendFileSize = qint64(64) * 1024 * 1024;

    explicit MainWindow(PluginRegistry *registry, QWidget *parent = nullptr);
    ~MainWindow() override;

    ChatModel *model() const { return m_model; }
    ChatSession *session() const { return m_session; }
    ServerHost *server() const { return m_server; }
    TrustController *trustController() const { return m_trustController; }
    RoomController *roomController() const { return m_roomController; }
    SnippetController *snippetController() const { return m_snippetController; }
    ConnectionsController *connectionsController() const { return m_connectionsController; }

    // Puts url into the URL bar and connects to it.
    void connectTo(const QUrl &url);
    // Puts a saved connection's URL, options and login user into the URL bar and connects.
    void openSaved(const SavedConnection &connection);
    // Serves the echo service on the port of url, on the loopback addresses. When the port is
    // already taken, the window uses whatever serves there.
    void startEmbeddedServer(const QUrl &url);
    // Server → Start Echo Server or Start Chat Server: serves the service ("echo" or "chat") on
    // port (0 picks a free one), instead of what was served before; false, with a status line in
    // words, when it cannot.
    bool startServer(int port, const QString &service = QStringLiteral("echo"));
    void stopServer();

    // Reads the connection settings (group "connection": openTimeout, heartbeatInterval,
    // heartbeatTimeout and stableAfter, in seconds; group "log": maxRows, maxMegabytes) and the
    // window's state (group "window": geometry, splitter, timestamps, last and recent URLs). From
    // then on, closing the window saves its state.
    void loadSettings();
    void saveSettings() const;

    // What File → Save Log, Open Log and Send File do once a file is chosen. Each says what went
    // wrong in a status line and returns false; nothing of the log is lost then.
    bool saveLog(const QString &path, ChatLog::Format format);
    bool openLog(const QString &path);
    bool sendFile(const QString &path);
    // File → Record to File: every row from now on goes into path as well (LogRecorder), until
    // stopRecording().
    bool startRecording(const QString &path);
    void stopRecording();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Starts the embedded server on url with banter-server's limits but without its policies for
    // a long-running server (parking idle clients, giving memory back), unless banter.conf's
    // [server] section asks for them: parkAfter (seconds), trimHeap (true/false).
    bool startServerOn(const QUrl &url, const QString &service);
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createConnectionMenu();
    void createServerMenu();
    void createHelpMenu();
    // A menu or an action whose text is a source text (QT_TR_NOOP), kept in the language in
    // force.
    QMenu *createMenu(const char *title);
    QAction *createAction(QMenu *menu, const char *text, const char *objectName,
                          const QKeySequence &shortcut = QKeySequence());
    // View → Language: the language code ("" for the system's) and its name in its own words.
    void switchLanguage(const QString &code, const QString &name);
    void connectToTypedUrl();
    void toggleConnection();
    void sendText(const QString &text);
    void sendBinary(const QByteArray &bytes);
    void updateState();
    void updateCountdown();
    void updateRoundTrip();
    void updateServerInfo();
    void cancelSelected();
    void showDetails(int row);
    QFileDialog *createFileDialog(const QString &title, const char *objectName,
                                  QFileDialog::FileMode mode);
    void chooseLogToSave();
    void chooseLogToOpen();
    void chooseFileToSend();
    void chooseFileToRecordTo();
    // The port dialog of Server → Start Echo/Chat Server.
    void askServerPort(const QString &service);
    void showAboutPlugins();
    // Connection → Variables…: the {{variables}} of the messages typed, kept in banter.conf.
    void editVariables();
    void reportError(const QString &text);

    PluginRegistry *m_registry;
    ChatModel *m_model;
    ChatSession *m_session;
    ServerHost *m_server;
    TrustController *m_trustController = nullptr;
    RoomController *m_roomController = nullptr;
    SnippetController *m_snippetController = nullptr;
    ConnectionsController *m_connectionsController = nullptr;
    // The variables and {{counter}} of the message field and the snippets.
    MessageTemplate::Context m_templateContext;
    ConnectionBar *m_connectionBar;
    FilterBar *m_filterBar;
    ChatPane *m_chatPane;
    DetailPane *m_detailPane;
    QSplitter *m_splitter;
    ComposeBar *m_composeBar;
    QLabel *m_stateLabel;
    QLabel *m_serverLabel;
    QLabel *m_roundTripLabel;
    QAction *m_reconnectAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_timestampAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_stopServerAction = nullptr;
    QAction *m_connectServerAction = nullptr;
    QAction *m_recordAction = nullptr;
    QTimer *m_countdown;
    LogRecorder *m_recorder;
    Retranslator *m_texts;
    // The last round-trip time in milliseconds, -1 for none since the connection opened.
    qint64 m_roundTrip = -1;
    // The port the embedded server found taken by another server at the start, -1 for none.
    int m_servedElsewhere = -1;
    bool m_hasSettings = false;
};

} // namespace Banter
