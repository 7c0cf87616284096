// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatfiltermodel.h"

#include <algorithm>

namespace Banter {

ChatFilterModel::ChatFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Rows are inserted at the end and never change what they say: no re-filtering on change.
    setDynamicSortFilter(false);
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
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool ChatFilterModel::isBroken() const
{
    return m_syntax == Syntax::RegularExpression && !m_expression.isValid();
}

QString ChatFilterModel::errorString() const
{
    // Said in the language in force when asked.
    if (!isBroken())
        return QString();
    return tr("Not a regular expression: %1 at character %2.")
        .arg(m_expression.errorString())
        .arg(m_expression.patternErrorOffset() + 1);
}

bool ChatFilterModel::isActive() const
{
    const bool allKinds = m_shown[0] && m_shown[1] && m_shown[2];
    return !allKinds || (!m_pattern.isEmpty() && !isBroken());
}

bool ChatFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = index.data(ChatModel::KindRole).value<ChatModel::Kind>();
    if (!m_shown[int(kind)])
        return false;
    if (m_pattern.isEmpty() || isBroken())
        return true;
    const QString text = index.data(Qt::DisplayRole).toString();
    if (m_syntax == Syntax::RegularExpression)
        return m_expression.match(text).hasMatch();
    return text.contains(m_pattern, Qt::CaseInsensitive);
}

} // namespace Banter
