// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "earlyreader.h"

#include <QTcpSocket>

namespace BanterWs {

void EarlyReader::connectFirst(QObject *socketUnderConstruction)
{
    // No qobject_cast on a half-made object: a QTcpSocket's QIODevice starts at its QObject's
    // address, and connect() with a member pointer looks the signal up in QIODevice's own
    // meta-object and stores the connection in the QObject part only.
    if (m_connectedTo)
        return;
    m_connectedTo = socketUnderConstruction;
    connect(reinterpret_cast<QIODevice *>(socketUnderConstruction), &QIODevice::readyRead, this,
            [this] {
                if (m_socket)
                    beforeQtReads();
            });
}

bool EarlyReader::watch(QTcpSocket *socket)
{
    if (!socket || socket != m_connectedTo)
        return false;
    m_socket = socket;
    connect(socket, &QIODevice::readyRead, this, &EarlyReader::afterQtReads);
    watching();
    return true;
}

} // namespace BanterWs
