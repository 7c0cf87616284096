// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chaoslink.h"

#include "chaosclock.h"

#include <algorithm>

namespace BanterChaos {

namespace {

// The incoming direction draws from a generator of its own, so that what one direction does
// changes nothing in the other's fate.
constexpr quint64 incomingSeedMask = 0x9e3779b97f4a7c15ULL;

bool isMessage(ChaosLink::Kind kind)
{
    return kind == ChaosLink::Kind::Text || kind == ChaosLink::Kind::Binary;
}

} // namespace

qint64 ChaosLink::Item::size() const
{
    return kind == Kind::Text ? text.toUtf8().size() : payload.size();
}

ChaosLink::ChaosLink(const ChaosConditions &conditions, const ChaosClock *clock)
    : m_conditions(conditions)
    , m_clock(clock)
    , m_outgoing(conditions, conditions.seed)
    , m_incoming(conditions, conditions.seed ^ incomingSeedMask)
    , m_startedAt(clock->now())
{}

std::deque<ChaosLink::Item> &ChaosLink::queue(Direction direction)
{
    return direction == Direction::Outgoing ? m_outgoingQueue : m_incomingQueue;
}

qint64 ChaosLink::triggerTime(const ChaosConditions::Trigger &trigger) const
{
    return trigger.afterMs > 0 ? m_startedAt + trigger.afterMs : -1;
}

ChaosLink::Outcome ChaosLink::push(Item item)
{
    // The time triggers first: a message handed in after the black hole began is swallowed.
    advanceTriggersOnly();
    if (m_phase != Phase::Flowing)
        return Outcome::Swallowed;
    ChaosSchedule &schedule = item.direction == Direction::Outgoing ? m_outgoing : m_incoming;
    const auto loss =
        isMessage(item.kind) ? ChaosSchedule::Loss::Possible : ChaosSchedule::Loss::Impossible;
    const qint64 arrival = schedule.schedule(m_clock->now(), item.size(), loss);
    if (arrival < 0)
        return Outcome::Lost;
    item.arrivesAt = arrival;
    queue(item.direction).push_back(std::move(item));
    return Outcome::Queued;
}

void ChaosLink::advanceTriggersOnly()
{
    const qint64 now = m_clock->now();
    const qint64 cutAt = triggerTime(m_conditions.disconnectAfter);
    const qint64 blackholeAt = triggerTime(m_conditions.blackholeAfter);
    if (m_phase != Phase::Cut && cutAt >= 0 && cutAt <= now) {
        m_phase = Phase::Cut;
    } else if (m_phase == Phase::Flowing && blackholeAt >= 0 && blackholeAt <= now) {
        m_phase = Phase::Blackholed;
    }
    if (m_phase == Phase::Cut) {
        m_outgoingQueue.clear();
        m_incomingQueue.clear();
    }
}

std::vector<ChaosLink::Item> ChaosLink::advance()
{
    std::vector<Item> arrived;
    const qint64 now = m_clock->now();
    const qint64 cutAt = triggerTime(m_conditions.disconnectAfter);
    const qint64 blackholeAt = triggerTime(m_conditions.blackholeAfter);
    while (m_phase == Phase::Flowing) {
        // The earlier of the two queues' heads; on a tie, the outgoing one.
        std::deque<Item> *next = nullptr;
        for (std::deque<Item> *candidate : {&m_outgoingQueue, &m_incomingQueue}) {
            if (!candidate->empty() && candidate->front().arrivesAt <= now &&
                (!next || candidate->front().arrivesAt < next->front().arrivesAt))
                next = candidate;
        }
        // A trigger whose time comes before (or with) the next arrival fires first.
        const qint64 at = next ? next->front().arrivesAt : now;
        if (cutAt >= 0 && cutAt <= at) {
            m_phase = Phase::Cut;
            break;
        }
        if (blackholeAt >= 0 && blackholeAt <= at) {
            m_phase = Phase::Blackholed;
            break;
        }
        if (!next)
            break;
        Item item = std::move(next->front());
        next->pop_front();
        const bool counts = isMessage(item.kind);
        arrived.push_back(std::move(item));
        if (!counts)
            continue;
        ++m_arrivedMessages;
        if (m_conditions.disconnectAfter.afterMessages > 0 &&
            m_arrivedMessages >= m_conditions.disconnectAfter.afterMessages) {
            m_phase = Phase::Cut;
        } else if (m_conditions.blackholeAfter.afterMessages > 0 &&
                   m_arrivedMessages >= m_conditions.blackholeAfter.afterMessages) {
            m_phase = Phase::Blackholed;
        }
    }
    // A black hole still ends in the cut, if one is set for later.
    advanceTriggersOnly();
    return arrived;
}

qint64 ChaosLink::nextWakeUp() const
{
    if (m_phase == Phase::Cut)
        return -1;
    qint64 next = triggerTime(m_conditions.disconnectAfter);
    const auto earliest = [&next](qint64 time) {
        if (time >= 0 && (next < 0 || time < next))
            next = time;
    };
    if (m_phase == Phase::Flowing) {
        earliest(triggerTime(m_conditions.blackholeAfter));
        for (const std::deque<Item> *queued : {&m_outgoingQueue, &m_incomingQueue}) {
            if (!queued->empty())
                earliest(queued->front().arrivesAt);
        }
    }
    return next;
}

qint64 ChaosLink::queuedBytes(Direction direction) const
{
    const std::deque<Item> &queued =
        direction == Direction::Outgoing ? m_outgoingQueue : m_incomingQueue;
    qint64 bytes = 0;
    for (const Item &item : queued)
        bytes += item.size();
    return bytes;
}

} // namespace BanterChaos
