// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"

#include <QByteArray>
#include <QString>

#include <deque>
#include <vector>

namespace Banter {

// The messages a user typed that the server has not confirmed yet, in order. A message is
// pending until it is written, then in flight until a later ping's pong proves the server has
// read it. When a connection is lost, what was in flight goes back to the front of the pending
// queue, to be sent again on the next connection: nothing typed is lost.
class BANTERCLIENT_EXPORT Outbox
{
public:
    struct Message
    {
        quint64 id = 0;
        QString text;
        QByteArray bytes;
        bool isBinary = false;
        int row = -1;        // the message's row in the ChatModel, -1 when it has none
        quint64 barrier = 0; // in flight: the ping that acknowledges it, 0 before that ping
    };

    // Queues a message as pending; returns its id.
    quint64 add(Message message);

    bool isEmpty() const { return m_pending.empty() && m_inFlight.empty(); }
    int pendingCount() const { return int(m_pending.size()); }
    int inFlightCount() const { return int(m_inFlight.size()); }
    bool hasPending() const { return !m_pending.empty(); }
    const Message &nextPending() const { return m_pending.front(); }
    // The next pending message was written: it is in flight now.
    void markNextSent();
    // True when a message in flight waits for a ping to go out behind it.
    bool needsBarrier() const { return !m_inFlight.empty() && m_inFlight.back().barrier == 0; }
    // A ping with this sequence went out after every message in flight without a barrier.
    void setBarrier(quint64 sequence);
    // The pong for sequence arrived: drops the messages it acknowledges.
    void acknowledge(quint64 sequence);
    // The connection was lost: messages in flight are pending again, before the others.
    // Returns their rows.
    std::vector<int> requeueInFlight();
    // Drops a pending message; returns false when no pending message has that row.
    bool cancelRow(int row);
    // Forgets the rows (the model was cleared).
    void clearRows();
    // The model dropped its oldest rows: those before row are gone, the others moved up by shift.
    void dropRows(int row, int shift);

    // All messages, in flight first, for saving; and loading them back as pending.
    std::vector<Message> messages() const;
    QByteArray toJson() const;
    // Replaces the content with the messages in json; returns false, keeping nothing, when it
    // is not an outbox written by toJson().
    bool fromJson(const QByteArray &json);

private:
    std::deque<Message> m_pending;
    std::deque<Message> m_inFlight;
    quint64 m_nextId = 1;
};

} // namespace Banter
