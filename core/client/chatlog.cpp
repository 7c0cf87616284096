// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatlog.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <optional>

namespace Banter {

namespace {

using Kind = ChatModel::Kind;
using Delivery = ChatModel::Delivery;

const QLatin1String timeKey("time");
const QLatin1String directionKey("direction");
const QLatin1String kindKey("kind");
const QLatin1String textKey("text");
const QLatin1String base64Key("base64");
const QLatin1String deliveryKey("delivery");
const QLatin1String historyKey("history");
const QLatin1String attributesKey("attributes");

const char *directionName(Kind kind)
{
    switch (kind) {
    case Kind::Sent:
        return "sent";
    case Kind::Received:
        return "received";
    case Kind::Status:
        break;
    }
    return "status";
}

std::optional<Kind> kindFromDirection(const QString &name)
{
    for (Kind kind : {Kind::Sent, Kind::Received, Kind::Status}) {
        if (name == QLatin1String(directionName(kind)))
            return kind;
    }
    return std::nullopt;
}

// JSON string syntax (RFC 8259, section 7), UTF-8 kept as it is.
void appendJsonString(QByteArray &out, const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20) {
                out += "\\u00";
                out += hex[uchar(c) >> 4];
                out += hex[uchar(c) & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// One line of at most limit bytes, its '\n' included. QIODevice::readLine(n) allocates n bytes
// up front, whatever the line's length: asked for the whole limit (256 MiB), every line of a log
// would cost an allocation that large. It reads pieces of a sensible size instead.
QByteArray readLineUpTo(QIODevice &device, qint64 limit)
{
    constexpr qint64 pieceSize = 64 * 1024;
    QByteArray line;
    while (line.size() < limit) {
        // readLine(n) reads at most n - 1 bytes.
        const QByteArray piece = device.readLine(qMin(limit - line.size(), pieceSize) + 1);
        if (piece.isEmpty())
            break;
        line += piece;
        if (line.endsWith('\n'))
            break;
    }
    return line;
}

QString sizeInWords(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace

QByteArray ChatLog::toNdjson(const Entry &entry)
{
    QByteArray line;
    line.reserve(96 + (entry.isBinary ? entry.bytes.size() * 4 / 3 : entry.text.size() * 2));
    line += "{\"time\":\"";
    line += QDateTime::fromMSecsSinceEpoch(entry.msecsSinceEpoch, Qt::UTC)
                .toString(Qt::ISODateWithMs)
                .toLatin1();
    line += "\",\"direction\":\"";
    line += directionName(entry.kind);
    if (entry.isBinary) {
        line += "\",\"kind\":\"binary\",\"base64\":\"";
        line += entry.bytes.toBase64();
        line += '"';
    } else {
        line += "\",\"kind\":\"text\",\"text\":";
        appendJsonString(line, entry.text);
    }
    if (entry.delivery == Delivery::Pending)
        line += ",\"delivery\":\"pending\"";
    else if (entry.delivery == Delivery::Cancelled)
        line += ",\"delivery\":\"cancelled\"";
    if (entry.isHistory)
        line += ",\"history\":true";
    if (!entry.attributes.isEmpty()) {
        line += ",\"attributes\":";
        line += QJsonDocument(QJsonObject::fromVariantMap(entry.attributes))
                    .toJson(QJsonDocument::Compact);
    }
    line += "}\n";
    return line;
}

QByteArray ChatLog::toText(const Entry &entry)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(entry.msecsSinceEpoch)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    const QString head = time + QLatin1Char(' ') + ChatModel::prefix(entry.kind) + QLatin1Char(' ');
    QString body = entry.isBinary ? ChatModel::binaryPreview(entry.bytes, int(entry.bytes.size()))
                                  : entry.text;
    body.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(head.size(), QLatin1Char(' ')));
    return (head + body + QLatin1Char('\n')).toUtf8();
}

QString ChatLog::readEntry(const QByteArray &line, Entry &entry)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return tr("not JSON: %1 at character %2")
            .arg(parseError.errorString())
            .arg(parseError.offset + 1);
    if (!document.isObject())
        return tr("not a JSON object");
    const QJsonObject object = document.object();
    QString error = readTime(object, entry);
    if (error.isEmpty())
        error = readPayload(object, entry);
    if (error.isEmpty())
        error = readDelivery(object, entry);
    if (error.isEmpty())
        error = readHistory(object, entry);
    if (error.isEmpty())
        error = readAttributes(object, entry);
    return error;
}

QString ChatLog::readTime(const QJsonObject &object, Entry &entry)
{
    const QDateTime time =
        QDateTime::fromString(object.value(timeKey).toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return tr("\"time\" must be a date and time such as 2026-01-31T12:00:00.000Z");
    // Saved in UTC, where ISO 8601 as Qt writes it has years 1 to 9999 only: a time such as
    // 9999-12-31T23:59:59-14:00 would be saved as an empty text (found by fuzz_chatlog).
    const int utcYear = time.toUTC().date().year();
    if (utcYear < 1 || utcYear > 9999)
        return tr("\"time\" must lie between the years 1 and 9999 in UTC");
    entry.msecsSinceEpoch = time.toMSecsSinceEpoch();
    return QString();
}

QString ChatLog::readPayload(const QJsonObject &object, Entry &entry)
{
    const std::optional<Kind> kind = kindFromDirection(object.value(directionKey).toString());
    if (!kind)
        return tr("\"direction\" must be \"sent\", \"received\" or \"status\"");
    entry.kind = *kind;

    const QString kindName = object.value(kindKey).toString();
    if (kindName == QLatin1String("text")) {
        const QJsonValue text = object.value(textKey);
        if (!text.isString())
            return tr("a text entry needs a \"text\" string");
        entry.text = text.toString();
        // JSON can escape half a surrogate pair ("\ud800"), which is no Unicode text: Banter
        // could show it but not save it back unchanged (found by fuzz/fuzz_chatlog).
        if (!entry.text.isValidUtf16())
            return tr("the \"text\" holds half a UTF-16 surrogate pair, which is no Unicode text");
        return QString();
    }
    if (kindName == QLatin1String("binary")) {
        if (entry.kind == Kind::Status)
            return tr("a status line cannot be binary");
        const QJsonValue base64 = object.value(base64Key);
        const auto decoded = QByteArray::fromBase64Encoding(
            base64.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!base64.isString() || !decoded)
            return tr("a binary entry needs a \"base64\" string of Base64 data");
        entry.bytes = *decoded;
        entry.isBinary = true;
        return QString();
    }
    return tr("\"kind\" must be \"text\" or \"binary\"");
}

QString ChatLog::readDelivery(const QJsonObject &object, Entry &entry)
{
    if (object.contains(deliveryKey)) {
        const QString delivery = object.value(deliveryKey).toString();
        if (delivery != QLatin1String("pending") && delivery != QLatin1String("cancelled"))
            return tr("\"delivery\" must be \"pending\" or \"cancelled\"");
        if (entry.kind != Kind::Sent)
            return tr("only a sent message has a \"delivery\"");
        // Nothing sends a message of an opened log: it stays unsent.
        entry.delivery = Delivery::Cancelled;
    } else if (entry.kind == Kind::Sent) {
        entry.delivery = Delivery::Delivered;
    }
    return QString();
}

QString ChatLog::readHistory(const QJsonObject &object, Entry &entry)
{
    const QJsonValue history = object.value(historyKey);
    if (history.isUndefined())
        return QString();
    if (!history.isBool())
        return tr("\"history\" must be true or false");
    if (entry.kind != Kind::Received)
        return tr("only a received message has a \"history\"");
    entry.isHistory = history.toBool();
    return QString();
}

QString ChatLog::readAttributes(const QJsonObject &object, Entry &entry)
{
    const QJsonValue attributes = object.value(attributesKey);
    if (attributes.isUndefined())
        return QString();
    if (!attributes.isObject())
        return tr("\"attributes\" must be an object");
    if (entry.kind != Kind::Received)
        return tr("only a received message has \"attributes\"");
    entry.attributes = attributes.toObject().toVariantMap();
    return QString();
}

ChatLog::ReadResult ChatLog::read(QIODevice &device, qint64 maxSize)
{
    ReadResult result;
    const auto fail = [&result](const QString &error) {
        result.entries.clear();
        result.errorString = error;
        return std::move(result);
    };
    const auto tooBig = [&] {
        return fail(tr("it is larger than %1, the most Banter opens").arg(sizeInWords(maxSize)));
    };
    if (!device.isSequential() && device.size() > maxSize)
        return tooBig();

    qint64 total = 0;
    int lineNumber = 0;
    for (;;) {
        // A little beyond the limit, so that a file without line breaks (or an endless device)
        // stops at the limit too. Empty: the end, or an error the caller reports.
        QByteArray line = readLineUpTo(device, maxSize - total + 1);
        if (line.isEmpty())
            break;
        total += line.size();
        if (total > maxSize)
            return tooBig();
        ++lineNumber;
        if (lineNumber == 1 && line.startsWith("\xef\xbb\xbf")) // a byte order mark
            line.remove(0, 3);
        if (line.trimmed().isEmpty())
            continue;

        Entry entry;
        const QString error = readEntry(line, entry);
        if (!error.isEmpty())
            return fail(tr("line %1: %2").arg(lineNumber).arg(error));
        result.entries.push_back(std::move(entry));
    }
    return result;
}

ChatLog::ReadResult ChatLog::parse(const QByteArray &ndjson, qint64 maxSize)
{
    QBuffer buffer;
    buffer.setData(ndjson);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer, maxSize);
}

QString ChatLog::save(const QString &path, const ChatModel &model, Format format)
{
    const QString name = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot save the log to %1: %2").arg(name, file.errorString());
    QByteArray chunk;
    const auto write = [&file, &chunk] {
        const bool written = file.write(chunk) == chunk.size();
        chunk.clear();
        return written;
    };
    for (int row = 0; row < model.rowCount(); ++row) {
        const Entry entry = model.entry(row);
        chunk += format == Format::Ndjson ? toNdjson(entry) : toText(entry);
        if (chunk.size() >= 1024 * 1024 && !write())
            break;
    }
    if (!write() || !file.commit())
        return tr("cannot save the log to %1: %2").arg(name, file.errorString());
    return QString();
}

ChatLog::ReadResult ChatLog::load(const QString &path, qint64 maxSize)
{
    QFile file(path);
    ReadResult result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.errorString = tr("cannot open the log %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    result = read(file, maxSize);
    if (result.isOk() && file.error() != QFileDevice::NoError) {
        result.entries.clear();
        result.errorString = file.errorString();
    }
    if (!result.isOk())
        result.errorString = tr("cannot open the log %1: %2")
                                 .arg(QDir::toNativeSeparators(path), result.errorString);
    return result;
}

} // namespace Banter
