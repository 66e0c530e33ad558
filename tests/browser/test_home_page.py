"""The home page on a phone: one big Play above the fold, the other rounds folded below it."""

from __future__ import annotations

import re

import pytest
from conftest import DESKTOP, PHONE
from quizplay import round_form, shown_question

# one worker runs them all: one server, one Chromium, one walk through the pages
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

TIMING_RULE = "the clock starts as each question appears"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_one_big_play_button_is_above_the_fold_and_the_rest_is_folded(open_page, viewport):
    page = open_page(viewport)
    page.goto("/")
    play = page.get_by_role("button", name="Play", exact=True)
    box = play.bounding_box()
    assert box["y"] + box["height"] <= viewport["height"] and box["height"] >= 48
    more = page.locator("details.more-rounds")
    assert not more.evaluate("d => d.open")
    for kind in ("quick", "topic", "source", "daily"):  # folded away until asked for
        assert not page.locator(f"form[data-round={kind}] button").is_visible()
    assert page.locator("main").inner_text().count(TIMING_RULE) == 0  # folded with the choices
    more.locator("summary").click()
    assert page.locator("main").inner_text().count(TIMING_RULE) == 1  # said once, not per form
    assert round_form(page, "topic").get_by_role("button").is_visible()


def test_a_new_player_who_presses_play_picks_a_nickname_and_lands_in_the_round(open_page, live, nickname):
    page = open_page(PHONE)
    page.goto("/")
    page.get_by_role("button", name="Play", exact=True).click()
    page.wait_for_url(re.compile(r"/nickname\?next="))
    page.get_by_label("Nickname").fill(nickname)
    page.get_by_role("button", name="Save nickname").click()
    page.wait_for_url(re.compile(r"/rounds/\d+$"))
    assert page.locator("h1").inner_text().startswith("Question 1 of")
    shown_question(page, live)  # a question of the bank, ready to answer


def test_a_new_player_lands_in_the_timed_topic_round_they_chose(open_page, live, nickname):
    page = open_page()
    page.goto("/")
    form = round_form(page, "topic")
    form.get_by_label("Topic").select_option(value="music")
    form.get_by_role("radio", name=re.compile(r"^Timed")).check()
    form.get_by_role("button").click()
    page.get_by_label("Nickname").fill(nickname)
    page.get_by_role("button", name="Save nickname").click()
    page.wait_for_url(re.compile(r"/rounds/\d+$"))
    assert page.locator(".timer").count() == 1
    assert shown_question(page, live).topic == "music"


def test_every_choice_says_how_many_questions_it_holds(open_page, live):
    page = open_page()
    page.goto("/")
    labels = round_form(page, "topic").locator("option").all_inner_texts()
    labels += round_form(page, "quick").locator("option").all_inner_texts()
    labels += round_form(page, "source").locator("option").all_inner_texts()
    for label in labels:
        count = re.search(r"\((\d+) questions?(: a short round)?\)$", label)
        assert count, label
        assert (count.group(2) is not None) == (int(count.group(1)) < 10), label
    assert "Music (2 questions: a short round)" in labels
