"""What players read: addresses with a slash, no internal file names, plurals, topic titles."""

from __future__ import annotations

import re

import pytest
from quizplay import pick_nickname, play_round, start_round

# one worker runs them all: one server, one Chromium, one walk through the pages
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

FILE_NAME = re.compile(r"\b\d{3}_[0-9a-f]+\.txt\b")


@pytest.mark.parametrize("path", ["/sources/", "/scoreboard/"])
def test_an_address_with_a_trailing_slash_lands_on_the_page(open_page, live, path):
    page = open_page()
    response = page.goto(path)
    assert response.ok and page.url == live.url + path.rstrip("/")


def test_no_article_page_names_a_file(open_page, live):
    page = open_page()
    for source_id in live.bank.sources:
        page.goto(f"/sources/{source_id}")
        text = page.locator("body").inner_text()
        assert not FILE_NAME.search(text), source_id
        assert "verbatim" in text


def test_a_question_missed_once_in_one_go_reads_well_on_me(open_page, live, nickname):
    page = open_page()
    pick_nickname(page, nickname)
    start_round(page)
    play_round(page, live, right=lambda q: False)
    page.goto("/me")
    lines = page.locator("#missed-h ~ ol .verdict-line").all_inner_texts()
    assert lines and set(lines) == {"Missed the one time you answered it"}
    topics = page.locator("table", has_text="Production").inner_text()  # accuracy per topic
    assert "Music" in topics and "production" not in topics
