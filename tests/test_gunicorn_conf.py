"""gunicorn.conf.py, which gunicorn reads when started in the project directory."""

from __future__ import annotations

import asyncio
import os
import re
import time
from collections import Counter
from pathlib import Path

import pytest
from live_server import base_env, gunicorn, upgrade_database


def test_each_worker_freezes_its_loaded_app_out_of_garbage_collection(tmp_path):
    env = base_env(f"sqlite:///{tmp_path / 'quiz.sqlite'}")
    upgrade_database(env)
    with gunicorn(env, tmp_path / "server.log", workers=2) as server:  # both workers ready
        frozen = server.ready_workers()
    # the bank's questions, articles and the app: tens of thousands of objects
    assert all(int(count) > 20_000 for _, count in frozen), frozen


BURST = 64  # browsers connecting at the same moment: a room pressing "start" together
ACCESS = re.compile(r"^<(\d+)> GET /healthz 200$", re.M)


def _burst(url: str, connections: int) -> None:
    """`connections` browsers at once, as wrk or a room of phones: each connects and sends its
    request at the same moment as the others, and reads its answer."""
    host, port = url.removeprefix("http://").split(":")

    async def one() -> bytes:
        reader, writer = await asyncio.open_connection(host, int(port))
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: quiz\r\nConnection: close\r\n\r\n")
        status = await reader.readline()
        writer.close()
        return status

    async def all_at_once() -> list[bytes]:
        return await asyncio.wait_for(asyncio.gather(*(one() for _ in range(connections))), 60)

    statuses = asyncio.run(all_at_once())
    assert all(s.startswith(b"HTTP/1.1 200") for s in statuses), statuses


def _listening_sockets(pid: int, port: int) -> set[str]:
    """The inodes of the sockets process `pid` holds that listen on `port` (Linux /proc)."""
    listening = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if fields[3] == "0A" and int(fields[1].split(":")[1], 16) == port:  # 0A: LISTEN
            listening.add(fields[9])
    held = {os.readlink(fd).removeprefix("socket:[").rstrip("]") for fd in Path(f"/proc/{pid}/fd").iterdir()
            if os.readlink(fd).startswith("socket:")}
    return held & listening


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads sockets from Linux's /proc")
def test_a_burst_of_connections_is_spread_over_every_worker(tmp_path):
    """Connections that arrive together are shared out among the workers, not taken by the
    one that woke first: each worker listens on a socket of its own (reuse_port) and the
    kernel deals new connections out among them. On one shared socket, one worker took 31
    of wrk's 32 connections, and 39 of these 64."""
    env = base_env(f"sqlite:///{tmp_path / 'quiz.sqlite'}")
    upgrade_database(env)
    with gunicorn(env, tmp_path / "server.log", workers=4) as server:  # all four ready
        port = int(server.url.rsplit(":", 1)[1])
        sockets = [_listening_sockets(int(pid), port) for pid, _ in server.ready_workers()]
        start = len(server.log_text())
        _burst(server.url, BURST)
        deadline = time.monotonic() + 30  # a loaded machine writes the access log late
        while len(ACCESS.findall(server.log_text()[start:])) < BURST and time.monotonic() < deadline:
            time.sleep(0.1)
        served = Counter(ACCESS.findall(server.log_text()[start:]))
    assert all(len(own) == 1 for own in sockets) and len(set().union(*sockets)) == 4, sockets
    # >=: a start-up probe that timed out at a booting worker is served, and logged, once that
    # worker is ready, which may be after `start`
    assert sum(served.values()) >= BURST, server.log_text()[-2000:]
    # an even share is 16 each; dealt at random, one gets more than 32 in about one burst of
    # 50,000
    assert len(served) == 4 and max(served.values()) <= BURST // 2, served
