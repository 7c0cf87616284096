// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace LoadGen {

namespace {

// A frame header for a payload of size bytes: FIN, the opcode, the length, and the masking key
// when masked (client to server). The key is fixed: this is test equipment on loopback.
std::string frameHeader(int opcode, size_t size, bool masked)
{
    std::string header(1, char(0x80 | opcode));
    const char maskBit = masked ? char(0x80) : 0;
    if (size < 126) {
        header += char(maskBit | char(size));
    } else if (size < 65536) {
        header += char(maskBit | 126);
        header += char(size >> 8);
        header += char(size & 0xff);
    } else {
        header += char(maskBit | 127);
        for (int shift = 56; shift >= 0; shift -= 8)
            header += char((size >> shift) & 0xff);
    }
    if (masked)
        header += std::string("\x12\x34\x56\x78", 4);
    return header;
}

// SHA-1 and Base64 for the Sec-WebSocket-Accept header of the flood server.
std::string sha1(const std::string &message)
{
    uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    std::string data = message;
    const uint64_t bits = uint64_t(message.size()) * 8;
    data += char(0x80);
    while (data.size() % 64 != 56)
        data += char(0);
    for (int shift = 56; shift >= 0; shift -= 8)
        data += char((bits >> shift) & 0xff);
    const auto rotl = [](uint32_t x, int n) { return (x << n) | (x >> (32 - n)); };
    for (size_t block = 0; block < data.size(); block += 64) {
        uint32_t w[80];
        for (int i = 0; i < 16; ++i) {
            const auto *p = reinterpret_cast<const unsigned char *>(data.data() + block + 4 * i);
            w[i] = uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3];
        }
        for (int i = 16; i < 80; ++i)
            w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int i = 0; i < 80; ++i) {
            uint32_t f, k;
            if (i < 20) {
                f = (b & c) | (~b & d);
                k = 0x5A827999;
            } else if (i < 40) {
                f = b ^ c ^ d;
                k = 0x6ED9EBA1;
            } else if (i < 60) {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8F1BBCDC;
            } else {
                f = b ^ c ^ d;
                k = 0xCA62C1D6;
            }
            const uint32_t t = rotl(a, 5) + f + e + k + w[i];
            e = d;
            d = c;
            c = rotl(b, 30);
            b = a;
            a = t;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
    }
    std::string digest;
    for (uint32_t word : h) {
        for (int shift = 24; shift >= 0; shift -= 8)
            digest += char((word >> shift) & 0xff);
    }
    return digest;
}

std::string base64(const std::string &data)
{
    static const char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (size_t i = 0; i < data.size(); i += 3) {
        uint32_t n = uint32_t(uint8_t(data[i])) << 16;
        if (i + 1 < data.size())
            n |= uint32_t(uint8_t(data[i + 1])) << 8;
        if (i + 2 < data.size())
            n |= uint8_t(data[i + 2]);
        out += table[(n >> 18) & 63];
        out += table[(n >> 12) & 63];
        out += i + 1 < data.size() ? table[(n >> 6) & 63] : '=';
        out += i + 2 < data.size() ? table[n & 63] : '=';
    }
    return out;
}

} // namespace

std::string frame(int opcode, const std::string &payload, bool masked)
{
    std::string out = frameHeader(opcode, payload.size(), masked);
    const size_t start = out.size();
    out += payload;
    if (masked) {
        static const unsigned char key[4] = {0x12, 0x34, 0x56, 0x78};
        for (size_t i = 0; i < payload.size(); ++i)
            out[start + i] = char(out[start + i] ^ key[i % 4]);
    }
    return out;
}

std::string payloadOf(long size)
{
    std::string payload(size_t(size), 'x');
    const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < payload.size(); ++i)
        payload[i] = digits[i % 16];
    return payload;
}

// The next complete frame at the start of data, or opcode -1.
Frame nextFrame(const char *begin, size_t available)
{
    if (available < 2)
        return {-1, 0, 0};
    const auto *bytes = reinterpret_cast<const unsigned char *>(begin);
    size_t header = 2;
    size_t size = bytes[1] & 0x7f;
    if (size == 126) {
        header = 4;
        if (available < header)
            return {-1, 0, 0};
        size = size_t(bytes[2]) << 8 | bytes[3];
    } else if (size == 127) {
        header = 10;
        if (available < header)
            return {-1, 0, 0};
        size = 0;
        for (int i = 2; i < 10; ++i)
            size = size << 8 | bytes[i];
    }
    if (available < header + size)
        return {-1, 0, 0};
    return {bytes[0] & 0x0f, header, size};
}

std::string acceptKeyFor(const std::string &request)
{
    std::string key;
    const std::string name = "sec-websocket-key:";
    std::string lower = request;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    const size_t at = lower.find(name);
    if (at != std::string::npos) {
        const size_t end = request.find("\r\n", at);
        key = request.substr(at + name.size(), end - at - name.size());
        key.erase(0, key.find_first_not_of(' '));
        key.erase(key.find_last_not_of(' ') + 1);
    }
    return base64(sha1(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"));
}

} // namespace LoadGen
