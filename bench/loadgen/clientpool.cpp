// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientpool.h"

#include "wire.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace LoadGen {

namespace {

static_assert(sizeof(sockaddr_in) <= 16);

[[noreturn]] void die(const char *what)
{
    std::fprintf(stderr, "banter-loadgen: %s: %s\n", what, std::strerror(errno));
    std::exit(1);
}

bool startsWith(const char *data, size_t size, const char *prefix)
{
    const size_t length = std::strlen(prefix);
    return size >= length && std::memcmp(data, prefix, length) == 0;
}

} // namespace

ClientPool::ClientPool(const PoolOptions &options, size_t count)
    : m_options(options), m_clients(count)
{
    m_epoll = epoll_create1(0);
    if (m_epoll < 0)
        die("epoll_create1");
    for (const int port : options.ports) {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(uint16_t(port));
        inet_pton(AF_INET, options.host.c_str(), &address.sin_addr);
        std::memcpy(m_addresses.emplace_back().data(), &address, sizeof address);
    }
}

ClientPool::~ClientPool()
{
    closeAll();
    close(m_epoll);
}

std::string ClientPool::requestFor(size_t index) const
{
    std::string room = m_options.roomPrefix;
    if (m_options.rooms > 0)
        room += std::to_string(index % m_options.rooms);
    const std::string target =
        m_options.socketIo ? "/socket.io/?EIO=4&transport=websocket&room=" + room : "/" + room;
    return "GET " + target + " HTTP/1.1\r\nHost: " + m_options.host + ":" +
           std::to_string(m_options.ports[index % m_options.ports.size()]) +
           "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
           "Sec-WebSocket-Version: 13\r\n\r\n";
}

size_t ClientPool::connectAll(size_t window, double timeoutSeconds)
{
    const auto deadline = Clock::now() + std::chrono::duration<double>(timeoutSeconds);
    size_t started = 0;
    while (m_greeted + m_failed < m_clients.size() && Clock::now() < deadline) {
        while (started < m_clients.size() && started - m_greeted - m_failed < window)
            open(started++);
        poll(10);
    }
    return m_greeted;
}

void ClientPool::closeAll()
{
    for (Client &client : m_clients) {
        if (client.fd >= 0) {
            close(client.fd);
            client.fd = -1;
        }
    }
}

std::string ClientPool::messageFrame(const std::string &text) const
{
    return frame(0x1, m_options.socketIo ? "42[\"message\",\"" + text + "\"]" : text, true);
}

void ClientPool::queue(size_t client, const std::string &bytes)
{
    m_clients[client].out += bytes;
}

void ClientPool::open(size_t index)
{
    Client &client = m_clients[index];
    client.fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (client.fd < 0)
        die("socket (raise ulimit -n)");
    const int one = 1;
    setsockopt(client.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(client.fd,
                reinterpret_cast<sockaddr *>(m_addresses[index % m_addresses.size()].data()),
                sizeof(sockaddr_in)) < 0 &&
        errno != EINPROGRESS)
        die("connect");
    client.out = requestFor(index);
    epoll_event event{};
    event.events = EPOLLIN | EPOLLOUT | EPOLLET;
    event.data.u64 = index;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, client.fd, &event);
}

void ClientPool::fail(Client &client)
{
    if (client.closed)
        return;
    client.closed = true;
    if (client.greeted)
        ++m_dropped;
    else
        ++m_failed;
    close(client.fd);
    client.fd = -1;
}

void ClientPool::flush(size_t index)
{
    Client &client = m_clients[index];
    size_t at = 0;
    while (at < client.out.size() && !client.closed) {
        const ssize_t n =
            send(client.fd, client.out.data() + at, client.out.size() - at, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno != EAGAIN)
                fail(client);
            break;
        }
        at += size_t(n);
    }
    client.out.erase(0, at);
}

void ClientPool::poll(int timeoutMs)
{
    epoll_event events[256];
    const int n = epoll_wait(m_epoll, events, 256, timeoutMs);
    for (int i = 0; i < n; ++i) {
        const size_t index = events[i].data.u64;
        if (m_clients[index].closed)
            continue;
        if (events[i].events & EPOLLOUT)
            flush(index);
        if (events[i].events & (EPOLLIN | EPOLLERR | EPOLLHUP))
            read(index);
    }
}

void ClientPool::runFor(double seconds)
{
    const auto end = Clock::now() + std::chrono::duration<double>(seconds);
    while (Clock::now() < end)
        poll(5);
}

void ClientPool::read(size_t index)
{
    Client &client = m_clients[index];
    char buffer[65536];
    for (;;) {
        const ssize_t n = recv(client.fd, buffer, sizeof buffer, 0);
        if (n == 0 || (n < 0 && errno != EAGAIN)) {
            fail(client);
            return;
        }
        if (n < 0)
            break;
        client.in.append(buffer, size_t(n));
    }
    if (!client.upgraded) {
        const size_t end = client.in.find("\r\n\r\n");
        if (end == std::string::npos)
            return;
        if (client.in.compare(0, 12, "HTTP/1.1 101") != 0) {
            fail(client);
            return;
        }
        client.upgraded = true;
        client.in.erase(0, end + 4);
    }
    size_t consumed = 0;
    const auto now = Clock::now();
    while (!client.closed) {
        const Frame f = nextFrame(client.in.data() + consumed, client.in.size() - consumed);
        if (f.opcode < 0)
            break;
        handleFrame(index, f.opcode, client.in.data() + consumed + f.headerSize, f.payloadSize,
                    now);
        consumed += f.headerSize + f.payloadSize;
    }
    if (client.closed)
        return;
    client.in.erase(0, consumed);
    flush(index);
}

void ClientPool::handleFrame(size_t index, int opcode, const char *data, size_t size,
                             Clock::time_point now)
{
    Client &client = m_clients[index];
    if (opcode == 0x9) { // ping: answer with a pong carrying the same payload
        client.out += frame(0xA, std::string(data, size), true);
        return;
    }
    if (opcode == 0x8) {
        fail(client);
        return;
    }
    if (opcode != 0x1 && opcode != 0x2)
        return;
    if (m_options.socketIo)
        handleSocketIo(index, data, size, now);
    else if (!client.greeted)
        greet(client);
    else if (m_handler)
        m_handler(index, data, size, now);
}

// Engine.IO packets: 0 open, 2 ping, 3 pong, 4 message; Socket.IO packets inside a message:
// 0 connect, 2 event.
void ClientPool::handleSocketIo(size_t index, const char *data, size_t size, Clock::time_point now)
{
    Client &client = m_clients[index];
    if (startsWith(data, size, "0{")) {
        client.out += frame(0x1, "40", true);
    } else if (size == 1 && data[0] == '2') {
        client.out += frame(0x1, "3", true);
    } else if (startsWith(data, size, "42")) {
        if (!client.greeted)
            greet(client);
        else if (m_handler)
            m_handler(index, data, size, now);
    } else if (startsWith(data, size, "41") || startsWith(data, size, "44")) {
        fail(client);
    }
}

void ClientPool::greet(Client &client)
{
    client.greeted = true;
    ++m_greeted;
}

} // namespace LoadGen
