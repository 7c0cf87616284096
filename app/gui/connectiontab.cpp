// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontab.h"

#include "chatpane.h"
#include "composebar.h"
#include "connectionbar.h"
#include "detailpane.h"
#include "filterbar.h"
#include "messageedit.h"
#include "repeatbar.h"

#include <chatmodel.h>
#include <chatsession.h>
#include <echocorrelator.h>
#include <trafficmeter.h>
#include <logrecorder.h>
#include <savedconnection.h>
#include <typedurl.h>
#include <banter/pluginregistry.h>

#include <QEvent>
#include <QListView>
#include <QPainter>
#include <QPixmap>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace Banter {

ConnectionTab::ConnectionTab(PluginRegistry *registry, MessageTemplate::Context *context,
                             QWidget *parent)
    : QWidget(parent)
    , m_model(new ChatModel(this))
    , m_session(new ChatSession(registry, m_model, this))
    , m_connectionBar(new ConnectionBar)
    , m_chatPane(new ChatPane(m_model))
    , m_detailPane(new DetailPane)
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_repeatBar(new RepeatBar)
    , m_composeBar(new ComposeBar)
    , m_recorder(new LogRecorder(m_model, this))
    , m_echoes(new EchoCorrelator(m_session, m_model, this))
    , m_traffic(new TrafficMeter(m_session, m_echoes, this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("connectionTab"));
    m_filterBar = new FilterBar(m_chatPane->filterModel());
    m_connectionBar->setSchemes(registry->schemes());
    m_composeBar->setContext(context);

    m_splitter->setObjectName(QStringLiteral("logSplitter"));
    m_splitter->setChildrenCollapsible(true);
    m_splitter->addWidget(m_chatPane);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_connectionBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_repeatBar);
    layout->addWidget(m_composeBar);

    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &ConnectionTab::updateState);
    connect(m_connectionBar, &ConnectionBar::connectRequested, this,
            &ConnectionTab::connectToTypedUrl);
    connect(m_connectionBar, &ConnectionBar::toggleRequested, this,
            &ConnectionTab::toggleConnection);
    connect(m_composeBar, &ComposeBar::textSubmitted, this, &ConnectionTab::sendText);
    connect(m_composeBar, &ComposeBar::binarySubmitted, this, &ConnectionTab::sendBinary);
    connect(m_composeBar, &ComposeBar::sendFileRequested, this, &ConnectionTab::sendFileRequested);
    connect(m_chatPane, &ChatPane::currentRowChanged, this, &ConnectionTab::showDetails);
    connect(m_chatPane->view(), &QListView::activated, this, &ConnectionTab::detailsRequested);
    connect(m_session, &ChatSession::stateChanged, this, &ConnectionTab::updateState);
    connect(m_session, &ChatSession::reconnectScheduled, this, &ConnectionTab::updateState);
    connect(m_session, &ChatSession::roundTripMeasured, this, [this](qint64 milliseconds) {
        m_roundTrip = milliseconds;
        Q_EMIT changed();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { countReceived(first, last); });
    updateState();
    const int line = fontMetrics().height();
    m_splitter->setSizes({line * 24, line * 6});
    setFocusProxy(m_composeBar->editor());
}

ConnectionTab::~ConnectionTab()
{
    // The repeated sends go before the session they send to.
    delete m_repeatBar;
}

void ConnectionTab::connectTo(const QUrl &url)
{
    m_connectionBar->setUrlText(TypedUrl::toText(url));
    connectToTypedUrl();
}

void ConnectionTab::showSaved(const SavedConnection &connection)
{
    m_connectionBar->setOptions(connection.options);
    Credentials credentials = m_connectionBar->credentials();
    if (credentials.userName != connection.userName)
        credentials = {connection.userName, QString()}; // another login: its password is not ours
    m_connectionBar->setCredentials(credentials);
    m_connectionBar->setUrlText(TypedUrl::toText(connection.url));
}

void ConnectionTab::connectToTypedUrl()
{
    const QString text = m_connectionBar->urlText();
    const QUrl url = m_connectionBar->credentials().appliedTo(TypedUrl::parse(text));
    if (m_session->open(url, m_connectionBar->options()))
        m_connectionBar->addRecentUrl(text);
}

void ConnectionTab::toggleConnection()
{
    if (m_session->state() != Connection::State::Closed || m_session->isReconnectPending()) {
        m_session->close();
        updateState();
        return;
    }
    connectToTypedUrl();
}

void ConnectionTab::sendText(const QString &text)
{
    // When the session cannot take the message, it stays in the field: nothing typed is lost.
    if (m_session->sendText(text))
        m_composeBar->accept();
}

void ConnectionTab::sendBinary(const QByteArray &bytes)
{
    if (m_session->sendBinary(bytes))
        m_composeBar->accept();
}

void ConnectionTab::cancelSelected()
{
    for (int row : m_chatPane->selectedRows())
        m_session->cancel(row);
}

void ConnectionTab::showDetails(int row)
{
    if (row < 0)
        m_detailPane->clear();
    else
        m_detailPane->showEntry(m_model->entry(row));
}

void ConnectionTab::setShown(bool isShown)
{
    m_isShown = isShown;
    if (isShown && m_unread > 0) {
        m_unread = 0;
        Q_EMIT changed();
    }
}

void ConnectionTab::countReceived(int first, int last)
{
    if (m_isShown)
        return;
    const int before = m_unread;
    for (int row = first; row <= last; ++row) {
        if (m_model->index(row).data(ChatModel::KindRole).value<ChatModel::Kind>() ==
            ChatModel::Kind::Received)
            ++m_unread;
    }
    if (m_unread != before)
        Q_EMIT changed();
}

QString ConnectionTab::roundTripText() const
{
    return m_roundTrip < 0 ? QString() : tr("RTT %1 ms").arg(m_roundTrip);
}

QString ConnectionTab::title() const
{
    QUrl url = m_session->url();
    if (url.isEmpty())
        url = TypedUrl::parse(m_connectionBar->urlText().trimmed());
    QString title = url.host();
    if (title.isEmpty())
        title = tr("New Connection");
    else if (url.port() >= 0)
        title += QLatin1Char(':') + QString::number(url.port());
    if (const QString path = url.path(); path.size() > 1)
        title += path;
    return m_unread > 0
               ? tr("%1 (%2)", "tab title (unread count)").arg(title, QLocale().toString(m_unread))
               : title;
}

void ConnectionTab::updateIcon()
{
    // Green when open, amber on the way or waiting to retry, grey when closed; painted when the
    // colour changes, not for every change of the title (a hidden tab's unread count).
    QColor colour(0x9e, 0x9e, 0x9e);
    if (m_session->state() == Connection::State::Open)
        colour = QColor(0x2e, 0x9d, 0x4b);
    else if (m_session->state() != Connection::State::Closed || m_session->isReconnectPending())
        colour = QColor(0xe0, 0x9b, 0x16);
    if (colour == m_iconColour && !m_stateIcon.isNull())
        return;
    m_iconColour = colour;
    const int size = fontMetrics().height();
    QPixmap dot(size, size);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(size * 0.25, size * 0.25, size * 0.5, size * 0.5));
    painter.end();
    m_stateIcon = QIcon(dot);
}

void ConnectionTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateState();
    QWidget::changeEvent(event);
}

void ConnectionTab::updateState()
{
    QUrl shown = m_session->url();
    shown.setPassword(QString());
    const QString url = TypedUrl::toText(shown);
    const bool retrying = m_session->isReconnectPending();
    const Connection::State state = m_session->state();
    m_connectionBar->setConnected(state != Connection::State::Closed || retrying);
    if (state != Connection::State::Open)
        m_roundTrip = -1;
    m_countdown->stop();
    switch (state) {
    case Connection::State::Closed:
        if (retrying) {
            m_countdown->start();
            const int seconds = (m_session->msecsUntilReconnect() + 999) / 1000;
            m_stateText = tr("Reconnecting to %1 in %n s (Ctrl+R: now)", nullptr, seconds).arg(url);
        } else {
            m_stateText = tr("Not connected");
        }
        break;
    case Connection::State::Connecting:
        m_stateText = tr("Connecting to %1…").arg(url);
        break;
    case Connection::State::Open:
        m_stateText = tr("Connected to %1").arg(url);
        break;
    case Connection::State::Closing:
        m_stateText = tr("Closing…");
        break;
    }
    updateIcon();
    Q_EMIT changed();
}

} // namespace Banter
