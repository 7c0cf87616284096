#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Banter authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A long-distance link on one machine, for the throughput benchmark (issue 19).

The kernel here has no netem qdisc, and a delaying TCP proxy would end the client's TCP
connection at the proxy, on loopback, where its receive window costs nothing. This link delays IP
packets instead: a network namespace for the sender, joined to this one by two TUN devices, and
this program between them, which holds every packet for half the round trip before it passes it
on. Both ends' TCP stacks see the whole round trip, with their own windows, buffers and
congestion control, as over a real line; nothing is dropped or reordered.

Usage (as root): rttlink.py --rtt-ms 50 [--mtu 65000]
Prints "ready netns=NAME address=ADDRESS" once the link is up: programs started with
`ip netns exec NAME` listen on ADDRESS, which programs here reach across the link. On SIGTERM or
SIGINT it removes the namespace and exits.
"""

import argparse
import fcntl
import heapq
import os
import select
import signal
import struct
import subprocess
import sys
import time

TUNSETIFF = 0x400454CA
IFF_TUN = 0x0001
IFF_NO_PI = 0x1000
HERE_ADDRESS = "10.77.0.1"
THERE_ADDRESS = "10.77.0.2"


def ip(*arguments, netns=None):
    command = ["ip"] + (["-n", netns] if netns else []) + list(arguments)
    subprocess.run(command, check=True)


def open_tun(name):
    descriptor = os.open("/dev/net/tun", os.O_RDWR | os.O_NONBLOCK)
    fcntl.ioctl(descriptor, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TUN | IFF_NO_PI))
    return descriptor


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rtt-ms", type=float, default=50.0)
    parser.add_argument("--mtu", type=int, default=65000)
    options = parser.parse_args()
    one_way = options.rtt_ms / 2000.0

    tag = str(os.getpid())
    netns = "banter-rtt-" + tag
    here_name, there_name = "bnth" + tag, "bntt" + tag
    here = open_tun(here_name)
    there = open_tun(there_name)
    ip("netns", "add", netns)

    def clean_up(*_):
        subprocess.run(["ip", "netns", "del", netns], check=False)
        sys.exit(0)

    signal.signal(signal.SIGTERM, clean_up)
    signal.signal(signal.SIGINT, clean_up)
    try:
        ip("link", "set", there_name, "netns", netns)
        ip("addr", "add", HERE_ADDRESS + "/32", "peer", THERE_ADDRESS, "dev", here_name)
        ip("link", "set", here_name, "mtu", str(options.mtu), "txqueuelen", "10000", "up")
        ip("link", "set", "lo", "up", netns=netns)
        ip("addr", "add", THERE_ADDRESS + "/32", "peer", HERE_ADDRESS, "dev", there_name,
           netns=netns)
        ip("link", "set", there_name, "mtu", str(options.mtu), "txqueuelen", "10000", "up",
           netns=netns)
    except subprocess.CalledProcessError:
        clean_up()
    print(f"ready netns={netns} address={THERE_ADDRESS}", flush=True)

    # A packet read from one device is written to the other one delay later, in the order read.
    other = {here: there, there: here}
    pending = []  # (due, sequence, descriptor, packet)
    sequence = 0
    poller = select.epoll()
    poller.register(here, select.EPOLLIN)
    poller.register(there, select.EPOLLIN)
    while True:
        timeout = max(0.0, pending[0][0] - time.monotonic()) if pending else -1
        for descriptor, _ in poller.poll(timeout):
            due = time.monotonic() + one_way
            while True:
                try:
                    packet = os.read(descriptor, 65536)
                except BlockingIOError:
                    break
                heapq.heappush(pending, (due, sequence, other[descriptor], packet))
                sequence += 1
        now = time.monotonic()
        while pending and pending[0][0] <= now:
            _, _, descriptor, packet = heapq.heappop(pending)
            try:
                os.write(descriptor, packet)
            except BlockingIOError:
                pass  # a full device queue drops, as a full router queue would; TCP resends


if __name__ == "__main__":
    main()
