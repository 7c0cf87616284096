// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chaosconditions.h"
#include "chaosschedule.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

#include <deque>
#include <vector>

namespace BanterChaos {

class ChaosClock;

// Both directions of one connection under the network conditions, without the connection: what
// goes in, what comes out when, and when the link turns into a black hole or is cut. Time is read
// from a ChaosClock, so that a test can move it by hand.
//
// Messages (text and binary) may be lost and count towards "after N messages" when they arrive;
// pings, pongs and the peer's close take the delay and the bandwidth but are never lost. Once the
// link is a black hole nothing arrives either way any more, and what is handed in is swallowed;
// once it is cut, everything still on its way is gone.
class ChaosLink
{
public:
    enum class Direction { Outgoing, Incoming };
    enum class Kind { Text, Binary, Ping, Pong, Close };
    enum class Phase { Flowing, Blackholed, Cut };
    enum class Outcome { Queued, Lost, Swallowed };

    struct Item
    {
        Direction direction = Direction::Outgoing;
        Kind kind = Kind::Text;
        QString text;
        QByteArray payload;
        QVariantMap attributes;
        qint64 sentAt = 0; // a ping's or pong's: when the ping was handed in
        qint64 arrivesAt = 0;

        qint64 size() const;
    };

    // The link starts now (the connection just opened): the triggers' times count from here.
    ChaosLink(const ChaosConditions &conditions, const ChaosClock *clock);

    Outcome push(Item item);
    // What has arrived by now, in the order it arrived; the phase may change on the way (the
    // message that reaches a count arrives, then the trigger fires).
    std::vector<Item> advance();
    Phase phase() const { return m_phase; }
    // When advance() has something to do next; -1 when never.
    qint64 nextWakeUp() const;
    qint64 queuedBytes(Direction direction) const;
    // Messages that have arrived, both directions.
    qint64 arrivedMessages() const { return m_arrivedMessages; }
    const ChaosConditions &conditions() const { return m_conditions; }

private:
    std::deque<Item> &queue(Direction direction);
    qint64 triggerTime(const ChaosConditions::Trigger &trigger) const;
    // Fires the triggers whose time has come, without delivering anything.
    void advanceTriggersOnly();

    ChaosConditions m_conditions;
    const ChaosClock *m_clock;
    ChaosSchedule m_outgoing;
    ChaosSchedule m_incoming;
    std::deque<Item> m_outgoingQueue;
    std::deque<Item> m_incomingQueue;
    qint64 m_startedAt = 0;
    qint64 m_arrivedMessages = 0;
    Phase m_phase = Phase::Flowing;
};

} // namespace BanterChaos
