// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "echocorrelator.h"

#include "chatsession.h"

#include <QCryptographicHash>
#include <QLocale>

namespace Banter {

EchoCorrelator::EchoCorrelator(ChatSession *session, ChatModel *model, QObject *parent)
    : QObject(parent), m_session(session), m_model(model)
{
    m_clock.start();
    connect(session, &ChatSession::messageWritten, this, &EchoCorrelator::onWritten);
    connect(session, &ChatSession::messageReceived, this, &EchoCorrelator::onReceived);
    connect(session, &ChatSession::urlChanged, this, [this] {
        // Another server: it has to echo again before anything is called lost.
        const bool wasActive = isActive();
        m_seenEcho = false;
        reset();
        if (wasActive != isActive())
            Q_EMIT activeChanged(isActive());
    });
    connect(model, &ChatModel::oldRowsDropped, this, &EchoCorrelator::onOldRowsDropped);
    connect(model, &ChatModel::modelReset, this, [this] {
        for (auto *messages : {&m_awaited, &m_lost}) {
            for (auto &[sequence, sent] : *messages)
                sent.row = -1;
        }
    });
    m_timeoutTimer.setInterval(250);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &EchoCorrelator::checkTimeouts);
}

void EchoCorrelator::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    const bool wasActive = isActive();
    m_mode = mode;
    if (mode == Mode::Off)
        reset();
    if (wasActive != isActive()) {
        if (isActive())
            becomeActive();
        Q_EMIT activeChanged(isActive());
    }
}

bool EchoCorrelator::isActive() const
{
    return m_mode == Mode::On || (m_mode == Mode::Automatic && m_seenEcho);
}

void EchoCorrelator::setTimeout(int milliseconds)
{
    m_timeoutMs = qMax(1, milliseconds);
}

void EchoCorrelator::setClock(std::function<qint64()> nowNs)
{
    m_now = std::move(nowNs);
}

qint64 EchoCorrelator::now() const
{
    return m_now ? m_now() : m_clock.nsecsElapsed();
}

EchoCorrelator::Statistics EchoCorrelator::statistics() const
{
    Statistics statistics = m_counts;
    statistics.awaiting = qint64(m_awaited.size());
    statistics.p50 = m_roundTrips.percentile(0.50);
    statistics.p95 = m_roundTrips.percentile(0.95);
    statistics.p99 = m_roundTrips.percentile(0.99);
    statistics.max = m_roundTrips.max();
    return statistics;
}

void EchoCorrelator::reset()
{
    m_awaited.clear();
    m_awaitedByKey.clear();
    m_lost.clear();
    m_lostByKey.clear();
    m_counts = Statistics();
    m_roundTrips.clear();
    m_anyEchoed = false;
    m_timeoutTimer.stop();
    Q_EMIT statisticsChanged();
}

QString EchoCorrelator::durationText(qint64 micros)
{
    const QLocale locale;
    if (micros < 0)
        return QStringLiteral("\u2013");
    if (micros < 1000)
        return tr("%1 µs").arg(locale.toString(micros));
    if (micros < 10000)
        return tr("%1 ms").arg(locale.toString(double(micros) / 1000, 'f', 2));
    if (micros < 1000000)
        return tr("%1 ms").arg(locale.toString(double(micros) / 1000, 'f', 0));
    return tr("%1 s").arg(locale.toString(double(micros) / 1000000, 'f', 1));
}

QString EchoCorrelator::describe(ChatModel::EchoFlags flags, qint64 micros, bool isBinary)
{
    if (!flags.testFlag(ChatModel::EchoReceived)) {
        if (flags.testFlag(ChatModel::EchoLost))
            return tr("no echo");
        return QString(); // awaited: the delivery mark says enough
    }
    QString text = flags.testFlag(ChatModel::EchoLost) ? tr("late: %1").arg(durationText(micros))
                                                       : durationText(micros);
    if (flags.testFlag(ChatModel::EchoReordered))
        text = tr("%1, out of order").arg(text);
    if (flags.testFlag(ChatModel::EchoRetyped)) {
        // The echo's type: the other one on a sent row, the row's own on the echo.
        const bool echoIsBinary = flags.testFlag(ChatModel::IsEcho) ? isBinary : !isBinary;
        text = echoIsBinary ? tr("%1, echoed as binary").arg(text)
                            : tr("%1, echoed as text").arg(text);
    }
    return text;
}

QByteArray EchoCorrelator::keyOf(const QString &text, const QByteArray &bytes, bool isBinary)
{
    return QCryptographicHash::hash(isBinary ? bytes : text.toUtf8(), QCryptographicHash::Md5);
}

void EchoCorrelator::mark(int row, ChatModel::EchoFlags flags, qint64 roundTripMicros)
{
    if (row >= 0)
        m_model->setEcho(row, {flags, roundTripMicros});
}

void EchoCorrelator::becomeActive()
{
    // What was sent before the first echo is awaited from now on.
    for (const auto &[sequence, sent] : m_awaited)
        mark(sent.row, ChatModel::EchoAwaited);
    m_timeoutTimer.start();
}

void EchoCorrelator::onWritten(int row, const QString &text, const QByteArray &bytes, bool isBinary)
{
    if (m_mode == Mode::Off)
        return;
    Sent sent;
    sent.row = row;
    sent.key = keyOf(text, bytes, isBinary);
    sent.isBinary = isBinary;
    sent.sentNs = now();
    const quint64 sequence = m_nextSequence++;
    m_awaited.emplace(sequence, sent);
    m_awaitedByKey[sent.key].push_back(sequence);
    ++m_counts.sent;
    if (m_awaited.size() > size_t(maxTracked)) {
        // Given up untracked: a flood to a server that does not echo.
        --m_counts.sent;
        forget(m_awaited, m_awaitedByKey, m_awaited.begin());
    }
    if (isActive())
        mark(row, ChatModel::EchoAwaited);
    if (!m_timeoutTimer.isActive())
        m_timeoutTimer.start();
    Q_EMIT statisticsChanged();
}

void EchoCorrelator::forget(std::map<quint64, Sent> &messages,
                            QHash<QByteArray, std::deque<quint64>> &byKey,
                            std::map<quint64, Sent>::iterator it)
{
    auto keyed = byKey.find(it->second.key);
    if (keyed != byKey.end()) {
        std::deque<quint64> &sequences = keyed.value();
        for (auto at = sequences.begin(); at != sequences.end(); ++at) {
            if (*at == it->first) {
                sequences.erase(at);
                break;
            }
        }
        if (sequences.empty())
            byKey.erase(keyed);
    }
    messages.erase(it);
}

void EchoCorrelator::onReceived(int row, const QString &text, const QByteArray &bytes,
                                bool isBinary)
{
    // Nothing awaited: no echo to look for (a flood from a server costs nothing here).
    if (m_mode == Mode::Off || (m_awaited.empty() && m_lost.empty()))
        return;
    const QByteArray key = keyOf(text, bytes, isBinary);
    bool isLate = false;
    auto keyed = m_awaitedByKey.constFind(key);
    if (keyed == m_awaitedByKey.constEnd()) {
        keyed = m_lostByKey.constFind(key);
        if (keyed == m_lostByKey.constEnd() || !isActive())
            return; // no echo: a message of the server's own
        isLate = true;
    }
    const quint64 sequence = keyed->front();
    std::map<quint64, Sent> &messages = isLate ? m_lost : m_awaited;
    const auto it = messages.find(sequence);
    const Sent sent = it->second;
    // Reordered: the echo of a newer message came first. (An older one that is only awaited
    // may be lost: that is said of it, not of the newer ones.)
    const bool reordered = !isLate && m_anyEchoed && sequence < m_newestEchoed;
    if (!isLate && (!m_anyEchoed || sequence > m_newestEchoed)) {
        m_newestEchoed = sequence;
        m_anyEchoed = true;
    }
    forget(messages, isLate ? m_lostByKey : m_awaitedByKey, it);

    const qint64 micros = (now() - sent.sentNs) / 1000;
    ChatModel::EchoFlags flags = ChatModel::EchoReceived;
    if (isLate) {
        flags |= ChatModel::EchoLost;
        --m_counts.lost;
        ++m_counts.late;
    } else {
        ++m_counts.echoed;
    }
    if (reordered) {
        flags |= ChatModel::EchoReordered;
        ++m_counts.reordered;
    }
    if (isBinary != sent.isBinary) {
        flags |= ChatModel::EchoRetyped;
        ++m_counts.retyped;
    }
    m_roundTrips.add(micros);
    if (!m_seenEcho) {
        m_seenEcho = true;
        if (m_mode == Mode::Automatic) {
            becomeActive();
            Q_EMIT activeChanged(true);
        }
    }
    mark(sent.row, flags, micros);
    mark(row, flags | ChatModel::IsEcho, micros);
    Q_EMIT roundTripMeasured(micros);
    Q_EMIT statisticsChanged();
}

void EchoCorrelator::checkTimeouts()
{
    const qint64 limit = now() - qint64(m_timeoutMs) * 1000000;
    bool changed = false;
    while (!m_awaited.empty() && m_awaited.begin()->second.sentNs <= limit) {
        const auto it = m_awaited.begin();
        const quint64 sequence = it->first;
        const Sent sent = it->second;
        forget(m_awaited, m_awaitedByKey, it);
        changed = true;
        if (!isActive()) {
            // Not known to be an echo server: no echo in time is no news, and the message is
            // no longer one whose echo would make it one.
            --m_counts.sent;
            continue;
        }
        m_lost.emplace(sequence, sent);
        m_lostByKey[sent.key].push_back(sequence);
        if (m_lost.size() > size_t(maxTracked))
            forget(m_lost, m_lostByKey, m_lost.begin());
        ++m_counts.lost;
        mark(sent.row, ChatModel::EchoLost);
    }
    if (m_awaited.empty())
        m_timeoutTimer.stop();
    if (changed)
        Q_EMIT statisticsChanged();
}

void EchoCorrelator::onOldRowsDropped(int row, int shift)
{
    for (auto *messages : {&m_awaited, &m_lost}) {
        for (auto &[sequence, sent] : *messages) {
            if (sent.row >= 0)
                sent.row = sent.row >= row ? sent.row - shift : -1;
        }
    }
}

} // namespace Banter
