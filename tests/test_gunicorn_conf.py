"""gunicorn.conf.py, which gunicorn reads when started in the project directory."""

from __future__ import annotations

import re
import time

from live_server import base_env, gunicorn, upgrade_database

FROZEN = re.compile(r"\[(\d+)\] \[DEBUG\] (\d+) objects of the loaded app frozen")


def test_each_worker_freezes_its_loaded_app_out_of_garbage_collection(tmp_path):
    env = base_env(f"sqlite:///{tmp_path / 'quiz.sqlite'}")
    upgrade_database(env)
    env["GUNICORN_CMD_ARGS"] = "--log-level debug"
    with gunicorn(env, tmp_path / "server.log", workers=2) as server:
        deadline = time.monotonic() + 30
        while len(FROZEN.findall(server.log_text())) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        frozen = FROZEN.findall(server.log_text())
    assert len({pid for pid, _ in frozen}) == 2, server.log_text()[-2000:]  # both workers
    # the bank's questions, articles and the app: tens of thousands of objects
    assert all(int(count) > 20_000 for _, count in frozen), frozen
