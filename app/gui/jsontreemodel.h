// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

#include <vector>

namespace Banter {

// A JSON message as a tree: a row for every member and item, in the order written, with its
// key, its type and its value. The members of the document itself are the top rows. Read from
// the text as it came (checked valid by JsonText::check()), a level when it is first looked at,
// so that a 16 MiB message costs no more than what is opened of it.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, TypeColumn, ValueColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // the JSON path of the value: $.trades[3]["unit price"]
        ValueTextRole,               // a string's text, any other value's JSON as written
    };

    explicit JsonTreeModel(QObject *parent = nullptr);

    // Shows json, which must be a valid JSON object or array; an empty text shows nothing.
    void setJson(const QString &json);
    QString json() const { return m_json; }

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // How many characters a string value shows in its row at the most (its ValueTextRole is whole).
    static constexpr int maxShownCharacters = 500;

private:
    // One member or item, by where it is in the text.
    struct Node
    {
        qsizetype keyStart = -1; // the key's opening quote; -1 for an item of an array
        qsizetype valueStart = 0;
        qsizetype valueEnd = 0;
        int parent = -1;
        int row = 0;
        int firstChild = -1; // the children are consecutive nodes, once read
        int childCount = -1; // -1: not read yet
    };

    // Reads the members or items of node if it was not done yet.
    void readChildren(int node) const;
    int nodeOf(const QModelIndex &index) const;
    QChar firstCharacter(const Node &node) const { return m_json.at(node.valueStart); }
    QString keyText(const Node &node) const;
    QString typeName(const Node &node) const;
    // A string's text, any other value's JSON as written.
    QString valueOf(const Node &node) const;
    // What the value column shows.
    QString valueText(int node) const;
    QString path(int node) const;

    QString m_json;
    mutable std::vector<Node> m_nodes; // [0] is the document
};

} // namespace Banter
