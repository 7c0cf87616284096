// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chatmodel.h>

#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace Banter {

// The rows of a ChatModel that match a text (plain, ignoring case, or a regular expression) and
// are of the kinds shown. A row is matched by what the view shows of it.
class ChatFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Syntax { PlainText, RegularExpression };
    Q_ENUM(Syntax)

    explicit ChatFilterModel(QObject *parent = nullptr);

    // Shows the rows of the given kinds that match pattern (every row of them when it is empty).
    void setFilter(const QString &pattern, Syntax syntax, const QList<ChatModel::Kind> &kinds);
    QString pattern() const { return m_pattern; }
    Syntax syntax() const { return m_syntax; }

    // Anything to filter at all; an inactive filter lets every row through.
    bool isActive() const;
    // Why the pattern cannot be used (a broken regular expression), in words; empty when it can.
    QString errorString() const;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool isBroken() const;

    QString m_pattern;
    QRegularExpression m_expression;
    Syntax m_syntax = Syntax::PlainText;
    bool m_shown[3] = {true, true, true};
};

} // namespace Banter
