// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The flood mode: a WebSocket server for one client that sends as fast as the socket takes it.

#include "loadgen.h"
#include "wire.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

namespace LoadGen {

namespace {

[[noreturn]] void die(const char *what)
{
    std::fprintf(stderr, "banter-loadgen: %s: %s\n", what, std::strerror(errno));
    std::exit(1);
}

} // namespace

int runFlood(const Options &options)
{
    const int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    setsockopt(server, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(options.number("port", 0)));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(server, reinterpret_cast<sockaddr *>(&address), sizeof address) < 0 ||
        listen(server, 4) < 0)
        die("listen");
    socklen_t length = sizeof address;
    getsockname(server, reinterpret_cast<sockaddr *>(&address), &length);
    std::printf("listening on port %d\n", ntohs(address.sin_port));
    std::fflush(stdout);

    const int fd = accept(server, nullptr, nullptr);
    if (fd < 0)
        die("accept");
    std::string request;
    char buffer[4096];
    while (request.find("\r\n\r\n") == std::string::npos) {
        const ssize_t n = recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            die("handshake");
        request.append(buffer, size_t(n));
    }
    const std::string response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                                 "Connection: Upgrade\r\nSec-WebSocket-Accept: " +
                                 acceptKeyFor(request) + "\r\n\r\n";
    send(fd, response.data(), response.size(), MSG_NOSIGNAL);

    // Messages go out in chunks of a thousand frames; each message is numbered so that the
    // receiver sees distinct texts.
    const long count = options.number("count", 1000000);
    const long size = options.number("size", 64);
    const long delayMs = options.number("delay-ms", 0);
    if (delayMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
    std::string payload = payloadOf(size);
    std::string chunk;
    long sent = 0;
    while (sent < count) {
        chunk.clear();
        for (int i = 0; i < 1000 && sent < count; ++i, ++sent) {
            const std::string number = std::to_string(sent);
            payload.replace(0, std::min(number.size(), payload.size()), number);
            chunk += frame(0x1, payload, false);
        }
        for (size_t at = 0; at < chunk.size();) {
            const ssize_t n = send(fd, chunk.data() + at, chunk.size() - at, MSG_NOSIGNAL);
            if (n <= 0)
                die("send");
            at += size_t(n);
        }
    }
    std::printf("flooded %ld\n", sent);
    std::fflush(stdout);
    // Stay until the client goes: answer nothing, read and drop what it sends.
    while (recv(fd, buffer, sizeof buffer, 0) > 0) {
    }
    close(fd);
    close(server);
    return 0;
}

} // namespace LoadGen
