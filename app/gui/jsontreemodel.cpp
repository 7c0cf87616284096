// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontreemodel.h"

#include <chatmodel.h>
#include <jsonpath.h>
#include <jsontext.h>

#include <QStringList>

namespace Banter {

JsonTreeModel::JsonTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void JsonTreeModel::setJson(const QString &json)
{
    beginResetModel();
    m_json = json;
    m_nodes.clear();
    const qsizetype start = JsonText::skipSpace(m_json, 0);
    if (start < m_json.size()) {
        Node document;
        document.valueStart = start;
        document.valueEnd = JsonText::valueEnd(m_json, start);
        m_nodes.push_back(document);
    }
    endResetModel();
}

void JsonTreeModel::readChildren(int node) const
{
    if (m_nodes[node].childCount >= 0)
        return;
    const Node container = m_nodes[node];
    const bool isObject = firstCharacter(container) == QLatin1Char('{');
    const int first = int(m_nodes.size());
    int count = 0;
    qsizetype i = JsonText::skipSpace(m_json, container.valueStart + 1);
    if (isObject || firstCharacter(container) == QLatin1Char('[')) {
        while (i < container.valueEnd - 1) {
            Node child;
            child.parent = node;
            child.row = count;
            if (isObject) {
                child.keyStart = i;
                i = JsonText::skipSpace(m_json, JsonText::valueEnd(m_json, i)); // at the ':'
                i = JsonText::skipSpace(m_json, i + 1);
            }
            child.valueStart = i;
            child.valueEnd = JsonText::valueEnd(m_json, i);
            m_nodes.push_back(child);
            ++count;
            i = JsonText::skipSpace(m_json, child.valueEnd); // at the ',' or the end
            i = JsonText::skipSpace(m_json, i + 1);
        }
    }
    m_nodes[node].firstChild = first;
    m_nodes[node].childCount = count;
}

int JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    const int node = nodeOf(parent);
    readChildren(node);
    return createIndex(row, column, quintptr(m_nodes[node].firstChild + row));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    const int parent = m_nodes[nodeOf(child)].parent;
    if (parent <= 0)
        return QModelIndex();
    return createIndex(m_nodes[parent].row, 0, quintptr(parent));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (m_nodes.empty() || parent.column() > 0)
        return 0;
    const int node = nodeOf(parent);
    readChildren(node);
    return m_nodes[node].childCount;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (m_nodes.empty() || parent.column() > 0)
        return false;
    const Node &node = m_nodes[nodeOf(parent)];
    if (node.childCount >= 0)
        return node.childCount > 0;
    // An object or array that is not empty, without reading it.
    const QChar first = firstCharacter(node);
    return (first == QLatin1Char('{') || first == QLatin1Char('[')) &&
           JsonText::skipSpace(m_json, node.valueStart + 1) < node.valueEnd - 1;
}

QString JsonTreeModel::keyText(const Node &node) const
{
    if (node.keyStart < 0)
        return QString::number(node.row);
    const qsizetype end = JsonText::valueEnd(m_json, node.keyStart);
    return JsonText::decodeString(QStringView(m_json).mid(node.keyStart, end - node.keyStart));
}

QString JsonTreeModel::typeName(const Node &node) const
{
    switch (firstCharacter(node).unicode()) {
    case '{':
        return tr("object");
    case '[':
        return tr("array");
    case '"':
        return tr("string");
    case 't':
    case 'f':
        return tr("boolean");
    case 'n':
        return tr("null");
    default:
        return tr("number");
    }
}

QString JsonTreeModel::valueText(int node) const
{
    const QChar first = firstCharacter(m_nodes[node]);
    if (first == QLatin1Char('{') || first == QLatin1Char('[')) {
        readChildren(node);
        const int count = m_nodes[node].childCount;
        // English has no catalog here: the source texts are proper English.
        if (first == QLatin1Char('{'))
            return count == 1 ? tr("1 member") : tr("%n members", nullptr, count);
        return count == 1 ? tr("1 item") : tr("%n items", nullptr, count);
    }
    const QString text = valueOf(m_nodes[node]);
    if (first != QLatin1Char('"'))
        return text;
    // What a server sent, on one line that it can neither break nor reorder.
    if (text.size() > maxShownCharacters)
        return ChatModel::displayLine(text.left(maxShownCharacters)) + QChar(0x2026);
    return ChatModel::displayLine(text);
}

QString JsonTreeModel::valueOf(const Node &node) const
{
    const QStringView value =
        QStringView(m_json).mid(node.valueStart, node.valueEnd - node.valueStart);
    return firstCharacter(node) == QLatin1Char('"') ? JsonText::decodeString(value)
                                                    : value.toString();
}

QString JsonTreeModel::path(int node) const
{
    QStringList steps;
    for (int at = node; at > 0; at = m_nodes[at].parent) {
        const Node &step = m_nodes[at];
        steps.prepend(step.keyStart < 0 ? JsonPath::indexStep(step.row)
                                        : JsonPath::memberStep(keyText(step)));
    }
    return QLatin1Char('$') + steps.join(QString());
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const int node = nodeOf(index);
    const Node &item = m_nodes[node];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return keyText(item);
        case TypeColumn:
            return typeName(item);
        default:
            return valueText(node);
        }
    case Qt::ToolTipRole:
    case PathRole:
        return path(node);
    case ValueTextRole:
        return valueOf(item);
    default:
        return QVariant();
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    default:
        return QVariant();
    }
}

} // namespace Banter
