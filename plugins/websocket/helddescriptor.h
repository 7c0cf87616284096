// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSocketNotifier>

namespace BanterWs {

// A duplicate of a client's socket descriptor, held without Qt's socket objects, and the
// notifier that watches it for reading (activated()) once watch() is called: the base of Linger
// and ParkingSpot. One object, not a QObject owning a notifier: a parked client costs what it
// cost before. Its last close ends the TCP connection; reset() makes that a reset.
class HeldDescriptor : public QSocketNotifier
{
    Q_OBJECT

public:
    // Duplicates descriptor; isValid() is false when that failed.
    HeldDescriptor(qintptr descriptor, QObject *parent);
    ~HeldDescriptor() override;

    bool isValid() const { return m_fd >= 0; }
    int descriptor() const { return m_fd; }
    void watch() { setEnabled(true); }
    // Stops watching and closes the descriptor; safe from a slot of activated().
    void close();
    // The same, with a reset instead of an orderly end of the connection.
    void reset();
    // The descriptor is the caller's now: it is neither watched nor closed here any more.
    int take();

private:
    int m_fd;
};

} // namespace BanterWs
