"""Many rounds finishing at once, from several processes each with its own engine.

Every board must then equal what recomputing the best scores from the rounds gives: no
better score lost to a race, no player twice on a board. Runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import multiprocessing
import random
from datetime import datetime, timedelta

from round_rows import round_row

from quiz import boards as scoreboard
from quiz import play
from quiz.bank.model import Bank
from quiz.database import db
from quiz.models import Answer, BestScore, Player, Round

WORKERS = 4
ROUNDS_PER_WORKER = 40
START = datetime(2024, 5, 10, 9, 0)


def finish_rounds(database_url: str, jobs: list[tuple[int, datetime]], barrier) -> None:
    """A worker process: its own app and engine; finishes its rounds as the play flow does."""
    from quiz import create_app

    app = create_app({
        "TESTING": True, "SECRET_KEY": "concurrency-test-secret", "SQLALCHEMY_DATABASE_URI": database_url,
        "BANK": Bank(), "RATE_LIMITS": "off",
    })
    with app.app_context():
        db.session.execute(db.select(Round.id).limit(1)).all()  # connect before the start line
        db.session.rollback()
        barrier.wait(timeout=120)
        for round_id, finished_at in jobs:
            play.finish_round(Bank(), round_row(round_id), now=finished_at)
            db.session.expunge_all()
        db.session.remove()
        db.engine.dispose()


def make_rounds(rng: random.Random) -> list[tuple[int, datetime]]:
    """Unfinished rounds of eight players, each with one answer; the time each will finish."""
    players = [Player(nickname=f"Racer{n}", nickname_key=f"racer{n}") for n in range(8)]
    db.session.add_all(players)
    db.session.flush()
    jobs = []
    for _ in range(WORKERS * ROUNDS_PER_WORKER):
        # few distinct values, so equal scores, equal times and equal finishes all happen
        finished_at = START + timedelta(days=rng.randrange(10), minutes=rng.choice([0, 5]))
        day = finished_at.date().isoformat()
        kind, scope = rng.choice([("quick", ""), ("topic", "music"), ("daily", day)])
        round_ = Round(
            player_id=rng.choice(players).id, kind=kind, scope=scope, question_ids=["q"],
            question_hashes=["h"], choice_orders=[[]], position=1, started_at=finished_at,
        )
        db.session.add(round_)
        db.session.flush()
        points = rng.choice([0, 100, 200, 300])
        round_.score = points
        db.session.add(Answer(round_id=round_.id, position=0, question_id="q", given="x",
                              correct=points > 0, points=points, elapsed_ms=rng.choice([1000, 2000, 3000])))
        jobs.append((round_.id, finished_at))
    db.session.commit()
    return jobs


def recomputed() -> dict[tuple[str, str, int], tuple[int, int, datetime]]:
    """(board, period, player) -> best (score, time_ms, finished_at), straight from the rounds."""
    best: dict = {}
    rounds = db.session.execute(
        db.select(Round).where(Round.finished_at.is_not(None), Round.scored.is_(True))
    ).scalars()
    for r in rounds:
        board = scoreboard.board_of(r.kind, r.scope)
        result = (r.score, r.time_ms, r.finished_at)
        for period in scoreboard.periods_for(r.finished_at):
            key = (board, period, r.player_id)
            if key not in best or (-result[0], *result[1:]) < (-best[key][0], *best[key][1:]):
                best[key] = result
    return best


def test_concurrent_finishes_leave_every_board_as_the_rounds_say(make_app, database_url):
    app = make_app(Bank())
    with app.app_context():
        jobs = make_rounds(random.Random(20240510))
        db.session.remove()
        db.engine.dispose()  # no connection of this process is shared with the workers

    # fork: quick to start; each worker still builds its own app, engine and connections
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(WORKERS)
    workers = [
        context.Process(target=finish_rounds, args=(database_url, jobs[n::WORKERS], barrier))
        for n in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=300)
    assert [w.exitcode for w in workers] == [0] * WORKERS

    with app.app_context():
        expected = recomputed()
        stored = {
            (b.board, b.period, b.player_id): (b.score, b.time_ms, b.finished_at)
            for b in db.session.execute(db.select(BestScore)).scalars()
        }
        assert db.session.execute(db.select(db.func.count()).where(Round.finished_at.is_(None))).scalar() == 0
        assert len(jobs) > len({k for k in expected if k[1] == "all"})  # players really raced
        assert stored == expected
        # and each board lists exactly those bests, in board order
        for board, period in {(k[0], k[1]) for k in expected}:
            rows = db.session.execute(scoreboard.top_query(board, period, limit=100)).all()
            listed = [(best.player_id, best.score, best.time_ms, best.finished_at) for best in rows]
            want = sorted(
                ((k[2], *v) for k, v in expected.items() if k[:2] == (board, period)),
                key=lambda row: (-row[1], row[2], row[3], row[0]),
            )
            assert listed == want, (board, period)
