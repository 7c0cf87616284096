// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"
#include "snippet.h"

#include <QList>
#include <QObject>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace Banter {

// The user's snippets, in the user's order. Names are unique among the snippets a connection
// sees: two snippets may share a name only when each belongs to another single connection.
// Kept in banter.conf ([snippets]), like the variables: they are no place for secrets.
class BANTERCLIENT_EXPORT SnippetBook : public QObject
{
    Q_OBJECT

public:
    explicit SnippetBook(QObject *parent = nullptr);

    QList<Snippet> snippets() const { return m_snippets; }
    int size() const { return int(m_snippets.size()); }
    Snippet at(int index) const { return m_snippets.value(index); }
    // The indexes of the snippets the connection (a Snippet::connectionKey()) sees, in order.
    QList<int> indexesFor(const QString &connectionKey) const;
    // Whether another snippet than the one at except (-1: none) would be seen together with one
    // named name for connection ("" every connection).
    bool isNameTaken(const QString &name, const QString &connection, int except = -1) const;
    // Why snippet cannot be kept in place of the one at except (-1: as a new one), in words: its
    // own problem(), or its name taken; empty when it can.
    QString problem(const Snippet &snippet, int except = -1) const;

    // Each returns false, with *error in words, when the snippet cannot be kept (its problem(),
    // a name taken) or the index is not one; nothing changes then.
    bool add(const Snippet &snippet, QString *error);
    bool replace(int index, const Snippet &snippet, QString *error);
    bool remove(int index);

    // Reads [snippets] of settings, leaving out what a hand-edited file holds that cannot be a
    // snippet; writes them there.
    void load(QSettings &settings);
    void save(QSettings &settings) const;

Q_SIGNALS:
    void changed();

private:
    bool check(const Snippet &snippet, int except, QString *error) const;

    QList<Snippet> m_snippets;
};

} // namespace Banter
