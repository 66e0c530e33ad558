"""The daily challenge: the same questions for everyone on a UTC day, one scored attempt each."""

from __future__ import annotations

import hashlib
import threading
from datetime import date, datetime, timedelta

import pytest

from quiz import play
from quiz.database import db
from quiz.models import BestScore, Player, Round, utcnow
from quiz.play.draw import clash
from quiz.players import name_player


def expected_daily(bank, day: str) -> list[str]:
    """The rule, written out independently: sha256("<day>:<id>") order, the first ten that
    share no fact with (and give away no answer of) one taken before."""
    ordered = sorted(bank.questions, key=lambda q: hashlib.sha256(f"{day}:{q.id}".encode()).hexdigest())
    taken: list = []
    for question in ordered:
        if len(taken) < 10 and not any(clash(question, other) for other in taken):
            taken.append(question)
    return [q.id for q in taken]


def test_daily_questions_follow_the_published_rule(bank, play_bank):
    for chosen in (bank, play_bank):
        for day in ("2024-01-11", "2024-01-12"):
            assert play.daily_question_ids(chosen, day) == expected_daily(chosen, day)
            assert play.daily_question_ids(chosen, date.fromisoformat(day)) == expected_daily(chosen, day)
    if len(bank.questions) > 10:
        assert play.daily_question_ids(bank, "2024-01-11") != play.daily_question_ids(bank, "2024-01-12")


def test_two_players_get_the_same_daily_round(make_app, play_bank, players):
    app = make_app(play_bank)
    first, second = players(app, "Early"), players(app, "Later")
    rounds = [db_round(app, p.start(kind="daily")) for p in (first, second)]
    today = utcnow().date().isoformat()
    for round_ in rounds:
        assert round_.kind == "daily" and round_.scope == today and round_.scored
        assert round_.question_ids == expected_daily(play_bank, today)


def db_round(app, round_id: int) -> Round:
    with app.app_context():
        round_ = db.session.get(Round, round_id)
        db.session.expunge(round_)
        return round_


def test_a_second_daily_attempt_plays_but_does_not_score(make_app, play_bank, players):
    app = make_app(play_bank, RATE_LIMITS="off")
    player = players(app, "Again")
    scored_id = player.start(kind="daily")
    player.play_through(play_bank, scored_id)
    home = player.client.get("/").get_data(as_text=True)
    assert "You have played today's challenge" in home
    repeat_id = player.start(kind="daily")
    assert not db_round(app, repeat_id).scored
    player.play_through(play_bank, repeat_id)
    results = player.client.get(f"/rounds/{repeat_id}/results").get_data(as_text=True)
    assert "played for fun, not for the scoreboard" in results
    with app.app_context():
        rows = db.session.execute(db.select(BestScore.round_id).filter_by(board=f"daily:{utcnow().date()}"))
        assert {r for (r,) in rows} == {scored_id}


def test_the_next_day_scores_again(make_app, play_bank):
    app = make_app(play_bank)
    with app.app_context():
        player = name_player("Tomorrow")
        today = play.start_round(play_bank, player.id, "daily", "", "any", False)
        play.finish_round(play_bank, today)
        again = play.start_round(play_bank, player.id, "daily", "", "any", False)
        play.finish_round(play_bank, again)
        later = datetime.combine(today.started_at.date() + timedelta(days=1), datetime.min.time())
        tomorrow = play.start_round(play_bank, player.id, "daily", "", "any", False, now=later)
        assert (today.scored, again.scored, tomorrow.scored) == (True, False, True)
        assert tomorrow.scope == later.date().isoformat()
        assert tomorrow.question_ids == expected_daily(play_bank, tomorrow.scope)


def test_daily_starts_racing_each_other_open_one_attempt_and_score_once(make_app, play_bank, database_url):
    app = make_app(play_bank)
    with app.app_context():
        player_id = name_player("Racer").id
    barrier = threading.Barrier(6)
    errors, refused = [], []

    def start() -> None:
        try:
            with app.app_context():
                barrier.wait()
                play.start_round(play_bank, player_id, "daily", "", "any", False)
        except play.DailyOpen:
            refused.append(1)
        except Exception as exc:  # reported below, with the thread's error
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    with app.app_context():
        rounds = db.session.execute(db.select(Round).filter_by(player_id=player_id)).scalars().all()
        assert len(rounds) == 1 and rounds[0].scored  # one attempt open, and it is the scored one
        assert len(refused) == 5


@pytest.mark.parametrize("kind", ["quick", "topic", "source"])
def test_only_the_daily_challenge_limits_scored_attempts(make_app, play_bank, kind):
    app = make_app(play_bank)
    scope = {"quick": "", "topic": "music", "source": "bones-trailer-anime-expo"}[kind]
    with app.app_context():
        player = db.session.merge(Player(nickname="Repeat", nickname_key="repeat"))
        db.session.commit()
        rounds = [play.start_round(play_bank, player.id, kind, scope, "any", False) for _ in range(2)]
        assert all(r.scored for r in rounds)


def test_the_daily_cannot_be_practised_while_the_scored_attempt_is_open(make_app, play_bank, players):
    """The attack: start the daily (scored), leave it, start it again (practice: same questions,
    same order), read the practice's feedback pages, go back and answer the scored one. Now the
    second start goes back to the open attempt, and practice comes only once it is finished."""
    app = make_app(play_bank, RATE_LIMITS="off")
    player = players(app, "Peeker")
    scored_id = player.start(kind="daily")
    data = {"csrf_token": player.token(), "kind": "daily", "scope": "", "difficulty": "any", "timed": "0"}
    again = player.client.post("/play", data=data)
    assert again.status_code == 302 and again.headers["Location"].endswith(f"/rounds/{scored_id}")
    assert "still open" in player.client.get(again.headers["Location"]).get_data(as_text=True)
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Round)).scalar_one() == 1
    player.play_through(play_bank, scored_id)
    practice_id = player.start(kind="daily")  # the scored attempt is over: practice may start
    assert practice_id != scored_id and not db_round(app, practice_id).scored
    again = player.client.post("/play", data=data)  # and one practice at a time, too
    assert again.headers["Location"].endswith(f"/rounds/{practice_id}")


def test_the_api_refuses_a_second_open_daily_attempt(make_app, play_bank):
    from test_api import ApiPlayer, error_of

    app = make_app(play_bank, RATE_LIMITS="off")
    player = ApiPlayer(app, "Bot")
    first = player.start(kind="daily")["round"]
    refused = player.post("/api/v1/rounds", {"kind": "daily"})
    assert refused.status_code == 400 and "still open" in error_of(refused)["message"]
    player.post(f"/api/v1/rounds/{first['id']}/finish", {})
    assert player.start(kind="daily")["round"]["scored"] is False
