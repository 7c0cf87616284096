// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"
#include "chatmodel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QCoreApplication>
#include <QString>

#include <vector>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Banter {

// Saves the chat log as text (for people) or as NDJSON (for programs, and to open it again), and
// reads NDJSON back. One JSON object per line:
//   {"time":"2026-01-31T12:00:00.000Z","direction":"sent","kind":"text","text":"hello"}
//   {"time":"...","direction":"received","kind":"binary","base64":"AAEC/w=="}
// direction is "sent", "received" or "status"; kind is "text" or "binary"; a sent message that
// never went out also has "delivery": "pending" or "cancelled". Reading rejects anything else
// with the line number and the reason in words, keeps nothing then, and never reads more than a
// limit.
class BANTERCLIENT_EXPORT ChatLog
{
    Q_DECLARE_TR_FUNCTIONS(Banter::ChatLog)

public:
    using Entry = ChatModel::Entry;
    enum class Format { Text, Ndjson };

    // The most read() takes in by default: a log of a million short messages fits many times.
    static constexpr qint64 defaultMaxSize = qint64(256) * 1024 * 1024;

    struct ReadResult
    {
        std::vector<Entry> entries;
        QString errorString; // empty when the whole input was read

        bool isOk() const { return errorString.isEmpty(); }
    };

    // One entry as one line, ending in '\n'. In text, a message's further lines are indented.
    static QByteArray toNdjson(const Entry &entry);
    static QByteArray toText(const Entry &entry);

    // Reads NDJSON up to its end. Blank lines are skipped; everything else must be an entry.
    static ReadResult read(QIODevice &device, qint64 maxSize = defaultMaxSize);
    static ReadResult parse(const QByteArray &ndjson, qint64 maxSize = defaultMaxSize);

    // Writes every row of model into the file (atomically); returns the error in words, or an
    // empty string.
    static QString save(const QString &path, const ChatModel &model, Format format);
    // Reads a file written by save() in NDJSON; errors name the file.
    static ReadResult load(const QString &path, qint64 maxSize = defaultMaxSize);

private:
    // One line of NDJSON into entry, field by field; each returns why the line is no valid entry,
    // or an empty string.
    static QString readEntry(const QByteArray &line, Entry &entry);
    static QString readTime(const QJsonObject &object, Entry &entry);
    static QString readPayload(const QJsonObject &object, Entry &entry);
    static QString readDelivery(const QJsonObject &object, Entry &entry);
    static QString readHistory(const QJsonObject &object, Entry &entry);
    static QString readAttributes(const QJsonObject &object, Entry &entry);
};

} // namespace Banter
