"""A live room's state machine, on `db.session`: create, join, next, answer, reveal, pause,
resume, skip, end.

    lobby --next--> question --reveal/skip--> reveal --next--> question ... --> ended
                    (pause/resume while a question is open; end from anywhere)

Every move is one UPDATE whose WHERE clause says the state it moves from, so two host tabs
pressing "next" at once move the game once; the loser reads the room afresh. Times are epoch
milliseconds from the server's clock (`now_ms`), never from a client.
"""

from __future__ import annotations

import random
import secrets
import time
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from quiz.bank.model import Bank, Question
from quiz.database import db
from quiz.models import Player, Room, RoomAnswer, RoomPlayer, utcnow
from quiz.play.draw import candidates, daily_question_ids, mixed, shuffled_options
from quiz.play.rules import NoQuestions
from quiz.rooms.rules import ROOM_TYPES, AlreadyAnswered, LateAnswer, RoomError, new_pin, points, right_option


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def _clock(now: int | None) -> int:
    return now_ms() if now is None else now  # 0 is a time too, in tests


def draw(bank: Bank, kind: str, scope: str, difficulty: str, size: int, today: date) -> list[Question]:
    """The room's questions, drawn as a round of that kind is, from the one-tap types only."""
    if kind == "daily":  # the day's order for everyone, keeping the one-tap questions
        ranked = [bank.question(qid) for qid in daily_question_ids(bank, today, len(bank.questions))]
        drawn = [q for q in ranked if q.type in ROOM_TYPES][:size]
    else:
        pool = [q for q in candidates(bank, kind, scope, difficulty) if q.type in ROOM_TYPES]
        drawn = mixed(pool, size, random.Random(secrets.randbits(64)))
    if not drawn:
        raise NoQuestions("No choice or true/false questions match that choice: try another.")
    return drawn


def create_room(bank: Bank, kind: str, scope: str, difficulty: str, size: int, seconds: int) -> Room:
    today = utcnow().date()
    drawn = draw(bank, kind, scope, difficulty, size, today)
    rng = random.Random(secrets.randbits(64))
    scope = today.isoformat() if kind == "daily" else ("" if kind == "quick" else scope)
    difficulty = "any" if kind == "daily" else difficulty  # the day's questions, as drawn for all
    for _ in range(20):  # a PIN already in use is drawn again
        room = Room(pin=new_pin(), kind=kind, scope=scope, difficulty=difficulty, seconds=seconds,
                    question_ids=[q.id for q in drawn], skipped=[],
                    choice_orders=[shuffled_options(q, rng) for q in drawn])
        db.session.add(room)
        try:
            db.session.commit()
            return room
        except IntegrityError:
            db.session.rollback()
    raise RoomError("No free PIN was found: try again.")


def open_room(pin: str) -> Room | None:
    """The room a PIN names, unless it has ended."""
    return db.session.execute(
        select(Room).where(Room.pin == pin.strip(), Room.state != "ended")
    ).scalar_one_or_none()


def join(room: Room, player: Player) -> RoomPlayer:
    """Put the player in the room (again: a second join is the first one)."""
    if room.state == "ended":
        raise RoomError("That game is over.")
    found = membership(room.id, player.id)
    if found is not None:
        return found
    member = RoomPlayer(room_id=room.id, player_id=player.id)
    db.session.add(member)
    try:
        db.session.commit()
    except IntegrityError:  # the same player joined from another tab meanwhile
        db.session.rollback()
        return membership(room.id, player.id)
    return member


def membership(room_id: int, player_id: int | None) -> RoomPlayer | None:
    return db.session.execute(
        select(RoomPlayer).where(RoomPlayer.room_id == room_id, RoomPlayer.player_id == player_id)
    ).scalar_one_or_none()


def _move(room: Room, where: tuple, **values) -> bool:
    """Apply `values` if the room is still as `where` says; the room is read afresh either way."""
    moved = db.session.execute(update(Room).where(Room.id == room.id, *where).values(**values)).rowcount
    db.session.commit()
    db.session.refresh(room)
    return bool(moved)


def next_question(room: Room, now: int | None = None) -> bool:
    """From the lobby or a reveal, send the next question (or end after the last)."""
    if room.state not in ("lobby", "reveal"):
        return False
    where = (Room.state == room.state, Room.position == room.position)
    if room.position + 1 >= len(room.question_ids):
        return _move(room, where, state="ended", ended_at=utcnow())
    now = _clock(now)
    return _move(room, where, state="question", position=room.position + 1, sent_ms=now,
                 deadline_ms=now + room.seconds * 1000, paused_left_ms=None)


def _open_question(position: int) -> tuple:
    return (Room.state == "question", Room.position == position)


def reveal(room: Room, now: int | None = None) -> bool:
    """Close the question once its time is up or every player has answered."""
    if room.state != "question" or room.paused_left_ms is not None:
        return False
    # read before counting: the count's commit expires the room, and reading it afresh after
    # another thread has shown the next question would close that one instead
    position = room.position
    if _clock(now) < room.deadline_ms:
        answered, players = progress(room.id, position)
        if answered < players:
            return False
    return _move(room, _open_question(position), state="reveal")


def skip(room: Room) -> bool:
    """Close the question at once; nobody scores on it."""
    if room.state != "question":
        return False
    return _move(room, _open_question(room.position), state="reveal", paused_left_ms=None,
                 skipped=[*room.skipped, room.position])


def pause(room: Room, now: int | None = None) -> bool:
    if room.state != "question" or room.paused_left_ms is not None:
        return False
    left = max(0, room.deadline_ms - _clock(now))
    return _move(room, (*_open_question(room.position), Room.paused_left_ms.is_(None)), paused_left_ms=left)


def resume(room: Room, now: int | None = None) -> bool:
    """Restart the clock with the time that was left when paused."""
    if room.state != "question" or room.paused_left_ms is None:
        return False
    deadline = _clock(now) + room.paused_left_ms
    return _move(room, (*_open_question(room.position), Room.paused_left_ms == room.paused_left_ms),
                 deadline_ms=deadline, paused_left_ms=None)


def end(room: Room) -> bool:
    if room.state == "ended":
        return False
    return _move(room, (Room.state != "ended",), state="ended", ended_at=utcnow(), paused_left_ms=None)


@dataclass(frozen=True)
class Answered:
    correct: bool
    elapsed_ms: int
    points: int
    answered: int  # answers to the question so far, this one included (as this transaction saw)
    players: int


def answer(bank: Bank, room: Room, member: RoomPlayer | int, position: int, choice: int,
           now: int | None = None) -> Answered:
    """Record the player's pick for the open question, timed by the server; one per question.

    One transaction: the answer, then how many have answered, then the commit. (Answers
    committing at the same moment do not see each other's: the caller asks `progress` again
    near the end before deciding everyone has answered.)
    """
    now = _clock(now)
    if room.state != "question" or position != room.position:
        raise LateAnswer("That question is closed.")
    if room.paused_left_ms is not None:
        raise LateAnswer("The game is paused: answer when it goes on.")
    if now > room.deadline_ms:
        raise LateAnswer("Time is up: that answer came too late.")
    question = bank.question(room.question_ids[position])
    if question is None:  # withdrawn from the bank since the room was drawn
        raise LateAnswer("This question has been withdrawn: wait for the next one.")
    order = room.choice_orders[position]
    count = 2 if question.type == "truefalse" else len(order)
    if isinstance(choice, bool) or not isinstance(choice, int) or not 0 <= choice < count:
        raise RoomError("Pick one of the options.")
    limit = room.seconds * 1000
    elapsed = max(0, limit - (room.deadline_ms - now))  # time paused does not count
    correct = choice == right_option(question, order)
    earned = points(correct, elapsed, limit)
    member_id = member if isinstance(member, int) else member.id
    db.session.add(RoomAnswer(room_id=room.id, room_player_id=member_id,
                              position=position, question_id=question.id, choice=choice, correct=correct,
                              elapsed_ms=elapsed, points=earned))
    try:
        answered, players = _counts(room.id, position)  # flushes the answer first
        db.session.commit()
    except IntegrityError:  # the unique (room, player, question) constraint: a second tap
        db.session.rollback()
        raise AlreadyAnswered("You have answered this question.") from None
    return Answered(correct, elapsed, earned, answered, players)


def _counts(room_id: int, position: int) -> tuple[int, int]:
    answered = select(func.count()).where(RoomAnswer.room_id == room_id, RoomAnswer.position == position)
    players = select(func.count()).where(RoomPlayer.room_id == room_id)
    row = db.session.execute(select(answered.scalar_subquery(), players.scalar_subquery())).one()
    return row[0], row[1]


def progress(room_id: int, position: int) -> tuple[int, int]:
    """(answers to question `position`, players in the room), in one query; the transaction
    is ended, so a busy socket worker holds no pooled connection while it sends."""
    counts = _counts(room_id, position)
    db.session.commit()
    return counts


def player_count(room_id: int) -> int:
    return db.session.scalar(select(func.count()).where(RoomPlayer.room_id == room_id))


def answered_count(room_id: int, position: int) -> int:
    return db.session.scalar(select(func.count()).where(
        RoomAnswer.room_id == room_id, RoomAnswer.position == position))
