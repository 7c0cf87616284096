// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>
#include <functional>

namespace Banter {

class ChatSession;
class EchoCorrelator;

// A connection's traffic second by second, for the live charts: messages and bytes in and out,
// and the round trips measured in that second (of echoes, and of the heartbeat's pings), kept
// for the last ten minutes.
class BANTERCLIENT_EXPORT TrafficMeter : public QObject
{
    Q_OBJECT

public:
    struct Sample
    {
        qint64 second = 0; // seconds since 1970, UTC: the second that ended
        qint64 messagesIn = 0;
        qint64 messagesOut = 0;
        qint64 bytesIn = 0; // payload bytes: a text's UTF-8
        qint64 bytesOut = 0;
        double echoMs = -1; // the mean round trip of the echoes that came back; -1: none
        double pingMs = -1; // the same of the pings' pongs
    };

    static constexpr int keptSeconds = 600;

    TrafficMeter(ChatSession *session, EchoCorrelator *echoes, QObject *parent = nullptr);

    // The seconds measured, oldest first.
    const std::deque<Sample> &samples() const { return m_samples; }
    // The samples as CSV: a header, then a line a second (ISO 8601 time, UTC).
    QString toCsv() const;
    // Forgets what was measured, the second under way included.
    void clear();

    // A test's clock (milliseconds since 1970), which stops the meter's own timer, and the end
    // of a second, which that timer calls once a second (and a test when it wants).
    void setClock(std::function<qint64()> msecsSinceEpoch);
    void tick();

    // The UTF-8 length of text, without converting it.
    static qint64 utf8Length(QStringView text);

Q_SIGNALS:
    void sampled();

private:
    void countIn(qint64 bytes);
    void countOut(qint64 bytes);
    // Counts from nothing, for the second that begins.
    void startSecond();
    qint64 now() const;

    std::deque<Sample> m_samples;
    Sample m_current;
    double m_echoSum = 0;
    int m_echoCount = 0;
    double m_pingSum = 0;
    int m_pingCount = 0;
    QTimer m_timer;
    std::function<qint64()> m_now;
};

} // namespace Banter
