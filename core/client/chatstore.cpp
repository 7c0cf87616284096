// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatstore.h"

#include <QStringEncoder>

#include <cstring>

namespace Banter {

static_assert(ChatStore::maxPackedSize <= ChatStore::chunkSize);

ChatStore::ChatStore() = default;

ChatStore::~ChatStore() = default;

void ChatStore::appendText(Kind kind, const QString &text, Delivery delivery,
                           qint64 msecsSinceEpoch)
{
    static_assert(sizeof(Record) == 24, "a record is meant to stay this small");
    Record record;
    record.msecsSinceEpoch = msecsSinceEpoch;
    record.kind = kind;
    record.delivery = delivery;
    // A UTF-16 code unit takes at most three bytes of UTF-8.
    if (text.size() <= maxPackedSize / 3 && text.isValidUtf16()) {
        char *out = reserve(record, text.size() * 3);
        QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
        record.size = quint32(encoder.appendToBuffer(out, text) - out);
        m_chunkUsed += record.size;
        m_packedBytes += record.size;
    } else {
        record.index = m_textBase + quint32(m_texts.size());
        m_texts.push_back(text);
        m_unpackedBytes += text.size() * qint64(sizeof(QChar));
    }
    m_records.push_back(record);
}

void ChatStore::appendBinary(Kind kind, const QByteArray &data, Delivery delivery,
                             qint64 msecsSinceEpoch)
{
    Record record;
    record.msecsSinceEpoch = msecsSinceEpoch;
    record.kind = kind;
    record.delivery = delivery;
    record.flags = Binary;
    if (data.size() <= maxPackedSize) {
        char *out = reserve(record, data.size());
        if (!data.isEmpty())
            std::memcpy(out, data.constData(), size_t(data.size()));
        record.size = quint32(data.size());
        m_chunkUsed += record.size;
        m_packedBytes += record.size;
    } else {
        record.index = m_bytesBase + quint32(m_bytes.size());
        m_bytes.push_back(data);
        m_unpackedBytes += data.size();
    }
    m_records.push_back(record);
}

void ChatStore::append(const Entry &entry)
{
    if (entry.isBinary)
        appendBinary(entry.kind, entry.bytes, entry.delivery, entry.msecsSinceEpoch);
    else
        appendText(entry.kind, entry.text, entry.delivery, entry.msecsSinceEpoch);
    if (entry.isHistory)
        m_records.back().flags |= History;
}

void ChatStore::clear()
{
    // Swapped with empty containers: clear() alone would keep their capacity.
    std::deque<Record>().swap(m_records);
    std::deque<std::unique_ptr<char[]>>().swap(m_chunks);
    std::deque<QString>().swap(m_texts);
    std::deque<QByteArray>().swap(m_bytes);
    m_chunkUsed = 0;
    m_packedBytes = 0;
    m_unpackedBytes = 0;
    m_chunkBase = m_textBase = m_bytesBase = 0;
}

void ChatStore::removeFirst(qsizetype count)
{
    if (count >= size()) {
        clear();
        return;
    }
    for (qsizetype i = 0; i < count; ++i) {
        const Record &record = m_records.front();
        if (record.flags & Packed) {
            m_packedBytes -= record.size;
            // Every later record is in this chunk or a later one: the earlier ones are free.
            while (m_chunkBase < record.index) {
                m_chunks.pop_front();
                ++m_chunkBase;
            }
        } else if (record.flags & Binary) {
            // Payloads kept as they came are removed in the order they were appended.
            m_unpackedBytes -= m_bytes.front().size();
            m_bytes.pop_front();
            ++m_bytesBase;
        } else {
            m_unpackedBytes -= m_texts.front().size() * qint64(sizeof(QChar));
            m_texts.pop_front();
            ++m_textBase;
        }
        m_records.pop_front();
    }
    // The deque keeps a spare block or two, not what the removed records took.
    m_records.shrink_to_fit();
}

qint64 ChatStore::rowBytes(const Record &record) const
{
    qint64 bytes = qint64(sizeof(Record));
    if (record.flags & Packed)
        bytes += record.size;
    else if (record.flags & Binary)
        bytes += m_bytes[record.index - m_bytesBase].size();
    else
        bytes += m_texts[record.index - m_textBase].size() * qint64(sizeof(QChar));
    return bytes;
}

qint64 ChatStore::byteSize() const
{
    return qint64(m_records.size()) * qint64(sizeof(Record)) + qint64(m_chunks.size()) * chunkSize +
           m_unpackedBytes;
}

qsizetype ChatStore::rowsHolding(qint64 bytes) const
{
    qsizetype rows = 0;
    for (qint64 held = 0; held < bytes && rows < size(); ++rows)
        held += rowBytes(m_records[size_t(rows)]);
    return rows;
}

char *ChatStore::reserve(Record &record, qsizetype size)
{
    if (m_chunks.empty() || m_chunkUsed + size > chunkSize) {
        // Not zeroed: a chunk's pages cost memory only once written to.
        m_chunks.emplace_back(new char[size_t(chunkSize)]);
        m_chunkUsed = 0;
    }
    record.flags |= Packed;
    record.index = m_chunkBase + quint32(m_chunks.size() - 1);
    record.offset = quint32(m_chunkUsed);
    return m_chunks.back().get() + m_chunkUsed;
}

ChatStore::Entry ChatStore::entry(qsizetype row) const
{
    Entry entry;
    entry.isBinary = isBinary(row);
    if (entry.isBinary)
        entry.bytes = bytes(row);
    else
        entry.text = text(row);
    entry.msecsSinceEpoch = msecsSinceEpoch(row);
    entry.kind = kind(row);
    entry.delivery = delivery(row);
    entry.isHistory = isHistory(row);
    return entry;
}

bool ChatStore::isBinary(qsizetype row) const
{
    return m_records[size_t(row)].flags & Binary;
}

QString ChatStore::text(qsizetype row) const
{
    const Record &record = m_records[size_t(row)];
    if (record.flags & Binary)
        return QString();
    if (!(record.flags & Packed))
        return m_texts[record.index - m_textBase];
    if (record.size == 0)
        return QString();
    return QString::fromUtf8(m_chunks[record.index - m_chunkBase].get() + record.offset,
                             record.size);
}

QByteArray ChatStore::bytes(qsizetype row) const
{
    const Record &record = m_records[size_t(row)];
    if (!(record.flags & Binary))
        return QByteArray();
    if (!(record.flags & Packed))
        return m_bytes[record.index - m_bytesBase];
    if (record.size == 0)
        return QByteArray();
    return QByteArray(m_chunks[record.index - m_chunkBase].get() + record.offset, record.size);
}

void ChatStore::setDelivery(qsizetype row, Delivery delivery)
{
    m_records[size_t(row)].delivery = delivery;
}

} // namespace Banter
