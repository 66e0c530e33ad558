"""Statements run on the driver connection (quiz.prebuilt) behave as SQLAlchemy's would:
the same values in and out, the same errors, nothing half-written, the SQLite queue kept."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import bindparam, exc, insert, select, update

from quiz.database import db
from quiz.models import Answer, Player, Round, utcnow
from quiz.prebuilt import Prebuilt, driver_transaction, one_connection

rounds, answers = Round.__table__, Answer.__table__
ROUND = Prebuilt(select(*rounds.columns).where(rounds.c.id == bindparam("b_round")))
ANSWER_COLUMNS = ("round_id", "position", "question_id", "given", "correct", "points", "bonus", "elapsed_ms",
                  "answered_at")
ADD_ANSWER = Prebuilt(insert(answers).values({name: bindparam(name) for name in ANSWER_COLUMNS}))
MOVE_ON = Prebuilt(
    update(rounds).where(rounds.c.id == bindparam("b_round")).values(position=rounds.c.position + 1)
)


def answer_values(round_id: int, position: int, given=1, correct=True) -> dict:
    return {"round_id": round_id, "position": position, "question_id": "a", "given": given,
            "correct": correct, "points": 100, "bonus": 0, "elapsed_ms": None, "answered_at": utcnow()}


@pytest.fixture
def stored_round(app):
    """(app, round id): a finished round of every kind of column, stored through the ORM."""
    with app.app_context():
        player = Player(nickname="Prebuilt", nickname_key="prebuilt")
        db.session.add(player)
        db.session.flush()
        round_ = Round(
            player_id=player.id, kind="daily", scope="2026-11-22", difficulty="any", timed=True,
            question_ids=["a", "b"], question_hashes=["h1", "h2"], choice_orders=[[2, 0, 1], []],
            position=1, score=150, correct=1, scored=False, daily_scored_on=date(2026, 11, 22),
            started_at=utcnow() - timedelta(minutes=3), question_shown_at=utcnow(), time_ms=4200,
        )
        db.session.add(round_)
        db.session.commit()
        return app, round_.id


def orm_values(round_id: int) -> dict:
    db.session.expire_all()
    round_ = db.session.get(Round, round_id)
    return {column.key: getattr(round_, column.key) for column in rounds.columns}


def test_a_row_read_on_the_driver_is_the_row_the_orm_reads(stored_round):
    app, round_id = stored_round
    with app.app_context():
        with driver_transaction(db.engine) as transaction:
            rows = ROUND.run(transaction, {"b_round": round_id})
            missing = ROUND.run(transaction, {"b_round": round_id + 1000})
        expected = orm_values(round_id)
    assert rows == [expected] and missing == []
    row = rows[0]
    assert isinstance(row["started_at"], datetime) and isinstance(row["daily_scored_on"], date)
    assert row["choice_orders"] == [[2, 0, 1], []] and row["timed"] is True and row["scored"] is False


def test_values_written_on_the_driver_read_back_through_the_orm(stored_round):
    app, round_id = stored_round
    with app.app_context():
        with driver_transaction(db.engine) as transaction:
            for position, given in ((0, ["x", 2]), (1, None)):
                ADD_ANSWER.run(transaction, answer_values(round_id, position, given, position == 0))
            MOVE_ON.run(transaction, {"b_round": round_id})  # position + 1: a literal it holds itself
        stored = db.session.execute(db.select(Answer).filter_by(round_id=round_id).order_by(Answer.position))
        assert [(a.given, a.correct) for a in stored.scalars()] == [(["x", 2], True), (None, False)]
        assert orm_values(round_id)["position"] == 2


def test_a_broken_constraint_is_sqlalchemys_error_and_nothing_of_the_transaction_stays(stored_round):
    app, round_id = stored_round
    values = answer_values(round_id, 0)
    with app.app_context():
        with driver_transaction(db.engine) as transaction:
            ADD_ANSWER.run(transaction, values)
        # the error the play service catches for a double POST
        with pytest.raises(exc.IntegrityError), driver_transaction(db.engine) as transaction:
            MOVE_ON.run(transaction, {"b_round": round_id})
            ADD_ANSWER.run(transaction, values)  # (round, position) is taken
        assert orm_values(round_id)["position"] == 1  # the move was rolled back with it
        with driver_transaction(db.engine) as transaction:  # and the pool's connection still works
            assert ROUND.run(transaction, {"b_round": round_id})[0]["position"] == 1


def test_transactions_in_one_connection_take_one_connection_from_the_pool(stored_round):
    """The answer POST reads its round and records the answer in two transactions on one
    pooled connection: each transaction still commits (or rolls back) on its own."""
    from sqlalchemy import event

    app, round_id = stored_round
    with app.app_context():
        checkouts = []
        listener = lambda *args: checkouts.append(1)  # noqa: E731
        event.listen(db.engine.pool, "checkout", listener)
        try:
            with one_connection(db.engine):
                with driver_transaction(db.engine) as transaction:
                    assert ROUND.run(transaction, {"b_round": round_id})[0]["position"] == 1
                with pytest.raises(exc.IntegrityError), driver_transaction(db.engine) as transaction:
                    MOVE_ON.run(transaction, {"b_round": round_id})
                    ADD_ANSWER.run(transaction, answer_values(round_id, 0))
                    ADD_ANSWER.run(transaction, answer_values(round_id, 0))  # taken: all undone
                with driver_transaction(db.engine) as transaction:
                    MOVE_ON.run(transaction, {"b_round": round_id})
            outside = len(checkouts)
            with driver_transaction(db.engine) as transaction:
                ROUND.run(transaction, {"b_round": round_id})
        finally:
            event.remove(db.engine.pool, "checkout", listener)
        assert outside == 1  # three transactions, one checkout
        assert len(checkouts) == 2  # outside the block, each transaction takes its own
        assert orm_values(round_id)["position"] == 2  # the first move was undone, the second kept


def test_a_connection_lost_inside_one_connection_is_not_used_again(stored_round):
    app, round_id = stored_round
    with app.app_context(), one_connection(db.engine):
        # as a lost database does (DriverTransaction.translated): the error itself comes out
        with pytest.raises(RuntimeError, match="lost"), driver_transaction(db.engine) as transaction:
            transaction.connection.invalidate()
            raise RuntimeError("lost")
        with driver_transaction(db.engine) as transaction:  # a fresh one from the pool
            assert ROUND.run(transaction, {"b_round": round_id})[0]["id"] == round_id


def test_a_statement_that_leaves_a_column_default_to_sqlalchemy_is_refused(stored_round):
    app, round_id = stored_round
    partial = Prebuilt(insert(answers).values({name: bindparam(name) for name in ANSWER_COLUMNS[:6]}))
    with app.app_context(), pytest.raises(ValueError, match="bonus, answered_at"), \
            driver_transaction(db.engine) as transaction:
        partial.run(transaction, answer_values(round_id, 0))


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # the write queue is SQLite's
def test_a_driver_write_on_sqlite_waits_in_the_write_queue(make_app, bank, database_url):
    fcntl = pytest.importorskip("fcntl")  # flock: not on Windows
    import os

    app = make_app(bank)
    path = database_url.removeprefix("sqlite:///")
    with app.app_context():
        player = Player(nickname="Queued", nickname_key="queued")
        db.session.add(player)
        db.session.commit()
        rename = Prebuilt(update(Player.__table__).where(Player.__table__.c.id == bindparam("b_id"))
                          .values(nickname=bindparam("b_name")))
        other = os.open(path + "-writelock", os.O_RDWR)
        try:
            with driver_transaction(db.engine) as transaction:
                rename.run(transaction, {"b_id": player.id, "b_name": "Queued Too"})
                with pytest.raises(BlockingIOError):  # held by the transaction's connection
                    fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released at the commit
            fcntl.flock(other, fcntl.LOCK_UN)
        finally:
            os.close(other)


# an answer of each question type, as the play service takes it, given the number of options
GIVEN = {"choice": lambda n: 0, "multi": lambda n: [0], "truefalse": lambda n: True,
         "text": lambda n: "Bones", "number": lambda n: "12", "order": lambda n: list(range(n))}


def test_a_round_played_on_the_driver_ends_as_one_played_through_the_orm(make_app, play_bank):
    """The play service writes answers on the driver connection for a RoundState (the web
    pages) and through the session for an ORM Round (the API): same answers, same times,
    the same round, answers and scoreboard rows."""
    from quiz import play
    from quiz.models import BestScore

    app = make_app(play_bank)
    start = utcnow() - timedelta(minutes=5)
    with app.app_context():
        player_ids = []
        for name in ("Driver", "Session"):
            player = Player(nickname=name, nickname_key=name.casefold())
            db.session.add(player)
            db.session.commit()
            player_ids.append(player.id)
        driven = play.start_round(play_bank, player_ids[0], "quick", "", "any", timed=True, now=start)
        through_orm = play.start_round(play_bank, player_ids[1], "quick", "", "any", timed=True, now=start)
        for column in ("question_ids", "question_hashes", "choice_orders"):  # the same draw
            setattr(through_orm, column, getattr(driven, column))
        db.session.commit()
        ids = driven.id, through_orm.id
        for position in range(driven.size):
            shown = start + timedelta(seconds=10 * position)
            question = play_bank.question(driven.question_ids[position])
            given = GIVEN[question.type](len(question.choices))
            verdicts = []
            for round_id in ids:
                db.session.execute(
                    update(rounds).where(rounds.c.id == round_id).values(question_shown_at=shown)
                )
                db.session.commit()
                state = play.round_state(round_id) if round_id == ids[0] else db.session.get(Round, round_id)
                answered = shown + timedelta(seconds=3)
                verdicts.append(play.record_answer(play_bank, state, position, given, now=answered))
            assert verdicts[0] == verdicts[1]
        db.session.expire_all()
        finished = [orm_values(round_id) for round_id in ids]
        for values in finished:
            del values["id"], values["player_id"]
        assert finished[0] == finished[1] and finished[0]["finished_at"] is not None
        answered = [
            [(a.position, a.question_id, a.given, a.correct, a.points, a.bonus, a.elapsed_ms, a.answered_at)
             for a in db.session.execute(db.select(Answer).filter_by(round_id=round_id)
                                         .order_by(Answer.position)).scalars()]
            for round_id in ids
        ]
        assert answered[0] == answered[1] and len(answered[0]) == driven.size
        boards = [
            sorted((b.board, b.period, b.score, b.time_ms, b.finished_at, b.hidden)
                   for b in db.session.execute(db.select(BestScore).filter_by(player_id=pid)).scalars())
            for pid in player_ids
        ]
        assert boards[0] == boards[1] and len(boards[0]) == 3  # all time, the day, the week
