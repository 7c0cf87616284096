// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace Banter {

namespace {

const auto formatKey = QLatin1String("format");
const auto formatValue = QLatin1String("banter-outbox/1");

} // namespace

quint64 Outbox::add(Message message)
{
    message.id = m_nextId++;
    message.barrier = 0;
    m_pending.push_back(std::move(message));
    return m_pending.back().id;
}

void Outbox::markNextSent()
{
    if (m_pending.empty())
        return;
    m_inFlight.push_back(std::move(m_pending.front()));
    m_pending.pop_front();
}

void Outbox::setBarrier(quint64 sequence)
{
    // Those without a barrier are the newest, at the end: a barrier once set covers all before it.
    for (auto it = m_inFlight.rbegin(); it != m_inFlight.rend() && it->barrier == 0; ++it)
        it->barrier = sequence;
}

void Outbox::acknowledge(quint64 sequence)
{
    while (!m_inFlight.empty() && m_inFlight.front().barrier != 0 &&
           m_inFlight.front().barrier <= sequence) {
        m_inFlight.pop_front();
    }
}

std::vector<int> Outbox::requeueInFlight()
{
    std::vector<int> rows;
    for (auto it = m_inFlight.rbegin(); it != m_inFlight.rend(); ++it) {
        it->barrier = 0;
        rows.push_back(it->row);
        m_pending.push_front(std::move(*it));
    }
    m_inFlight.clear();
    std::reverse(rows.begin(), rows.end());
    return rows;
}

bool Outbox::cancelRow(int row)
{
    const auto found = std::find_if(m_pending.begin(), m_pending.end(),
                                    [row](const Message &m) { return m.row == row && row >= 0; });
    if (found == m_pending.end())
        return false;
    m_pending.erase(found);
    return true;
}

void Outbox::clearRows()
{
    dropRows(std::numeric_limits<int>::max(), 0);
}

void Outbox::dropRows(int row, int shift)
{
    for (auto *messages : {&m_pending, &m_inFlight}) {
        for (Message &message : *messages) {
            if (message.row >= 0)
                message.row = message.row < row ? -1 : message.row - shift;
        }
    }
}

std::vector<Outbox::Message> Outbox::messages() const
{
    std::vector<Message> all(m_inFlight.begin(), m_inFlight.end());
    all.insert(all.end(), m_pending.begin(), m_pending.end());
    return all;
}

QByteArray Outbox::toJson() const
{
    QJsonArray list;
    for (const Message &message : messages()) {
        QJsonObject object;
        if (message.isBinary)
            object.insert(QLatin1String("base64"), QString::fromLatin1(message.bytes.toBase64()));
        else
            object.insert(QLatin1String("text"), message.text);
        list.append(object);
    }
    QJsonObject root;
    root.insert(formatKey, formatValue);
    root.insert(QLatin1String("messages"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool Outbox::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject root = document.object();
    if (root.value(formatKey).toString() != formatValue ||
        !root.value(QLatin1String("messages")).isArray()) {
        return false;
    }
    std::deque<Message> loaded;
    for (const QJsonValue &value : root.value(QLatin1String("messages")).toArray()) {
        const QJsonObject object = value.toObject();
        Message message;
        if (object.value(QLatin1String("text")).isString()) {
            message.text = object.value(QLatin1String("text")).toString();
        } else if (object.value(QLatin1String("base64")).isString()) {
            const auto decoded = QByteArray::fromBase64Encoding(
                object.value(QLatin1String("base64")).toString().toLatin1(),
                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return false;
            message.bytes = *decoded;
            message.isBinary = true;
        } else {
            return false;
        }
        message.id = m_nextId++;
        loaded.push_back(std::move(message));
    }
    m_inFlight.clear();
    m_pending = std::move(loaded);
    return true;
}

} // namespace Banter
