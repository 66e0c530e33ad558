"""Untimed and timed rounds rank on separate boards: a player switches between the two on the
list of boards and on each board, by mouse, by keyboard, or without JavaScript."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from conftest import DESKTOP, PHONE

# one worker runs them all: one server, one Chromium, one walk through the pages
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def post_round(live, nickname: str, score: int, timed: bool) -> None:
    """A finished quick round, written as the play flow writes one (the server's database is
    shared by the session: a score no real round reaches keeps the player on page one)."""
    from quiz.boards import record_finished_round
    from quiz.database import db
    from quiz.models import Player, Round, utcnow

    with live.app.app_context():
        player = Player(nickname=nickname, nickname_key=nickname.casefold())
        db.session.add(player)
        db.session.flush()
        now = utcnow()
        round_ = Round(player_id=player.id, kind="quick", question_ids=[], question_hashes=[],
                       choice_orders=[], score=score, timed=timed, time_ms=60_000,
                       started_at=now - timedelta(minutes=2), finished_at=now)
        db.session.add(round_)
        record_finished_round(round_)
        db.session.commit()


def timing_switch(page):
    return page.get_by_role("navigation", name="Timing")


def current_timing(page) -> str:
    return timing_switch(page).locator('a[aria-current="page"]').inner_text()


def board_names(page) -> str:
    return page.locator("table.board tbody").inner_text()


@pytest.mark.parametrize("viewport, javascript", [(DESKTOP, True), (PHONE, False)],
                         ids=["desktop", "phone-no-js"])
def test_a_player_switches_between_the_untimed_and_the_timed_boards(
        open_page, live, nickname, viewport, javascript):
    tag = nickname.rsplit(" ", 1)[1]  # the session's unique number: nicknames stay short
    calm, fast = f"Calm board {tag}", f"Fast board {tag}"
    post_round(live, calm, 9000, timed=False)
    post_round(live, fast, 9500, timed=True)
    page = open_page(viewport, java_script_enabled=javascript)

    page.goto("/scoreboard")
    assert current_timing(page) == "Untimed"
    assert "separate boards" in page.locator("main").inner_text()
    timing_switch(page).get_by_role("link", name="Timed", exact=True).click()
    page.wait_for_url(re.compile(r"/scoreboard\?timing=timed$"))
    assert current_timing(page) == "Timed"
    page.get_by_role("link", name="Quick round (timed)", exact=True).click()
    page.wait_for_url(re.compile(r"/scoreboard/quick\+timed$"))
    assert page.locator("h1").inner_text() == "Quick round (timed)"
    assert fast in board_names(page) and calm not in board_names(page)

    # the same board's untimed side, in the same window; by keyboard on the desktop
    page.get_by_role("link", name="This week", exact=True).click()
    page.wait_for_url(re.compile(r"/scoreboard/quick\+timed\?window=week$"))
    untimed = timing_switch(page).get_by_role("link", name="Untimed", exact=True)
    if javascript:
        untimed.focus()
        page.keyboard.press("Enter")
    else:
        untimed.click()
    page.wait_for_url(re.compile(r"/scoreboard/quick\?window=week$"))
    assert current_timing(page) == "Untimed"
    assert calm in board_names(page) and fast not in board_names(page)
    # the switch fits the screen: nothing to scroll sideways for, on a phone too
    box = timing_switch(page).bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]
