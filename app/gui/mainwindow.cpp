// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutpluginsdialog.h"
#include "chatdelegate.h"
#include "chatview.h"
#include "trustcontroller.h"

#include <chatmodel.h>
#include <chatsession.h>
#include <pluginregistry.h>
#include <serverhost.h>
#include <truststore.h>

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Banter {

MainWindow::MainWindow(PluginRegistry *registry, QWidget *parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_model(new ChatModel(this))
    , m_session(new ChatSession(registry, m_model, this))
    , m_server(new ServerHost(registry, this))
    , m_urlEdit(new QLineEdit)
    , m_connectButton(new QPushButton)
    , m_view(new ChatView)
    , m_messageEdit(new QLineEdit)
    , m_stateLabel(new QLabel)
    , m_serverLabel(new QLabel)
    , m_roundTripLabel(new QLabel)
    , m_reconnectAction(new QAction(tr("&Reconnect Now"), this))
    , m_cancelAction(new QAction(tr("&Cancel Sending"), this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Banter"));

    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setPlaceholderText(tr("ws://host:port/path"));
    m_urlEdit->setAccessibleName(tr("Server URL"));
    m_urlEdit->setClearButtonEnabled(true);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));

    m_view->setObjectName(QStringLiteral("chatView"));
    m_view->setAccessibleName(tr("Messages"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ChatDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_messageEdit->setObjectName(QStringLiteral("messageEdit"));
    m_messageEdit->setPlaceholderText(tr("Type a message and press Enter"));
    m_messageEdit->setAccessibleName(tr("Message"));

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_urlEdit, 1);
    urlRow->addWidget(m_connectButton);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(urlRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_messageEdit);
    setCentralWidget(central);

    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_roundTripLabel->setObjectName(QStringLiteral("roundTripLabel"));
    m_roundTripLabel->setToolTip(tr("Round-trip time of the last ping"));
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_roundTripLabel);
    statusBar()->addPermanentWidget(m_serverLabel);
    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &MainWindow::updateCountdown);

    // Refused certificates are the user's to trust, for one host each (Connection menu).
    m_trustController = new TrustController(m_session, this);
    createMenus();

    connect(m_connectButton, &QPushButton::clicked, this, &MainWindow::toggleConnection);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &MainWindow::toggleConnection);
    connect(m_messageEdit, &QLineEdit::returnPressed, this, &MainWindow::sendMessage);
    connect(m_session, &ChatSession::stateChanged, this, &MainWindow::updateState);
    connect(m_session, &ChatSession::reconnectScheduled, this, &MainWindow::updateState);
    connect(m_session, &ChatSession::roundTripMeasured, this, [this](qint64 milliseconds) {
        m_roundTripLabel->setText(tr("RTT %1 ms").arg(milliseconds));
    });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_atBottom = bar->value() == bar->maximum();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::followNewRows);

    updateState();
    resize(640, 480);
    m_messageEdit->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    m_reconnectAction->setObjectName(QStringLiteral("reconnectAction"));
    m_reconnectAction->setShortcut(Qt::CTRL | Qt::Key_R);
    connect(m_reconnectAction, &QAction::triggered, m_session, &ChatSession::reconnectNow);
    connection->addAction(m_reconnectAction);
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setShortcut(QKeySequence::Delete);
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelAction->setToolTip(tr("Take back the selected messages that are still pending"));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelSelected);
    connection->addAction(m_cancelAction);
    m_view->addAction(m_cancelAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connection->addSeparator();
    QAction *trusted = connection->addAction(tr("&Trusted Certificates…"), m_trustController,
                                             &TrustController::showTrustedCertificates);
    trusted->setObjectName(QStringLiteral("trustedCertificatesAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *plugins = help->addAction(tr("About &Plugins…"), this, &MainWindow::showAboutPlugins);
    plugins->setObjectName(QStringLiteral("aboutPluginsAction"));
    help->addAction(tr("&About Banter"), this, [this] {
        QMessageBox::about(this, tr("About Banter"),
                           tr("<p><b>Banter %1</b></p><p>A desktop WebSocket client whose "
                              "transports are plugins.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::connectTo(const QUrl &url)
{
    m_urlEdit->setText(url.toString());
    m_session->open(url);
}

void MainWindow::startEmbeddedServer(const QUrl &url)
{
    QUrl listenUrl = url;
    listenUrl.setHost(QStringLiteral("localhost"));
    if (m_server->start(listenUrl)) {
        connect(m_server, &ServerHost::connectionCountChanged, this, &MainWindow::updateServerInfo,
                Qt::UniqueConnection);
        updateServerInfo();
    } else if (m_server->error() == Listener::Error::AddressInUse) {
        m_serverLabel->setText(tr("Port %1 is already served: using that server").arg(url.port()));
    } else {
        m_model->appendStatus(
            tr("the embedded echo server did not start: %1").arg(m_server->errorString()));
    }
}

void MainWindow::updateServerInfo()
{
    m_serverLabel->setText(
        tr("Echo server on %1 (%n client(s))", nullptr, m_server->connectionCount())
            .arg(m_server->url().toString()));
}

void MainWindow::loadSettings()
{
    m_trustController->trustStore()->setFileName(TrustStore::defaultFileName());
    QSettings settings;
    settings.beginGroup(QStringLiteral("connection"));
    ChatSession::Settings values = m_session->settings();
    const ChatSession::Settings defaults;
    const auto read = [&settings](const char *key, std::chrono::milliseconds fallback) {
        const double seconds =
            settings.value(QLatin1String(key), double(fallback.count()) / 1000.0).toDouble();
        return std::chrono::milliseconds(qRound64(qMax(0.0, seconds) * 1000.0));
    };
    values.openTimeout = read("openTimeout", defaults.openTimeout);
    values.heartbeatInterval = read("heartbeatInterval", defaults.heartbeatInterval);
    values.heartbeatTimeout = read("heartbeatTimeout", defaults.heartbeatTimeout);
    m_session->setSettings(values);
}

void MainWindow::toggleConnection()
{
    if (m_session->state() != Connection::State::Closed || m_session->isReconnectPending()) {
        m_session->close();
        updateState();
        return;
    }
    m_session->open(QUrl(m_urlEdit->text().trimmed(), QUrl::StrictMode));
}

void MainWindow::cancelSelected()
{
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        m_session->cancel(index.row());
}

void MainWindow::sendMessage()
{
    const QString text = m_messageEdit->text();
    if (text.isEmpty())
        return;
    // When the session cannot take the message, it stays in the field: nothing typed is lost.
    if (m_session->sendText(text))
        m_messageEdit->clear();
}

void MainWindow::updateState()
{
    const QString url = m_session->url().toString();
    const bool retrying = m_session->isReconnectPending();
    const Connection::State state = m_session->state();
    m_connectButton->setText(state == Connection::State::Closed && !retrying ? tr("&Connect")
                                                                             : tr("&Disconnect"));
    m_reconnectAction->setEnabled(state == Connection::State::Closed &&
                                  !m_session->url().isEmpty());
    if (state != Connection::State::Open)
        m_roundTripLabel->clear();
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

void MainWindow::updateCountdown()
{
    if (!m_session->isReconnectPending()) {
        m_countdown->stop();
        return;
    }
    const int seconds = (m_session->msecsUntilReconnect() + 999) / 1000;
    m_stateLabel->setText(tr("Reconnecting to %1 in %n s (Ctrl+R: now)", nullptr, seconds)
                              .arg(m_session->url().toString()));
}

void MainWindow::followNewRows()
{
    if (m_atBottom)
        m_view->scrollToBottom();
}

void MainWindow::showAboutPlugins()
{
    AboutPluginsDialog dialog(m_registry, this);
    dialog.exec();
}

} // namespace Banter
