// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatmodel.h"

#include <QDateTime>

namespace Banter {

ChatModel::ChatModel(QObject *parent) : QAbstractListModel(parent) {}

ChatModel::~ChatModel() = default;

int ChatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ChatModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return e.isBinary ? binaryPreview(e.bytes) : e.text;
    case Qt::ToolTipRole:
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(e.msecsSinceEpoch);
    case KindRole:
        return QVariant::fromValue(e.kind);
    case PrefixRole:
        return prefix(e.kind);
    case DeliveryRole:
        return QVariant::fromValue(e.delivery);
    case IsBinaryRole:
        return e.isBinary;
    case PayloadRole:
        return e.isBinary ? QVariant(e.bytes) : QVariant(e.text);
    case LineRole:
        return prefix(e.kind) + QLatin1Char(' ') + (e.isBinary ? binaryPreview(e.bytes) : e.text);
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(PrefixRole, "prefix");
    names.insert(TimeRole, "time");
    names.insert(DeliveryRole, "delivery");
    names.insert(IsBinaryRole, "isBinary");
    names.insert(PayloadRole, "payload");
    names.insert(LineRole, "line");
    return names;
}

int ChatModel::appendText(Kind kind, const QString &text, Delivery delivery)
{
    Entry entry;
    entry.text = text;
    entry.kind = kind;
    entry.delivery = delivery;
    return append(std::move(entry));
}

int ChatModel::appendBinary(Kind kind, const QByteArray &data, Delivery delivery)
{
    Entry entry;
    entry.bytes = data;
    entry.kind = kind;
    entry.delivery = delivery;
    entry.isBinary = true;
    return append(std::move(entry));
}

int ChatModel::append(Entry &&entry)
{
    entry.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    m_pending.push_back(std::move(entry));
    queueFlush();
    return int(m_entries.size() + m_pending.size()) - 1;
}

void ChatModel::appendEntries(std::vector<Entry> entries)
{
    if (entries.empty())
        return;
    if (m_pending.empty())
        m_pending.swap(entries);
    else
        m_pending.insert(m_pending.end(), std::make_move_iterator(entries.begin()),
                         std::make_move_iterator(entries.end()));
    queueFlush();
}

void ChatModel::queueFlush()
{
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &ChatModel::flush, Qt::QueuedConnection);
    }
}

ChatModel::Entry ChatModel::entry(int row) const
{
    if (row < 0 || row >= int(m_entries.size()))
        return Entry();
    return m_entries[size_t(row)];
}

void ChatModel::flush()
{
    m_flushQueued = false;
    if (m_pending.empty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows(QModelIndex(), first, first + int(m_pending.size()) - 1);
    if (m_entries.empty()) {
        m_entries.swap(m_pending);
    } else {
        m_entries.insert(m_entries.end(), std::make_move_iterator(m_pending.begin()),
                         std::make_move_iterator(m_pending.end()));
        m_pending.clear();
    }
    endInsertRows();
}

void ChatModel::setDelivery(int row, Delivery delivery)
{
    const int count = int(m_entries.size());
    if (row >= count && row < count + int(m_pending.size())) {
        m_pending[size_t(row - count)].delivery = delivery;
        return;
    }
    if (row < 0 || row >= count || m_entries[size_t(row)].delivery == delivery)
        return;
    m_entries[size_t(row)].delivery = delivery;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {DeliveryRole});
}

void ChatModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_pending.clear();
    endResetModel();
}

QString ChatModel::prefix(Kind kind)
{
    switch (kind) {
    case Kind::Sent:
        return QStringLiteral(">");
    case Kind::Received:
        return QStringLiteral("<");
    case Kind::Status:
        break;
    }
    return QStringLiteral("#");
}

QString ChatModel::binaryPreview(const QByteArray &data, int maxBytes)
{
    // English is the source language and loads no catalog, so "%n byte(s)" would show as is:
    // the source texts are proper English, and translators get every plural form of the second.
    const int size = int(data.size());
    QString preview = size == 1 ? tr("<binary, 1 byte>") : tr("<binary, %n bytes>", nullptr, size);
    if (!data.isEmpty()) {
        preview += QLatin1Char(' ');
        preview += QString::fromLatin1(data.left(maxBytes).toHex(' '));
        if (data.size() > maxBytes)
            preview += QStringLiteral(" …");
    }
    return preview;
}

} // namespace Banter
