// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <banter/listener.h>

namespace Banter {

Listener::Listener(QObject *parent) : QObject(parent) {}

Listener::~Listener() = default;

void Listener::setError(Error error, const QString &errorString)
{
    m_error = error;
    m_errorString = errorString;
}

void Listener::reportError(const QString &errorString)
{
    m_errorString = errorString;
    Q_EMIT errorOccurred(errorString);
}

} // namespace Banter
