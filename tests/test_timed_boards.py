"""Timed and untimed rounds rank on separate boards, so the speed bonus never beats taking
your time: the pages, the API, the player's own page, the daily challenge and the migration
that moved existing timed results."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from html import unescape

import pytest
from flask_migrate import downgrade, upgrade
from sqlalchemy import text
from test_api import ApiPlayer

from quiz import boards
from quiz.database import db
from quiz.models import BestScore, utcnow

NOON = datetime(2024, 5, 15, 12, 0)


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def get(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.get_data(as_text=True)


def names_on(html: str) -> list[str]:
    """The player column of a board page's table."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [text_of(re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)[1])
            for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)]


def timing_links(html: str) -> dict[str, tuple[str, bool]]:
    """The Untimed / Timed switch of a page: label -> (href, is the current one)."""
    nav = html.split('aria-label="Timing"', 1)[1].split("</nav>", 1)[0]
    return {label: (unescape(href), "aria-current" in rest)
            for href, rest, label in re.findall(r'<a href="([^"]*)"([^>]*)>([^<]*)</a>', nav)}


def test_board_names_carry_the_timing():
    assert boards.board_of("quick", "") == "quick"
    assert boards.board_of("quick", "", timed=True) == "quick+timed"
    assert boards.board_of("topic", "music", timed=True) == "topic:music+timed"
    assert boards.parse_board("daily:2024-02-29+timed") == ("daily", "2024-02-29")
    assert boards.parse_board("source:x+timed") == ("source", "x")
    for bad in ("+timed", "quick+timed+timed", "daily:2024-02-30+timed", "quick+untimed"):
        assert boards.parse_board(bad) is None, bad
    assert boards.with_timing("topic:music+timed", False) == "topic:music"
    assert boards.with_timing("topic:music", True) == "topic:music+timed"


def test_a_timed_and_an_untimed_round_land_on_their_own_boards(make_app, play_bank, players):
    app = make_app(play_bank)
    fast, calm = players(app, "Fast"), players(app, "Calm")
    timed_id = fast.start(timed="1")
    fast.play_through(play_bank, timed_id)
    calm_id = calm.start()
    calm.play_through(play_bank, calm_id, right=lambda question: question.type != "order")

    assert names_on(get(calm.client, "/scoreboard/quick")) == ["Calm (you)"]
    assert names_on(get(fast.client, "/scoreboard/quick+timed")) == ["Fast (you)"]
    # each results page names and links the board the round counted for
    results = get(fast.client, f"/rounds/{timed_id}/results")
    assert "You are #1 on the Quick round (timed) scoreboard (all time)." in text_of(results)
    assert 'href="/scoreboard/quick+timed?page=1#me"' in results
    results = get(calm.client, f"/rounds/{calm_id}/results")
    assert "You are #1 on the Quick round scoreboard (all time)." in text_of(results)
    assert 'href="/scoreboard/quick?page=1#me"' in results


def test_board_pages_switch_between_untimed_and_timed_in_the_same_window(app, client, scores):
    with app.app_context():
        ann, bob = scores.player("Ann"), scores.player("Bob")
        scores.round(ann, 1142, 60000, utcnow(), timed=True)
        scores.round(bob, 1000, 90000, utcnow())
    untimed = get(client, "/scoreboard/quick?window=week")
    assert names_on(untimed) == ["Bob"]
    assert timing_links(untimed) == {"Untimed": ("/scoreboard/quick?window=week", True),
                                     "Timed": ("/scoreboard/quick+timed?window=week", False)}
    assert "Timed and untimed rounds rank on separate boards" in text_of(untimed)
    timed = get(client, "/scoreboard/quick+timed?window=week")
    assert names_on(timed) == ["Ann"]
    assert "<h1>Quick round (timed)</h1>" in timed
    assert timing_links(timed)["Untimed"] == ("/scoreboard/quick?window=week", False)
    assert timing_links(timed)["Timed"][1]


def test_the_index_lists_untimed_or_timed_boards_with_their_leaders(app, client, scores, bank):
    with app.app_context():
        ann, bob = scores.player("Ann"), scores.player("Bob")
        scores.round(ann, 1142, 60000, utcnow(), timed=True)
        scores.round(bob, 1000, 90000, utcnow())
    untimed = get(client, "/scoreboard")
    timed = get(client, "/scoreboard?timing=timed")
    assert timing_links(untimed) == {"Untimed": ("/scoreboard", True),
                                     "Timed": ("/scoreboard?timing=timed", False)}
    assert timing_links(timed) == {"Untimed": ("/scoreboard", False),
                                   "Timed": ("/scoreboard?timing=timed", True)}
    assert "Bob, 1000 points" in text_of(untimed) and "Ann" not in text_of(untimed)
    assert "Ann, 1142 points" in text_of(timed) and "Bob" not in text_of(timed)
    today = utcnow().date().isoformat()
    for board in ["quick", f"daily:{today}"] + [f"topic:{t}" for t in bank.topics]:
        assert f'href="/scoreboard/{board}"' in untimed and f'href="/scoreboard/{board}+timed"' not in untimed
        assert f'href="/scoreboard/{board}+timed"' in timed, board
    assert "timing: Choose one of: untimed, timed." in text_of(get(client, "/scoreboard?timing=fast", 400))


def test_the_players_own_page_names_both_boards(make_app, play_bank, players):
    app = make_app(play_bank)
    player = players(app, "Both")
    player.play_through(play_bank, player.start(timed="1"))
    player.play_through(play_bank, player.start())
    me = get(player.client, "/me")
    assert '<a href="/scoreboard/quick">Quick round</a>' in me
    assert '<a href="/scoreboard/quick+timed">Quick round (timed)</a>' in me


def test_the_daily_challenge_counts_the_first_attempt_on_its_own_timing(make_app, play_bank, players):
    app = make_app(play_bank)
    player = players(app, "Daily")
    first = player.start(kind="daily", timed="1")
    player.play_through(play_bank, first)
    player.play_through(play_bank, player.start(kind="daily"))  # a second go plays for fun
    today = utcnow().date().isoformat()
    assert names_on(get(player.client, f"/scoreboard/daily:{today}+timed")) == ["Daily (you)"]
    assert "No scores here yet" in text_of(get(player.client, f"/scoreboard/daily:{today}"))
    with app.app_context():
        assert boards.daily_days() == [today]  # one day, whichever boards it has


def test_past_days_are_listed_once_whatever_their_timing(ctx, scores):
    ann, bob = scores.player("Ann"), scores.player("Bob")
    for day, timed in (("2024-05-13", True), ("2024-05-14", False), ("2024-05-15", True)):
        at = datetime.fromisoformat(day + "T10:00")
        scores.round(ann, 10, 1000, at, kind="daily", scope=day, timed=timed)
    scores.round(bob, 10, 1000, NOON, kind="daily", scope="2024-05-15")
    assert boards.daily_days() == ["2024-05-15", "2024-05-14", "2024-05-13"]
    assert boards.daily_days(limit=2) == ["2024-05-15", "2024-05-14"]


@pytest.fixture
def ctx(app):
    with app.app_context():
        yield


def test_the_api_lists_and_serves_both_kinds_of_board(make_app, play_bank):
    player = ApiPlayer(make_app(play_bank), "Api")
    round_ = player.post("/api/v1/rounds", {"kind": "quick", "timed": True}).json["round"]
    assert round_["board"] == "quick+timed"
    listed = player.get("/api/v1/boards").json["boards"]
    assert {"board": "quick", "title": "Quick round", "timed": False} in listed
    assert {"board": "quick+timed", "title": "Quick round (timed)", "timed": True} in listed
    timed = player.get("/api/v1/boards?timing=timed").json["boards"]
    assert timed and all(b["timed"] and b["board"].endswith("+timed") for b in timed)
    untimed = player.get("/api/v1/boards?timing=untimed").json["boards"]
    assert len(untimed) == len(timed) and not any(b["timed"] for b in untimed)
    bad = player.get("/api/v1/boards?timing=fast")
    assert bad.status_code == 400 and bad.json["error"]["code"] == "bad_request"
    board = player.get("/api/v1/boards/quick+timed").json
    assert board["board"] == "quick+timed" and board["title"] == "Quick round (timed)"
    assert player.get("/api/v1/boards/quick+timed+timed").status_code == 404


def test_a_rank_link_works_while_the_board_size_is_still_kept_elsewhere(make_app, bank, scores):
    """One worker keeps a board's size for a few seconds; a result posted through another
    worker links to a page past that size: the page is still found."""
    reader, writer = make_app(bank, BOARD_COUNT_TTL_S=600), make_app(bank, BOARD_COUNT_TTL_S=600)
    with writer.app_context():
        for n in range(boards.PAGE_SIZE):
            scores.round(scores.player(f"P{n}"), 500, 1000 + n, NOON)
    client = reader.test_client()
    assert "Page 1 of" not in get(client, "/scoreboard/quick?page=1")  # one page, its size kept
    with writer.app_context():
        late = scores.round(scores.player("Late"), 10, 1000, NOON)
        assert boards.rank_of(late) == ("quick", 21)
    page = get(client, "/scoreboard/quick?page=2")
    assert names_on(page) == ["Late"] and "Page 2 of 2" in text_of(page)
    assert "This board has 2 page(s)." in text_of(get(client, "/scoreboard/quick?page=3", 404))


def test_the_home_page_says_what_the_boards_do_with_timed_rounds(client):
    home = text_of(get(client, "/"))
    assert "Timed and untimed rounds rank on separate scoreboards, so taking your time costs nothing" in home
    assert "share each scoreboard" not in home


def test_the_migration_moves_timed_results_to_the_timed_boards(app):
    """Before it, a board kept each player's best round of either timing; after it, the best
    untimed and the best timed round each on its own board, hidden players still hidden."""
    with app.app_context():
        downgrade(revision="a7c3e9f1b2d4")
        rounds = [  # id, player, kind, scope, timed, score, time_ms, finished
            (1, 1, "quick", "", False, 900, 50000, NOON),
            (2, 1, "quick", "", True, 1142, 40000, NOON + timedelta(minutes=5)),  # beat round 1
            (3, 2, "topic", "music", True, 700, 30000, NOON),
            (4, 2, "daily", "2024-05-15", True, 800, 20000, NOON),
        ]
        db.session.execute(text(
            "INSERT INTO player (id, nickname, nickname_key, hidden, created_at) VALUES "
            "(1, 'Ann', 'ann', false, :at), (2, 'Bob', 'bob', true, :at)"), {"at": NOON})
        for rid, pid, kind, scope, timed, score, time_ms, finished in rounds:
            db.session.execute(text(
                "INSERT INTO round (id, player_id, kind, scope, difficulty, timed, question_ids, "
                "question_hashes, choice_orders, position, score, correct, scored, started_at, "
                "finished_at, time_ms) VALUES (:id, :pid, :kind, :scope, 'any', :timed, '[]', '[]', "
                "'[]', 10, :score, 8, true, :started, :finished, :time_ms)"),
                {"id": rid, "pid": pid, "kind": kind, "scope": scope, "timed": timed, "score": score,
                 "started": finished - timedelta(minutes=2), "finished": finished, "time_ms": time_ms})
        db.session.execute(text(  # the shared board as it stood: Ann's timed round beat her untimed one
            "INSERT INTO best_score (board, period, player_id, round_id, score, time_ms, finished_at, "
            "hidden) VALUES ('quick', 'all', 1, 2, 1142, 40000, :at, false)"), {"at": NOON})
        db.session.commit()
        upgrade()
        kept = {(b.board, b.period, b.player_id): (b.round_id, b.score, b.hidden)
                for b in db.session.execute(db.select(BestScore)).scalars()}
    assert kept[("quick", "all", 1)] == (1, 900, False)
    assert kept[("quick+timed", "all", 1)] == (2, 1142, False)
    assert kept[("quick+timed", "day:2024-05-15", 1)] == (2, 1142, False)
    assert kept[("quick+timed", "week:2024-W20", 1)] == (2, 1142, False)
    assert kept[("topic:music+timed", "all", 2)] == (3, 700, True)
    assert kept[("daily:2024-05-15+timed", "all", 2)] == (4, 800, True)
    assert len(kept) == 4 * 3  # four boards, three periods each
