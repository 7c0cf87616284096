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
        record.index = quint32(m_texts.size());
        m_texts.push_back(text);
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
        record.index = quint32(m_bytes.size());
        m_bytes.push_back(data);
    }
    m_records.push_back(record);
}

void ChatStore::append(const Entry &entry)
{
    if (entry.isBinary)
        appendBinary(entry.kind, entry.bytes, entry.delivery, entry.msecsSinceEpoch);
    else
        appendText(entry.kind, entry.text, entry.delivery, entry.msecsSinceEpoch);
}

void ChatStore::clear()
{
    // Swapped with empty containers: clear() alone would keep their capacity.
    std::deque<Record>().swap(m_records);
    std::vector<std::unique_ptr<char[]>>().swap(m_chunks);
    std::vector<QString>().swap(m_texts);
    std::vector<QByteArray>().swap(m_bytes);
    m_chunkUsed = 0;
    m_packedBytes = 0;
}

char *ChatStore::reserve(Record &record, qsizetype size)
{
    if (m_chunks.empty() || m_chunkUsed + size > chunkSize) {
        // Not zeroed: a chunk's pages cost memory only once written to.
        m_chunks.emplace_back(new char[size_t(chunkSize)]);
        m_chunkUsed = 0;
    }
    record.flags |= Packed;
    record.index = quint32(m_chunks.size() - 1);
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
        return m_texts[record.index];
    if (record.size == 0)
        return QString();
    return QString::fromUtf8(m_chunks[record.index].get() + record.offset, record.size);
}

QByteArray ChatStore::bytes(qsizetype row) const
{
    const Record &record = m_records[size_t(row)];
    if (!(record.flags & Binary))
        return QByteArray();
    if (!(record.flags & Packed))
        return m_bytes[record.index];
    if (record.size == 0)
        return QByteArray();
    return QByteArray(m_chunks[record.index].get() + record.offset, record.size);
}

void ChatStore::setDelivery(qsizetype row, Delivery delivery)
{
    m_records[size_t(row)].delivery = delivery;
}

} // namespace Banter
