// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatmodel.h"

#include "chatstore.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Banter {

namespace {

// The pages of the rows just dropped go back to the system (glibc keeps them otherwise).
void giveMemoryBack()
{
#ifdef __GLIBC__
    ::malloc_trim(0);
#endif
}

// Drops the values of the first rows entries and moves the others' keys up by as many.
template<typename Value> void dropFirstKeys(QHash<int, Value> &byEntry, int rows)
{
    QHash<int, Value> kept;
    for (auto it = byEntry.cbegin(); it != byEntry.cend(); ++it) {
        if (it.key() >= rows)
            kept.insert(it.key() - rows, it.value());
    }
    byEntry.swap(kept);
}

} // namespace

ChatModel::ChatModel(QObject *parent)
    : QAbstractListModel(parent), m_store(std::make_unique<ChatStore>())
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &ChatModel::flush);
}

ChatModel::~ChatModel() = default;

int ChatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount + headerRows();
}

QVariant ChatModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() < headerRows()) {
        switch (role) {
        case Qt::DisplayRole:
        case PayloadRole:
            return droppedText();
        case LineRole:
            return prefix(Kind::Status) + QLatin1Char(' ') + droppedText();
        case Qt::ToolTipRole:
        case TimeRole:
            return QDateTime::fromMSecsSinceEpoch(m_droppedAt);
        case KindRole:
            return QVariant::fromValue(Kind::Status);
        case PrefixRole:
            return prefix(Kind::Status);
        case DeliveryRole:
            return QVariant::fromValue(Delivery::None);
        case IsBinaryRole:
        case IsHistoryRole:
            return false;
        case RoomOffsetRole:
            return quint64(0);
        case AttributesRole:
            return QVariantMap();
        case EchoRole:
            return 0;
        case RoundTripRole:
            return qint64(-1);
        default:
            return {};
        }
    }
    const int row = index.row() - headerRows();
    switch (role) {
    case Qt::DisplayRole:
        return m_store->isBinary(row) ? binaryPreview(m_store->bytes(row)) : text(row);
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
    case IsHistoryRole:
        return m_store->isHistory(row);
    case RoomOffsetRole:
        return m_roomOffsets.value(row, 0);
    case AttributesRole:
        return m_attributes.value(row);
    case EchoRole:
        return int(m_echoes.value(row).flags);
    case RoundTripRole:
        return m_echoes.value(row).roundTripMicros;
    case PayloadRole:
        return m_store->isBinary(row) ? QVariant(m_store->bytes(row)) : QVariant(text(row));
    case LineRole:
        return prefix(m_store->kind(row)) + QLatin1Char(' ') +
               (m_store->isBinary(row) ? binaryPreview(m_store->bytes(row)) : text(row));
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
    names.insert(IsHistoryRole, "isHistory");
    names.insert(RoomOffsetRole, "roomOffset");
    names.insert(AttributesRole, "attributes");
    names.insert(EchoRole, "echo");
    names.insert(RoundTripRole, "roundTrip");
    names.insert(PayloadRole, "payload");
    names.insert(LineRole, "line");
    return names;
}

int ChatModel::appendText(Kind kind, const QString &text, Delivery delivery)
{
    m_store->appendText(kind, text, delivery, QDateTime::currentMSecsSinceEpoch());
    queueFlush();
    return int(m_store->size()) - 1 + headerRows();
}

int ChatModel::appendStatus(const QString &text)
{
    const int last = int(m_store->size()) - 1;
    if (last < 0 || m_store->kind(last) != Kind::Status || m_store->isBinary(last) ||
        m_store->text(last) != text) {
        return appendText(Kind::Status, text);
    }
    m_repeats[last] = m_repeats.value(last, 1) + 1;
    if (last < m_rowCount) {
        const QModelIndex changed = index(last + headerRows());
        Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, PayloadRole, LineRole});
    }
    return last + headerRows();
}

QString ChatModel::text(int entry) const
{
    const int repeats = m_repeats.value(entry, 1);
    return repeats > 1 ? m_store->text(entry) + QStringLiteral(" ×%1").arg(repeats)
                       : m_store->text(entry);
}

int ChatModel::appendBinary(Kind kind, const QByteArray &data, Delivery delivery)
{
    m_store->appendBinary(kind, data, delivery, QDateTime::currentMSecsSinceEpoch());
    queueFlush();
    return int(m_store->size()) - 1 + headerRows();
}

void ChatModel::appendEntries(std::vector<Entry> entries)
{
    if (entries.empty())
        return;
    for (const Entry &entry : entries) {
        if (!entry.attributes.isEmpty())
            m_attributes.insert(int(m_store->size()), entry.attributes);
        m_store->append(entry);
    }
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
    if (row < 0 || row >= rowCount())
        return Entry();
    if (row < headerRows()) {
        Entry header;
        header.text = droppedText();
        header.msecsSinceEpoch = m_droppedAt;
        return header;
    }
    const int at = row - headerRows();
    Entry result = m_store->entry(at);
    if (!result.isBinary)
        result.text = text(at);
    result.attributes = m_attributes.value(at);
    return result;
}

void ChatModel::flush()
{
    m_flushQueued = false;
    m_flushTimer.stop();
    const int count = int(m_store->size());
    if (count == m_rowCount)
        return;
    beginInsertRows(QModelIndex(), m_rowCount + headerRows(), count - 1 + headerRows());
    m_rowCount = count;
    endInsertRows();
    m_sinceFlush.start();
    trim();
}

void ChatModel::setRetention(const Retention &retention)
{
    m_retention = retention;
    m_retention.maxRows = std::max<qsizetype>(retention.maxRows, 1);
    m_retention.maxBytes = std::max<qint64>(retention.maxBytes, 1);
}

qint64 ChatModel::byteSize() const
{
    return m_store->byteSize();
}

QString ChatModel::droppedText() const
{
    return tr("%1 older rows dropped (the log keeps %2 rows, %3 MiB)")
        .arg(QLocale().toString(m_droppedCount), QLocale().toString(qint64(m_retention.maxRows)),
             QLocale().toString(m_retention.maxBytes / (1024 * 1024)));
}

void ChatModel::trim()
{
    // A tenth of the limit more than needed, so that a log at its limit is not trimmed at every
    // insert.
    const qsizetype size = m_store->size();
    qsizetype rows = 0;
    if (size > m_retention.maxRows)
        rows = size - m_retention.maxRows + m_retention.maxRows / 10;
    const qint64 bytes = m_store->byteSize();
    if (bytes > m_retention.maxBytes) {
        rows = std::max(
            rows, m_store->rowsHolding(bytes - m_retention.maxBytes + m_retention.maxBytes / 10));
    }
    rows = std::min<qsizetype>(rows, m_rowCount);
    if (rows <= 0)
        return;
    // The first row says how many were dropped: it comes once the first rows are gone, and
    // counts them all from then on.
    const int header = headerRows();
    beginRemoveRows(QModelIndex(), header, header + int(rows) - 1);
    m_store->removeFirst(rows);
    m_rowCount -= int(rows);
    dropFirstKeys(m_repeats, int(rows));
    dropFirstKeys(m_roomOffsets, int(rows));
    dropFirstKeys(m_attributes, int(rows));
    dropFirstKeys(m_echoes, int(rows));
    endRemoveRows();
    m_droppedAt = QDateTime::currentMSecsSinceEpoch();
    if (header == 0) {
        beginInsertRows(QModelIndex(), 0, 0);
        m_droppedCount += rows;
        endInsertRows();
    } else {
        m_droppedCount += rows;
        const QModelIndex first = index(0);
        Q_EMIT dataChanged(first, first);
    }
    giveMemoryBack();
    Q_EMIT oldRowsDropped(header + int(rows), int(rows) - 1 + header);
}

void ChatModel::setRoomOffset(int row, quint64 offset)
{
    const int at = row - headerRows();
    if (at < 0 || at >= int(m_store->size()) || m_roomOffsets.value(at, 0) == offset)
        return;
    m_roomOffsets.insert(at, offset);
    if (at < m_rowCount) {
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, {RoomOffsetRole});
    }
}

void ChatModel::setAttributes(int row, const QVariantMap &attributes)
{
    const int at = row - headerRows();
    if (at < 0 || at >= int(m_store->size()) || m_attributes.value(at) == attributes)
        return;
    if (attributes.isEmpty())
        m_attributes.remove(at);
    else
        m_attributes.insert(at, attributes);
    if (at < m_rowCount) {
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, {AttributesRole});
    }
}

void ChatModel::setEcho(int row, const Echo &echo)
{
    const int at = row - headerRows();
    if (at < 0 || at >= int(m_store->size()))
        return;
    if (echo.flags == 0)
        m_echoes.remove(at);
    else
        m_echoes.insert(at, echo);
    if (at < m_rowCount) {
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, {EchoRole, RoundTripRole});
    }
}

ChatModel::Echo ChatModel::echo(int row) const
{
    return m_echoes.value(row - headerRows());
}

void ChatModel::setDelivery(int row, Delivery delivery)
{
    const int at = row - headerRows();
    if (at < 0 || at >= int(m_store->size()) || m_store->delivery(at) == delivery)
        return;
    m_store->setDelivery(at, delivery);
    if (at < m_rowCount) {
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, {DeliveryRole});
    }
}

void ChatModel::clear()
{
    clearKeepingMemory();
    // glibc keeps what a large log freed for later allocations, out of the system's reach.
    giveMemoryBack();
}

void ChatModel::clearKeepingMemory()
{
    beginResetModel();
    m_store->clear();
    m_repeats.clear();
    m_roomOffsets.clear();
    m_attributes.clear();
    m_echoes.clear();
    m_rowCount = 0;
    m_droppedCount = 0;
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

QString ChatModel::displayLine(const QString &text)
{
    constexpr char16_t returnSymbol = 0x21B5;
    QString line;
    line.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        const bool isBreak = u == '\n' || u == '\r' || u == '\v' || u == '\f' ||
                             (u >= 0x1c && u <= 0x1e) || u == 0x85 ||
                             c.category() == QChar::Separator_Line ||
                             c.category() == QChar::Separator_Paragraph;
        if (!isBreak) {
            line.append(c);
            continue;
        }
        line.append(QChar(returnSymbol));
        if (u == '\r' && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            ++i; // CR LF is one break
    }
    return isolated(line);
}

QString ChatModel::isolated(const QString &text)
{
    constexpr char16_t firstStrongIsolate = 0x2068;
    constexpr char16_t popDirectionalIsolate = 0x2069;
    QString result;
    result.reserve(text.size() + 2);
    result.append(QChar(firstStrongIsolate));
    int openIsolates = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x2066 && u <= 0x2068) {
            ++openIsolates;
        } else if (u == popDirectionalIsolate) {
            // One that closes nothing of the text's own would close the outer isolate.
            if (openIsolates == 0)
                continue;
            --openIsolates;
        }
        result.append(c);
    }
    // A PDI also ends every embedding and override opened since its isolate began.
    result.append(QString(openIsolates + 1, QChar(popDirectionalIsolate)));
    return result;
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
