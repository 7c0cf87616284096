// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutpluginsdialog.h"
#include "chatpane.h"
#include "composebar.h"
#include "connectionbar.h"
#include "detailpane.h"
#include "filterbar.h"
#include "languagemenu.h"
#include "messageedit.h"
#include "retranslator.h"
#include "connectionscontroller.h"
#include "roomcontroller.h"
#include "repeatbar.h"
#include "snippetcontroller.h"
#include "trustcontroller.h"
#include "variablesdialog.h"

#include <chatmodel.h>
#include <chatsession.h>
#include <banter/localization.h>
#include <banter/pluginregistry.h>
#include <banter/serversettings.h>
#include <logrecorder.h>
#include <serverhost.h>
#include <truststore.h>

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace Banter {

namespace {

const QString windowGroup = QStringLiteral("window");
// The longest time a setting in seconds may give.
constexpr double maxSettingSeconds = 24 * 60 * 60;

// A number of seconds from the settings, as a duration from 0 to a day: converting a larger
// number (1e300, inf) to an integer is undefined behaviour, and a negative one or NaN means
// nothing.
std::chrono::milliseconds readSeconds(const QSettings &settings, const char *key,
                                      std::chrono::milliseconds fallback)
{
    double seconds =
        settings.value(QLatin1String(key), double(fallback.count()) / 1000.0).toDouble();
    if (!(seconds > 0.0))
        seconds = 0.0;
    return std::chrono::milliseconds(qRound64(qMin(seconds, maxSettingSeconds) * 1000.0));
}

} // namespace

MainWindow::MainWindow(PluginRegistry *registry, QWidget *parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_model(new ChatModel(this))
    , m_session(new ChatSession(registry, m_model, this))
    , m_server(new ServerHost(registry, this))
    , m_connectionBar(new ConnectionBar)
    , m_chatPane(new ChatPane(m_model))
    , m_detailPane(new DetailPane)
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_composeBar(new ComposeBar)
    , m_stateLabel(new QLabel)
    , m_serverLabel(new QLabel)
    , m_roundTripLabel(new QLabel)
    , m_countdown(new QTimer(this))
    , m_recorder(new LogRecorder(m_model, this))
    , m_texts(new Retranslator(this, staticMetaObject.className()))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_filterBar = new FilterBar(m_chatPane->filterModel());
    m_connectionBar->setSchemes(registry->schemes());

    m_splitter->setObjectName(QStringLiteral("logSplitter"));
    m_splitter->setChildrenCollapsible(true);
    m_splitter->addWidget(m_chatPane);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_connectionBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_composeBar);
    setCentralWidget(central);

    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_roundTripLabel->setObjectName(QStringLiteral("roundTripLabel"));
    m_texts->setText(m_roundTripLabel, "toolTip", QT_TR_NOOP("Round-trip time of the last ping"));
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_roundTripLabel);
    statusBar()->addPermanentWidget(m_serverLabel);
    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &MainWindow::updateCountdown);

    // Refused certificates are the user's to trust, for one host each (Connection menu).
    m_trustController = new TrustController(m_session, this);
    // Chat rooms: the Members panel, the room in the status bar and title, Set Name….
    m_roomController = new RoomController(m_session, this);
    statusBar()->addPermanentWidget(m_roomController->roomLabel());
    // Snippets: the panel, Ctrl+1 to Ctrl+9, repeated sends above the message field.
    m_composeBar->setContext(&m_templateContext);
    m_snippetController = new SnippetController(m_session, m_model, &m_templateContext, this);
    layout->insertWidget(layout->indexOf(m_composeBar), m_snippetController->repeatBar());
    addActions(m_snippetController->shortcutActions());
    connect(m_snippetController, &SnippetController::contextUsed, m_composeBar,
            &ComposeBar::updatePreview);
    // Saved connections: the panel, opened into the URL bar.
    m_connectionsController = new ConnectionsController(m_connectionBar, this);
    connect(m_connectionsController, &ConnectionsController::openRequested, this,
            &MainWindow::openSaved);
    createMenus();

    connect(m_connectionBar, &ConnectionBar::connectRequested, this,
            &MainWindow::connectToTypedUrl);
    connect(m_connectionBar, &ConnectionBar::toggleRequested, this, &MainWindow::toggleConnection);
    connect(m_composeBar, &ComposeBar::textSubmitted, this, &MainWindow::sendText);
    connect(m_composeBar, &ComposeBar::binarySubmitted, this, &MainWindow::sendBinary);
    connect(m_composeBar, &ComposeBar::sendFileRequested, this, &MainWindow::chooseFileToSend);
    connect(m_chatPane, &ChatPane::currentRowChanged, this, &MainWindow::showDetails);
    connect(m_chatPane->view(), &QListView::activated, this,
            [this] { m_detailsAction->setChecked(true); });
    connect(m_session, &ChatSession::stateChanged, this, &MainWindow::updateState);
    connect(m_session, &ChatSession::reconnectScheduled, this, &MainWindow::updateState);
    connect(m_session, &ChatSession::roundTripMeasured, this, [this](qint64 milliseconds) {
        m_roundTrip = milliseconds;
        updateRoundTrip();
    });
    connect(m_server, &ServerHost::connectionCountChanged, this, &MainWindow::updateServerInfo);

    // The texts that depend on state, set now and again in another language.
    m_texts->call([this] {
        setWindowTitle(tr("Banter"));
        m_roomController->retranslate();
        updateState();
        updateRoundTrip();
        updateServerInfo();
    });
    const int line = fontMetrics().height();
    resize(line * 48, line * 36);
    m_splitter->setSizes({line * 24, line * 6});
    m_composeBar->editor()->setFocus();
}

MainWindow::~MainWindow() = default;

QMenu *MainWindow::createMenu(const char *title)
{
    QMenu *menu = menuBar()->addMenu(QString());
    m_texts->setText(menu, "title", title);
    return menu;
}

QAction *MainWindow::createAction(QMenu *menu, const char *text, const char *objectName,
                                  const QKeySequence &shortcut)
{
    QAction *action = menu->addAction(QString());
    m_texts->setText(action, "text", text);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    return action;
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createConnectionMenu();
    createServerMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *file = createMenu(QT_TR_NOOP("&File"));
    connect(createAction(file, QT_TR_NOOP("&Open Log…"), "openLogAction", QKeySequence::Open),
            &QAction::triggered, this, &MainWindow::chooseLogToOpen);
    connect(createAction(file, QT_TR_NOOP("&Save Log…"), "saveLogAction", QKeySequence::Save),
            &QAction::triggered, this, &MainWindow::chooseLogToSave);
    m_recordAction = createAction(file, QT_TR_NOOP("&Record to File…"), "recordLogAction");
    m_recordAction->setCheckable(true);
    m_texts->call([this] {
        m_recordAction->setToolTip(
            tr("Write every new row into a file as well, as it comes (NDJSON, a new file every %1)")
                .arg(QLocale().formattedDataSize(LogRecorder::defaultFileSize, 0,
                                                 QLocale::DataSizeIecFormat)));
    });
    connect(m_recordAction, &QAction::triggered, this, [this](bool isChecked) {
        if (isChecked)
            chooseFileToRecordTo();
        else
            stopRecording();
    });
    connect(m_recorder, &LogRecorder::failed, this, [this](const QString &error) {
        m_recordAction->setChecked(false);
        reportError(error);
    });
    file->addSeparator();
    connect(createAction(file, QT_TR_NOOP("Send &File…"), "sendFileAction"), &QAction::triggered,
            this, &MainWindow::chooseFileToSend);
    file->addSeparator();
    // Ctrl+Q everywhere, also where the platform has no standard quit key.
    connect(createAction(file, QT_TR_NOOP("&Quit"), "quitAction", Qt::CTRL | Qt::Key_Q),
            &QAction::triggered, qApp, &QApplication::closeAllWindows);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = createMenu(QT_TR_NOOP("&Edit"));
    QAction *copy = createAction(edit, QT_TR_NOOP("&Copy"), "copyAction", QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_texts->setText(copy, "toolTip", QT_TR_NOOP("Copy the selected rows as text"));
    connect(copy, &QAction::triggered, m_chatPane, &ChatPane::copySelection);
    m_chatPane->view()->addAction(copy);
    QAction *copyMessage = createAction(edit, QT_TR_NOOP("Copy &Message"), "copyMessageAction",
                                        Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    m_texts->setText(copyMessage, "toolTip",
                     QT_TR_NOOP("Copy the whole message of the current row, as it is"));
    connect(copyMessage, &QAction::triggered, m_chatPane, &ChatPane::copyCurrentMessage);
    m_chatPane->view()->addAction(copyMessage);
    QAction *find = createAction(edit, QT_TR_NOOP("&Find…"), "findAction", QKeySequence::Find);
    connect(find, &QAction::triggered, m_filterBar, &FilterBar::activate);
    edit->addSeparator();
    QAction *clear = createAction(edit, QT_TR_NOOP("C&lear Log"), "clearAction",
                                  Qt::CTRL | Qt::SHIFT | Qt::Key_K);
    connect(clear, &QAction::triggered, m_model, &ChatModel::clear);
}

void MainWindow::createViewMenu()
{
    QMenu *view = createMenu(QT_TR_NOOP("&View"));
    m_timestampAction = createAction(view, QT_TR_NOOP("Show &Timestamps"), "timestampAction");
    m_timestampAction->setCheckable(true);
    connect(m_timestampAction, &QAction::toggled, m_chatPane, &ChatPane::setTimeVisible);
    m_detailsAction = createAction(view, QT_TR_NOOP("Message &Details"), "detailsAction");
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    m_texts->setText(m_detailsAction, "toolTip",
                     QT_TR_NOOP("The selected message in full, below the log (Enter on a row)"));
    connect(m_detailsAction, &QAction::toggled, m_detailPane, &DetailPane::setVisible);
    view->addAction(m_connectionsController->toggleAction());
    view->addAction(m_snippetController->toggleAction());
    view->addSeparator();
    auto *language = new LanguageMenu(view);
    view->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this, &MainWindow::switchLanguage);
}

void MainWindow::createConnectionMenu()
{
    QMenu *connection = createMenu(QT_TR_NOOP("C&onnection"));
    QAction *location =
        createAction(connection, QT_TR_NOOP("Go to &URL"), "focusUrlAction", Qt::CTRL | Qt::Key_L);
    connect(location, &QAction::triggered, m_connectionBar, &ConnectionBar::focusUrl);
    m_reconnectAction = createAction(connection, QT_TR_NOOP("&Reconnect Now"), "reconnectAction",
                                     Qt::CTRL | Qt::Key_R);
    connect(m_reconnectAction, &QAction::triggered, m_session, &ChatSession::reconnectNow);
    m_cancelAction = createAction(connection, QT_TR_NOOP("&Cancel Sending"), "cancelAction",
                                  QKeySequence::Delete);
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_texts->setText(m_cancelAction, "toolTip",
                     QT_TR_NOOP("Take back the selected messages that are still pending"));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelSelected);
    m_chatPane->view()->addAction(m_cancelAction);
    m_chatPane->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(createAction(connection, QT_TR_NOOP("&Variables…"), "variablesAction"),
            &QAction::triggered, this, &MainWindow::editVariables);
    connection->addSeparator();
    connection->addAction(m_roomController->setNameAction());
    connect(
        createAction(connection, QT_TR_NOOP("&Trusted Certificates…"), "trustedCertificatesAction"),
        &QAction::triggered, m_trustController, &TrustController::showTrustedCertificates);
}

void MainWindow::createServerMenu()
{
    QMenu *server = createMenu(QT_TR_NOOP("Se&rver"));
    connect(createAction(server, QT_TR_NOOP("&Start Echo Server…"), "startServerAction"),
            &QAction::triggered, this, [this] { askServerPort(QStringLiteral("echo")); });
    connect(createAction(server, QT_TR_NOOP("Start C&hat Server…"), "startChatServerAction"),
            &QAction::triggered, this, [this] { askServerPort(QStringLiteral("chat")); });
    m_stopServerAction = createAction(server, QT_TR_NOOP("S&top Server"), "stopServerAction");
    connect(m_stopServerAction, &QAction::triggered, this, &MainWindow::stopServer);
    m_connectServerAction =
        createAction(server, QT_TR_NOOP("&Connect to Server"), "connectServerAction");
    connect(m_connectServerAction, &QAction::triggered, this,
            [this] { connectTo(m_server->url()); });
}

void MainWindow::createHelpMenu()
{
    QMenu *help = createMenu(QT_TR_NOOP("&Help"));
    connect(createAction(help, QT_TR_NOOP("About &Plugins…"), "aboutPluginsAction"),
            &QAction::triggered, this, &MainWindow::showAboutPlugins);
    connect(createAction(help, QT_TR_NOOP("&About Banter"), "aboutAction"), &QAction::triggered,
            this, [this] {
                QMessageBox::about(this, tr("About Banter"),
                                   tr("<p><b>Banter %1</b></p><p>A desktop WebSocket client "
                                      "whose transports are plugins.</p>")
                                       .arg(QApplication::applicationVersion()));
            });
}

void MainWindow::switchLanguage(const QString &code, const QString &name)
{
    // Every window, menu and dialog open retranslates itself on the LanguageChange that follows.
    Localization::switchTo(code.isEmpty() ? QLocale::system() : QLocale(code));
    m_registry->retranslateNames();
    statusBar()->showMessage(code.isEmpty() ? tr("Banter follows the system's language now.")
                                            : tr("Banter speaks %1 now.").arg(name),
                             10000);
}

void MainWindow::connectTo(const QUrl &url)
{
    m_connectionBar->setUrlText(url.toString());
    connectToTypedUrl();
}

void MainWindow::openSaved(const SavedConnection &connection)
{
    m_connectionBar->setOptions(connection.options);
    Credentials credentials = m_connectionBar->credentials();
    if (credentials.userName != connection.userName)
        credentials = {connection.userName, QString()}; // another login: its password is not ours
    m_connectionBar->setCredentials(credentials);
    connectTo(connection.url);
}

void MainWindow::connectToTypedUrl()
{
    const QString text = m_connectionBar->urlText();
    const QUrl url = m_connectionBar->credentials().appliedTo(QUrl(text, QUrl::StrictMode));
    if (m_session->open(url, m_connectionBar->options()))
        m_connectionBar->addRecentUrl(text);
}

void MainWindow::toggleConnection()
{
    if (m_session->state() != Connection::State::Closed || m_session->isReconnectPending()) {
        m_session->close();
        updateState();
        return;
    }
    connectToTypedUrl();
}

void MainWindow::startEmbeddedServer(const QUrl &url)
{
    QUrl listenUrl = url;
    listenUrl.setHost(QStringLiteral("localhost"));
    if (startServerOn(listenUrl, QStringLiteral("echo"))) {
        updateServerInfo();
    } else if (m_server->error() == Listener::Error::AddressInUse) {
        m_servedElsewhere = url.port();
        updateServerInfo();
    } else {
        m_model->appendStatus(
            tr("the embedded echo server did not start: %1").arg(m_server->errorString()));
    }
}

bool MainWindow::startServer(int port, const QString &service)
{
    QUrl url(QStringLiteral("ws://localhost"));
    url.setPort(port);
    m_server->stop();
    m_servedElsewhere = -1;
    const bool started = startServerOn(url, service);
    if (!started) {
        const QString error = service == QLatin1String("chat")
                                  ? tr("the chat server did not start on port %1: %2")
                                  : tr("the echo server did not start on port %1: %2");
        reportError(error.arg(port).arg(m_server->errorString()));
    }
    updateServerInfo();
    return started;
}

bool MainWindow::startServerOn(const QUrl &url, const QString &service)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("server"));
    ServerSettings serverSettings;
    serverSettings.url = url;
    serverSettings.service = service;
    serverSettings.parkAfter = readSeconds(settings, "parkAfter", std::chrono::milliseconds(0));
    m_server->setTrimsHeap(settings.value(QStringLiteral("trimHeap"), false).toBool());
    return m_server->start(serverSettings);
}

void MainWindow::stopServer()
{
    m_server->stop();
    updateServerInfo();
}

void MainWindow::updateServerInfo()
{
    const bool running = m_server->isRunning();
    if (running)
        m_servedElsewhere = -1;
    m_stopServerAction->setEnabled(running);
    m_connectServerAction->setEnabled(running);
    if (running) {
        const int clients = m_server->connectionCount();
        const QString text = m_server->settings().service == QLatin1String("chat")
                                 ? tr("Chat server on %1 (%n client(s))", nullptr, clients)
                                 : tr("Echo server on %1 (%n client(s))", nullptr, clients);
        m_serverLabel->setText(text.arg(m_server->url().toString()));
    } else if (m_servedElsewhere >= 0) {
        m_serverLabel->setText(
            tr("Port %1 is already served: using that server").arg(m_servedElsewhere));
    } else {
        m_serverLabel->clear();
    }
}

void MainWindow::askServerPort(const QString &service)
{
    const bool isChat = service == QLatin1String("chat");
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("serverPortDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(isChat ? tr("Start Chat Server") : tr("Start Echo Server"));
    dialog->setLabelText(
        isChat ? tr("Serve chat rooms on localhost (ws://localhost:PORT/ROOM), port (0 picks a "
                    "free one):")
               : tr("Serve the echo service on localhost, port (0 picks a free one):"));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(0, 65535);
    dialog->setIntValue(m_server->isRunning() ? m_server->url().port() : 3000);
    connect(dialog, &QInputDialog::intValueSelected, this,
            [this, service](int port) { startServer(port, service); });
    dialog->open();
}

void MainWindow::loadSettings()
{
    m_trustController->trustStore()->setFileName(TrustStore::defaultFileName());
    m_composeBar->setVariables(VariablesDialog::load());
    m_roomController->loadSettings();
    m_snippetController->loadSettings();
    m_connectionsController->loadSettings();
    QSettings settings;
    settings.beginGroup(QStringLiteral("connection"));
    ChatSession::Settings values = m_session->settings();
    const ChatSession::Settings defaults;
    values.openTimeout = readSeconds(settings, "openTimeout", defaults.openTimeout);
    values.heartbeatInterval =
        readSeconds(settings, "heartbeatInterval", defaults.heartbeatInterval);
    values.heartbeatTimeout = readSeconds(settings, "heartbeatTimeout", defaults.heartbeatTimeout);
    values.stableAfter = readSeconds(settings, "stableAfter", defaults.stableAfter);
    m_session->setSettings(values);
    settings.endGroup();

    // From one row and one MiB up; a number that is not one keeps the default.
    settings.beginGroup(QStringLiteral("log"));
    ChatModel::Retention retention;
    const qint64 rows =
        settings.value(QStringLiteral("maxRows"), qint64(retention.maxRows)).toLongLong();
    const qint64 megabytes =
        settings.value(QStringLiteral("maxMegabytes"), retention.maxBytes / (1024 * 1024))
            .toLongLong();
    retention.maxRows =
        qsizetype(qBound(qint64(1), rows, qint64(std::numeric_limits<int>::max() / 2)));
    retention.maxBytes = qBound(qint64(1), megabytes, qint64(1) << 30) * 1024 * 1024;
    m_model->setRetention(retention);
    settings.endGroup();

    settings.beginGroup(windowGroup);
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_detailsAction->setChecked(settings.value(QStringLiteral("details"), true).toBool());
    m_timestampAction->setChecked(settings.value(QStringLiteral("timestamps"), false).toBool());
    m_connectionBar->setRecentUrls(settings.value(QStringLiteral("recentUrls")).toStringList());
    m_connectionBar->setUrlText(settings.value(QStringLiteral("lastUrl")).toString());
    m_hasSettings = true;
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(windowGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("timestamps"), m_timestampAction->isChecked());
    settings.setValue(QStringLiteral("details"), m_detailsAction->isChecked());
    settings.setValue(QStringLiteral("recentUrls"), m_connectionBar->recentUrls());
    settings.setValue(QStringLiteral("lastUrl"),
                      ConnectionBar::withoutPassword(m_connectionBar->urlText()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A window that never read the settings (a test, a benchmark) leaves them alone.
    if (m_hasSettings)
        saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::reportError(const QString &text)
{
    m_model->appendStatus(text);
    statusBar()->showMessage(text, 10000);
}

bool MainWindow::saveLog(const QString &path, ChatLog::Format format)
{
    m_model->flush();
    const QString error = ChatLog::save(path, *m_model, format);
    if (!error.isEmpty()) {
        reportError(error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %Ln row(s) to %1", nullptr, m_model->rowCount())
                                 .arg(QDir::toNativeSeparators(path)),
                             10000);
    return true;
}

bool MainWindow::openLog(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ChatLog::ReadResult result = ChatLog::load(path);
    QApplication::restoreOverrideCursor();
    if (!result.isOk()) {
        reportError(result.errorString);
        return false;
    }
    const int rows = int(result.entries.size());
    m_model->clear();
    m_model->appendEntries(std::move(result.entries));
    m_model->flush();
    statusBar()->showMessage(
        tr("Opened %Ln row(s) from %1", nullptr, rows).arg(QDir::toNativeSeparators(path)), 10000);
    return true;
}

bool MainWindow::sendFile(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (QFileInfo(path).size() > maxSendFileSize) {
        reportError(tr("cannot send %1: it is larger than %2, the most Banter sends as one message")
                        .arg(name, QLocale().formattedDataSize(maxSendFileSize, 0,
                                                               QLocale::DataSizeIecFormat)));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        reportError(tr("cannot send %1: %2").arg(name, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.read(maxSendFileSize + 1);
    if (file.error() != QFileDevice::NoError || bytes.size() > maxSendFileSize) {
        reportError(tr("cannot send %1: %2")
                        .arg(name, bytes.size() > maxSendFileSize ? tr("it is too large")
                                                                  : file.errorString()));
        return false;
    }
    return m_session->sendBinary(bytes);
}

QFileDialog *MainWindow::createFileDialog(const QString &title, const char *objectName,
                                          QFileDialog::FileMode mode)
{
    // Window-modal and not blocking: the chat goes on while the user picks a file.
    auto *dialog = new QFileDialog(this, title);
    dialog->setObjectName(QLatin1String(objectName));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(mode);
    return dialog;
}

void MainWindow::chooseLogToSave()
{
    QFileDialog *dialog = createFileDialog(tr("Save Log"), "saveLogDialog", QFileDialog::AnyFile);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QString ndjson = tr("NDJSON log, opens again (*.ndjson *.jsonl)");
    const QString text = tr("Text (*.txt *.log)");
    dialog->setNameFilters({ndjson, text});
    dialog->setDefaultSuffix(QStringLiteral("ndjson"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, text](const QString &filter) {
        dialog->setDefaultSuffix(filter == text ? QStringLiteral("txt") : QStringLiteral("ndjson"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, text](const QString &path) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        const bool isText = dialog->selectedNameFilter() == text ||
                            suffix == QLatin1String("txt") || suffix == QLatin1String("log");
        saveLog(path, isText ? ChatLog::Format::Text : ChatLog::Format::Ndjson);
    });
    dialog->open();
}

void MainWindow::chooseLogToOpen()
{
    QFileDialog *dialog =
        createFileDialog(tr("Open Log"), "openLogDialog", QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("NDJSON log (*.ndjson *.jsonl)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openLog);
    dialog->open();
}

bool MainWindow::startRecording(const QString &path)
{
    m_model->flush(); // the rows so far are the log's, not the recording's
    const QString error = m_recorder->start(path);
    m_recordAction->setChecked(error.isEmpty());
    if (!error.isEmpty()) {
        reportError(error);
        return false;
    }
    m_model->appendStatus(tr("recording the log to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::stopRecording()
{
    m_recordAction->setChecked(false);
    if (!m_recorder->isRecording())
        return;
    const QString path = QDir::toNativeSeparators(m_recorder->fileName());
    m_model->appendStatus(tr("recording to %1 stopped").arg(path));
    m_model->flush(); // its own last row
    m_recorder->stop();
}

void MainWindow::chooseFileToRecordTo()
{
    QFileDialog *dialog =
        createFileDialog(tr("Record to File"), "recordLogDialog", QFileDialog::AnyFile);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("NDJSON log, opens again (*.ndjson *.jsonl)")});
    dialog->setDefaultSuffix(QStringLiteral("ndjson"));
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::startRecording);
    connect(dialog, &QFileDialog::rejected, this, [this] { m_recordAction->setChecked(false); });
    dialog->open();
}

void MainWindow::chooseFileToSend()
{
    QFileDialog *dialog =
        createFileDialog(tr("Send File"), "sendFileDialog", QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::sendFile);
    dialog->open();
}

void MainWindow::sendText(const QString &text)
{
    // When the session cannot take the message, it stays in the field: nothing typed is lost.
    if (m_session->sendText(text))
        m_composeBar->accept();
}

void MainWindow::sendBinary(const QByteArray &bytes)
{
    if (m_session->sendBinary(bytes))
        m_composeBar->accept();
}

void MainWindow::cancelSelected()
{
    for (int row : m_chatPane->selectedRows())
        m_session->cancel(row);
}

void MainWindow::showDetails(int row)
{
    if (row < 0)
        m_detailPane->clear();
    else
        m_detailPane->showEntry(m_model->entry(row));
}

void MainWindow::updateState()
{
    const QString url = m_session->url().toString(QUrl::RemovePassword);
    const bool retrying = m_session->isReconnectPending();
    const Connection::State state = m_session->state();
    m_connectionBar->setConnected(state != Connection::State::Closed || retrying);
    m_reconnectAction->setEnabled(state == Connection::State::Closed &&
                                  !m_session->url().isEmpty());
    if (state != Connection::State::Open && m_roundTrip >= 0) {
        m_roundTrip = -1;
        updateRoundTrip();
    }
    switch (state) {
    case Connection::State::Closed:
        if (retrying) {
            m_countdown->start();
            updateCountdown();
            return;
        }
        m_stateLabel->setText(tr("Not connected"));
        break;
    case Connection::State::Connecting:
        m_stateLabel->setText(tr("Connecting to %1…").arg(url));
        break;
    case Connection::State::Open:
        m_stateLabel->setText(tr("Connected to %1").arg(url));
        break;
    case Connection::State::Closing:
        m_stateLabel->setText(tr("Closing…"));
        break;
    }
    m_countdown->stop();
}

void MainWindow::updateRoundTrip()
{
    if (m_roundTrip < 0)
        m_roundTripLabel->clear();
    else
        m_roundTripLabel->setText(tr("RTT %1 ms").arg(m_roundTrip));
}

void MainWindow::updateCountdown()
{
    if (!m_session->isReconnectPending()) {
        m_countdown->stop();
        return;
    }
    const int seconds = (m_session->msecsUntilReconnect() + 999) / 1000;
    m_stateLabel->setText(tr("Reconnecting to %1 in %n s (Ctrl+R: now)", nullptr, seconds)
                              .arg(m_session->url().toString(QUrl::RemovePassword)));
}

void MainWindow::editVariables()
{
    auto *dialog = new VariablesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setVariables(VariablesDialog::load());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        VariablesDialog::save(dialog->variables());
        m_composeBar->setVariables(dialog->variables());
    });
    dialog->open();
}

void MainWindow::showAboutPlugins()
{
    auto *dialog = new AboutPluginsDialog(m_registry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Banter
