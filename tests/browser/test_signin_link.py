"""A nickname goes to another browser by the private link on /me; a revoked link fails."""

from __future__ import annotations

import pytest
from conftest import PHONE
from quizplay import pick_nickname

# one worker runs them all: one server, one Chromium, one walk through the pages
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def my_link(page) -> str:
    page.goto("/me")
    page.locator("details.signin summary").click()
    return page.get_by_label("Your sign-in link").input_value()


def test_the_link_signs_a_second_browser_in_and_a_revoked_one_fails(open_page, live, nickname):
    desktop = open_page()
    pick_nickname(desktop, nickname)
    link = my_link(desktop)
    assert link.startswith(live.url + "/signin/")

    phone = open_page(PHONE)  # a context of its own: another browser, no cookie
    phone.goto(link)
    assert phone.url == live.url + "/me"
    assert phone.locator(".who").inner_text().endswith(nickname)
    assert my_link(phone) == link  # the same player, the same link

    desktop.get_by_role("button", name="Revoke this link and make a new one").click()
    new_link = my_link(desktop)
    assert new_link != link

    third = open_page()
    response = third.goto(link)
    assert response.status == 404
    assert "no longer works" in third.locator("h1").inner_text()
    assert "Pick a nickname" in third.locator(".who").inner_text()  # signed in as nobody
    assert third.goto(new_link).ok and third.locator(".who").inner_text().endswith(nickname)


def test_the_link_is_shown_to_its_player_only(open_page, live, nickname):
    page = open_page()
    pick_nickname(page, nickname)
    link = my_link(page)
    token = link.rsplit("/", 1)[1]
    stranger = open_page()
    for path in ("/", "/scoreboard/quick", "/me", "/sources"):
        stranger.goto(path)
        assert token not in stranger.content(), path
    tampered = open_page()
    assert tampered.goto(link[:-2] + "xx").status == 404
