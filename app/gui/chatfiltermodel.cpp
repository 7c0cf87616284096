// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatfiltermodel.h"

#include <algorithm>

namespace Banter {

ChatFilterModel::ChatFilterModel(QObject *parent) : QAbstractProxyModel(parent)
{
    m_scanTimer.setSingleShot(true);
    m_scanTimer.setInterval(0);
    connect(&m_scanTimer, &QTimer::timeout, this, [this] {
        QElapsedTimer slice;
        slice.start();
        if (!scan(&slice))
            scheduleScan();
        Q_EMIT progressChanged();
    });
}

void ChatFilterModel::setFilter(const QString &pattern, Syntax syntax,
                                const QList<ChatModel::Kind> &kinds)
{
    bool shown[3] = {false, false, false};
    for (ChatModel::Kind kind : kinds)
        shown[int(kind)] = true;
    if (pattern == m_pattern && syntax == m_syntax && std::equal(shown, shown + 3, m_shown))
        return;
    m_pattern = pattern;
    m_syntax = syntax;
    std::copy(shown, shown + 3, m_shown);
    if (syntax == Syntax::RegularExpression)
        m_expression.setPattern(pattern);
    m_condition = syntax == Syntax::Field ? FieldExpression::parse(pattern) : FieldExpression();
    if (!isActive()) {
        // Said first: a view goes back to the whole log from the rows it shows now.
        Q_EMIT filterChanged();
        restart();
        return;
    }
    restart();
    Q_EMIT filterChanged();
}

bool ChatFilterModel::isBroken() const
{
    return (m_syntax == Syntax::RegularExpression && !m_expression.isValid()) ||
           (m_syntax == Syntax::Field && !m_condition.isValid());
}

QString ChatFilterModel::errorString() const
{
    // Said in the language in force when asked.
    if (m_syntax == Syntax::Field && !m_condition.isValid())
        return tr("Not a field condition: %1.").arg(m_condition.errorString());
    if (!isBroken())
        return QString();
    return tr("Not a regular expression: %1 at character %2.")
        .arg(m_expression.errorString())
        .arg(m_expression.patternErrorOffset() + 1);
}

bool ChatFilterModel::isActive() const
{
    const bool allKinds = m_shown[0] && m_shown[1] && m_shown[2];
    return !allKinds || (!m_pattern.trimmed().isEmpty() && !isBroken());
}

bool ChatFilterModel::accepts(int sourceRow) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    const auto kind = index.data(ChatModel::KindRole).value<ChatModel::Kind>();
    if (!m_shown[int(kind)])
        return false;
    if (m_pattern.trimmed().isEmpty() || isBroken())
        return true;
    if (m_syntax == Syntax::Field) {
        // A message's fields, as it came: status lines and binary messages have none.
        if (kind == ChatModel::Kind::Status || index.data(ChatModel::IsBinaryRole).toBool())
            return false;
        return m_condition.matchesText(index.data(ChatModel::PayloadRole).toString());
    }
    const QString text = index.data(Qt::DisplayRole).toString();
    if (m_syntax == Syntax::RegularExpression)
        return m_expression.match(text).hasMatch();
    return text.contains(m_pattern, Qt::CaseInsensitive);
}

int ChatFilterModel::sourceRows() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

void ChatFilterModel::forgetRows()
{
    m_rows.clear();
    m_scanned = 0;
    m_oldRows = sourceRows();
    m_cancelled = false;
}

void ChatFilterModel::restart()
{
    beginResetModel();
    forgetRows();
    endResetModel();
    // A few rows at once, so that a short log is filtered when the filter is set.
    QElapsedTimer slice;
    slice.start();
    if (!scan(&slice))
        scheduleScan();
    Q_EMIT progressChanged();
}

bool ChatFilterModel::scan(const QElapsedTimer *slice)
{
    const int total = sourceRows();
    std::vector<int> found;
    while (m_scanned < total && !m_cancelled) {
        if (accepts(m_scanned))
            found.push_back(m_scanned);
        ++m_scanned;
        if (slice && (m_scanned & 63) == 0 && slice->elapsed() >= sliceMilliseconds)
            break;
    }
    if (!found.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(found.size()) - 1);
        m_rows.insert(m_rows.end(), found.begin(), found.end());
        endInsertRows();
    }
    return !isScanning();
}

void ChatFilterModel::scheduleScan()
{
    if (isScanning() && !m_scanTimer.isActive())
        m_scanTimer.start();
}

void ChatFilterModel::finishScan()
{
    m_scanTimer.stop();
    scan(nullptr);
    Q_EMIT progressChanged();
}

void ChatFilterModel::cancel()
{
    if (!isScanning())
        return;
    m_cancelled = true;
    m_scanTimer.stop();
    Q_EMIT progressChanged();
}

void ChatFilterModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_scanTimer.stop();
    beginResetModel();
    QAbstractProxyModel::setSourceModel(model);
    forgetRows();
    endResetModel();
    if (!model)
        return;
    m_sourceConnections = {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    onSourceRowsInserted(first, last);
                }),
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    onSourceRowsAboutToBeRemoved(first, last);
                }),
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] {
                    m_scanTimer.stop();
                    beginResetModel();
                }),
        connect(model, &QAbstractItemModel::modelReset, this,
                [this] {
                    forgetRows();
                    endResetModel();
                    scheduleScan();
                    Q_EMIT progressChanged();
                }),
        connect(model, &QAbstractItemModel::dataChanged, this,
                &ChatFilterModel::onSourceDataChanged),
    };
    restart();
}

void ChatFilterModel::onSourceRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    if (first >= m_scanned) {
        // At the end, the usual case: matched by the next slice, or at once when few.
        if (m_cancelled)
            return;
        if (!m_scanTimer.isActive() && count <= 256)
            scan(nullptr);
        else
            scheduleScan();
        Q_EMIT progressChanged();
        return;
    }
    // Before the rows read so far (the line that says how many rows were dropped): the rows
    // after move down, and the new ones are matched now.
    const int at = lowerBound(first);
    for (auto it = m_rows.begin() + at; it != m_rows.end(); ++it)
        *it += count;
    m_scanned += count;
    m_oldRows += count;
    std::vector<int> found;
    for (int row = first; row <= last; ++row) {
        if (accepts(row))
            found.push_back(row);
    }
    if (found.empty())
        return;
    beginInsertRows(QModelIndex(), at, at + int(found.size()) - 1);
    m_rows.insert(m_rows.begin() + at, found.begin(), found.end());
    endInsertRows();
}

void ChatFilterModel::onSourceRowsAboutToBeRemoved(int first, int last)
{
    const int count = last - first + 1;
    const int begin = lowerBound(first);
    const int end = lowerBound(last + 1);
    if (end > begin) {
        beginRemoveRows(QModelIndex(), begin, end - 1);
        m_rows.erase(m_rows.begin() + begin, m_rows.begin() + end);
        endRemoveRows();
    }
    for (auto it = m_rows.begin() + begin; it != m_rows.end(); ++it)
        *it -= count;
    for (int *bound : {&m_scanned, &m_oldRows}) {
        if (*bound > last)
            *bound -= count;
        else if (*bound > first)
            *bound = first;
    }
}

int ChatFilterModel::arrivedCount(int first, int last) const
{
    const int oldEnd = lowerBound(m_oldRows);
    return qMax(0, last + 1 - qMax(first, oldEnd));
}

void ChatFilterModel::onSourceDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight, const QList<int> &roles)
{
    const int begin = lowerBound(topLeft.row());
    const int end = lowerBound(bottomRight.row() + 1);
    if (end > begin)
        Q_EMIT dataChanged(index(begin, 0), index(end - 1, 0), roles);
}

int ChatFilterModel::lowerBound(int sourceRow) const
{
    return int(std::lower_bound(m_rows.begin(), m_rows.end(), sourceRow) - m_rows.begin());
}

QModelIndex ChatFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= int(m_rows.size()))
        return QModelIndex();
    return sourceModel()->index(m_rows[proxyIndex.row()], proxyIndex.column());
}

QModelIndex ChatFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return QModelIndex();
    const int at = lowerBound(sourceIndex.row());
    if (at >= int(m_rows.size()) || m_rows[at] != sourceIndex.row())
        return QModelIndex();
    return index(at, sourceIndex.column());
}

QModelIndex ChatFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_rows.size()) || column != 0)
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex ChatFilterModel::parent(const QModelIndex &) const
{
    return QModelIndex();
}

int ChatFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChatFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

bool ChatFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

} // namespace Banter
