// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chatlog.h>
#include <chatmodel.h>
#include <chatsession.h>
#include <connectionsecrets.h>
#include <messagetemplate.h>
#include <banter/connection.h>

#include <QFileDialog>
#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QTabWidget;
QT_END_NAMESPACE

namespace Banter {

class ChatModel;
class ChatSession;
class ConnectionTab;
class ConnectionsController;
class EchoStatisticsPanel;
class PanelDock;
class Sparkline;
class TrafficPanel;
class SavedConnection;
struct ConnectionSecrets;
class PluginRegistry;
class Retranslator;
class RoomController;
class ServerHost;
class SnippetController;
class TrustController;

// The chat window: a tab per live connection (ConnectionTab: the URL bar, the log with its find
// bar and the detail pane below it, the message field), the side panels, the menus and a status
// bar, all pointed at the current tab. The chat logic lives in core's ChatSession and ChatModel,
// the log files in core's ChatLog.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The largest file Send File sends as one message.
    static constexpr qint64 maxSendFileSize = qint64(64) * 1024 * 1024;

    explicit MainWindow(PluginRegistry *registry, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The current tab's.
    ChatModel *model() const;
    ChatSession *session() const;
    ConnectionTab *currentTab() const;
    int tabCount() const;
    ConnectionTab *tab(int index) const;
    QTabWidget *tabs() const { return m_tabs; }
    // File → New Tab: a tab of its own, not connected, shown.
    ConnectionTab *newTab();
    // File → Close Tab: asks first when the tab has messages not sent yet. The last tab closed
    // leaves a new empty one. True when it was closed.
    bool closeTab(int index);
    // Keeps each tab's unsent messages in a file of folder, so that they survive a restart
    // (outbox.json for the first, outbox-N.json for the others).
    void setOutboxFolder(const QString &folder);
    // At the start: connects the tabs loadSettings() brought back; url (the command line's, or
    // the embedded server's when isGiven is false) goes to a tab of its own unless one has it.
    // Without tabs from the last time, the first tab connects to url.
    void connectAtStart(const QUrl &url, bool isGiven);
    // View → JSON Summary Field…: the field of JSON messages every tab shows first in their
    // rows, as a JSON path ($.type); empty for none. Returns why a path cannot be used, in words,
    // and changes nothing then; empty when it was taken.
    QString setSummaryField(const QString &path);
    QString summaryField() const { return m_summaryField; }
    ServerHost *server() const { return m_server; }
    TrustController *trustController() const { return m_trustController; }
    RoomController *roomController() const { return m_roomController; }
    SnippetController *snippetController() const { return m_snippetController; }
    ConnectionsController *connectionsController() const { return m_connectionsController; }

    // Puts url into the current tab's URL bar and connects to it.
    void connectTo(const QUrl &url);
    // Puts a saved connection's URL, options and login user into the current tab's URL bar (a
    // new tab's when the current one is connected) and connects.
    // Its secrets (from the keyring) are given back to the options and the login.
    void openSaved(const SavedConnection &connection,
                   const ConnectionSecrets &secrets = ConnectionSecrets());
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
    // window's state (group "window": geometry, splitter, timestamps, recent URLs, and the tabs:
    // each one's URL, options and login user, as saved connections without secrets). From then
    // on, closing the window saves its state.
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
    void updateServerInfo();
    // The status bar, the actions and the side panels follow the current tab.
    void onCurrentTabChanged();
    // The tabs of the last session (SavedConnection JSON each), into the first tab and new ones.
    void restoreTabs(const QStringList &tabs, int current);
    void updateTab(ConnectionTab *tab);
    void retranslateTabBar();
    void updateStatus();
    // The outbox file of a new tab: the first one free.
    QString freeOutboxFile() const;
    QFileDialog *createFileDialog(const QString &title, const char *objectName,
                                  QFileDialog::FileMode mode);
    void chooseLogToSave();
    void chooseLogToOpen();
    void chooseFileToSend();
    void chooseFileToRecordTo();
    // The port dialog of Server → Start Echo/Chat Server.
    void askServerPort(const QString &service);
    // Asks for the summary field until it is one or the user cancels.
    void askSummaryField();
    void showAboutPlugins();
    // Connection → Variables…: the {{variables}} of the messages typed, kept in banter.conf.
    void editVariables();
    // In the log (the current tab's, or log) and the status bar.
    void reportError(const QString &text, ChatModel *log = nullptr);

    PluginRegistry *m_registry;
    QTabWidget *m_tabs;
    ServerHost *m_server;
    TrustController *m_trustController = nullptr;
    RoomController *m_roomController = nullptr;
    SnippetController *m_snippetController = nullptr;
    ConnectionsController *m_connectionsController = nullptr;
    EchoStatisticsPanel *m_echoPanel = nullptr;
    PanelDock *m_echoDock = nullptr;
    QString m_summaryField;
    TrafficPanel *m_trafficPanel = nullptr;
    PanelDock *m_trafficDock = nullptr;
    Sparkline *m_sparkline = nullptr;
    // The variables and {{counter}} of the message field and the snippets.
    MessageTemplate::Context m_templateContext;
    QLabel *m_stateLabel;
    QLabel *m_serverLabel;
    QLabel *m_roundTripLabel;
    // Shown while the current tab's URL goes through network conditions (chaos+ws://...).
    QLabel *m_conditionsLabel;
    QAction *m_reconnectAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_timestampAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_stopServerAction = nullptr;
    QAction *m_connectServerAction = nullptr;
    QAction *m_recordAction = nullptr;
    QList<QAction *> m_viewActions; // Copy, Copy Message, Cancel Sending: on every tab's log
    Retranslator *m_texts;
    // What every tab gets: the settings read, the variables, the splitter's last state.
    ChatSession::Settings m_sessionSettings;
    ChatModel::Retention m_retention;
    QByteArray m_splitterState;
    QString m_outboxFolder;
    // The tabs loadSettings() brought back, not connected yet.
    int m_restoredTabs = 0;
    // The port the embedded server found taken by another server at the start, -1 for none.
    int m_servedElsewhere = -1;
    bool m_hasSettings = false;
};

} // namespace Banter
