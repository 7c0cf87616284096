// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutpluginsdialog.h"
#include "chatpane.h"
#include "connectiontab.h"
#include "composebar.h"
#include "connectionbar.h"
#include "detailpane.h"
#include "echostatisticspanel.h"
#include "filterbar.h"
#include "languagemenu.h"
#include "messageedit.h"
#include "paneldock.h"
#include "retranslator.h"
#include "connectionscontroller.h"
#include "roomcontroller.h"
#include "repeatbar.h"
#include "snippetcontroller.h"
#include "sparkline.h"
#include "trafficpanel.h"
#include "trustcontroller.h"
#include "variablesdialog.h"

#include <chatmodel.h>
#include <chatsession.h>
#include <banter/localization.h>
#include <banter/logging.h>
#include <banter/pluginregistry.h>
#include <banter/serversettings.h>
#include <logrecorder.h>
#include <networkconditions.h>
#include <serverhost.h>
#include <truststore.h>
#include <typedurl.h>

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSet>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

#include <limits>
#include <utility>

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
    , m_tabs(new QTabWidget)
    , m_server(new ServerHost(registry, this))
    , m_stateLabel(new QLabel)
    , m_serverLabel(new QLabel)
    , m_roundTripLabel(new QLabel)
    , m_conditionsLabel(new QLabel)
    , m_texts(new Retranslator(this, staticMetaObject.className()))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("connectionTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    // One connection looks as it always did: the tab bar shows from the second tab on.
    m_tabs->setTabBarAutoHide(true);
    setCentralWidget(m_tabs);

    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_roundTripLabel->setObjectName(QStringLiteral("roundTripLabel"));
    m_texts->setText(m_roundTripLabel, "toolTip", QT_TR_NOOP("Round-trip time of the last ping"));
    statusBar()->addWidget(m_stateLabel, 1);
    m_conditionsLabel->setObjectName(QStringLiteral("networkConditionsLabel"));
    m_conditionsLabel->hide();
    statusBar()->addPermanentWidget(m_conditionsLabel);
    statusBar()->addPermanentWidget(m_roundTripLabel);
    statusBar()->addPermanentWidget(m_serverLabel);

    // Refused certificates are the user's to trust, for one host each (Connection menu).
    m_trustController = new TrustController(this);
    // Chat rooms: the Members panel, the room in the status bar and title, Set Name….
    m_roomController = new RoomController(this);
    statusBar()->addPermanentWidget(m_roomController->roomLabel());
    // Snippets: the panel, Ctrl+1 to Ctrl+9, repeated sends above the message field.
    m_snippetController = new SnippetController(&m_templateContext, this);
    addActions(m_snippetController->shortcutActions());
    connect(m_snippetController, &SnippetController::contextUsed, this,
            [this] { currentTab()->composeBar()->updatePreview(); });
    // Saved connections: the panel, opened into the URL bar.
    m_connectionsController = new ConnectionsController(nullptr, this);
    connect(m_connectionsController, &ConnectionsController::openRequested, this,
            &MainWindow::openSaved);
    // Echo correlation: the current tab's counts and round trips.
    m_echoPanel = new EchoStatisticsPanel;
    m_echoDock = new PanelDock(
        m_echoPanel, QStringLiteral("echoStatisticsDock"),
        {staticMetaObject.className(), QT_TR_NOOP("Echo Statistics"),
         QT_TR_NOOP("&Echo Statistics"),
         QT_TR_NOOP("Each message paired with its echo: round trips, lost, out of order")},
        Qt::RightDockWidgetArea, this);
    // Live charts of the current tab's traffic, and its sparkline in the status bar.
    m_trafficPanel = new TrafficPanel;
    m_trafficDock = new PanelDock(
        m_trafficPanel, QStringLiteral("trafficDock"),
        {staticMetaObject.className(), QT_TR_NOOP("Traffic"), QT_TR_NOOP("Tra&ffic"),
         QT_TR_NOOP("Messages and bytes a second and round trips, over the last minutes")},
        Qt::BottomDockWidgetArea, this);
    connect(m_trafficPanel, &TrafficPanel::saveFailed, this,
            [this](const QString &message) { reportError(message); });
    m_sparkline = new Sparkline;
    statusBar()->addPermanentWidget(m_sparkline);
    connect(m_sparkline, &Sparkline::clicked, this, [this] {
        m_trafficDock->show();
        m_trafficDock->raise();
    });
    newTab();
    createMenus();

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_server, &ServerHost::connectionCountChanged, this, &MainWindow::updateServerInfo);

    // The texts that depend on state, set now and again in another language.
    m_texts->call([this] {
        setWindowTitle(tr("Banter"));
        retranslateTabBar();
        m_roomController->retranslate();
        updateStatus();
        updateServerInfo();
    });
    onCurrentTabChanged();
    const int line = fontMetrics().height();
    resize(line * 48, line * 36);
    currentTab()->setFocus();
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

ChatModel *MainWindow::model() const
{
    return currentTab()->model();
}

ChatSession *MainWindow::session() const
{
    return currentTab()->session();
}

ConnectionTab *MainWindow::currentTab() const
{
    return static_cast<ConnectionTab *>(m_tabs->currentWidget());
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

ConnectionTab *MainWindow::tab(int index) const
{
    return static_cast<ConnectionTab *>(m_tabs->widget(index));
}

ConnectionTab *MainWindow::newTab()
{
    auto *tab = new ConnectionTab(m_registry, &m_templateContext);
    ChatSession *session = tab->session();
    session->setSettings(m_sessionSettings);
    tab->model()->setRetention(m_retention);
    if (!m_outboxFolder.isEmpty())
        session->setOutboxFile(freeOutboxFile());
    m_trustController->watch(session);
    m_roomController->configure(session);
    if (ConnectionTab *current = currentTab()) {
        tab->connectionBar()->setRecentUrls(current->connectionBar()->recentUrls());
        m_splitterState = current->splitter()->saveState();
    }
    if (!m_splitterState.isEmpty())
        tab->splitter()->restoreState(m_splitterState);
    if (!m_summaryField.isEmpty())
        tab->chatPane()->setSummaryPath(JsonPath::parse(m_summaryField));
    if (m_timestampAction) {
        tab->chatPane()->setTimeVisible(m_timestampAction->isChecked());
        tab->detailPane()->setVisible(m_detailsAction->isChecked());
    }
    tab->chatPane()->view()->addActions(m_viewActions);
    tab->chatPane()->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(tab, &ConnectionTab::changed, this, [this, tab] { updateTab(tab); });
    connect(tab, &ConnectionTab::sendFileRequested, this, &MainWindow::chooseFileToSend);
    connect(tab, &ConnectionTab::detailsRequested, this,
            [this] { m_detailsAction->setChecked(true); });
    connect(tab->connectionBar(), &ConnectionBar::connectRequested, this, [this, tab] {
        // A URL connected to in one tab is offered in every tab's list.
        const QStringList recent = tab->connectionBar()->recentUrls();
        for (int i = 0; i < tabCount(); ++i)
            this->tab(i)->connectionBar()->setRecentUrls(recent);
    });
    connect(tab->recorder(), &LogRecorder::failed, this, [this, tab](const QString &error) {
        if (tab == currentTab())
            m_recordAction->setChecked(false);
        reportError(error, tab->model());
    });
    const int index = m_tabs->addTab(tab, tab->stateIcon(), tab->title());
    retranslateTabBar();
    m_tabs->setCurrentIndex(index);
    updateTab(tab);
    tab->setFocus();
    return tab;
}

QString MainWindow::freeOutboxFile() const
{
    QSet<QString> taken;
    for (int i = 0; i < tabCount(); ++i)
        taken.insert(tab(i)->session()->outboxFile());
    QDir folder(m_outboxFolder);
    QString path = folder.filePath(QStringLiteral("outbox.json"));
    for (int number = 2; taken.contains(path); ++number)
        path = folder.filePath(QStringLiteral("outbox-%1.json").arg(number));
    return path;
}

void MainWindow::setOutboxFolder(const QString &folder)
{
    m_outboxFolder = folder;
    // The tabs brought back find their own files again; a file no tab has is left alone.
    const QStringList files =
        QSettings().value(QStringLiteral("window/tabOutboxes")).toStringList();
    for (int i = 0; i < tabCount(); ++i) {
        const QString name = i < files.size() ? QFileInfo(files.at(i)).fileName() : QString();
        tab(i)->session()->setOutboxFile(name.isEmpty() ? freeOutboxFile()
                                                        : QDir(folder).filePath(name));
    }
}

bool MainWindow::closeTab(int index)
{
    ConnectionTab *closing = tab(index);
    if (!closing)
        return false;
    if (const int pending = closing->session()->outboxCount(); pending > 0) {
        QMessageBox question(QMessageBox::Question, tr("Close Tab"),
                             tr("%n message(s) of %1 are not sent yet. Close the tab and drop "
                                "them?",
                                nullptr, pending)
                                 .arg(closing->title()),
                             QMessageBox::Close | QMessageBox::Cancel, this);
        question.setObjectName(QStringLiteral("closeTabQuestion"));
        question.setDefaultButton(QMessageBox::Cancel);
        if (question.exec() != QMessageBox::Close)
            return false;
        const QString file = closing->session()->outboxFile();
        for (int row = closing->model()->rowCount() - 1; row >= 0; --row)
            closing->session()->cancel(row);
        if (!file.isEmpty())
            QFile::remove(file);
    }
    if (tabCount() == 1)
        newTab(); // the window always has a tab to type a URL into
    m_tabs->removeTab(m_tabs->indexOf(closing));
    closing->deleteLater();
    return true;
}

void MainWindow::onCurrentTabChanged()
{
    ConnectionTab *current = currentTab();
    if (!current)
        return;
    for (int i = 0; i < tabCount(); ++i)
        tab(i)->setShown(tab(i) == current);
    m_roomController->setSession(current->session());
    m_snippetController->setTarget(current->session(), current->model(), current->repeatBar());
    m_connectionsController->setBar(current->connectionBar());
    m_echoPanel->setCorrelator(current->echoCorrelator());
    m_trafficPanel->setMeter(current->trafficMeter());
    m_sparkline->setMeter(current->trafficMeter());
    if (m_recordAction)
        m_recordAction->setChecked(current->recorder()->isRecording());
    updateStatus();
}

void MainWindow::retranslateTabBar()
{
    m_tabs->setAccessibleName(tr("Connections"));
    QTabBar *bar = m_tabs->tabBar();
    bar->setAccessibleName(tr("Connections"));
    Retranslator::retranslateTabBar(bar);
}

void MainWindow::updateTab(ConnectionTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    m_tabs->setTabText(index, tab->title());
    m_tabs->setTabIcon(index, tab->stateIcon());
    m_tabs->setTabToolTip(index, tab->stateText());
    if (tab == currentTab())
        updateStatus();
}

void MainWindow::updateStatus()
{
    ConnectionTab *current = currentTab();
    if (!current)
        return;
    m_stateLabel->setText(current->stateText());
    m_roundTripLabel->setText(current->roundTripText());
    const QUrl url = current->session()->url();
    QStringList conditions;
    for (const NetworkConditions::Parameter &parameter : NetworkConditions::parameters(url))
        conditions.append(parameter.first + QLatin1Char(' ') + parameter.second);
    // Short in the status bar, which the connection's state and round trip share; in full in
    // its tooltip.
    m_conditionsLabel->setVisible(NetworkConditions::isWrapped(url));
    m_conditionsLabel->setText(tr("Network conditions"));
    m_conditionsLabel->setToolTip(tr("This connection goes through simulated network "
                                     "conditions; the log says which when it opens.") +
                                  QLatin1Char('\n') + conditions.join(QLatin1Char('\n')));
    if (m_reconnectAction)
        m_reconnectAction->setEnabled(current->session()->state() == Connection::State::Closed &&
                                      !current->session()->url().isEmpty());
}

void MainWindow::createFileMenu()
{
    QMenu *file = createMenu(QT_TR_NOOP("&File"));
    connect(createAction(file, QT_TR_NOOP("New &Tab"), "newTabAction", QKeySequence::AddTab),
            &QAction::triggered, this, &MainWindow::newTab);
    connect(createAction(file, QT_TR_NOOP("&Close Tab"), "closeTabAction", Qt::CTRL | Qt::Key_W),
            &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    QAction *next = createAction(file, QT_TR_NOOP("Ne&xt Tab"), "nextTabAction");
    next->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(next, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % tabCount()); });
    QAction *previous = createAction(file, QT_TR_NOOP("Pre&vious Tab"), "previousTabAction");
    previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                            QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(previous, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + tabCount() - 1) % tabCount());
    });
    file->addSeparator();
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
    connect(copy, &QAction::triggered, this, [this] { currentTab()->chatPane()->copySelection(); });
    QAction *copyMessage = createAction(edit, QT_TR_NOOP("Copy &Message"), "copyMessageAction",
                                        Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    m_texts->setText(copyMessage, "toolTip",
                     QT_TR_NOOP("Copy the whole message of the current row, as it is"));
    connect(copyMessage, &QAction::triggered, this,
            [this] { currentTab()->chatPane()->copyCurrentMessage(); });
    m_viewActions << copy << copyMessage;
    QAction *find = createAction(edit, QT_TR_NOOP("&Find…"), "findAction", QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] { currentTab()->filterBar()->activate(); });
    edit->addSeparator();
    QAction *clear = createAction(edit, QT_TR_NOOP("C&lear Log"), "clearAction",
                                  Qt::CTRL | Qt::SHIFT | Qt::Key_K);
    connect(clear, &QAction::triggered, this, [this] { model()->clear(); });
}

void MainWindow::createViewMenu()
{
    QMenu *view = createMenu(QT_TR_NOOP("&View"));
    m_timestampAction = createAction(view, QT_TR_NOOP("Show &Timestamps"), "timestampAction");
    m_timestampAction->setCheckable(true);
    connect(m_timestampAction, &QAction::toggled, this, [this](bool isVisible) {
        for (int i = 0; i < tabCount(); ++i)
            tab(i)->chatPane()->setTimeVisible(isVisible);
    });
    QAction *summary = createAction(view, QT_TR_NOOP("JSON S&ummary Field…"), "summaryFieldAction");
    m_texts->setText(summary, "toolTip",
                     QT_TR_NOOP("Show a field of each JSON message first in its row, such as "
                                "$.type"));
    connect(summary, &QAction::triggered, this, &MainWindow::askSummaryField);
    m_detailsAction = createAction(view, QT_TR_NOOP("Message &Details"), "detailsAction");
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    m_texts->setText(m_detailsAction, "toolTip",
                     QT_TR_NOOP("The selected message in full, below the log (Enter on a row)"));
    connect(m_detailsAction, &QAction::toggled, this, [this](bool isVisible) {
        for (int i = 0; i < tabCount(); ++i)
            tab(i)->detailPane()->setVisible(isVisible);
    });
    view->addAction(m_connectionsController->toggleAction());
    view->addAction(m_snippetController->toggleAction());
    view->addAction(m_echoDock->toggleViewAction());
    view->addAction(m_trafficDock->toggleViewAction());
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
    connect(location, &QAction::triggered, this,
            [this] { currentTab()->connectionBar()->focusUrl(); });
    m_reconnectAction = createAction(connection, QT_TR_NOOP("&Reconnect Now"), "reconnectAction",
                                     Qt::CTRL | Qt::Key_R);
    connect(m_reconnectAction, &QAction::triggered, this, [this] { session()->reconnectNow(); });
    m_cancelAction = createAction(connection, QT_TR_NOOP("&Cancel Sending"), "cancelAction",
                                  QKeySequence::Delete);
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_texts->setText(m_cancelAction, "toolTip",
                     QT_TR_NOOP("Take back the selected messages that are still pending"));
    connect(m_cancelAction, &QAction::triggered, this, [this] { currentTab()->cancelSelected(); });
    m_viewActions << m_cancelAction;
    // The tab made before the menus gets them too.
    for (int i = 0; i < tabCount(); ++i)
        tab(i)->chatPane()->view()->addActions(m_viewActions);
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
    currentTab()->connectTo(url);
}

void MainWindow::openSaved(const SavedConnection &connection, const ConnectionSecrets &secrets)
{
    // A connected tab keeps its connection: the saved one opens beside it.
    ConnectionTab *target = currentTab();
    if (target->session()->state() != Connection::State::Closed ||
        target->session()->isReconnectPending())
        target = newTab();
    target->showSaved(connection);
    ConnectionBar *bar = target->connectionBar();
    ConnectOptions options = bar->options();
    Credentials credentials = bar->credentials();
    secrets.applyTo(&options, &credentials);
    bar->setOptions(options);
    if (connection.url.userName().isEmpty()) {
        bar->setCredentials(credentials);
    } else if (!secrets.password.isEmpty()) {
        // The URL's own user name wins over the login's: the password goes with it.
        QUrl url = connection.url;
        url.setPassword(secrets.password);
        bar->setUrlText(TypedUrl::toText(url));
    }
    target->connectToTypedUrl();
}

void MainWindow::connectAtStart(const QUrl &url, bool isGiven)
{
    const int restored = std::exchange(m_restoredTabs, 0);
    if (restored == 0) {
        connectTo(url);
        return;
    }
    int shown = m_tabs->currentIndex();
    for (int i = 0; i < restored; ++i) {
        tab(i)->connectToTypedUrl();
        if (isGiven && QUrl(tab(i)->connectionBar()->urlText()) == url)
            shown = i;
    }
    if (isGiven && QUrl(tab(shown)->connectionBar()->urlText()) != url) {
        newTab()->connectTo(url);
        return;
    }
    m_tabs->setCurrentIndex(shown);
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
        model()->appendStatus(
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

QString MainWindow::setSummaryField(const QString &path)
{
    std::optional<JsonPath> parsed;
    if (!path.trimmed().isEmpty()) {
        QString error;
        qsizetype position = -1;
        parsed = JsonPath::parse(path, &error, &position);
        if (!parsed)
            return tr("Not a JSON path: %1.").arg(error);
    }
    m_summaryField = parsed ? parsed->toString() : QString();
    for (int i = 0; i < tabCount(); ++i)
        tab(i)->chatPane()->setSummaryPath(parsed);
    return QString();
}

void MainWindow::askSummaryField()
{
    QString text = m_summaryField;
    QString problem;
    for (;;) {
        QInputDialog dialog(this);
        dialog.setObjectName(QStringLiteral("summaryFieldDialog"));
        dialog.setWindowTitle(tr("JSON Summary Field"));
        QString label = tr("The field of each JSON message to show first in its row, such as "
                           "$.type or $.user.name (empty: none):");
        if (!problem.isEmpty())
            label += QLatin1Char('\n') + problem;
        dialog.setLabelText(label);
        dialog.setTextValue(text);
        if (dialog.exec() != QDialog::Accepted)
            return;
        text = dialog.textValue();
        problem = setSummaryField(text);
        if (problem.isEmpty())
            return;
    }
}

void MainWindow::loadSettings()
{
    m_trustController->trustStore()->setFileName(TrustStore::defaultFileName());
    currentTab()->composeBar()->setVariables(VariablesDialog::load());
    m_roomController->loadSettings();
    m_snippetController->loadSettings();
    m_connectionsController->loadSettings();
    QSettings settings;
    settings.beginGroup(QStringLiteral("connection"));
    const ChatSession::Settings defaults;
    m_sessionSettings.openTimeout = readSeconds(settings, "openTimeout", defaults.openTimeout);
    m_sessionSettings.heartbeatInterval =
        readSeconds(settings, "heartbeatInterval", defaults.heartbeatInterval);
    m_sessionSettings.heartbeatTimeout =
        readSeconds(settings, "heartbeatTimeout", defaults.heartbeatTimeout);
    m_sessionSettings.stableAfter = readSeconds(settings, "stableAfter", defaults.stableAfter);
    settings.endGroup();

    // From one row and one MiB up; a number that is not one keeps the default.
    settings.beginGroup(QStringLiteral("log"));
    const ChatModel::Retention defaultRetention;
    const qint64 rows =
        settings.value(QStringLiteral("maxRows"), qint64(defaultRetention.maxRows)).toLongLong();
    const qint64 megabytes =
        settings.value(QStringLiteral("maxMegabytes"), defaultRetention.maxBytes / (1024 * 1024))
            .toLongLong();
    m_retention.maxRows =
        qsizetype(qBound(qint64(1), rows, qint64(std::numeric_limits<int>::max() / 2)));
    m_retention.maxBytes = qBound(qint64(1), megabytes, qint64(1) << 30) * 1024 * 1024;
    settings.endGroup();
    for (int i = 0; i < tabCount(); ++i) {
        tab(i)->session()->setSettings(m_sessionSettings);
        tab(i)->model()->setRetention(m_retention);
    }

    settings.beginGroup(windowGroup);
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    m_splitterState = settings.value(QStringLiteral("splitter")).toByteArray();
    currentTab()->splitter()->restoreState(m_splitterState);
    m_detailsAction->setChecked(settings.value(QStringLiteral("details"), true).toBool());
    m_timestampAction->setChecked(settings.value(QStringLiteral("timestamps"), false).toBool());
    setSummaryField(settings.value(QStringLiteral("summaryField")).toString());
    currentTab()->connectionBar()->setRecentUrls(
        settings.value(QStringLiteral("recentUrls")).toStringList());
    currentTab()->connectionBar()->setUrlText(settings.value(QStringLiteral("lastUrl")).toString());
    restoreTabs(settings.value(QStringLiteral("tabs")).toStringList(),
                settings.value(QStringLiteral("currentTab"), 0).toInt());
    m_hasSettings = true;
}

void MainWindow::restoreTabs(const QStringList &tabs, int current)
{
    // Each one as a saved connection: what is open comes back, never a secret.
    for (const QString &text : tabs) {
        QString error;
        const std::optional<SavedConnection> connection =
            SavedConnection::fromJson(QJsonDocument::fromJson(text.toUtf8()).object(), &error);
        if (!connection) {
            qCWarning(lcUi, "a tab of the last session is not restored: %s", qUtf8Printable(error));
            continue;
        }
        ConnectionTab *restored = m_restoredTabs == 0 ? currentTab() : newTab();
        restored->showSaved(*connection);
        ++m_restoredTabs;
    }
    if (m_restoredTabs > 0)
        m_tabs->setCurrentIndex(qBound(0, current, m_restoredTabs - 1));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(windowGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("splitter"), currentTab()->splitter()->saveState());
    settings.setValue(QStringLiteral("timestamps"), m_timestampAction->isChecked());
    settings.setValue(QStringLiteral("summaryField"), m_summaryField);
    settings.setValue(QStringLiteral("details"), m_detailsAction->isChecked());
    settings.setValue(QStringLiteral("recentUrls"), currentTab()->connectionBar()->recentUrls());
    settings.setValue(QStringLiteral("lastUrl"),
                      ConnectionBar::withoutPassword(currentTab()->connectionBar()->urlText()));
    QStringList tabs;
    QStringList outboxes;
    for (int i = 0; i < tabCount(); ++i) {
        // Named as saved connections must be; the name is not shown.
        const SavedConnection connection =
            tab(i)->connectionBar()->saved(QStringLiteral("tab %1").arg(i + 1));
        if (connection.url.isEmpty())
            continue; // a tab that never had a URL has nothing to bring back
        tabs.append(
            QString::fromUtf8(QJsonDocument(connection.toJson()).toJson(QJsonDocument::Compact)));
        outboxes.append(QFileInfo(tab(i)->session()->outboxFile()).fileName());
    }
    settings.setValue(QStringLiteral("tabs"), tabs);
    settings.setValue(QStringLiteral("tabOutboxes"), outboxes);
    settings.setValue(QStringLiteral("currentTab"), m_tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A window that never read the settings (a test, a benchmark) leaves them alone.
    if (m_hasSettings)
        saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::reportError(const QString &text, ChatModel *log)
{
    (log ? log : model())->appendStatus(text);
    statusBar()->showMessage(text, 10000);
}

bool MainWindow::saveLog(const QString &path, ChatLog::Format format)
{
    model()->flush();
    const QString error = ChatLog::save(path, *model(), format);
    if (!error.isEmpty()) {
        reportError(error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %Ln row(s) to %1", nullptr, model()->rowCount())
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
    model()->clear();
    model()->appendEntries(std::move(result.entries));
    model()->flush();
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
    return session()->sendBinary(bytes);
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
    model()->flush(); // the rows so far are the log's, not the recording's
    const QString error = currentTab()->recorder()->start(path);
    m_recordAction->setChecked(error.isEmpty());
    if (!error.isEmpty()) {
        reportError(error);
        return false;
    }
    model()->appendStatus(tr("recording the log to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::stopRecording()
{
    m_recordAction->setChecked(false);
    if (!currentTab()->recorder()->isRecording())
        return;
    const QString path = QDir::toNativeSeparators(currentTab()->recorder()->fileName());
    model()->appendStatus(tr("recording to %1 stopped").arg(path));
    model()->flush(); // its own last row
    currentTab()->recorder()->stop();
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

void MainWindow::editVariables()
{
    auto *dialog = new VariablesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setVariables(VariablesDialog::load());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        VariablesDialog::save(dialog->variables());
        currentTab()->composeBar()->setVariables(dialog->variables());
        for (int i = 0; i < tabCount(); ++i)
            tab(i)->composeBar()->updatePreview();
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
