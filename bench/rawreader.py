#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Banter authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The floor of the window's burst benchmark against a real sender (issue 19).

A client that does nothing with what it receives: it opens the WebSocket (the handshake by hand,
the Sec-WebSocket-Accept checked) and then only counts bytes until COUNT frames of SIZE-byte
payloads have arrived, without parsing them. It reads the way Banter's ReadPacer does at its
longest hold: 256 KiB at a time, and after a read of less than 32 KiB it sleeps for PAUSE_MS
before the next. What it needs is what the sender needs to write the burst to a reader that
costs nothing: no client of that sender can be faster by reading differently in this pattern.

Usage: rawreader.py URL COUNT [SIZE] [PAUSE_MS]
Prints "result seconds=... cpu_s=... peak_rss_mb=..." like bench/node/burst-client.mjs: the time
from the socket being open to the last byte of the COUNT-th frame.
"""

import base64
import hashlib
import os
import resource
import socket
import sys
import time
import urllib.parse

SLICE = 256 * 1024
SMALL_READ = 32 * 1024
GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def frame_size(payload):
    # A server's frames are not masked: 2 header bytes, 2 or 8 more for a longer payload.
    if payload < 126:
        return 2 + payload
    return (4 if payload < 65536 else 10) + payload


def open_socket(url):
    parts = urllib.parse.urlsplit(url)
    sock = socket.create_connection((parts.hostname, parts.port or 80))
    key = base64.b64encode(os.urandom(16))
    sock.sendall(b"GET " + (parts.path or "/").encode() + b" HTTP/1.1\r\nHost: " +
                 parts.netloc.encode() + b"\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 b"Sec-WebSocket-Key: " + key + b"\r\nSec-WebSocket-Version: 13\r\n\r\n")
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = sock.recv(4096)
        if not chunk:
            sys.exit("rawreader: the sender closed the connection during the handshake")
        head += chunk
    response, rest = head.split(b"\r\n\r\n", 1)
    accept = base64.b64encode(hashlib.sha1(key + GUID).digest())
    if not response.startswith(b"HTTP/1.1 101") or accept not in response:
        sys.exit("rawreader: the sender refused the WebSocket handshake")
    return sock, len(rest)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    url, count = sys.argv[1], int(sys.argv[2])
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 64
    pause = (float(sys.argv[4]) if len(sys.argv) > 4 else 16.0) / 1000
    sock, received = open_socket(url)
    started, cpu_before = time.monotonic(), time.process_time()
    expected = count * frame_size(size)
    while received < expected:
        chunk = sock.recv(SLICE)
        if not chunk:
            sys.exit(f"rawreader: the sender closed after {received} of {expected} bytes")
        received += len(chunk)
        if len(chunk) < SMALL_READ and received < expected:
            time.sleep(pause)
    seconds = time.monotonic() - started
    cpu = time.process_time() - cpu_before
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"result seconds={seconds:.3f} cpu_s={cpu:.3f} peak_rss_mb={peak_mb:.1f}", flush=True)


if __name__ == "__main__":
    main()
