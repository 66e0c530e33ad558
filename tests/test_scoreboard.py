"""Best scores, ranks, windows and the index behind them, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import insert, text

from quiz import boards as scoreboard
from quiz.database import db
from quiz.models import BestScore, Round

NOON = datetime(2024, 5, 15, 12, 0)  # a Wednesday, ISO week 2024-W20


@pytest.fixture
def ctx(app):
    with app.app_context():
        yield app


def names(page) -> list[str]:
    return [e.nickname for e in page.entries]


def test_a_player_appears_once_with_their_best_round(ctx, scores):
    ann, bob = scores.player("Ann"), scores.player("Bob")
    scores.round(ann, 40, 9000, NOON)
    scores.round(ann, 70, 8000, NOON + timedelta(minutes=1))
    scores.round(ann, 50, 1000, NOON + timedelta(minutes=2))  # worse: must not replace 70
    scores.round(bob, 60, 5000, NOON)
    page = scoreboard.board_page("quick", "all", now=NOON)
    assert [(e.nickname, e.score, e.rank) for e in page.entries] == [("Ann", 70, 1), ("Bob", 60, 2)]
    best = db.session.execute(db.select(BestScore).filter_by(board="quick", period="all")).scalars()
    assert sorted(b.player_id for b in best) == [ann.id, bob.id]


def test_ties_go_to_less_time_then_to_who_finished_first(ctx, scores):
    late, slow, early, top = (scores.player(n) for n in ("Late", "Slow", "Early", "Top"))
    scores.round(late, 50, 3000, NOON + timedelta(minutes=5))
    scores.round(slow, 50, 4000, NOON)
    scores.round(early, 50, 3000, NOON)
    scores.round(top, 90, 60000, NOON + timedelta(minutes=9))
    page = scoreboard.board_page("quick", "all", now=NOON)
    assert names(page) == ["Top", "Early", "Late", "Slow"]
    assert [e.rank for e in page.entries] == [1, 2, 3, 4]
    # a faster round at the same score replaces the best; an equal one later does not
    scores.round(slow, 50, 2000, NOON + timedelta(minutes=20))
    scores.round(early, 50, 3000, NOON + timedelta(minutes=30))
    page = scoreboard.board_page("quick", "all", now=NOON)
    assert names(page) == ["Top", "Slow", "Early", "Late"]
    assert page.entries[2].finished_at == NOON


def test_exact_ties_share_a_rank(ctx, scores):
    one, two, three = (scores.player(n) for n in ("One", "Two", "Three"))
    scores.round(one, 30, 1000, NOON)
    scores.round(two, 30, 1000, NOON)
    scores.round(three, 20, 1000, NOON)
    page = scoreboard.board_page("quick", "all", now=NOON)
    assert [e.rank for e in page.entries] == [1, 1, 3]


def test_each_kind_of_round_has_its_own_board(ctx, scores):
    ann = scores.player("Ann")
    scores.round(ann, 10, 1000, NOON, kind="quick")
    scores.round(ann, 20, 1000, NOON, kind="topic", scope="music")
    scores.round(ann, 30, 1000, NOON, kind="source", scope="special-music-clip")
    scores.round(ann, 40, 1000, NOON, kind="daily", scope="2024-05-15")
    boards = {
        b: scoreboard.board_page(b, "all", now=NOON).entries[0].score
        for b in ("quick", "topic:music", "source:special-music-clip", "daily:2024-05-15")
    }
    assert boards == {"quick": 10, "topic:music": 20, "source:special-music-clip": 30, "daily:2024-05-15": 40}
    assert scoreboard.board_page("topic:story", "all", now=NOON).entries == []


def test_windows_show_today_this_week_and_all_time(ctx, scores):
    old, monday, today = scores.player("Old"), scores.player("Monday"), scores.player("Today")
    scores.round(old, 100, 1000, NOON - timedelta(days=30))
    scores.round(monday, 80, 1000, NOON - timedelta(days=2))  # Monday of the same ISO week
    scores.round(today, 60, 1000, NOON)
    scores.round(monday, 10, 1000, NOON)  # a worse round today still puts Monday on today's board
    assert names(scoreboard.board_page("quick", "all", now=NOON)) == ["Old", "Monday", "Today"]
    assert names(scoreboard.board_page("quick", "week", now=NOON)) == ["Monday", "Today"]
    today_board = scoreboard.board_page("quick", "today", now=NOON)
    assert [(e.nickname, e.score) for e in today_board.entries] == [("Today", 60), ("Monday", 10)]
    # a week later, this week's and today's boards are empty again
    assert scoreboard.board_page("quick", "week", now=NOON + timedelta(days=7)).entries == []


def test_periods_follow_utc_dates_and_iso_weeks():
    periods = scoreboard.periods_for
    assert periods(datetime(2024, 12, 30, 23, 59)) == ("all", "day:2024-12-30", "week:2025-W01")
    assert periods(datetime(2021, 1, 3, 0, 0)) == ("all", "day:2021-01-03", "week:2020-W53")


def test_unscored_and_unfinished_rounds_never_reach_a_board(ctx, scores):
    ann = scores.player("Ann")
    scores.round(ann, 50, 1000, NOON, kind="daily", scope="2024-05-15")
    scores.round(ann, 90, 500, NOON + timedelta(hours=1), kind="daily", scope="2024-05-15", scored=False)
    unfinished = Round(player_id=ann.id, kind="quick", scope="", question_ids=[], question_hashes=[],
                       choice_orders=[], score=99)
    db.session.add(unfinished)
    scoreboard.record_finished_round(unfinished)
    db.session.commit()
    daily = scoreboard.board_page("daily:2024-05-15", "all", now=NOON)
    assert [(e.nickname, e.score) for e in daily.entries] == [("Ann", 50)]
    assert scoreboard.board_page("quick", "all", now=NOON).entries == []


def test_record_finished_round_leaves_the_commit_to_the_caller(ctx, scores):
    ann = scores.player("Ann")
    round_ = Round(player_id=ann.id, kind="quick", scope="", question_ids=[], question_hashes=[],
                   choice_orders=[], score=10, time_ms=100, finished_at=NOON)
    db.session.add(round_)
    scoreboard.record_finished_round(round_)
    db.session.rollback()  # the finishing transaction fails: its score goes with it
    assert db.session.execute(db.select(BestScore)).first() is None


def test_hidden_players_are_never_shown_and_others_move_up(ctx, scores):
    cheat, ann = scores.player("Cheat"), scores.player("Ann")
    cheat_round = scores.round(cheat, 999, 1, NOON)
    ann_round = scores.round(ann, 50, 1000, NOON)
    assert scoreboard.rank_of(ann_round) == ("quick", 2)
    scoreboard.set_hidden("CHEAT", True)  # any letter case
    db.session.commit()
    page = scoreboard.board_page("quick", "all", player_id=cheat.id, now=NOON)
    assert names(page) == ["Ann"] and page.entries[0].rank == 1 and page.total == 1
    assert page.me is None
    assert scoreboard.rank_of(ann_round) == ("quick", 1)
    assert scoreboard.rank_of(cheat_round) is None
    scoreboard.set_hidden("cheat", False)
    db.session.commit()
    assert names(scoreboard.board_page("quick", "all", now=NOON)) == ["Cheat", "Ann"]
    with pytest.raises(LookupError, match="no player with the nickname 'nobody'"):
        scoreboard.set_hidden("nobody", True)


def test_pages_of_twenty_and_the_players_rank_beyond_them(ctx, scores):
    made = [scores.player(f"P{n:02d}") for n in range(45)]
    for n, player in enumerate(made):
        scores.round(player, 1000 - n, 1000, NOON)  # P00 first ... P44 last
    first = scoreboard.board_page("quick", "all", 1, player_id=made[44].id, now=NOON)
    assert (first.total, first.pages, len(first.entries)) == (45, 3, 20)
    assert first.me.rank == 45 and first.me.nickname == "P44"
    third = scoreboard.board_page("quick", "all", 3, now=NOON)
    assert names(third) == [f"P{n}" for n in range(40, 45)]
    assert [e.rank for e in third.entries] == list(range(41, 46))
    beyond = scoreboard.board_page("quick", "all", 4, now=NOON)
    assert beyond.entries == [] and beyond.pages == 3


def test_rank_of_a_round_is_the_players_all_time_rank(ctx, scores):
    ann, bob = scores.player("Ann"), scores.player("Bob")
    scores.round(bob, 70, 1000, NOON)
    good = scores.round(ann, 80, 1000, NOON)
    worse = scores.round(ann, 20, 1000, NOON + timedelta(minutes=1))
    assert scoreboard.rank_of(good) == ("quick", 1)
    assert scoreboard.rank_of(worse) == ("quick", 1)  # their best still stands
    topic = scores.round(bob, 5, 1000, NOON, kind="topic", scope="music")
    assert scoreboard.rank_of(topic) == ("topic:music", 1)
    unscored = scores.round(bob, 5, 1000, NOON, kind="daily", scope="2024-05-15", scored=False)
    assert scoreboard.rank_of(unscored) is None


def test_past_daily_boards_are_listed_newest_first(ctx, scores):
    ann = scores.player("Ann")
    for day in ("2024-05-13", "2024-05-15", "2024-05-14"):
        scores.round(ann, 10, 1000, datetime.fromisoformat(day + "T10:00"), kind="daily", scope=day)
    scores.round(ann, 10, 1000, NOON)  # a quick round is not a day
    assert scoreboard.daily_days() == ["2024-05-15", "2024-05-14", "2024-05-13"]


def test_board_names_are_parsed_strictly():
    assert scoreboard.parse_board("quick") == ("quick", "")
    assert scoreboard.parse_board("topic:music") == ("topic", "music")
    assert scoreboard.parse_board("daily:2024-02-29") == ("daily", "2024-02-29")
    for bad in ("daily:2023-02-29", "daily:yesterday", "quick:x", "topic:", "weekly:1", ""):
        assert scoreboard.parse_board(bad) is None, bad


# --- the index behind the board ----------------------------------------------------------


def explain(stmt) -> str:
    """The database's plan for `stmt`, as one string."""
    connection = db.session.connection()
    compiled = stmt.compile(connection)
    if connection.dialect.name == "sqlite":
        params = tuple(compiled.params[name] for name in compiled.positiontup)
        rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params)
        return "\n".join(row[-1] for row in rows)
    rows = connection.exec_driver_sql("EXPLAIN " + str(compiled), compiled.params)
    return "\n".join(row[0] for row in rows)


def fill_board(players: list, round_id: int) -> None:
    """One best score per player on each of three boards, inserted in bulk."""
    values = [
        {"board": board, "period": "all", "player_id": player.id, "round_id": round_id,
         "score": n % 97, "time_ms": n, "finished_at": NOON + timedelta(seconds=n)}
        for board in ("quick", "topic:music", "topic:story")
        for n, player in enumerate(players)
    ]
    db.session.execute(insert(BestScore.__table__), values)


def test_top_of_a_board_and_a_rank_are_read_off_the_index(ctx, scores):
    players = [scores.player(f"Q{n}") for n in range(400)]
    anchor = scores.round(players[0], 1, 1, NOON, kind="topic", scope="elsewhere")
    fill_board(players, anchor.id)
    if db.session.get_bind().dialect.name == "postgresql":
        db.session.execute(text("ANALYZE best_score"))
        db.session.execute(text("ANALYZE player"))
        db.session.execute(text("SET LOCAL enable_seqscan = off"))
    top = explain(scoreboard.top_query("quick", "all"))
    rank = explain(scoreboard.rank_query("quick", "all", 50, 10, NOON))
    size = explain(scoreboard.count_query("quick", "all"))
    assert "ix_best_rank" in top, top
    # board order comes from the index itself: no sort step
    assert "TEMP B-TREE" not in top and "Sort" not in top, top
    for plan in (rank, size):
        # a range of an index of best_score, never a full scan, never a visit to each player
        assert "ix_best_rank" in plan or "uq_best_board_period_player" in plan, plan
        assert "SCAN best_score" not in plan and "Seq Scan" not in plan, plan
        assert "player " not in plan.replace("uq_best_board_period_player", ""), plan
    db.session.rollback()
