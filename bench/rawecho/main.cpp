// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A REFERENCE, NOT A SERVER: the leanest WebSocket echo this machine can run, as the limit that
// scripts/bench holds banter-server against (issue 24). One thread, level-triggered epoll,
// non-blocking sockets. It answers the opening handshake without checking it, greets like the
// others, and then echoes every data frame back, unmasked, validating nothing: no UTF-8 check,
// no limits, no reserved bits, no fragmentation rules. Everything one read() brought is answered
// with one write(); only what the kernel did not take waits for EPOLLOUT. Pings are answered,
// a close is echoed and the connection shut. Usage: bench-rawecho PORT; prints
// "listening on port N". Never expose it: a hostile client can make it echo anything.

#include <QByteArray>
#include <QCryptographicHash>

#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <unordered_map>
#include <vector>

namespace {

struct Client
{
    bool isUpgraded = false;
    std::vector<unsigned char> in;
    std::vector<unsigned char> out;
    bool isClosing = false;
};

constexpr char greeting[] = "Welcome to Awesome Chat";

void appendFrame(std::vector<unsigned char> &out, int opcode, const unsigned char *payload,
                 size_t size, const unsigned char *mask)
{
    out.push_back(static_cast<unsigned char>(0x80 | opcode));
    if (size < 126) {
        out.push_back(static_cast<unsigned char>(size));
    } else if (size <= 0xffff) {
        out.push_back(126);
        out.push_back(static_cast<unsigned char>(size >> 8));
        out.push_back(static_cast<unsigned char>(size));
    } else {
        out.push_back(127);
        for (int shift = 56; shift >= 0; shift -= 8)
            out.push_back(static_cast<unsigned char>(size >> shift));
    }
    const size_t at = out.size();
    out.insert(out.end(), payload, payload + size);
    if (mask) {
        for (size_t i = 0; i < size; ++i)
            out[at + i] ^= mask[i % 4];
    }
}

// The handshake: the answer to whatever request came, from its Sec-WebSocket-Key.
bool answerRequest(Client &client)
{
    const char *begin = reinterpret_cast<const char *>(client.in.data());
    const QByteArray request(begin, qsizetype(client.in.size()));
    const qsizetype end = request.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray name = "Sec-WebSocket-Key:";
    const qsizetype keyAt = request.toLower().indexOf(name.toLower());
    const qsizetype lineEnd = request.indexOf("\r\n", keyAt);
    const QByteArray key =
        request.mid(keyAt + name.size(), lineEnd - keyAt - name.size()).trimmed();
    const QByteArray accept = QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                                       QCryptographicHash::Sha1)
                                  .toBase64();
    const QByteArray answer = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                              "Connection: Upgrade\r\nSec-WebSocket-Accept: " +
                              accept + "\r\n\r\n";
    client.out.insert(client.out.end(), answer.begin(), answer.end());
    appendFrame(client.out, 0x1, reinterpret_cast<const unsigned char *>(greeting),
                sizeof greeting - 1, nullptr);
    client.in.erase(client.in.begin(), client.in.begin() + end + 4);
    client.isUpgraded = true;
    return true;
}

// Answers every whole frame in the input; leaves a partial one for the next read.
void answerFrames(Client &client)
{
    size_t at = 0;
    const std::vector<unsigned char> &in = client.in;
    while (in.size() - at >= 2) {
        const int opcode = in[at] & 0x0f;
        const bool isMasked = (in[at + 1] & 0x80) != 0;
        size_t length = in[at + 1] & 0x7f;
        size_t head = 2;
        if (length == 126) {
            if (in.size() - at < 4)
                break;
            length = size_t(in[at + 2]) << 8 | in[at + 3];
            head = 4;
        } else if (length == 127) {
            if (in.size() - at < 10)
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = length << 8 | in[at + 2 + size_t(i)];
            head = 10;
        }
        const size_t maskAt = at + head;
        head += isMasked ? 4 : 0;
        if (in.size() - at < head + length)
            break;
        const unsigned char *payload = in.data() + at + head;
        const unsigned char *mask = isMasked ? in.data() + maskAt : nullptr;
        if (opcode == 0x9)
            appendFrame(client.out, 0xa, payload, length, mask);
        else if (opcode == 0x8) {
            appendFrame(client.out, 0x8, payload, length, mask);
            client.isClosing = true;
        } else if (opcode != 0xa)
            appendFrame(client.out, opcode, payload, length, mask);
        at += head + length;
    }
    client.in.erase(client.in.begin(), client.in.begin() + long(at));
}

void closeClient(int epoll, int fd, std::unordered_map<int, Client> &clients)
{
    epoll_ctl(epoll, EPOLL_CTL_DEL, fd, nullptr);
    close(fd);
    clients.erase(fd);
}

// Writes what is waiting; true when the client is to be closed.
bool flush(int epoll, int fd, Client &client, bool isArmed)
{
    while (!client.out.empty()) {
        const ssize_t written = write(fd, client.out.data(), client.out.size());
        if (written < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN)
                return true;
            break;
        }
        client.out.erase(client.out.begin(), client.out.begin() + written);
    }
    const bool wantsOut = !client.out.empty();
    if (wantsOut != isArmed) {
        epoll_event event{};
        event.events = EPOLLIN | (wantsOut ? EPOLLOUT : 0u);
        event.data.fd = fd;
        epoll_ctl(epoll, EPOLL_CTL_MOD, fd, &event);
    }
    return client.isClosing && !wantsOut;
}

} // namespace

int main(int argc, char *argv[])
{
    const int port = argc > 1 ? std::atoi(argv[1]) : 3000;
    const int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    const int on = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        listen(listener, 4096) != 0) {
        std::perror("bench-rawecho");
        return 1;
    }
    socklen_t length = sizeof address;
    getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length);
    std::printf("listening on port %d\n", ntohs(address.sin_port));
    std::fflush(stdout);

    const int epoll = epoll_create1(0);
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = listener;
    epoll_ctl(epoll, EPOLL_CTL_ADD, listener, &event);
    std::unordered_map<int, Client> clients;
    std::vector<epoll_event> ready(1024);
    std::vector<unsigned char> buffer(256 * 1024);
    for (;;) {
        const int count = epoll_wait(epoll, ready.data(), int(ready.size()), -1);
        for (int i = 0; i < count; ++i) {
            const int fd = ready[size_t(i)].data.fd;
            if (fd == listener) {
                while (true) {
                    const int client = accept4(listener, nullptr, nullptr, SOCK_NONBLOCK);
                    if (client < 0)
                        break;
                    setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
                    event.events = EPOLLIN;
                    event.data.fd = client;
                    epoll_ctl(epoll, EPOLL_CTL_ADD, client, &event);
                    clients[client];
                }
                continue;
            }
            Client &client = clients[fd];
            const bool isArmed = !client.out.empty();
            if (ready[size_t(i)].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
                const ssize_t got = read(fd, buffer.data(), buffer.size());
                if (got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR)) {
                    closeClient(epoll, fd, clients);
                    continue;
                }
                if (got > 0) {
                    client.in.insert(client.in.end(), buffer.data(), buffer.data() + got);
                    if (client.isUpgraded || answerRequest(client))
                        answerFrames(client);
                }
            }
            if (flush(epoll, fd, client, isArmed))
                closeClient(epoll, fd, clients);
        }
    }
}
