"""Faults: the database away or full, a failure halfway through an answer, a broken bank."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest
from live_server import base_env, drop_postgres_database, fresh_postgres_database, postgres_up
from tcp_proxy import TcpProxy

from quiz import create_app
from quiz.config import PROJECT_ROOT
from quiz.database import db

BROKEN_QUESTION_FILE = """\
topic: music
questions:
  - id: ending-theme-artist
    type: choice
    difficulty: medium
    prompt: Who sings the ending theme?
    answer: Nobody
    choices: [Dazbee, Yu-ka]
    explanation: The ending theme is sung by Dazbee.
    sources:
      - source: no-such-article
        quote: Dazbee sings the ending theme.
"""
PROBLEM_LINE = re.compile(r"broken\.yaml:\d+:\d+: \S")


# --- the database goes away and comes back ---------------------------------------------------


@pytest.fixture
def postgres_behind_proxy():
    """A fresh PostgreSQL database reached through a line the test can cut and restore."""
    if not postgres_up():
        pytest.skip("PostgreSQL is not running on 127.0.0.1:5432")
    name = fresh_postgres_database()
    proxy = TcpProxy(("127.0.0.1", 5432))
    proxy.start()
    yield proxy, f"postgresql+psycopg://postgres@127.0.0.1:{proxy.port}/{name}"
    proxy.cut()
    drop_postgres_database(name)


@pytest.fixture
def outage_app(postgres_behind_proxy, bank):
    proxy, url = postgres_behind_proxy
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": url, "BANK": bank,
                      "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True,
                                                    "connect_args": {"connect_timeout": 3}}})
    with app.app_context():
        db.create_all()
    return proxy, app


def test_database_outage_is_a_503_and_healthz_says_so_then_recovers(outage_app):
    proxy, app = outage_app
    client = app.test_client()
    assert client.get("/healthz").json["status"] == "ok"  # a pooled connection now exists

    proxy.cut()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json["status"] == "error"
    assert response.json["database"] == "unreachable"

    proxy.restore()  # no restart of the app: the next request simply works again
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json["database"] == "ok"


def test_pages_during_an_outage_are_503_and_play_resumes_after(outage_app, players, bank):
    proxy, app = outage_app
    naomi = players(app, "Naomi")
    round_id = naomi.start()
    assert naomi.client.get(f"/rounds/{round_id}").status_code == 200

    proxy.cut()
    for response in (
        naomi.client.get(f"/rounds/{round_id}"),
        app.test_client().get("/nickname"),
        naomi.client.get("/"),
    ):
        page = response.get_data(as_text=True)
        if response.status_code != 200:  # a page that needs no database may still be served
            assert response.status_code == 503, page
            assert "Back in a moment" in page and "Traceback" not in page
            assert response.headers["Retry-After"]
    response = naomi.client.get(f"/rounds/{round_id}")
    assert response.status_code == 503

    proxy.restore()
    html = naomi.question_page(round_id)
    question = bank.question(naomi.current_question_id(round_id))
    answered = naomi.client.post(f"/rounds/{round_id}", data=naomi.answer_data(question, html))
    assert answered.status_code == 302


def test_a_connection_lost_during_a_statement_is_a_503_and_the_next_request_reconnects(
        outage_app, players, monkeypatch):
    """The database goes away after the pool's ping, in the middle of the question page's
    statement: the page says so, and the lost connection is not handed out again."""
    from sqlalchemy import event

    proxy, app = outage_app
    naomi = players(app, "Naomi")
    round_id = naomi.start()

    def cut(*args):
        proxy.cut()

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", cut)
    response = naomi.client.get(f"/rounds/{round_id}")
    page = response.get_data(as_text=True)
    assert response.status_code == 503, page
    assert "Back in a moment" in page and "Traceback" not in page

    event.remove(engine, "before_cursor_execute", cut)
    proxy.restore()
    assert naomi.client.get(f"/rounds/{round_id}").status_code == 200


# --- the disk fills up ------------------------------------------------------------------------


def test_a_full_disk_is_a_503_and_keeps_what_was_saved(tmp_path, play_bank, players):
    from flask_migrate import upgrade
    from sqlalchemy import event

    from quiz.models import Round

    app = create_app({"TESTING": True, "SECRET_KEY": "test-secret", "RATE_LIMITS": "off",
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'quiz.sqlite'}",
                      "BANK": play_bank})
    with app.app_context():
        upgrade()
    naomi = players(app, "Naomi")
    with app.app_context():
        # SQLite refuses to grow the file past this many pages: "database or disk is full"
        pages = db.session.execute(db.text("PRAGMA page_count")).scalar_one()
        event.listen(db.engine, "connect",
                     lambda conn, _: conn.execute(f"PRAGMA max_page_count={pages}"))
        db.engine.dispose()

    statuses = []
    while len(statuses) < 200 and 503 not in statuses:
        response = naomi.post("/play", {"kind": "quick", "difficulty": "any", "timed": "0"})
        statuses.append(response.status_code)
    assert statuses[-1] == 503, statuses
    assert set(statuses[:-1]) == {302}  # every start before the disk filled was saved
    page = response.get_data(as_text=True)
    assert "Back in a moment" in page and "Traceback" not in page
    with app.app_context():
        stored = db.session.execute(db.select(db.func.count()).select_from(Round)).scalar_one()
    assert stored == len(statuses) - 1


# --- an exception halfway through recording an answer ------------------------------------------


@pytest.fixture
def failing_app(make_app, play_bank):
    # PROPAGATE_EXCEPTIONS off: the player sees the 500 page, as in production
    return make_app(play_bank, PROPAGATE_EXCEPTIONS=False)


def answer_all_but_last(player, bank, round_id) -> tuple[dict, int]:
    while True:
        html = player.question_page(round_id)
        form = player.form(html)
        position = int(form.fields["position"][0][0])
        question = bank.question(player.current_question_id(round_id))
        data = player.answer_data(question, html)
        if "Question {0} of {0}".format(position + 1) in html:
            return data, position
        assert player.client.post(f"/rounds/{round_id}", data=data).status_code == 302


def stored_state(app, round_id):
    from quiz.models import Answer, BestScore, Round

    with app.app_context():
        round_ = db.session.get(Round, round_id)
        answers = db.session.execute(
            db.select(db.func.count(), db.func.coalesce(db.func.sum(Answer.points), 0))
            .where(Answer.round_id == round_id)
        ).one()
        best = db.session.execute(
            db.select(db.func.count()).select_from(BestScore).where(BestScore.round_id == round_id)
        ).scalar_one()
        return {"answers": answers[0], "points": answers[1], "score": round_.score,
                "position": round_.position, "finished": round_.finished_at is not None,
                "best_scores": best}


def test_a_failure_between_writes_rolls_the_whole_answer_back(
    failing_app, play_bank, players, monkeypatch
):
    import quiz.play.finish as finish

    naomi = players(failing_app, "Naomi")
    round_id = naomi.start()
    last_answer, last = answer_all_but_last(naomi, play_bank, round_id)
    before = stored_state(failing_app, round_id)

    real = finish.record_finished_round

    def write_then_fail(round_):
        real(round_)  # the answer, the round and the scoreboard rows are written by now
        db.session.flush()
        raise RuntimeError("the server lost power")

    monkeypatch.setattr(finish, "record_finished_round", write_then_fail)
    response = naomi.client.post(f"/rounds/{round_id}", data=last_answer)
    assert response.status_code == 500
    assert "Traceback" not in response.get_data(as_text=True)
    assert stored_state(failing_app, round_id) == before  # nothing of the answer was kept
    assert before["answers"] == last and not before["finished"]

    monkeypatch.undo()  # the player tries again once the fault is gone
    assert naomi.client.post(f"/rounds/{round_id}", data=last_answer).status_code == 302
    after = stored_state(failing_app, round_id)
    assert after["answers"] == last + 1 and after["finished"] and after["best_scores"] >= 1
    assert after["score"] == after["points"]


# --- a broken question file stops the start --------------------------------------------------


@pytest.fixture
def broken_bank(tmp_path):
    folder = tmp_path / "questions"
    shutil.copytree(PROJECT_ROOT / "questions" / "sources", folder / "sources")
    (folder / "curated").mkdir()
    (folder / "curated" / "broken.yaml").write_text(BROKEN_QUESTION_FILE)
    return folder


def test_quiz_run_with_a_broken_question_file_names_the_place_and_exits(tmp_path, broken_bank):
    env = base_env(f"sqlite:///{tmp_path / 'quiz.sqlite'}", QUIZ_QUESTIONS_DIR=str(broken_bank))
    done = subprocess.run(
        [sys.executable, "-c", "from quiz.cli import main; main()", "run", "--port", "1"],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode != 0
    assert PROBLEM_LINE.search(done.stderr), done.stderr
    assert "no-such-article" in done.stderr
    assert "Traceback" not in done.stdout + done.stderr


def test_gunicorn_with_a_broken_question_file_exits_with_the_message(tmp_path, broken_bank):
    env = base_env(f"sqlite:///{tmp_path / 'quiz.sqlite'}", QUIZ_QUESTIONS_DIR=str(broken_bank))
    done = subprocess.run(
        [sys.executable, "-m", "gunicorn", "quiz:create_app()", "-w", "2", "-b", "127.0.0.1:0"],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode != 0
    assert PROBLEM_LINE.search(done.stdout + done.stderr), done.stderr
