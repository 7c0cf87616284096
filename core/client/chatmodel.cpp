// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatmodel.h"

#include "chatstore.h"

#include <QDateTime>

namespace Banter {

ChatModel::ChatModel(QObject *parent)
    : QAbstractListModel(parent), m_store(std::make_unique<ChatStore>())
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &ChatModel::flush);
}

ChatModel::~ChatModel() = default;

int ChatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

QVariant ChatModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return m_store->isBinary(row) ? binaryPreview(m_store->bytes(row)) : m_store->text(row);
    case Qt::ToolTipRole:
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(m_store->msecsSinceEpoch(row));
    case KindRole:
        return QVariant::fromValue(m_store->kind(row));
    case PrefixRole:
        return prefix(m_store->kind(row));
    case DeliveryRole:
        return QVariant::fromValue(m_store->delivery(row));
    case IsBinaryRole:
        return m_store->isBinary(row);
    case PayloadRole:
        return m_store->isBinary(row) ? QVariant(m_store->bytes(row))
                                      : QVariant(m_store->text(row));
    case LineRole:
        return prefix(m_store->kind(row)) + QLatin1Char(' ') +
               (m_store->isBinary(row) ? binaryPreview(m_store->bytes(row)) : m_store->text(row));
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
    m_store->appendText(kind, text, delivery, QDateTime::currentMSecsSinceEpoch());
    queueFlush();
    return int(m_store->size()) - 1;
}

int ChatModel::appendBinary(Kind kind, const QByteArray &data, Delivery delivery)
{
    m_store->appendBinary(kind, data, delivery, QDateTime::currentMSecsSinceEpoch());
    queueFlush();
    return int(m_store->size()) - 1;
}

void ChatModel::appendEntries(std::vector<Entry> entries)
{
    if (entries.empty())
        return;
    for (const Entry &entry : entries)
        m_store->append(entry);
    queueFlush();
}

int ChatModel::pendingCount() const
{
    return int(m_store->size()) - m_rowCount;
}

void ChatModel::queueFlush()
{
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    // A row after a quiet while goes in at the end of this turn; in a burst, rows go in at the
    // pace a view can draw them.
    const qint64 wait =
        m_sinceFlush.isValid() ? minFlushInterval - m_sinceFlush.elapsed() : qint64(0);
    if (wait <= 0)
        QMetaObject::invokeMethod(this, &ChatModel::flush, Qt::QueuedConnection);
    else
        m_flushTimer.start(int(wait));
}

ChatModel::Entry ChatModel::entry(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return Entry();
    return m_store->entry(row);
}

void ChatModel::flush()
{
    m_flushQueued = false;
    m_flushTimer.stop();
    const int count = int(m_store->size());
    if (count == m_rowCount)
        return;
    beginInsertRows(QModelIndex(), m_rowCount, count - 1);
    m_rowCount = count;
    endInsertRows();
    m_sinceFlush.start();
}

void ChatModel::setDelivery(int row, Delivery delivery)
{
    if (row < 0 || row >= int(m_store->size()) || m_store->delivery(row) == delivery)
        return;
    m_store->setDelivery(row, delivery);
    if (row < m_rowCount) {
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, {DeliveryRole});
    }
}

void ChatModel::clear()
{
    beginResetModel();
    m_store->clear();
    m_rowCount = 0;
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
