// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"
#include "chatmodel.h"

#include <QByteArray>
#include <QString>

#include <deque>
#include <memory>
#include <vector>

namespace Banter {

// The rows of the chat log in little memory: a 24-byte record per row, and the payload of a short
// message (text as UTF-8, binary as is) packed into large shared chunks. A message of a million
// 64-byte texts costs about 90 bytes instead of about 225 as a QString of its own. Longer
// payloads, and texts that UTF-8 cannot carry (unpaired surrogates), are kept as they came, in
// their own implicitly shared QString or QByteArray. Records live in a deque: no reallocation
// moves them as the log grows.
class BANTERCLIENT_EXPORT ChatStore
{
public:
    using Entry = ChatModel::Entry;
    using Kind = ChatModel::Kind;
    using Delivery = ChatModel::Delivery;

    // Payloads up to this many bytes (UTF-8 for text) are packed into the shared chunks.
    static constexpr qsizetype maxPackedSize = 4096;
    // The size of one shared chunk.
    static constexpr qsizetype chunkSize = 1024 * 1024;

    ChatStore();
    ~ChatStore();
    ChatStore(const ChatStore &) = delete;
    ChatStore &operator=(const ChatStore &) = delete;

    qsizetype size() const { return qsizetype(m_records.size()); }
    bool isEmpty() const { return m_records.empty(); }

    void appendText(Kind kind, const QString &text, Delivery delivery, qint64 msecsSinceEpoch);
    void appendBinary(Kind kind, const QByteArray &data, Delivery delivery, qint64 msecsSinceEpoch);
    void append(const Entry &entry);
    void clear();
    // Drops the oldest count rows, and gives back what only they used: row n is row n - count
    // from then on.
    void removeFirst(qsizetype count);

    // What the rows hold in memory, roughly: records, chunks, and the payloads kept as they came.
    qint64 byteSize() const;
    // How many of the oldest rows hold at least bytes of byteSize() (all of them at most).
    qsizetype rowsHolding(qint64 bytes) const;

    // Every accessor takes a row in [0, size()).
    Entry entry(qsizetype row) const;
    Kind kind(qsizetype row) const { return m_records[size_t(row)].kind; }
    Delivery delivery(qsizetype row) const { return m_records[size_t(row)].delivery; }
    bool isBinary(qsizetype row) const;
    bool isHistory(qsizetype row) const { return m_records[size_t(row)].flags & History; }
    qint64 msecsSinceEpoch(qsizetype row) const { return m_records[size_t(row)].msecsSinceEpoch; }
    // The text of a text row (empty for a binary row), the bytes of a binary row (empty for a
    // text row).
    QString text(qsizetype row) const;
    QByteArray bytes(qsizetype row) const;

    void setDelivery(qsizetype row, Delivery delivery);

    // The payload bytes packed into the shared chunks, and the number of chunks.
    qsizetype packedBytes() const { return m_packedBytes; }
    qsizetype chunkCount() const { return qsizetype(m_chunks.size()); }

private:
    enum Flag : quint8 { Binary = 0x1, Packed = 0x2, History = 0x4 };

    struct Record
    {
        qint64 msecsSinceEpoch = 0;
        quint32 index = 0;  // the chunk (packed) or the index in m_texts or m_bytes (kept as is)
        quint32 offset = 0; // packed: where the payload starts in its chunk
        quint32 size = 0;   // packed: the payload's size in bytes
        Kind kind = Kind::Status;
        Delivery delivery = Delivery::None;
        quint8 flags = 0;
    };

    // Room for size bytes in the last chunk (a new one when they do not fit); the record gets
    // where they go.
    char *reserve(Record &record, qsizetype size);

    // What one row costs of byteSize(), its share of a chunk counted by its packed size.
    qint64 rowBytes(const Record &record) const;

    // A record's index counts chunks, texts and bytes from the first ever appended: those of
    // rows removed since are gone from the fronts of these deques, and counted in the bases.
    std::deque<Record> m_records;
    std::deque<std::unique_ptr<char[]>> m_chunks;
    qsizetype m_chunkUsed = 0; // bytes used in the last chunk
    qsizetype m_packedBytes = 0;
    std::deque<QString> m_texts;
    std::deque<QByteArray> m_bytes;
    quint32 m_chunkBase = 0;
    quint32 m_textBase = 0;
    quint32 m_bytesBase = 0;
    qint64 m_unpackedBytes = 0; // of the payloads in m_texts and m_bytes
};

} // namespace Banter
