"""Live rooms, the state machine and scoring (quiz.rooms), on SQLite and PostgreSQL."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import update
from sqlalchemy.orm.attributes import set_committed_value

from quiz import rooms
from quiz.database import db
from quiz.models import Player, Room
from quiz.play.rules import PlayError


@pytest.fixture
def ctx(app):
    with app.app_context():
        yield app


def player(nickname: str) -> Player:
    made = Player(nickname=nickname, nickname_key=nickname.casefold())
    db.session.add(made)
    db.session.commit()
    return made


def pick(bank, room: Room, right: bool) -> int:
    question = bank.question(room.question_ids[room.position])
    good = rooms.right_option(question, room.choice_orders[room.position])
    return good if right else (good + 1) % len(rooms.options(question, room.choice_orders[room.position]))


def test_points_rule():
    assert rooms.points(True, 0, 20_000) == 1000
    assert rooms.points(True, 10_000, 20_000) == 750
    assert rooms.points(True, 20_000, 20_000) == 500
    assert rooms.points(False, 0, 20_000) == 0
    assert "500 points" in rooms.SCORING_RULE


@pytest.mark.parametrize("kind,scope", [("quick", ""), ("topic", "music"), ("daily", ""),
                                        ("source", "bones-trailer-anime-expo")])
def test_a_room_draws_one_tap_questions_of_any_round_kind(ctx, bank, kind, scope):
    room = rooms.create_room(bank, kind, scope, "any", 5, 20)
    assert room.state == "lobby" and room.position == -1
    assert len(room.pin) == 6 and room.pin.isdigit() and room.pin[0] != "0"
    assert 1 <= len(room.question_ids) <= 5
    assert {bank.question(q).type for q in room.question_ids} <= set(rooms.ROOM_TYPES)
    if kind == "topic":
        assert {bank.question(q).topic for q in room.question_ids} == {"music"}
    assert rooms.open_room(room.pin).id == room.id


def test_an_unknown_topic_is_refused(ctx, bank):
    with pytest.raises(PlayError, match="no topic"):
        rooms.create_room(bank, "topic", "nope", "any", 5, 20)


def test_joining_twice_is_one_membership_and_an_ended_room_is_closed(ctx, bank):
    room = rooms.create_room(bank, "quick", "", "any", 5, 20)
    naomi = player("Naomi")
    assert rooms.join(room, naomi).id == rooms.join(room, naomi).id
    assert rooms.player_count(room.id) == 1
    rooms.end(room)
    assert room.state == "ended" and rooms.open_room(room.pin) is None
    with pytest.raises(rooms.RoomError, match="over"):
        rooms.join(room, player("Jean"))


def test_one_answer_per_player_per_question_timed_by_the_server(ctx, bank):
    room = rooms.create_room(bank, "quick", "", "any", 5, 20)
    member = rooms.join(room, player("Naomi"))
    with pytest.raises(rooms.LateAnswer, match="closed"):
        rooms.answer(bank, room, member, 0, 0, now=1_000)  # still in the lobby
    assert rooms.next_question(room, now=1_000)
    assert (room.state, room.position, room.sent_ms, room.deadline_ms) == ("question", 0, 1_000, 21_000)
    first = rooms.answer(bank, room, member, 0, pick(bank, room, True), now=6_000)
    assert (first.correct, first.elapsed_ms, first.points) == (True, 5_000, 875)
    with pytest.raises(rooms.AlreadyAnswered):
        rooms.answer(bank, room, member, 0, pick(bank, room, False), now=7_000)
    assert rooms.answered_count(room.id, 0) == 1


def test_an_answer_after_the_countdown_is_refused(ctx, bank):
    room = rooms.create_room(bank, "quick", "", "any", 5, 10)
    just_in = rooms.join(room, player("Naomi"))
    late = rooms.join(room, player("Jean"))
    rooms.next_question(room, now=0)
    assert rooms.answer(bank, room, just_in, 0, pick(bank, room, True), now=10_000).points == 500
    with pytest.raises(rooms.LateAnswer, match="too late"):
        rooms.answer(bank, room, late, 0, pick(bank, room, True), now=10_001)
    with pytest.raises(rooms.RoomError, match="Pick one"):
        rooms.answer(bank, room, late, 0, 9, now=5_000)


def test_reveal_waits_for_the_time_or_for_every_player(ctx, bank):
    room = rooms.create_room(bank, "quick", "", "any", 5, 10)
    naomi, jean = (rooms.join(room, player(n)) for n in ("Naomi", "Jean"))
    rooms.next_question(room, now=0)
    assert not rooms.reveal(room, now=5_000)
    rooms.answer(bank, room, naomi, 0, 0, now=1_000)
    assert not rooms.reveal(room, now=5_000)
    rooms.answer(bank, room, jean, 0, 1, now=2_000)
    assert rooms.reveal(room, now=5_000) and room.state == "reveal"
    assert not rooms.reveal(room, now=5_000)  # once only
    assert rooms.tally(room, 0, 2)[:2] == [1, 1]
    rooms.next_question(room, now=20_000)
    assert not rooms.reveal(room, now=29_999) and rooms.reveal(room, now=30_000)


def test_pause_stops_the_clock_and_answers(ctx, bank):
    room = rooms.create_room(bank, "quick", "", "any", 5, 20)
    member = rooms.join(room, player("Naomi"))
    rooms.next_question(room, now=0)
    assert rooms.pause(room, now=4_000) and room.paused_left_ms == 16_000
    assert not rooms.pause(room, now=5_000)
    with pytest.raises(rooms.LateAnswer, match="paused"):
        rooms.answer(bank, room, member, 0, 0, now=5_000)
    assert not rooms.reveal(room, now=60_000)  # a paused question stays open
    assert rooms.resume(room, now=100_000) and room.deadline_ms == 116_000
    answered = rooms.answer(bank, room, member, 0, pick(bank, room, True), now=101_000)
    assert answered.elapsed_ms == 5_000  # 4 s before the pause, 1 s after


def test_a_skipped_question_scores_nobody_and_the_last_next_ends(ctx, bank):
    room = rooms.create_room(bank, "quick", "", "any", 2, 20)
    member = rooms.join(room, player("Naomi"))
    rooms.next_question(room, now=0)
    rooms.answer(bank, room, member, 0, pick(bank, room, True), now=0)
    assert rooms.skip(room) and room.state == "reveal" and room.skipped == [0]
    assert rooms.leaderboard(room)[0].score == 0
    rooms.next_question(room, now=30_000)
    rooms.answer(bank, room, member, 1, pick(bank, room, True), now=30_000)
    rooms.reveal(room, now=30_000)
    assert rooms.leaderboard(room)[0].score == 1000
    assert rooms.next_question(room) and room.state == "ended"
    assert not rooms.next_question(room)


def test_two_hosts_pressing_next_at_once_move_the_game_once(ctx, bank):
    room = rooms.create_room(bank, "quick", "", "any", 5, 20)
    assert rooms.next_question(room, now=0)
    # the second tab read the room before the first tab's move: in the lobby
    set_committed_value(room, "state", "lobby")
    set_committed_value(room, "position", -1)
    assert not rooms.next_question(room, now=1)
    assert (room.state, room.position, room.sent_ms) == ("question", 0, 0)  # read afresh


def test_the_leaderboard_equals_a_recomputation(ctx, bank):
    rng = random.Random(7)
    room = rooms.create_room(bank, "quick", "", "any", 5, 15)
    members = [rooms.join(room, player(f"p{i}")) for i in range(12)]
    for number in range(len(room.question_ids)):
        start = number * 100_000
        rooms.next_question(room, now=start)
        for member in members[rng.randrange(3):]:  # some never answer
            rooms.answer(bank, room, member, number, pick(bank, room, rng.random() < 0.6),
                         now=start + rng.randrange(15_001))
        rooms.reveal(room, now=start + 15_000)
        if number == 2:
            room.state = "question"  # reopen to skip it (the host pressed skip in time)
            db.session.commit()
            rooms.skip(room)
    board = rooms.leaderboard(room)
    assert {s.room_player_id: s.score for s in board} == rooms.recomputed(bank, room)
    assert [s.score for s in board] == sorted((s.score for s in board), reverse=True)
    for before, after in zip(board, board[1:], strict=False):
        assert after.place == (before.place if after.score == before.score else board.index(after) + 1)


def test_a_restarted_server_resumes_the_game(make_app, bank):
    first = make_app(bank)
    with first.app_context():
        room = rooms.create_room(bank, "quick", "", "any", 5, 20)
        member = rooms.join(room, player("Naomi"))
        rooms.next_question(room, now=0)
        rooms.answer(bank, room, member, 0, pick(bank, room, True), now=2_000)
        room_id, member_id = room.id, member.id
        db.engine.dispose()
    second = make_app(bank)  # a new process's app on the same database
    with second.app_context():
        room = db.session.get(Room, room_id)
        assert (room.state, room.position, room.deadline_ms) == ("question", 0, 20_000)
        naomi = db.session.scalar(db.select(Player.id).where(Player.nickname == "Naomi"))
        member = rooms.membership(room_id, naomi)
        assert member.id == member_id
        with pytest.raises(rooms.AlreadyAnswered):
            rooms.answer(bank, room, member, 0, 0, now=3_000)
        assert rooms.leaderboard(room)[0].score == 950


def test_one_player_s_standing_agrees_with_the_board(ctx, bank):
    room = rooms.create_room(bank, "quick", "", "any", 5, 20)
    members = [rooms.join(room, player(n)) for n in ("Naomi", "Jean", "Ash")]
    rooms.next_question(room, now=0)
    rooms.answer(bank, room, members[0], 0, pick(bank, room, True), now=1_000)
    rooms.answer(bank, room, members[1], 0, pick(bank, room, True), now=1_000)
    rooms.answer(bank, room, members[2], 0, pick(bank, room, False), now=1_000)
    board = {s.room_player_id: s for s in rooms.leaderboard(room)}
    for member in members:
        standing, players = rooms.standing_of(room, member)
        assert standing == board[member.id] and players == 3
    assert [board[m.id].place for m in members] == [1, 1, 3]


def test_a_late_reveal_never_closes_the_next_question(ctx, bank, monkeypatch):
    """The last answers race: one closes the question, the host shows the next, and another
    answer's reveal, which counted before all that, must not close the new question."""
    room = rooms.create_room(bank, "quick", "", "any", 5, 20)
    rooms.join(room, player("Naomi"))
    rooms.next_question(room, now=0)
    counted = rooms.game.progress

    def host_moves_on_meanwhile(room_id, position):
        counted(room_id, position)
        db.session.execute(update(Room).where(Room.id == room_id).values(position=1, deadline_ms=10**12))
        db.session.commit()
        return (1, 1)  # as if everyone had answered question 1

    monkeypatch.setattr(rooms.game, "progress", host_moves_on_meanwhile)
    assert not rooms.reveal(room, now=1_000)
    assert (room.state, room.position) == ("question", 1)
