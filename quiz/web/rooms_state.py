"""What the big screen and the phones are sent: plain dicts, rendered into the page at load
and carried by the socket afterwards, so a reload and an update show the same thing.

A phone is only sent what it needs (the options, the time left, then which one was right and
its own result); the big screen also gets the prompt's sources, the room's tally and the top.
"""

from __future__ import annotations

from flask import url_for

from quiz import rooms
from quiz.bank.model import Question
from quiz.database import db
from quiz.models import Room, RoomAnswer, RoomPlayer
from quiz.web.common import bank
from quiz.web.sources import cite


def _shown(room: Room, position: int) -> Question:
    """The room's question at `position`; one withdrawn from the bank since (after a restart
    with a new bank) is shown as withdrawn, and answers to it are refused."""
    question_id = room.question_ids[position]
    return bank().question(question_id) or Question(
        id=question_id, type="truefalse", topic="", difficulty="", answer=True, explanation="",
        prompt="This question has been withdrawn from the bank: wait for the next one.", sources=())


def public_state(room: Room, now: int | None = None) -> dict:
    """Where the game is: for everyone in the room."""
    state = {"state": room.state, "pin": room.pin, "number": room.position + 1,
             "total": len(room.question_ids), "seconds": room.seconds,
             "paused": room.paused_left_ms is not None}
    if room.state in ("question", "reveal"):
        question = _shown(room, room.position)
        order = room.choice_orders[room.position]
        state.update(position=room.position, prompt=question.prompt, type=question.type,
                     options=rooms.options(question, order))
        if room.state == "question":
            now = rooms.now_ms() if now is None else now
            state["left_ms"] = room.paused_left_ms if state["paused"] else max(0, room.deadline_ms - now)
        else:
            state["right"] = rooms.right_option(question, order)
            state["skipped"] = room.position in room.skipped
    return state


def host_state(room: Room) -> dict:
    """Everything the big screen shows."""
    state = public_state(room)
    standings = rooms.leaderboard(room)
    state["players"] = len(standings)
    if room.state == "lobby":  # in the order they joined
        state["names"] = [s.nickname for s in sorted(standings, key=lambda s: s.room_player_id)]
    state["join_url"] = url_for("rooms.join", _external=True)
    if room.state == "question":
        state["answered"] = rooms.answered_count(room.id, room.position)
    elif room.state == "reveal":
        question = _shown(room, room.position)
        state["tally"] = rooms.tally(room, room.position, len(state["options"]))
        state["explanation"] = question.explanation
        state["citation"] = cite(question.sources[0]) if question.sources else None
        state["top"] = [_row(s) for s in standings[: rooms.TOP]]
    elif room.state == "ended":
        state["top"] = [_row(s) for s in standings[:3]]
        state["results_url"] = url_for("rooms.results_page", room_id=room.id)
    return state


def _row(standing: rooms.Standing) -> dict:
    return {"place": standing.place, "nickname": standing.nickname, "score": standing.score}


def player_states(room: Room) -> dict[int, dict]:
    """room_player id -> what that player's phone shows of their own game."""
    standings = rooms.leaderboard(room)
    picked = {}
    if room.position >= 0:
        picked = {a.room_player_id: a for a in db.session.scalars(
            db.select(RoomAnswer).where(RoomAnswer.room_id == room.id, RoomAnswer.position == room.position))}
    return {s.room_player_id: _you(room, s, picked.get(s.room_player_id), len(standings)) for s in standings}


def _you(room: Room, standing: rooms.Standing, answer: RoomAnswer | None, of: int) -> dict:
    you = {"nickname": standing.nickname, "score": standing.score, "place": standing.place, "of": of,
           "choice": answer.choice if answer else None}
    if answer is not None and room.state != "question":  # the verdict waits for the reveal
        you.update(correct=answer.correct, points=0 if room.position in room.skipped else answer.points)
    return you


def player_state(room: Room, member: RoomPlayer) -> dict:
    """One phone's own state, for its page and when its socket connects."""
    standing, players = rooms.standing_of(room, member)
    answer = db.session.scalar(db.select(RoomAnswer).where(
        RoomAnswer.room_player_id == member.id, RoomAnswer.position == room.position))
    return _you(room, standing, answer, players)


def results(room: Room) -> dict:
    """The full results page: every player's place, and each question with its answer."""
    questions = []
    for position in range(len(room.question_ids)):
        question = _shown(room, position)
        order = room.choice_orders[position]
        questions.append({"prompt": question.prompt, "answer": rooms.options(question, order)[
            rooms.right_option(question, order)], "skipped": position in room.skipped,
            "played": position <= room.position, "sources": question.sources,
            "explanation": question.explanation})
    return {"standings": rooms.leaderboard(room), "questions": questions}
