// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace BanterChaos {

// The network conditions a chaos+ URL asks for, read from its query:
//   chaos+ws://host:3000/?latency=100ms&jitter=20ms&bandwidth=64KiB&loss=1%&seed=42
// Each parameter may also be written with a "chaos-" prefix (chaos-latency=100ms), which keeps it
// apart from a parameter of the same name meant for the server; a "chaos-" name that is not one
// of them is refused. Every other query parameter is the server's, and stays in the inner URL.
class ChaosConditions
{
    Q_DECLARE_TR_FUNCTIONS(BanterChaos::ChaosConditions)

public:
    // After a time or a number of messages: 0 in both for never.
    struct Trigger
    {
        qint64 afterMs = 0;
        qint64 afterMessages = 0;
        bool isSet() const { return afterMs > 0 || afterMessages > 0; }
    };

    // The ranges a user may give.
    static constexpr qint64 maxDelayMs = 60 * 1000;
    static constexpr qint64 maxBandwidth = qint64(10) << 30;
    static constexpr qint64 maxTriggerMs = qint64(7) * 24 * 3600 * 1000;

    // One-way delay of every message, in each direction: an echo's round trip grows by twice it.
    qint64 latencyMs = 0;
    // Each message's delay is latencyMs plus or minus up to this much; order is always kept.
    qint64 jitterMs = 0;
    // Bytes per second in each direction; 0 for no cap.
    qint64 bandwidth = 0;
    // The share of messages dropped, in percent, in each direction (pings are never dropped).
    double lossPercent = 0;
    Trigger disconnectAfter;
    Trigger blackholeAfter;
    // The seed of every random choice: the same seed gives the same delays and losses.
    quint64 seed = 0;

    // Reads the conditions of url's query. On a malformed or out-of-range parameter, returns
    // default conditions and sets errorString to what is wrong and what is allowed, in words.
    // Without a seed parameter, the seed is chosen at random (describe() tells which).
    static ChaosConditions fromUrl(const QUrl &url, QString *errorString);
    // The URL the inner transport opens: the scheme after "chaos+", without the chaos parameters.
    static QUrl innerUrl(const QUrl &url);
    // The chaos parameters of url, as a query to put back on the inner transport's URL.
    static QString conditionsQuery(const QUrl &url);
    // The parameter names, without the "chaos-" prefix.
    static QStringList keys();

    // "network conditions: latency 100 ms ± 20 ms, 64 KiB/s, loss 1 %, ..., seed 42"
    QString describe() const;

    static QString formatDuration(qint64 ms);
    static QString formatBandwidth(qint64 bytesPerSecond);
    // "30 s", "1 message", "100 messages"
    static QString formatTrigger(const Trigger &trigger);
};

} // namespace BanterChaos
