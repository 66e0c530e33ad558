"""Each visitor sees their own page (nickname, CSRF token, daily-challenge note), and ranks
kept a few seconds in the cache are still right where they must be."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from datetime import timedelta
from html import unescape

from quiz.boards import set_hidden
from quiz.database import db
from quiz.models import Player, utcnow


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def page(client, url: str = "/") -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.get_data(as_text=True)


def tokens(html: str) -> set[str]:
    return set(re.findall(r'name="csrf_token" type="hidden" value="([^"]*)"', html))


PLAYED_DAILY = "You have played today's challenge"


# --- the home page ---------------------------------------------------------------------


def test_each_visitor_sees_their_own_nickname_and_a_token_that_starts_a_round(app, players):
    visitor = app.test_client()
    ann, bob = players(app, "Ann"), players(app, "Bob")
    for _ in range(2):
        assert "Pick a nickname" in text_of(page(visitor)) and "Playing as" not in text_of(page(visitor))
        assert "Playing as Ann" in text_of(page(ann.client))
        assert "Playing as Bob" in text_of(page(bob.client))
        assert "Ann" not in text_of(page(bob.client))
    ann_tokens, bob_tokens = tokens(page(ann.client)), tokens(page(bob.client))
    assert len(ann_tokens) == len(bob_tokens) == 1 and ann_tokens != bob_tokens
    assert "\x00" not in page(ann.client) + page(visitor)
    ann.start()  # with the token from the page (start() checks the redirect to the round)
    bob.start(kind="topic", scope=sorted(app.extensions["quiz_bank"].topics)[0])


def test_the_daily_challenge_note_shows_only_to_who_played_it_today(app, players):
    ann, bob = players(app, "Ann"), players(app, "Bob")
    visitor = app.test_client()
    assert PLAYED_DAILY not in page(ann.client)
    ann.start(kind="daily")
    assert PLAYED_DAILY in page(ann.client)
    assert PLAYED_DAILY not in page(bob.client) and PLAYED_DAILY not in page(visitor)
    bob.start(kind="daily")
    assert PLAYED_DAILY in page(bob.client) and "Playing as Bob" in text_of(page(bob.client))


def test_a_flashed_message_shows_once_on_the_home_page(app, players):
    ann = players(app, "Ann")  # picking a nickname flashes a message for the next page
    first, second = text_of(page(ann.client)), text_of(page(ann.client))
    assert "You play as Ann." in first and "Playing as Ann" in first
    assert "You play as Ann." not in second and "Playing as Ann" in second


def test_a_new_bank_shows_on_the_home_page_at_once(make_app, bank, play_bank):
    app = make_app(bank)
    client = app.test_client()
    assert f"{len(bank.questions)} questions from {len(bank.sources)} articles." in text_of(page(client))
    fewer = replace(play_bank, questions=play_bank.questions[:3])
    app.extensions["quiz_bank"] = fewer
    html = page(client)
    assert f"3 questions from {len(fewer.sources)} articles." in text_of(html)
    topics = sorted({q.topic for q in fewer.questions})
    topic_select = html.split('id="topic-scope"', 1)[1].split("</select>", 1)[0]
    assert re.findall(r'<option value="([^"]+)">[^<]*question', topic_select) == topics


# --- a player's rank on a board ----------------------------------------------------------


def player_named(nickname: str) -> Player:
    return db.session.execute(db.select(Player).filter_by(nickname_key=nickname.casefold())).scalar_one()


def my_rank(client) -> str:
    found = re.search(r"Your rank: #(\d+) of (\d+)", text_of(page(client, "/scoreboard/quick")))
    assert found, "no rank shown"
    return found.group(1)


def test_a_player_who_improves_sees_the_new_rank_at_once(make_app, bank, players, scores):
    app = make_app(bank, PLAYER_RANK_TTL_S=60)
    naomi = players(app, "Naomi")
    now = utcnow()
    with app.app_context():
        for n in range(3):
            scores.round(scores.player(f"Ahead{n}"), 500 - n, 1000, now - timedelta(minutes=5))
        scores.round(player_named("Naomi"), 100, 1000, now - timedelta(minutes=4))
    assert my_rank(naomi.client) == "4"
    with app.app_context():
        scores.round(player_named("Naomi"), 499, 900, now - timedelta(minutes=1))  # second, by time
    assert my_rank(naomi.client) == "2"
    assert "#2" in text_of(page(naomi.client, "/me"))


def test_another_players_move_shows_once_the_rank_is_out_of_date(make_app, bank, players, scores):
    # long enough that a loaded machine still reads the kept rank inside it, short enough to wait out
    app = make_app(bank, PLAYER_RANK_TTL_S=10)
    naomi = players(app, "Naomi")
    now = utcnow()
    with app.app_context():
        scores.round(player_named("Naomi"), 300, 1000, now - timedelta(minutes=5))
        rival_id = scores.player("Rival").id
        scores.round(db.session.get(Player, rival_id), 100, 1000, now - timedelta(minutes=5))
    assert my_rank(naomi.client) == "1"
    counted_at = time.monotonic()
    with app.app_context():
        scores.round(db.session.get(Player, rival_id), 900, 1000, now - timedelta(minutes=1))
    assert my_rank(naomi.client) == "1"  # kept for its lifetime
    board = page(naomi.client, "/scoreboard/quick")
    assert re.findall(r"<td>(Rival|Naomi)", board) == ["Rival", "Naomi"]  # the list itself is fresh
    time.sleep(max(0.0, counted_at + 10.5 - time.monotonic()))
    assert my_rank(naomi.client) == "2"


def test_a_hidden_player_is_told_so_and_a_stale_cookie_is_forgotten(app, players, scores):
    naomi = players(app, "Naomi")
    with app.app_context():
        scores.round(player_named("Naomi"), 300, 1000, utcnow())
        set_hidden("Naomi", True)
        db.session.commit()
    assert "Your scores are hidden from the boards by a moderator." in text_of(
        page(naomi.client, "/scoreboard/quick"))
    with naomi.client.session_transaction() as session:
        session["player_id"] = 10**6  # a player this database does not have
    html = page(naomi.client, "/scoreboard/quick")
    assert "Your rank" not in html and "You are not on this board" not in html
    assert "Pick a nickname" in text_of(html)


def test_kept_ranks_stay_right_when_the_cache_is_full(make_app, bank, players, scores):
    app = make_app(bank, PLAYER_RANK_TTL_S=60, CACHE_THRESHOLD=2)
    nicknames = ["Ann", "Bob", "Cy", "Dee"]
    clients = {nickname: players(app, nickname).client for nickname in nicknames}
    with app.app_context():
        for n, nickname in enumerate(nicknames):
            scores.round(player_named(nickname), 400 - n, 1000, utcnow())
    for _ in range(2):
        assert [my_rank(clients[nickname]) for nickname in nicknames] == ["1", "2", "3", "4"]



# --- the scoreboards index ---------------------------------------------------------------


def quick_leader(client) -> str:
    found = re.search(r"Quick round (\S+), (\d+) points", text_of(page(client, "/scoreboard")))
    assert found, "no leader shown for the quick board"
    return found.group(1)


def test_the_index_keeps_its_leaders_for_their_lifetime_and_forgets_a_hidden_player(make_app, bank, scores):
    app = make_app(bank, BOARD_INDEX_TTL_S=60)
    client = app.test_client()
    with app.app_context():
        scores.round(scores.player("First"), 300, 1000, utcnow())
    assert quick_leader(client) == "First"
    with app.app_context():
        scores.round(scores.player("Better"), 900, 1000, utcnow())
    assert quick_leader(client) == "First"  # kept: the index is the same for every visitor
    assert re.findall(r"<td>(Better|First)", page(client, "/scoreboard/quick"))[0] == "Better"
    with app.app_context():
        set_hidden("First", True)  # a moderator's hiding starts every cache afresh
        db.session.commit()
    assert quick_leader(client) == "Better"
