// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <jsonpath.h>

#include <QList>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QListView;
class QToolButton;
QT_END_NAMESPACE

namespace Banter {

class ChatDelegate;
class ChatFilterModel;
class ChatModel;
class ChatView;

// The log as the user reads it: the view of the ChatModel, which follows new rows only while
// the user is at the bottom and otherwise shows a "new messages" button over it. While a filter
// is active the view shows the ChatFilterModel; otherwise the ChatModel itself, so that an
// unfiltered log pays nothing for filtering.
class ChatPane : public QWidget
{
    Q_OBJECT

public:
    explicit ChatPane(ChatModel *model, QWidget *parent = nullptr);

    QListView *view() const;
    ChatFilterModel *filterModel() const { return m_filter; }

    void setTimeVisible(bool visible);
    bool isTimeVisible() const;
    // The field of JSON messages shown first in their rows (ChatDelegate::setSummaryPath()).
    void setSummaryPath(const std::optional<JsonPath> &path);
    ChatDelegate *delegate() const { return m_delegate; }

    // Rows of the ChatModel, whatever the view shows.
    int currentRow() const;
    QList<int> selectedRows() const;
    // The selected rows as the view shows them, one line each ("12:00:01.234 > hello").
    QString selectedText() const;
    void copySelection() const;
    // The current row's message as it is: all of its text, or its bytes in hex.
    void copyCurrentMessage() const;

    bool isAtBottom() const;
    // Rows that arrived while the user was reading further up.
    int unseenCount() const { return m_unseen; }
    void scrollToBottom();

Q_SIGNALS:
    void currentRowChanged(int row);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showFilteredOrAll();
    // Makes the row the user was on current again once the filter's reading finds it.
    void findWantedRow();
    void watchModel(QAbstractItemModel *model);
    void onRowsInserted(int count);
    void updateIndicator();
    void placeIndicator();
    int sourceRow(const QModelIndex &index) const;

    ChatModel *m_model;
    ChatFilterModel *m_filter;
    ChatView *m_view;
    ChatDelegate *m_delegate;
    QToolButton *m_indicator;
    QList<QMetaObject::Connection> m_modelConnections;
    int m_unseen = 0;
    int m_wantedRow = -1; // of the ChatModel: the row to find again, -1 for none
    bool m_wasAtBottom = true;
};

} // namespace Banter
