"""Where everyone stands: the leaderboard from the stored points, and the same leaderboard
recomputed from what each player picked and when (the check that the points are right)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select

from quiz.bank.model import Bank
from quiz.database import db
from quiz.models import Player, Room, RoomAnswer, RoomPlayer
from quiz.rooms.rules import points, right_option


@dataclass(frozen=True)
class Standing:
    place: int
    room_player_id: int
    nickname: str
    score: int
    correct: int


def leaderboard(room: Room) -> list[Standing]:
    """Every player, best first: score, then right answers, then who joined first. A skipped
    question scores nobody."""
    counted = (RoomAnswer.room_player_id == RoomPlayer.id) & RoomAnswer.position.not_in(room.skipped or [-1])
    score = func.coalesce(func.sum(RoomAnswer.points), 0)
    right = func.coalesce(func.sum(case((RoomAnswer.correct, 1), else_=0)), 0)
    rows = db.session.execute(
        select(RoomPlayer.id, Player.nickname, score, right)
        .join(Player, Player.id == RoomPlayer.player_id)
        .outerjoin(RoomAnswer, counted)
        .where(RoomPlayer.room_id == room.id)
        .group_by(RoomPlayer.id, Player.nickname, RoomPlayer.joined_at)
        .order_by(score.desc(), right.desc(), RoomPlayer.joined_at, RoomPlayer.id)
    ).all()
    return _placed(rows)


def standing_of(room: Room, member: RoomPlayer) -> tuple[Standing, int]:
    """One player's standing and the number of players, without reading the whole board (a
    phone connecting asks for it). Its place is 1 + the players with more points."""
    counted = (RoomAnswer.room_id == room.id, RoomAnswer.position.not_in(room.skipped or [-1]))
    totals = (select(func.sum(RoomAnswer.points).label("total")).where(*counted)
              .group_by(RoomAnswer.room_player_id).subquery())
    right = func.coalesce(func.sum(case((RoomAnswer.correct, 1), else_=0)), 0)
    mine = select(func.coalesce(func.sum(RoomAnswer.points), 0), right).where(
        *counted, RoomAnswer.room_player_id == member.id)
    score, right = db.session.execute(mine).one()
    ahead = db.session.scalar(select(func.count()).select_from(totals).where(totals.c.total > score))
    players = db.session.scalar(select(func.count()).where(RoomPlayer.room_id == room.id))
    return Standing(ahead + 1, member.id, member.player.nickname, int(score), int(right)), players


def _placed(rows) -> list[Standing]:
    """Places as a podium gives them: equal scores share a place."""
    standings, place = [], 0
    for index, (member_id, nickname, score, right) in enumerate(rows):
        if index == 0 or score != standings[-1].score:
            place = index + 1
        standings.append(Standing(place, member_id, nickname, int(score), int(right)))
    return standings


def recomputed(bank: Bank, room: Room) -> dict[int, int]:
    """room_player id -> score, from each answer's pick and time alone."""
    totals = dict.fromkeys(db.session.scalars(select(RoomPlayer.id).where(RoomPlayer.room_id == room.id)), 0)
    answers = db.session.scalars(select(RoomAnswer).where(RoomAnswer.room_id == room.id))
    for answer in answers:
        if answer.position in room.skipped:
            continue
        question = bank.question(room.question_ids[answer.position])
        right = answer.correct if question is None else (  # withdrawn since: as it was graded
            answer.choice == right_option(question, room.choice_orders[answer.position]))
        totals[answer.room_player_id] += points(right, answer.elapsed_ms, room.seconds * 1000)
    return totals


def tally(room: Room, position: int, count: int) -> list[int]:
    """How many players picked each of the `count` options of question `position`."""
    picked = dict(db.session.execute(
        select(RoomAnswer.choice, func.count())
        .where(RoomAnswer.room_id == room.id, RoomAnswer.position == position)
        .group_by(RoomAnswer.choice)
    ).all())
    return [picked.get(i, 0) for i in range(count)]
