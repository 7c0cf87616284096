// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace Banter {

// The chat log's view: a QListView whose rows all have the height the delegate gives the first
// row, so that where a row is comes from arithmetic (row × height) instead of a layout pass.
// QListView lays every row out again after each insert (about 0.1 s at a million rows, even with
// uniform item sizes); here an insert costs the same at a million rows as at ten.
// Rows cannot be hidden (setRowHidden() has no effect) and the flow is top to bottom.
class ChatView : public QListView
{
    Q_OBJECT

public:
    explicit ChatView(QWidget *parent = nullptr);

    QRect visualRect(const QModelIndex &index) const override;
    QModelIndex indexAt(const QPoint &point) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    void doItemsLayout() override;

protected:
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void updateGeometries() override;
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    QSize viewportSizeHint() const override;

private:
    int rowCount() const;
    int rowHeight() const;
    // The rows [first, last] that intersect the viewport's vertical range [top, bottom].
    std::pair<int, int> rowsBetween(int top, int bottom) const;

    mutable int m_rowHeight = 0; // measured once per layout
};

} // namespace Banter
