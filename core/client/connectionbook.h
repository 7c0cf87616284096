// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"
#include "savedconnection.h"

#include <QList>
#include <QObject>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace Banter {

// The user's saved connections, in the user's order, each under a name of its own (names differ
// in more than case). Kept in banter.conf ([connections], without secrets); exported and
// imported as a JSON file (docs/CONNECTIONS.md).
class BANTERCLIENT_EXPORT ConnectionBook : public QObject
{
    Q_OBJECT

public:
    // The file format's name and version (docs/CONNECTIONS.md).
    static constexpr const char *format = "banter.connections";
    static constexpr int version = 1;

    explicit ConnectionBook(QObject *parent = nullptr);

    QList<SavedConnection> connections() const { return m_connections; }
    int size() const { return int(m_connections.size()); }
    SavedConnection at(int index) const { return m_connections.value(index); }
    // The index of the connection named name (in any case), -1 for none.
    int indexOf(const QString &name) const;
    // name, or "name (2)", "name (3)", ... whichever no connection has.
    QString freeName(const QString &name) const;

    // Each returns false, with *error in words, when it cannot be done (the connection's
    // problem(), a name taken); nothing changes then.
    bool add(const SavedConnection &connection, QString *error);
    bool rename(int index, const QString &name, QString *error);
    // A copy of the one at index, under a free name, right after it; its index, -1 for none.
    int duplicate(int index);
    bool remove(int index);

    // The export file: every connection, as JSON.
    QByteArray toJson() const;
    // Adds the connections of an export file, under free names; how many, or -1 with *error in
    // words (the file is not one, or which connection cannot be kept and why): then none is.
    int importJson(const QByteArray &json, QString *error);

    void load(QSettings &settings);
    void save(QSettings &settings) const;

Q_SIGNALS:
    void changed();

private:
    // Why connection cannot be kept in place of the one at except (-1: as a new one): its own
    // problem(), or its name taken; empty when it can.
    QString problem(const SavedConnection &connection, int except) const;

    QList<SavedConnection> m_connections;
};

} // namespace Banter
