// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficmeter.h"

#include "chatsession.h"
#include "echocorrelator.h"

#include <QDateTime>
#include <QStringList>

namespace Banter {

TrafficMeter::TrafficMeter(ChatSession *session, EchoCorrelator *echoes, QObject *parent)
    : QObject(parent)
{
    connect(session, &ChatSession::messageWritten, this,
            [this](int, const QString &text, const QByteArray &bytes, bool isBinary) {
                countOut(isBinary ? bytes.size() : utf8Length(text));
            });
    connect(session, &ChatSession::messageReceived, this,
            [this](int, const QString &text, const QByteArray &bytes, bool isBinary) {
                countIn(isBinary ? bytes.size() : utf8Length(text));
            });
    connect(session, &ChatSession::roundTripMeasured, this, [this](qint64 milliseconds) {
        m_pingSum += double(milliseconds);
        ++m_pingCount;
    });
    if (echoes) {
        connect(echoes, &EchoCorrelator::roundTripMeasured, this, [this](qint64 micros) {
            m_echoSum += double(micros) / 1000;
            ++m_echoCount;
        });
    }
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &TrafficMeter::tick);
    m_timer.start();
}

qint64 TrafficMeter::utf8Length(QStringView text)
{
    qint64 length = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80) {
            length += 1;
        } else if (c < 0x800) {
            length += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
                   QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            length += 4; // one code point, two UTF-16 units
            ++i;
        } else if (QChar::isSurrogate(c)) {
            length += 1; // alone: Qt's encoder (QString::toUtf8()) writes a '?'
        } else {
            length += 3;
        }
    }
    return length;
}

void TrafficMeter::countIn(qint64 bytes)
{
    ++m_current.messagesIn;
    m_current.bytesIn += bytes;
}

void TrafficMeter::countOut(qint64 bytes)
{
    ++m_current.messagesOut;
    m_current.bytesOut += bytes;
}

void TrafficMeter::setClock(std::function<qint64()> msecsSinceEpoch)
{
    m_now = std::move(msecsSinceEpoch);
    m_timer.stop(); // the test ends the seconds
}

qint64 TrafficMeter::now() const
{
    return m_now ? m_now() : QDateTime::currentMSecsSinceEpoch();
}

void TrafficMeter::tick()
{
    Sample sample = m_current;
    sample.second = now() / 1000;
    sample.echoMs = m_echoCount > 0 ? m_echoSum / m_echoCount : -1;
    sample.pingMs = m_pingCount > 0 ? m_pingSum / m_pingCount : -1;
    m_samples.push_back(sample);
    while (m_samples.size() > size_t(keptSeconds))
        m_samples.pop_front();
    startSecond();
    Q_EMIT sampled();
}

void TrafficMeter::startSecond()
{
    m_current = Sample();
    m_echoSum = m_pingSum = 0;
    m_echoCount = m_pingCount = 0;
}

void TrafficMeter::clear()
{
    m_samples.clear();
    startSecond();
    Q_EMIT sampled();
}

QString TrafficMeter::toCsv() const
{
    // Numbers as C writes them: a CSV is read by programs.
    const auto number = [](double value) {
        return value < 0 ? QString() : QString::number(value, 'f', 3);
    };
    QStringList lines = {QStringLiteral("time,messages_in,messages_out,bytes_in,bytes_out,"
                                        "echo_round_trip_ms,ping_round_trip_ms")};
    for (const Sample &s : m_samples) {
        lines.append(
            QStringList({QDateTime::fromSecsSinceEpoch(s.second, Qt::UTC).toString(Qt::ISODate),
                         QString::number(s.messagesIn), QString::number(s.messagesOut),
                         QString::number(s.bytesIn), QString::number(s.bytesOut), number(s.echoMs),
                         number(s.pingMs)})
                .join(QLatin1Char(',')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Banter
