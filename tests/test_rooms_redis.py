"""Live rooms across processes: two gunicorn servers on one database share a room through
Redis (QUIZ_REDIS_URL), the host's socket on one and a player's on the other, each a real
Socket.IO client."""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import re
import subprocess
import sys
import time
import uuid

import pytest
import requests

from quiz.config import PROJECT_ROOT
from tests.live_server import REDIS_URL, base_env, csrf_token, free_port, redis_up, stop, upgrade_database

pytestmark = pytest.mark.skipif(not redis_up(), reason="Redis is not reachable at 127.0.0.1:6379")


@contextlib.contextmanager
def socket_server(env: dict[str, str], log):
    """The documented socket process: one gthread worker with threads for the sockets."""
    port = free_port()
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "quiz:create_app()", "-w", "1", "-k", "gthread",
             "--threads", "20", "-b", f"127.0.0.1:{port}", "--graceful-timeout", "5"],
            cwd=PROJECT_ROOT, env=env, stdout=out, stderr=out)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, log.read_text(errors="replace")
            with contextlib.suppress(requests.RequestException):
                requests.get(url + "/healthz", timeout=5)
                break
            assert time.monotonic() < deadline, log.read_text(errors="replace")
            time.sleep(0.2)
        yield url
    finally:
        stop(process)


def post_form(browser: requests.Session, url: str, data: dict) -> requests.Response:
    token = csrf_token(browser.get(url).text)
    return browser.post(url, data={"csrf_token": token, **data}, allow_redirects=False)


async def play_across(host_url: str, player_url: str, room_id: int, host_cookie: str, player_cookie: str):
    import socketio

    got: asyncio.Queue = asyncio.Queue()
    host, player = socketio.AsyncClient(), socketio.AsyncClient()
    player.on("state", got.put)
    try:
        await host.connect(host_url, headers={"Cookie": host_cookie}, transports=["websocket"],
                           auth={"room": room_id, "role": "host"}, wait_timeout=20)
        await player.connect(player_url, headers={"Cookie": player_cookie}, transports=["websocket"],
                             auth={"room": room_id, "role": "player"}, wait_timeout=20)
        assert (await asyncio.wait_for(got.get(), 20))["state"] == "lobby"
        assert await host.call("control", {"room": room_id, "action": "next"}, timeout=20) == {"ok": True}
        question = await asyncio.wait_for(got.get(), 20)  # sent by the other process, via Redis
        answered = await player.call("answer", {"position": 0, "choice": 0}, timeout=20)
        closed = await asyncio.wait_for(got.get(), 20)  # the only player answered: revealed
        return question, answered, closed
    finally:
        await host.disconnect()
        await player.disconnect()


def test_a_room_is_shared_by_two_processes_through_redis(tmp_path, bank):
    env = base_env(f"sqlite:///{tmp_path / 'quiz.sqlite'}", QUIZ_REDIS_URL=REDIS_URL,
                   QUIZ_ROOMS_CHANNEL=f"quiz-rooms-test-{uuid.uuid4().hex}", QUIZ_RATE_LIMITS="off")
    upgrade_database(env)
    with socket_server(env, tmp_path / "a.log") as first, socket_server(env, tmp_path / "b.log") as second:
        host, player = requests.Session(), requests.Session()
        made = post_form(host, first + "/host", {"round": "quick", "difficulty": "any", "size": "5",
                                                  "seconds": "30"})
        room_id = int(made.headers["Location"].rsplit("/", 1)[1])
        page = host.get(f"{first}/host/{room_id}").text
        pin = json.loads(html.unescape(re.search(r'data-state="([^"]*)"', page).group(1)))["pin"]
        assert post_form(player, second + "/join", {"pin": pin, "nickname": "Naomi"}).status_code == 302
        cookies = [f"session={browser.cookies['session']}" for browser in (host, player)]
        question, answered, closed = asyncio.run(play_across(first, second, room_id, *cookies))
    assert question["state"] == "question" and question["number"] == 1
    assert answered == {"ok": True, "choice": 0}
    assert closed["state"] == "reveal" and closed["right"] in range(len(question["options"]))
