// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"
#include "chatmodel.h"
#include "latencyhistogram.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <map>

namespace Banter {

class ChatSession;

// Pairs each message the user sent with its echo, for a server that echoes (the reference
// server, banter-server, most test servers): the round-trip time of every message, the ones
// whose echo did not come within a timeout (lost), came before an older one's (reordered) or
// came as the other type (binary echoed as text, as the reference server does). Marks the rows
// of the ChatModel (ChatModel::EchoRole, RoundTripRole) and keeps the counts and percentiles.
// An echo is reordered when it comes after the echo of a message sent later.
//
// An echo is a received message with the same bytes as a sent one still awaited (the oldest of
// them, when several are the same). In Automatic mode the correlator starts flagging once the
// server echoed a first message; a server that does not echo (a chat, a feed) never gets its
// messages called lost. Off: nothing is paired.
class BANTERCLIENT_EXPORT EchoCorrelator : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Automatic, On, Off };
    Q_ENUM(Mode)

    struct Statistics
    {
        qint64 sent = 0;      // paired or awaited since the last reset
        qint64 echoed = 0;    // came back in time
        qint64 awaiting = 0;  // not back yet, within the timeout
        qint64 lost = 0;      // not back within the timeout (and not since)
        qint64 late = 0;      // came back after the timeout
        qint64 reordered = 0; // came back before an older message's echo
        qint64 retyped = 0;   // came back as the other type
        // Round-trip times of those that came back, in microseconds; -1 when none.
        qint64 p50 = -1;
        qint64 p95 = -1;
        qint64 p99 = -1;
        qint64 max = -1;
    };

    static constexpr int defaultTimeoutMs = 5000;
    // At most this many messages are awaited (and as many kept to notice a late echo): the
    // oldest are given up beyond it, so that a flood to a silent server costs bounded memory.
    static constexpr int maxTracked = 100000;

    EchoCorrelator(ChatSession *session, ChatModel *model, QObject *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Pairing and flagging: On, or Automatic once the server echoed.
    bool isActive() const;
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }

    Statistics statistics() const;
    // A round trip as people read it: "850 µs", "3.21 ms", "120 ms", "2.4 s"; "–" for -1.
    static QString durationText(qint64 micros);
    // What a row's echo marks say beside it ("3.21 ms", "no echo", "120 ms, out of order",
    // "late: 5.2 s", "2.1 ms, echoed as text"); empty for none. isBinary: the row's own type.
    static QString describe(ChatModel::EchoFlags flags, qint64 micros, bool isBinary);
    // Forgets every message and count (the rows keep their marks).
    void reset();

    // A test's clock, in nanoseconds (a QElapsedTimer's when empty), and the timeout check the
    // correlator runs four times a second.
    void setClock(std::function<qint64()> nowNs);
    void checkTimeouts();

Q_SIGNALS:
    void activeChanged(bool active);
    void statisticsChanged();
    void roundTripMeasured(qint64 micros);

private:
    struct Sent
    {
        int row;
        QByteArray key; // a digest of the bytes
        bool isBinary;
        qint64 sentNs;
    };

    void onWritten(int row, const QString &text, const QByteArray &bytes, bool isBinary);
    void onReceived(int row, const QString &text, const QByteArray &bytes, bool isBinary);
    void onOldRowsDropped(int row, int shift);
    // What a message is known by: a digest of its bytes, text or binary alike (a binary
    // message echoed as text is still its echo).
    static QByteArray keyOf(const QString &text, const QByteArray &bytes, bool isBinary);
    void mark(int row, ChatModel::EchoFlags flags, qint64 roundTripMicros = -1);
    void becomeActive();
    void forget(std::map<quint64, Sent> &messages, QHash<QByteArray, std::deque<quint64>> &byKey,
                std::map<quint64, Sent>::iterator it);
    qint64 now() const;

    ChatSession *m_session;
    ChatModel *m_model;
    Mode m_mode = Mode::Automatic;
    bool m_seenEcho = false;
    int m_timeoutMs = defaultTimeoutMs;
    quint64 m_nextSequence = 0;
    quint64 m_newestEchoed = 0; // the newest message whose echo came back in time
    bool m_anyEchoed = false;
    std::map<quint64, Sent> m_awaited; // by sequence: sent, no echo yet
    QHash<QByteArray, std::deque<quint64>> m_awaitedByKey;
    std::map<quint64, Sent> m_lost; // given up, kept to notice a late echo
    QHash<QByteArray, std::deque<quint64>> m_lostByKey;
    Statistics m_counts;
    LatencyHistogram m_roundTrips;
    QTimer m_timeoutTimer;
    QElapsedTimer m_clock;
    std::function<qint64()> m_now;
};

} // namespace Banter
