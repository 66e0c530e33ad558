"""The look on a desktop and a phone: screenshots of every page type, titles, the favicon."""

from __future__ import annotations

import pytest
from quizplay import PAGE_TYPES

# one worker runs them all: one server, one Chromium, one walk through the pages
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

SIZES = ["desktop", "phone"]


@pytest.mark.parametrize("size", SIZES)
def test_every_page_type_is_photographed(request, size):
    visits = request.getfixturevalue(f"{size}_pages")
    assert sorted(visits) == sorted(PAGE_TYPES)
    for visit in visits.values():
        assert len(visit.screenshots) == (2 if size == "desktop" else 1)  # desktop: light and dark
        for path in visit.screenshots:
            assert path.stat().st_size > 10_000, f"{path.name} is (nearly) blank"


def test_no_page_scrolls_sideways_on_a_phone(phone_pages):
    wide = {
        name: f"{visit.scroll_width}px of content in a {visit.client_width}px wide window"
        for name, visit in phone_pages.items()
        if visit.scroll_width > visit.client_width
    }
    assert not wide, wide


def test_every_page_has_a_title_that_says_where_the_player_is(desktop_pages, live):
    titles = {name: visit.title for name, visit in desktop_pages.items()}
    assert titles["home"] == "Rouge Quiz"
    assert all(title.endswith(" - Rouge Quiz") for name, title in titles.items() if name != "home")
    assert titles["question-choice"].startswith("Question ")
    assert titles["feedback-right"].startswith("Right - Question ")
    assert titles["feedback-wrong"].startswith("Not quite - Question ")
    assert titles["results"] == "Results - Rouge Quiz"
    source_id = desktop_pages["article"].url.split("/sources/")[1].split("#")[0]
    assert titles["article"] == f"{live.bank.sources[source_id].title} - Rouge Quiz"
    assert titles["scoreboard"] == "Quick round - Scoreboard - Rouge Quiz"
    assert titles["error"] == "Page not found - Rouge Quiz"
    others = [title for name, title in titles.items() if not name.startswith(("question-", "feedback-"))]
    assert len(set(others)) == len(others), "two kinds of page share a title"


def test_the_favicon_is_linked_from_every_page_and_served_as_svg(open_page):
    page = open_page()
    for path in ("/", "/sources", "/no-such-page"):
        page.goto(path)
        href = page.locator("link[rel=icon]").get_attribute("href")
        assert href == "/static/favicon.svg"
    response = page.request.get(href)
    assert response.ok and response.headers["content-type"].startswith("image/svg+xml")
    assert b"<svg" in response.body()
