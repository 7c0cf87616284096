// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatpane.h"

#include "chatdelegate.h"
#include "chatfiltermodel.h"
#include "chatview.h"
#include "retranslator.h"

#include <chatmodel.h>

#include <QClipboard>
#include <QGuiApplication>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Banter {

ChatPane::ChatPane(ChatModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new ChatFilterModel(this))
    , m_view(new ChatView)
    , m_delegate(new ChatDelegate(m_view))
    , m_indicator(new QToolButton(this))
{
    auto *texts = new Retranslator(this, staticMetaObject.className());
    setObjectName(QStringLiteral("chatPane"));
    m_view->setObjectName(QStringLiteral("chatView"));
    texts->setText(m_view, "accessibleName", QT_TR_NOOP("Messages"));
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setModel(m_model);
    watchModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    layout->addWidget(m_view);

    m_indicator->setObjectName(QStringLiteral("newMessagesButton"));
    texts->setText(m_indicator, "accessibleName", QT_TR_NOOP("Scroll to the new messages"));
    m_indicator->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_indicator->setCursor(Qt::PointingHandCursor);
    m_indicator->hide();
    connect(m_indicator, &QToolButton::clicked, this, &ChatPane::scrollToBottom);

    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_unseen > 0 && isAtBottom()) {
            m_unseen = 0;
            updateIndicator();
        }
    });
    connect(m_filter, &ChatFilterModel::filterChanged, this, &ChatPane::showFilteredOrAll);
    // A changed filter reads the log again: the user stays with their row when it matches.
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_view->model() == m_filter && currentRow() >= 0)
            m_wantedRow = currentRow();
    });
    connect(m_filter, &ChatFilterModel::progressChanged, this, &ChatPane::findWantedRow);
    connect(m_model, &ChatModel::oldRowsDropped, this, [this](int row, int shift) {
        if (m_wantedRow >= 0)
            m_wantedRow = m_wantedRow >= row ? m_wantedRow - shift : -1;
    });
    texts->call([this] { updateIndicator(); });
}

QListView *ChatPane::view() const
{
    return m_view;
}

void ChatPane::setTimeVisible(bool visible)
{
    m_delegate->setTimeVisible(visible);
    m_view->viewport()->update();
}

void ChatPane::setSummaryPath(const std::optional<JsonPath> &path)
{
    m_delegate->setSummaryPath(path);
    m_view->viewport()->update();
}

bool ChatPane::isTimeVisible() const
{
    return m_delegate->isTimeVisible();
}

int ChatPane::sourceRow(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    return index.model() == m_filter ? m_filter->mapToSource(index).row() : index.row();
}

int ChatPane::currentRow() const
{
    return sourceRow(m_view->currentIndex());
}

QList<int> ChatPane::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(sourceRow(index));
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString ChatPane::selectedText() const
{
    QStringList lines;
    for (int row : selectedRows()) {
        const QModelIndex index = m_model->index(row);
        QString line = index.data(ChatModel::LineRole).toString();
        if (isTimeVisible())
            line.prepend(ChatDelegate::timeText(index) + QLatin1Char(' '));
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

void ChatPane::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void ChatPane::copyCurrentMessage() const
{
    const int row = currentRow();
    if (row < 0)
        return;
    const ChatModel::Entry entry = m_model->entry(row);
    QGuiApplication::clipboard()->setText(
        entry.isBinary ? QString::fromLatin1(entry.bytes.toHex(' ')) : entry.text);
}

bool ChatPane::isAtBottom() const
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    return bar->value() >= bar->maximum();
}

void ChatPane::scrollToBottom()
{
    m_view->scrollToBottom();
    m_unseen = 0;
    updateIndicator();
}

void ChatPane::showFilteredOrAll()
{
    QAbstractItemModel *wanted =
        m_filter->isActive() ? static_cast<QAbstractItemModel *>(m_filter) : m_model;
    if (m_view->model() == wanted)
        return;
    const int current = currentRow();
    QItemSelectionModel *oldSelection = m_view->selectionModel();
    if (wanted == m_filter)
        m_filter->setSourceModel(m_model);
    m_view->setModel(wanted);
    if (wanted == m_model)
        m_filter->setSourceModel(nullptr);
    delete oldSelection;
    watchModel(wanted);
    m_unseen = 0;
    updateIndicator();

    // Stay with the row the user was on, when it is shown; else at the newest.
    QModelIndex index = current >= 0 ? m_model->index(current) : QModelIndex();
    if (wanted == m_filter)
        index = m_filter->mapFromSource(index);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    } else {
        m_view->scrollToBottom();
        m_wantedRow = wanted == m_filter ? current : -1;
    }
    Q_EMIT currentRowChanged(currentRow());
}

void ChatPane::findWantedRow()
{
    if (m_wantedRow < 0 || m_view->model() != m_filter || m_view->currentIndex().isValid()) {
        m_wantedRow = -1;
        return;
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->index(m_wantedRow));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
        m_wantedRow = -1;
    } else if (!m_filter->isScanning() || m_filter->scannedRows() > m_wantedRow) {
        m_wantedRow = -1; // read, and no match
    }
}

void ChatPane::watchModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections = {
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                [this] { m_wasAtBottom = isAtBottom(); }),
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this, model](const QModelIndex &, int first, int last) {
                    // Rows a filter found in the log it reads are no new messages.
                    onRowsInserted(model == m_filter ? m_filter->arrivedCount(first, last)
                                                     : last - first + 1);
                }),
        connect(model, &QAbstractItemModel::modelReset, this,
                [this] {
                    m_unseen = 0;
                    updateIndicator();
                    Q_EMIT currentRowChanged(-1);
                }),
        connect(
            m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentRowChanged(sourceRow(current)); }),
    };
}

void ChatPane::onRowsInserted(int count)
{
    if (m_wasAtBottom) {
        m_view->scrollToBottom();
        return;
    }
    if (count == 0)
        return;
    m_unseen += count;
    updateIndicator();
}

void ChatPane::updateIndicator()
{
    if (m_unseen == 0) {
        m_indicator->hide();
        return;
    }
    // English has no catalog: the source texts are proper English; translators get every form.
    m_indicator->setText(m_unseen == 1 ? tr("\u2193 1 new message")
                                       : tr("\u2193 %n new messages", nullptr, m_unseen));
    m_indicator->adjustSize();
    m_indicator->show();
    m_indicator->raise();
    placeIndicator();
}

void ChatPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeIndicator();
}

void ChatPane::placeIndicator()
{
    const QRect area = m_view->geometry();
    const int spacing = m_indicator->fontMetrics().height() / 2;
    const int scrollBar =
        m_view->verticalScrollBar()->isVisible() ? m_view->verticalScrollBar()->width() : 0;
    m_indicator->move(area.right() - scrollBar - spacing - m_indicator->width(),
                      area.bottom() - spacing - m_indicator->height());
}

} // namespace Banter
