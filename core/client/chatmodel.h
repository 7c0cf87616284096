// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"

#include <QAbstractListModel>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <QTimer>
#include <QVariantMap>

#include <memory>
#include <vector>

namespace Banter {

class ChatStore;

// The chat log: one compact entry per event (see ChatStore). Appends are stored at once but
// inserted as rows in one batch at the end of the event-loop turn, and during a burst at most
// once per minFlushInterval, so a burst of a million messages costs a few dozen inserts (and
// repaints of the view), not a million.
class BANTERCLIENT_EXPORT ChatModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind : quint8 { Sent, Received, Status };
    Q_ENUM(Kind)
    enum class Delivery : quint8 { None, Pending, Delivered, Cancelled };
    Q_ENUM(Delivery)

    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        PrefixRole,                  // ">", "<" or "#"
        TimeRole,                    // QDateTime, local time
        DeliveryRole,                // Delivery
        IsBinaryRole,                // bool
        PayloadRole,                 // QByteArray for binary, QString for text
        LineRole,                    // "> hello": prefix, a space, the display text
        IsHistoryRole,               // bool: replayed from a chat room's history
        RoomOffsetRole,              // quint64: the chat room's offset for it, 0 when none
        AttributesRole,              // QVariantMap: what the transport told besides the payload
        EchoRole,                    // int: the row's EchoFlags (EchoCorrelator), 0 when none
        RoundTripRole,               // qint64: microseconds from a sent message to its echo, or -1
    };
    Q_ENUM(Role)

    // What became of a sent message on an echo server, and of its echo (EchoCorrelator).
    enum EchoFlag : quint8 {
        EchoAwaited = 0x01,   // sent, its echo not back yet
        EchoReceived = 0x02,  // its echo came back (with EchoLost: after it was given up)
        EchoLost = 0x04,      // no echo within the timeout
        EchoReordered = 0x08, // echoed before an older message still awaited
        EchoRetyped = 0x10,   // echoed as the other type (binary as text, or text as binary)
        IsEcho = 0x20,        // this received row is the echo of a sent one
    };
    Q_DECLARE_FLAGS(EchoFlags, EchoFlag)
    Q_FLAG(EchoFlags)
    struct Echo
    {
        EchoFlags flags;
        qint64 roundTripMicros = -1;
    };

    // One row of the log, as appended, read back and saved by ChatLog (the model keeps it in
    // a more compact form).
    struct Entry
    {
        QString text;     // text messages and status lines
        QByteArray bytes; // binary messages
        qint64 msecsSinceEpoch = 0;
        Kind kind = Kind::Status;
        Delivery delivery = Delivery::None;
        bool isBinary = false;
        // A message a chat room replayed from before the user joined (or came back).
        bool isHistory = false;
        // What the transport told of a received message besides its payload, by name (an MQTT
        // message's "topic", "qos" and "retain"); empty for most.
        QVariantMap attributes;
    };

    // How much of the log is kept: beyond either limit the oldest rows are dropped, a tenth of
    // the limit more than needed at a time, and the first row says how many were dropped.
    struct Retention
    {
        qsizetype maxRows = 1000000;
        qint64 maxBytes = qint64(512) * 1024 * 1024;
    };

    explicit ChatModel(QObject *parent = nullptr);
    ~ChatModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Each returns the row the entry will have once inserted.
    int appendText(Kind kind, const QString &text, Delivery delivery = Delivery::None);
    int appendBinary(Kind kind, const QByteArray &data, Delivery delivery = Delivery::None);
    // A status line equal to the last row is not a row of its own: that row counts it, and shows
    // "socket closed (1000 bye) ×37".
    int appendStatus(const QString &text);
    // How many times the status line of row was written in a row (1 for any other row).
    int repeatCount(int row) const { return m_repeats.value(row - headerRows(), 1); }

    // Appends entries as they are, their times included, such as the rows of a saved log.
    void appendEntries(std::vector<Entry> entries);
    // The entry of an inserted row; an empty status entry for a row out of range.
    Entry entry(int row) const;

    void setDelivery(int row, Delivery delivery);
    // The offset a chat room gave the message of row (a message of ours the room delivered).
    void setRoomOffset(int row, quint64 offset);
    // What the transport told of the message of row (Connection::attributesReceived()).
    void setAttributes(int row, const QVariantMap &attributes);
    // What became of the echo of the message of row, or that row is an echo (EchoCorrelator).
    void setEcho(int row, const Echo &echo);
    Echo echo(int row) const;
    // Empties the log, and gives the memory back to the system.
    void clear();
    // Empties the log and keeps the memory for the rows to come: a log emptied over and over,
    // as banter-cli's, would otherwise fault every page in again each time.
    void clearKeepingMemory();

    Retention retention() const { return m_retention; }
    // Applies from the next insert on.
    void setRetention(const Retention &retention);
    // Rows dropped for the retention limits since the last clear().
    qint64 droppedCount() const { return m_droppedCount; }
    // What the entries hold in memory, roughly.
    qint64 byteSize() const;

    static constexpr int minFlushInterval = 16; // ms

    // Inserts what is waiting now instead of at the end of the event-loop turn.
    void flush();
    int pendingCount() const;

    static QString prefix(Kind kind);
    // "123 older rows dropped (the log keeps 1000000 rows, 512 MiB)"
    QString droppedText() const;
    // Text as one row shows it: every line or paragraph separator (LF, CR LF, CR, VT, FF, NEL,
    // U+2028, U+2029, ...) as "↵", and the whole in a bidirectional isolate, so that what a
    // server sends can neither draw a line of its own nor reorder the text around it.
    static QString displayLine(const QString &text);
    // text in a bidirectional isolate (FSI ... PDI) that it cannot close early nor leave open:
    // for text from outside within a line of Banter's own.
    static QString isolated(const QString &text);
    // "<binary, 7 bytes> 00 01 02 ff fe 0a 0d" with at most maxBytes bytes shown.
    static QString binaryPreview(const QByteArray &data, int maxBytes = 32);

Q_SIGNALS:
    // The oldest rows were dropped: rows before row (of the numbering until now) are gone, and
    // every later row moved up by shift.
    void oldRowsDropped(int row, int shift);

private:
    void queueFlush();
    // Drops the oldest rows while the log is over a retention limit.
    void trim();
    // The rows before the entries: the line that says how many were dropped, once some were.
    int headerRows() const { return m_droppedCount > 0 ? 1 : 0; }
    // The text of the text entry at index, with its repeat count.
    QString text(int entry) const;

    // Every entry, the rows inserted so far first, then those waiting for the next flush().
    std::unique_ptr<ChatStore> m_store;
    int m_rowCount = 0;
    QHash<int, int> m_repeats;            // status rows written more than once in a row, by entry
    QHash<int, quint64> m_roomOffsets;    // by entry: few rows have one
    QHash<int, QVariantMap> m_attributes; // by entry: only rows of transports that tell some
    QHash<int, Echo> m_echoes;            // by entry: only rows of an echo server
    Retention m_retention;
    qint64 m_droppedCount = 0;
    qint64 m_droppedAt = 0; // msecs since the epoch
    bool m_flushQueued = false;
    QTimer m_flushTimer;        // the next flush of a burst
    QElapsedTimer m_sinceFlush; // since the last insert
};

} // namespace Banter

Q_DECLARE_OPERATORS_FOR_FLAGS(Banter::ChatModel::EchoFlags)
