// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <banter/listener.h>

namespace Banter {

Listener::Listener(QObject *parent) : QObject(parent) {}

Listener::~Listener() = default;

void Listener::setAcceptedPaths(const QRegularExpression &pattern, const QString &refusal)
{
    m_acceptedPaths =
        pattern.pattern().isEmpty()
            ? QRegularExpression()
            : QRegularExpression(QRegularExpression::anchoredPattern(pattern.pattern()),
                                 pattern.patternOptions());
    m_pathRefusal = refusal;
}

bool Listener::isPathAccepted(const QString &path) const
{
    return m_acceptedPaths.pattern().isEmpty() || m_acceptedPaths.match(path).hasMatch();
}

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
