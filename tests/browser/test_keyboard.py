"""The keyboard alone: Tab, Space, Enter and the arrow keys are enough for a whole round."""

from __future__ import annotations

import re

import pytest
from quizplay import QUESTION_TYPES, on_results, shown_question

# one worker runs them all: one server, one Chromium, one walk through the pages
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

ACTIVE = "(() => { const e = document.activeElement; return %s; })()"


def tab_to(page, condition: str, limit: int = 40) -> None:
    """Press Tab until the focused element `e` meets the JavaScript `condition`."""
    for _ in range(limit):
        if page.evaluate(ACTIVE % condition):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{limit} presses of Tab never reached an element where {condition}")


def labels_of(page, selector: str) -> list[str]:
    return page.locator(selector).evaluate_all(
        "inputs => inputs.map(i => i.labels[0].querySelector('span').textContent.trim())"
    )


def pick_with_arrows(page, question) -> None:
    """A radio group is one Tab stop: Space picks the first option, arrows move the pick."""
    labels = labels_of(page, ".options input")
    wanted = labels.index(question.answer if question.type == "choice" else str(question.answer))
    tab_to(page, "e.matches('.options input')")
    if wanted == 0:
        page.keyboard.press("Space")
    for _ in range(wanted):
        page.keyboard.press("ArrowDown")
    assert page.locator(".options input").nth(wanted).is_checked()


def tick_with_space(page, question) -> None:
    tab_to(page, "e.matches('.options input')")
    for label in labels_of(page, ".options input"):
        if label in question.answer:
            page.keyboard.press("Space")
        page.keyboard.press("Tab")


def order_with_move_buttons(page, question) -> None:
    """Tab to an item's move up button and press Enter until the item is in its place."""
    def shown() -> list[str]:
        return [t.strip() for t in page.locator(".order-list li .item").all_inner_texts()]

    for place, item in enumerate(question.answer):
        if shown().index(item) > place:
            tab_to(page, f"e.getAttribute('aria-label') === 'Move {item} up'")
        while shown().index(item) > place:
            page.keyboard.press("Enter")  # the focus stays on the button as its item moves
    assert shown() == list(question.answer)


def answer_with_keys(page, question) -> None:
    if question.type in ("choice", "truefalse"):
        pick_with_arrows(page, question)
    elif question.type == "multi":
        tick_with_space(page, question)
    elif question.type in ("text", "number"):
        tab_to(page, "e.matches('input#text')")  # focused already: the page autofocuses it
        page.keyboard.type(str(question.answer))
    elif question.type == "order":
        order_with_move_buttons(page, question)
    if question.type in ("text", "number"):
        page.keyboard.press("Enter")  # submits the form from the text box
    else:
        tab_to(page, "e.matches('#answer-form button[type=submit]')")
        page.keyboard.press("Enter")
    page.wait_for_url("**/feedback/*")


def test_a_whole_round_is_played_with_the_keyboard_alone(open_page, live, nickname):
    page = open_page()
    page.goto("/nickname")
    assert page.evaluate(ACTIVE % "e.id") == "nickname"  # the one field has focus already
    page.keyboard.type(nickname)
    page.keyboard.press("Enter")
    page.wait_for_url(live.url + "/")

    tab_to(page, "e.matches('button') && e.textContent.trim() === 'Play'")
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"/rounds/\d+$"))

    played = []
    while not on_results(page):
        question = shown_question(page, live)
        answer_with_keys(page, question)
        assert page.locator("h1.verdict").inner_text().endswith("Right!"), question.id
        played.append(question.type)
        tab_to(page, "e.matches('p.next a')")  # after the page's links, in its sticky bar
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"/rounds/\d+(/results)?$"))
    assert sorted(set(played)) == sorted(QUESTION_TYPES)
    assert f"{len(played)} of {len(played)} right" in page.locator(".summary").inner_text()


def test_the_skip_link_comes_first_shows_itself_and_jumps_to_the_content(open_page):
    page = open_page()
    page.goto("/scoreboard")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert page.evaluate(ACTIVE % "e.className") == "skip-link"
    box = skip.bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0 and box["width"] > 50  # on screen while focused
    page.keyboard.press("Enter")
    assert page.evaluate(ACTIVE % "e.id") == "main"
    page.keyboard.press("Tab")  # the next stop is inside the content, past the navigation
    assert page.evaluate(ACTIVE % "!!e.closest('main')")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    assert skip.bounding_box() is None or skip.bounding_box()["x"] < 0  # hidden again
