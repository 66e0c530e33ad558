"""The scoreboard pages as a player sees them."""

from __future__ import annotations

import re
from datetime import timedelta
from html import unescape

import pytest

from quiz.database import db
from quiz.models import Player, utcnow


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def rows_of(html: str) -> list[list[str]]:
    """The body rows of the first board table, as cell texts."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [
        [text_of(cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)
    ]


def get(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.get_data(as_text=True)


def player_named(nickname: str) -> Player:
    return db.session.execute(db.select(Player).filter_by(nickname_key=nickname.casefold())).scalar_one()


def test_index_has_a_board_per_kind_of_round_each_with_three_windows(client, bank):
    html = get(client, "/scoreboard")
    today = utcnow().date().isoformat()
    boards = ["quick", f"daily:{today}"] + [f"topic:{t}" for t in bank.topics]
    boards += [f"source:{s}" for s in bank.sources]
    for board in boards:
        assert f'href="/scoreboard/{board}"' in html, board
    for board in boards[:1] + boards[2:]:
        for window in ("today", "week", "all"):
            assert f'href="/scoreboard/{board}?window={window}"' in html, (board, window)
    for source in bank.sources.values():
        assert unescape(html).count(source.title) == 1


def test_a_board_lists_each_player_once_in_rank_order_with_the_rule(app, client, scores):
    now = utcnow()
    with app.app_context():
        ann, bob, cy = scores.player("Ann"), scores.player("Bob"), scores.player("Cy")
        scores.round(ann, 300, 20000, now - timedelta(minutes=9))
        scores.round(ann, 500, 30000, now - timedelta(minutes=8))
        scores.round(bob, 500, 25000, now - timedelta(minutes=7))  # same score, less time
        scores.round(cy, 500, 25000, now - timedelta(minutes=6))  # same again, finished later
    html = get(client, "/scoreboard/quick")
    assert [row[:4] for row in rows_of(html)] == [
        ["1", "Bob", "500", "25.0 s"], ["2", "Cy", "500", "25.0 s"], ["3", "Ann", "500", "30.0 s"],
    ]
    rule = "Higher score first; on equal scores, less time first; then whoever finished first."
    assert rule in text_of(html)


def test_nicknames_are_shown_escaped(app, client, scores):
    with app.app_context():
        evil = scores.player("<script>x()</script>")
        scores.round(evil, 100, 1000, utcnow())
    for url in ("/scoreboard/quick", "/scoreboard"):
        html = get(client, url)
        assert "<script>x()</script>" not in html
        assert "&lt;script&gt;x()&lt;/script&gt;" in html


def test_windows_show_today_this_week_and_all_time(app, client, scores):
    now = utcnow()
    with app.app_context():
        scores.round(scores.player("Old"), 900, 1000, now - timedelta(days=40))
        scores.round(scores.player("Now"), 100, 1000, now)
    names = {window: [row[1] for row in rows_of(get(client, f"/scoreboard/quick?window={window}"))]
             for window in ("all", "week")}
    assert names == {"all": ["Old", "Now"], "week": ["Now"]}
    html = get(client, "/scoreboard/quick?window=today")
    assert [row[1] for row in rows_of(html)] == ["Now"]
    assert 'href="/scoreboard/quick?window=today" aria-current="page"' in html


def test_the_players_row_is_highlighted_and_their_rank_shown_off_the_page(app, players, scores):
    me = players(app, "Naomi")
    now = utcnow()
    with app.app_context():
        for n in range(25):
            scores.round(scores.player(f"Better{n:02d}"), 1000 - n, 1000, now)
        scores.round(player_named("Naomi"), 10, 1000, now)
    first = get(me.client, "/scoreboard/quick")
    assert len(rows_of(first)) == 20 and 'class="me"' not in first
    assert "Your rank: #26 of 26" in text_of(first)
    assert 'href="/scoreboard/quick?window=all&amp;page=2#me"' in first
    second = get(me.client, "/scoreboard/quick?page=2")
    mine = re.search(r'<tr class="me" id="me" aria-current="true">(.*?)</tr>', second, re.S)
    assert mine and "Naomi" in text_of(mine.group(1)) and text_of(mine.group(1)).startswith("26")
    assert len(rows_of(second)) == 6
    assert 'rel="prev"' in second and 'rel="next"' not in second
    # someone else sees no highlight
    assert 'class="me"' not in get(app.test_client(), "/scoreboard/quick?page=2")


def test_hidden_players_are_never_shown(app, client, scores):
    with app.app_context():
        scores.round(scores.player("Sneaky", hidden=True), 999, 1, utcnow())
        scores.round(scores.player("Fair"), 10, 1000, utcnow())
    for url in ("/scoreboard/quick", "/scoreboard/quick?window=today", "/scoreboard"):
        html = get(client, url)
        assert "Sneaky" not in html and "Fair" in html
    assert rows_of(get(client, "/scoreboard/quick"))[0][:2] == ["1", "Fair"]


@pytest.mark.parametrize("query, message", [
    ("window=month", "window: Choose one of: today, week, all."),
    ("page=abc", "page: Not a valid integer value."),
    ("page=0", "page: Pages are numbered from 1."),
    ("window=", "window: Choose one of: today, week, all."),
    ("window=month&page=1", "window: Choose one of: today, week, all."),
])
def test_a_bad_window_or_page_gets_a_clear_error(client, query, message):
    html = get(client, f"/scoreboard/quick?{query}", 400)
    assert message in text_of(html)


def test_a_first_page_is_the_same_however_its_address_names_the_window(app, client, scores):
    now = utcnow()
    with app.app_context():
        scores.round(scores.player("Old"), 900, 1000, now - timedelta(days=30))
        scores.round(scores.player("New"), 100, 1000, now)
    # the window is the first one named; a page number or a parameter the board does not
    # read changes nothing
    for query in ("window=week", "window=week&page=1", "window=week&window=month", "window=week&ref=x"):
        html = get(client, f"/scoreboard/quick?{query}")
        assert [row[1] for row in rows_of(html)] == ["New"], query
        assert 'href="/scoreboard/quick?window=week" aria-current="page"' in html, query
    assert [row[1] for row in rows_of(get(client, "/scoreboard/quick"))] == ["Old", "New"]


def test_a_page_past_the_end_or_an_unknown_board_is_not_found(client):
    assert "This board has 1 page(s)." in text_of(get(client, "/scoreboard/quick?page=2", 404))
    tomorrow = (utcnow() + timedelta(days=1)).date().isoformat()
    for board in ("weekly", "topic:no-such-topic", "source:no-such-article", f"daily:{tomorrow}",
                  "daily:2024-02-30"):
        assert "No such scoreboard" in text_of(get(client, f"/scoreboard/{board}", 404)), board


def test_daily_boards_per_utc_date_link_to_other_days(app, client, scores):
    now = utcnow()
    today, yesterday = now.date().isoformat(), (now - timedelta(days=1)).date().isoformat()
    with app.app_context():
        ann, bob = scores.player("Ann"), scores.player("Bob")
        scores.round(ann, 700, 1000, now - timedelta(days=1), kind="daily", scope=yesterday)
        scores.round(bob, 400, 1000, now, kind="daily", scope=today)
    html = get(client, f"/scoreboard/daily:{today}")
    assert [row[1] for row in rows_of(html)] == ["Bob"]
    assert f'href="/scoreboard/daily:{yesterday}" rel="prev"' in html
    assert 'rel="next"' not in html  # no board for tomorrow yet
    past = get(client, f"/scoreboard/daily:{yesterday}")
    assert [row[1] for row in rows_of(past)] == ["Ann"]
    assert f'href="/scoreboard/daily:{today}" rel="next"' in past
    index = get(client, "/scoreboard")
    assert f'href="/scoreboard/daily:{yesterday}"' in index
    assert 'rel="prev"' not in get(client, "/scoreboard/daily:0001-01-01")  # the first day there is


def test_the_results_page_links_to_the_board_with_the_new_rank(make_app, play_bank, players):
    app = make_app(play_bank)
    first, second = players(app, "First"), players(app, "Second")
    first.play_through(play_bank, first.start())
    round_id = second.start()
    second.play_through(play_bank, round_id, right=lambda question: False)
    html = get(second.client, f"/rounds/{round_id}/results")
    assert "You are #2 on the Quick round scoreboard (all time)." in text_of(html)
    assert 'href="/scoreboard/quick?page=1#me"' in html
    board = get(second.client, "/scoreboard/quick")
    assert [row[1] for row in rows_of(board)] == ["First", "Second (you)"]
