"""Answering and finishing one round at the same moment: one of them comes first and the other
sees it. No answer is stored after the finish, and the board holds the round's final score.

Each race is played out step by step: one request reads the round, the other request's
whole transaction lands, then the first one writes on what it read. The second request runs
in an app context of its own, so in a session (and a connection) of its own, as it would
in another worker.
"""

from __future__ import annotations

import pytest
from round_rows import round_row

from quiz import play
from quiz.database import db
from quiz.models import Answer, BestScore
from quiz.players import name_player


@pytest.fixture
def racing(make_app, play_bank):
    app = make_app(play_bank)
    with app.app_context():
        player = name_player("Racer")
        round_ = play.start_round(play_bank, player.id, "quick", "", "any", False)
        return app, round_.id


def right_answer(bank, round_, position: int):
    """Index of the first shown option (a valid answer of any type but text and number)."""
    question = bank.question(round_.question_ids[position])
    if question.type == "truefalse":
        return True
    if question.type in ("text", "number"):
        return str(question.answer)
    if question.type == "multi":
        return [0]
    if question.type == "order":
        return list(range(len(question.choices)))
    return 0


def stored(app, round_id: int) -> dict:
    with app.app_context():
        round_ = round_row(round_id)
        answers = db.session.execute(db.select(Answer).filter_by(round_id=round_id)).scalars().all()
        board = db.session.execute(
            db.select(BestScore.score).filter_by(round_id=round_id, period="all")
        ).scalar_one_or_none()
        return {"finished": round_.finished_at is not None, "score": round_.score, "answers": len(answers),
                "points": sum(a.points for a in answers), "board": board, "last": max(
                    (a.answered_at for a in answers), default=None), "finished_at": round_.finished_at}


def test_an_answer_that_lands_while_a_finish_is_under_way_is_counted_on_the_board(racing, play_bank):
    app, round_id = racing
    with app.app_context():
        finishing = round_row(round_id)  # the finish has read the round at position 0
        assert finishing.position == 0
        with app.app_context():  # meanwhile, another worker records the first answer
            answering = round_row(round_id)
            play.record_answer(play_bank, answering, 0, right_answer(play_bank, answering, 0))
        play.finish_round(play_bank, finishing)
    after = stored(app, round_id)
    assert after["finished"] and after["answers"] == 1
    assert after["score"] == after["points"] == after["board"]  # the board equals the round


def test_an_answer_that_comes_after_the_finish_is_refused_and_not_stored(racing, play_bank):
    app, round_id = racing
    with app.app_context():
        answering = round_row(round_id)  # the answer has read an open round
        given = right_answer(play_bank, answering, 0)
        assert answering.finished_at is None
        with app.app_context():  # meanwhile, another worker finishes the round
            play.finish_round(play_bank, round_row(round_id))
        with pytest.raises(play.RoundOver):
            play.record_answer(play_bank, answering, 0, given)
    after = stored(app, round_id)
    assert after["finished"] and after["answers"] == 0  # nothing stored after the finish
    assert after["score"] == after["board"] == 0


def test_answers_racing_each_other_and_a_finish_leave_the_board_equal_to_the_round(racing, play_bank):
    app, round_id = racing
    with app.app_context():
        first = round_row(round_id)
        play.record_answer(play_bank, first, 0, right_answer(play_bank, first, 0))
        late = round_row(round_id)
    with app.app_context():
        stale = round_row(round_id)
        position = stale.position
        with app.app_context():
            play.finish_round(play_bank, round_row(round_id))
        with pytest.raises(play.RoundOver):
            play.record_answer(play_bank, stale, position, right_answer(play_bank, stale, position))
    after = stored(app, round_id)
    assert late is not None and after["answers"] == 1
    assert after["score"] == after["points"] == after["board"]
    assert after["last"] <= after["finished_at"]
