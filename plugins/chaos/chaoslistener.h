// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chaosconditions.h"

#include <banter/itransportwrapper.h>
#include <banter/listener.h>

#include <QPointer>

namespace BanterChaos {

// A server endpoint of another transport whose clients get the network conditions of a chaos+
// URL: chaos+ws://127.0.0.1:3000/?latency=50ms listens on ws://127.0.0.1:3000 with the
// transport the resolver gives for "ws", and wraps every connection it accepts in a
// ChaosConnection. Each client draws from a seed of its own (the URL's seed plus the client's
// number), so that a run with a seed repeats.
class ChaosListener : public Banter::Listener
{
    Q_OBJECT

public:
    explicit ChaosListener(const Banter::ITransportWrapper::Resolver &resolver,
                           QObject *parent = nullptr);
    ~ChaosListener() override;

    bool listen(const QUrl &url) override;
    void close() override;
    bool isListening() const override;
    QUrl url() const override;

private:
    void onNewConnection(Banter::Connection *connection);
    void lendSubprotocols();

    Banter::ITransportWrapper::Resolver m_resolver;
    ChaosConditions m_conditions;
    QString m_scheme;
    QString m_conditionsQuery;
    QPointer<Banter::Listener> m_inner;
    quint64 m_accepted = 0;
};

} // namespace BanterChaos
