// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench-bareclient: the yardstick of the throughput benchmark, the plainest QtWebSockets client.
// Connects to URL, counts COUNT messages (text or binary) and prints
// "result seconds=... bytes=... mb_per_s=... cpu_s=... peak_rss_mb=...": from the socket being
// open to the last message, the CPU spent meanwhile and the peak memory.
//   bench-bareclient URL COUNT

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QWebSocket>

#include <cstdio>

#include "cputime.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench-bareclient URL COUNT\n");
        return 1;
    }
    const qint64 count = args.at(2).toLongLong();
    QWebSocket socket;
    QElapsedTimer clock;
    qint64 received = 0;
    qint64 bytes = 0;
    double cpuAtOpen = 0;
    const auto onMessage = [&](qint64 size) {
        bytes += size;
        if (++received < count)
            return;
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        rusage end{};
        getrusage(RUSAGE_SELF, &end);
        std::printf("result seconds=%.3f bytes=%lld mb_per_s=%.1f cpu_s=%.3f peak_rss_mb=%.1f\n",
                    seconds, bytes, double(bytes) / 1e6 / seconds, processCpuSeconds() - cpuAtOpen,
                    double(end.ru_maxrss) / 1024.0);
        std::fflush(stdout);
        app.exit(0);
    };
    QObject::connect(&socket, &QWebSocket::connected, &app, [&] {
        clock.start();
        cpuAtOpen = processCpuSeconds();
    });
    QObject::connect(&socket, &QWebSocket::binaryMessageReceived, &app,
                     [&](const QByteArray &message) { onMessage(message.size()); });
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &app,
                     [&](const QString &message) { onMessage(message.size()); });
    QObject::connect(&socket, &QWebSocket::disconnected, &app, [&] {
        if (received < count)
            app.exit(3);
    });
    socket.open(QUrl(args.at(1)));
    return app.exec();
}
