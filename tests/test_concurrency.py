"""Nothing lost under load: 16 processes against a 4-worker gunicorn double-submit every answer.

Players come in pairs of processes sharing one session cookie, as two tabs or a double
click would; at each question all 16 processes wait at a barrier and post at the same moment,
the two of a pair with different answers. Afterwards the database must hold exactly one
answer per question, and every round's score must be what its stored answers give.
"""

from __future__ import annotations

import json
import multiprocessing
import re

import pytest
import requests
import sqlalchemy as sa
from live_server import (
    PG_URL,
    answer_data,
    base_env,
    csrf_token,
    drop_postgres_database,
    fresh_postgres_database,
    gunicorn,
    postgres_up,
    upgrade_database,
)

PROCESSES = 16
START = {"kind": "quick", "scope": "", "difficulty": "any", "timed": "0"}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def server_database(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'quiz.sqlite'}"
        return
    if not postgres_up():
        pytest.skip("PostgreSQL is not running on 127.0.0.1:5432")
    name = fresh_postgres_database()
    yield PG_URL.rsplit("/", 1)[0] + "/" + name
    drop_postgres_database(name)


def new_player(url: str, nickname: str) -> dict:
    """Pick a nickname and start a round: what the pair of processes shares."""
    session = requests.Session()
    token = csrf_token(session.get(url + "/nickname", timeout=30).text)
    picked = session.post(url + "/nickname", data={"csrf_token": token, "nickname": nickname},
                          allow_redirects=False, timeout=30)
    assert picked.status_code == 302, picked.text
    started = session.post(url + "/play", data={"csrf_token": token, **START},
                           allow_redirects=False, timeout=30)
    assert started.status_code == 302, started.text
    return {"cookies": session.cookies.get_dict(), "round": started.headers["Location"]}


def play(url: str, player: dict, role: int, size: int, barrier, results) -> None:
    """One process: answer every question of the shared round, in step with all the others."""
    statuses = []
    try:
        http = requests.Session()
        http.cookies.update(player["cookies"])
        round_url = url + player["round"]
        for position in range(size):
            page = http.get(round_url, allow_redirects=False, timeout=60)
            statuses.append(page.status_code)
            data = answer_data(page.text, position, role) if page.status_code == 200 else {}
            barrier.wait(timeout=120)
            if data:
                sent = http.post(round_url, data=data, allow_redirects=False, timeout=60)
                statuses.append(sent.status_code)
    except Exception as exc:  # reported to the test, which fails with it
        barrier.abort()
        statuses.append(f"{type(exc).__name__}: {exc}")
    results.put(statuses)


def run_players(url: str, players: list[dict], size: int) -> list:
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(PROCESSES), ctx.Queue()
    processes = [
        ctx.Process(target=play, args=(url, players[i // 2], i % 2, size, barrier, results))
        for i in range(PROCESSES)
    ]
    for process in processes:
        process.start()
    collected = [results.get(timeout=600) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    return [status for statuses in collected for status in statuses]


def test_simultaneous_double_answers_lose_nothing_and_store_nothing_twice(tmp_path, server_database):
    env = base_env(server_database)
    upgrade_database(env)
    engine = sa.create_engine(server_database)
    with gunicorn(env, tmp_path / "server.log", workers=4) as server:
        players = [new_player(server.url, f"Pair {n}") for n in range(PROCESSES // 2)]
        with engine.connect() as conn:
            drawn = conn.execute(sa.text("SELECT question_ids FROM round")).scalars().all()
        sizes = {len(json.loads(ids) if isinstance(ids, str) else ids) for ids in drawn}
        assert len(sizes) == 1, sizes
        size = sizes.pop()
        statuses = run_players(server.url, players, size)
        log = server.log_text()

    failures = [s for s in statuses if not isinstance(s, int) or s >= 500]
    assert failures == [], failures
    assert statuses.count(302) == PROCESSES * size  # every answer POST was taken or replayed
    assert "database is locked" not in log
    assert "Traceback" not in log
    assert not re.search(r"^<\d+> \w+ \S+ 5\d\d$", log, re.M)

    with engine.connect() as conn:
        doubles = conn.execute(sa.text(
            "SELECT round_id, position FROM answer GROUP BY round_id, position HAVING COUNT(*) > 1"
        )).all()
        rounds = conn.execute(sa.text(
            "SELECT r.id, r.score, r.correct, r.position, r.finished_at, "
            "  (SELECT COUNT(*) FROM answer a WHERE a.round_id = r.id), "
            "  (SELECT COALESCE(SUM(a.points), 0) FROM answer a WHERE a.round_id = r.id), "
            "  (SELECT COUNT(*) FROM answer a WHERE a.round_id = r.id AND a.correct), "
            "  (SELECT MAX(b.score) FROM best_score b WHERE b.round_id = r.id) "
            "FROM round r"
        )).all()
    engine.dispose()
    assert doubles == []
    assert len(rounds) == PROCESSES // 2
    for rid, score, correct, position, finished, answers, points, rights, best in rounds:
        assert answers == size, f"round {rid}: {answers} answers stored, {size} questions"
        assert position == size and finished is not None, f"round {rid} did not finish"
        assert score == points, f"round {rid}: score {score}, its answers give {points}"
        assert correct == rights
        assert best == score, f"round {rid}: scoreboard has {best}, the round {score}"
