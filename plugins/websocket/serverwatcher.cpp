// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverwatcher.h"

#include "websocketlimits.h"

#include <banter/logging.h>

#include <QMetaEnum>
#include <QTcpSocket>

#include <algorithm>

namespace BanterWs {

using Banter::lcTransport;

namespace {

// "HTTP 200 OK" of "HTTP/1.1 200 OK": what a user can read of a status line, without control
// characters and at most 80 characters long.
QString describeStatus(QByteArrayView line)
{
    QString status =
        QString::fromLatin1(line.first(std::min<qsizetype>(line.size(), 120))).simplified();
    status.removeIf([](QChar c) { return !c.isPrint(); });
    const qsizetype space = status.indexOf(QLatin1Char(' '));
    if (status.startsWith(QLatin1String("HTTP/")) && space > 0)
        status = QLatin1String("HTTP ") + status.mid(space + 1);
    return status.left(80);
}

} // namespace

ServerWatcher::ServerWatcher(qint64 readSlice, QObject *parent)
    : EarlyReader(parent), m_readSlice(readSlice)
{}

void ServerWatcher::watching()
{
    if (m_readSlice > 0)
        socket()->setReadBufferSize(m_readSlice);
}

void ServerWatcher::afterQtReads()
{
    m_scanned = socket()->bytesAvailable();
    if (m_readSlice > 0)
        fitReadBuffer();
}

void ServerWatcher::fitReadBuffer()
{
    // What Qt left is the start of one frame (it takes every whole one), and the scanner knows
    // how much of its payload is still to come. A frame beyond the largest message is refused
    // by Qt from its header; a problem found ends the watching, and the bound with it.
    qint64 size = 0;
    if (m_stage != Stage::Done) {
        const quint64 left =
            std::min(m_scanner.payloadLeft(), quint64(WebSocketLimits::clientMaxMessageSize));
        size = std::max(m_readSlice, m_scanned + qint64(left));
    }
    if (socket()->readBufferSize() != size)
        socket()->setReadBufferSize(size);
}

ServerWatcher::~ServerWatcher() = default;

QString ServerWatcher::closeReason() const
{
    return QString::fromUtf8(m_scanner.closeReason());
}

void ServerWatcher::beforeQtReads()
{
    if (m_stage == Stage::Done)
        return;
    const qint64 available = socket()->bytesAvailable();
    const qint64 fresh = available - m_scanned;
    if (fresh <= 0)
        return;
    m_scanned = available;
    // The middle of a large message: nothing to look at, and no need to copy what Qt holds.
    if (m_stage == Stage::Frames && m_scanner.canSkip(quint64(fresh))) {
        m_scanner.skip(quint64(fresh));
        return;
    }
    if (m_peeked.size() < available)
        m_peeked.resize(available);
    const qint64 peeked = socket()->peek(m_peeked.data(), available);
    if (peeked < fresh)
        return;
    const char *data = m_peeked.constData() + (peeked - fresh);
    if (m_stage == Stage::Response)
        readResponse(data, fresh);
    else
        readFrames(data, fresh);
}

bool ServerWatcher::readResponse(const char *data, qint64 size)
{
    const qsizetype before = m_response.size();
    const qsizetype room = WebSocketLimits::maxHandshakeResponseSize - before;
    m_response.append(data, qsizetype(std::min<qint64>(size, room)));
    const qsizetype lineEnd = m_response.indexOf("\r\n");
    if (lineEnd >= 0) {
        const QByteArrayView statusLine = QByteArrayView(m_response).first(lineEnd);
        const QList<QByteArray> parts = statusLine.toByteArray().split(' ');
        if (parts.size() < 2 || parts.at(1) != "101") {
            report(Problem::NotUpgraded, describeStatus(statusLine));
            return false;
        }
    }
    // The end may have begun in the bytes before these.
    const qsizetype end = m_response.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
    if (end < 0) {
        if (size >= room) {
            report(Problem::ResponseTooLarge);
            return false;
        }
        return true;
    }
    m_stage = Stage::Frames;
    const qsizetype framesAt = end + 4 - before;
    m_response = QByteArray();
    return readFrames(data + framesAt, size - framesAt);
}

bool ServerWatcher::readFrames(const char *data, qint64 size)
{
    if (!m_scanner.scan(data, size)) {
        report(Problem::MaskedFrame);
        return false;
    }
    // Pongs Qt has not written yet: Banter's own messages, also waiting, are not counted.
    const qint64 unwritten = socket()->bytesToWrite();
    if (unwritten == 0)
        m_pongBytesWritten = m_scanner.pongBytesOwed();
    const quint64 owed =
        std::min(quint64(unwritten), m_scanner.pongBytesOwed() - m_pongBytesWritten);
    if (owed > quint64(WebSocketLimits::clientMaxOwedOutput)) {
        report(Problem::TooMuchOwedOutput);
        return false;
    }
    return true;
}

void ServerWatcher::report(Problem problem, const QString &detail)
{
    qCDebug(lcTransport, "server %s: %s %s", qUtf8Printable(socket()->peerName()),
            QMetaEnum::fromType<Problem>().valueToKey(int(problem)), qUtf8Printable(detail));
    m_stage = Stage::Done;
    m_response = QByteArray();
    m_peeked = QByteArray();
    Q_EMIT problemFound(problem, detail);
}

} // namespace BanterWs
