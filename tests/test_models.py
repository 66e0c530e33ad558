"""The models' constraints hold in the database itself, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError

from quiz.database import db
from quiz.models import Answer, Player, Round


def add_round(player: Player, **columns) -> Round:
    values = {"kind": "quick", "question_ids": ["a", "b"], "question_hashes": ["1", "2"],
              "choice_orders": [[], []], **columns}
    round_ = Round(player=player, **values)
    db.session.add(round_)
    db.session.commit()
    return round_


@pytest.fixture
def player(app):
    with app.app_context():
        player = Player(nickname="Rouge", nickname_key="rouge")
        db.session.add(player)
        db.session.commit()
        yield player


def test_nickname_keys_are_unique(player):
    db.session.add(Player(nickname="ROUGE", nickname_key="rouge"))
    with pytest.raises(IntegrityError):
        db.session.commit()


def test_one_answer_per_question_per_round(player):
    round_ = add_round(player)
    db.session.add(Answer(round=round_, position=0, question_id="a", given="x", correct=True, points=100))
    db.session.commit()
    db.session.add(Answer(round=round_, position=0, question_id="a", given="y", correct=False, points=0))
    with pytest.raises(IntegrityError):
        db.session.commit()


def test_one_scored_daily_round_per_player_per_day(player):
    day = date(2024, 1, 11)
    add_round(player, kind="daily", daily_scored_on=day)
    add_round(player, kind="daily", scored=False)  # unscored repeats are many
    add_round(player, kind="daily", scored=False)
    add_round(player, kind="daily", daily_scored_on=date(2024, 1, 12))
    with pytest.raises(IntegrityError):
        add_round(player, kind="daily", daily_scored_on=day)


def test_a_round_needs_an_existing_player(app):
    with app.app_context():
        db.session.add(Round(player_id=424242, kind="quick", question_ids=[], question_hashes=[],
                             choice_orders=[]))
        with pytest.raises(IntegrityError):
            db.session.commit()


def test_a_round_keeps_its_draw_and_answers_in_order(player):
    round_ = add_round(player, question_ids=["q1", "q2"], choice_orders=[[2, 0, 1], []])
    for position in (1, 0):
        db.session.add(Answer(round=round_, position=position, question_id=f"q{position + 1}",
                              given=["b", "a"], correct=False, points=33))
    db.session.commit()
    db.session.expire_all()
    loaded = db.session.get(Round, round_.id)
    assert loaded.choice_orders == [[2, 0, 1], []]
    assert [a.position for a in loaded.answers] == [0, 1]
    assert loaded.answers[0].given == ["b", "a"]
    assert (loaded.size, loaded.finished, loaded.scored, loaded.timed) == (2, False, True, False)
    assert loaded.player.nickname == "Rouge"
