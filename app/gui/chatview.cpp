// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatview.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace Banter {

ChatView::ChatView(QWidget *parent) : QListView(parent)
{
    setUniformItemSizes(true);
    setVerticalScrollMode(ScrollPerPixel);
}

int ChatView::rowCount() const
{
    return model() ? model()->rowCount(rootIndex()) : 0;
}

int ChatView::rowHeight() const
{
    if (m_rowHeight <= 0) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        const QModelIndex first =
            model() ? model()->index(0, modelColumn(), rootIndex()) : QModelIndex();
        m_rowHeight = qMax(1, itemDelegateForIndex(first)
                                  ? itemDelegateForIndex(first)->sizeHint(option, first).height()
                                  : option.fontMetrics.height());
    }
    return m_rowHeight;
}

std::pair<int, int> ChatView::rowsBetween(int top, int bottom) const
{
    const qint64 height = rowHeight();
    const qint64 offset = verticalOffset();
    const int first = int(std::clamp<qint64>((top + offset) / height, 0, rowCount()));
    const int last = int(std::clamp<qint64>((bottom + offset) / height, -1, rowCount() - 1));
    return {first, last};
}

QRect ChatView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.parent() != rootIndex() || index.column() != modelColumn())
        return {};
    const qint64 top = qint64(index.row()) * rowHeight() - verticalOffset();
    return {0, int(std::clamp<qint64>(top, INT_MIN / 2, INT_MAX / 2)), viewport()->width(),
            rowHeight()};
}

QModelIndex ChatView::indexAt(const QPoint &point) const
{
    if (!viewport()->rect().contains(point))
        return {};
    const qint64 row = (point.y() + qint64(verticalOffset())) / rowHeight();
    if (row < 0 || row >= rowCount())
        return {};
    return model()->index(int(row), modelColumn(), rootIndex());
}

void ChatView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid() || index.parent() != rootIndex())
        return;
    executeDelayedItemsLayout();
    const qint64 height = rowHeight();
    const qint64 top = index.row() * height;
    const qint64 view = viewport()->height();
    qint64 value = verticalScrollBar()->value();
    switch (hint) {
    case PositionAtTop:
        value = top;
        break;
    case PositionAtBottom:
        value = top + height - view;
        break;
    case PositionAtCenter:
        value = top - (view - height) / 2;
        break;
    case EnsureVisible:
        if (top < value)
            value = top;
        else if (top + height > value + view)
            value = top + height - view;
        break;
    }
    verticalScrollBar()->setValue(int(std::clamp<qint64>(value, 0, INT_MAX)));
}

void ChatView::doItemsLayout()
{
    m_rowHeight = 0;
    // Skips QListView's layout pass: there is nothing to lay out.
    QAbstractItemView::doItemsLayout(); // NOLINT(bugprone-parent-virtual-call)
}

void ChatView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    // QListView would schedule a layout of every row; the scroll range is all that changes.
    QAbstractItemView::rowsInserted(parent, start, end); // NOLINT(bugprone-parent-virtual-call)
    if (parent != rootIndex())
        return;
    updateGeometries();
    // Rows appended below the visible ones need no repaint: the scroll bar shows them.
    if (start <= rowsBetween(0, viewport()->height()).second)
        viewport()->update();
}

void ChatView::updateGeometries()
{
    const qint64 content = qint64(rowCount()) * rowHeight();
    QScrollBar *bar = verticalScrollBar();
    bar->setSingleStep(rowHeight());
    bar->setPageStep(viewport()->height());
    bar->setRange(0, int(std::clamp<qint64>(content - viewport()->height(), 0, INT_MAX)));
    horizontalScrollBar()->setRange(0, 0);
    QAbstractItemView::updateGeometries(); // NOLINT(bugprone-parent-virtual-call)
}

void ChatView::paintEvent(QPaintEvent *event)
{
    if (!model())
        return;
    QPainter painter(viewport());
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QStyle::State base = option.state;
    const QModelIndex current = currentIndex();
    const bool hasFocus = viewport()->hasFocus() || this->hasFocus();
    const QItemSelectionModel *selection = selectionModel();
    const auto [first, last] = rowsBetween(event->rect().top(), event->rect().bottom());
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model()->index(row, modelColumn(), rootIndex());
        option.rect = visualRect(index);
        option.state = base;
        if (!(model()->flags(index) & Qt::ItemIsEnabled))
            option.state &= ~QStyle::State_Enabled;
        if (selection && selection->isSelected(index))
            option.state |= QStyle::State_Selected;
        if (hasFocus && index == current)
            option.state |= QStyle::State_HasFocus;
        itemDelegateForIndex(index)->paint(&painter, option, index);
    }
}

void ChatView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx)
    viewport()->scroll(0, dy);
}

QModelIndex ChatView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    Q_UNUSED(modifiers)
    const int rows = rowCount();
    if (rows == 0)
        return {};
    const int page = qMax(1, viewport()->height() / rowHeight());
    const int row = currentIndex().isValid() ? currentIndex().row() : -1;
    int next = row;
    switch (action) {
    case MoveUp:
    case MovePrevious:
        next = row - 1;
        break;
    case MoveDown:
    case MoveNext:
        next = row + 1;
        break;
    case MovePageUp:
        next = row - page;
        break;
    case MovePageDown:
        next = row + page;
        break;
    case MoveHome:
        next = 0;
        break;
    case MoveEnd:
        next = rows - 1;
        break;
    case MoveLeft:
    case MoveRight:
        break;
    }
    return model()->index(qBound(0, next, rows - 1), modelColumn(), rootIndex());
}

void ChatView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    const QRect area = rect.normalized();
    const auto [first, last] = rowsBetween(area.top(), area.bottom());
    QItemSelection selection;
    if (first <= last) {
        selection.select(model()->index(first, modelColumn(), rootIndex()),
                         model()->index(last, modelColumn(), rootIndex()));
    }
    selectionModel()->select(selection, command);
}

QRegion ChatView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    const QRect view = viewport()->rect();
    for (const QItemSelectionRange &range : selection) {
        if (range.parent() != rootIndex() || range.left() > modelColumn() ||
            range.right() < modelColumn())
            continue;
        const QRect top = visualRect(model()->index(range.top(), modelColumn(), rootIndex()));
        const QRect bottom = visualRect(model()->index(range.bottom(), modelColumn(), rootIndex()));
        region += top.united(bottom).intersected(view);
    }
    return region;
}

int ChatView::horizontalOffset() const
{
    return 0;
}

int ChatView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

bool ChatView::isIndexHidden(const QModelIndex &index) const
{
    Q_UNUSED(index)
    return false;
}

QSize ChatView::viewportSizeHint() const
{
    return QAbstractItemView::viewportSizeHint(); // NOLINT(bugprone-parent-virtual-call)
}

} // namespace Banter
