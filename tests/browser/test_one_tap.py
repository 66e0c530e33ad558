"""One tap answers a choice or true/false question; without the script, pick then Answer."""

from __future__ import annotations

import re

import pytest
from conftest import PHONE
from quizplay import (
    TAP_TYPES,
    answer_by_mouse,
    go_on,
    on_results,
    option_label,
    pick_nickname,
    shown_question,
    start_round,
)

# one worker runs them all: one server, one Chromium, one walk through the pages
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def to_a_tap_question(page, live):
    """Answer questions until one of a type a tap answers is shown; returns it."""
    question = shown_question(page, live)
    while question.type not in TAP_TYPES:
        answer_by_mouse(page, question)
        go_on(page)
        question = shown_question(page, live)
    return question


def test_one_tap_on_an_option_answers_and_is_sent_once(open_page, live, nickname):
    page = open_page(PHONE, has_touch=True)
    pick_nickname(page, nickname)
    start_round(page)
    question = to_a_tap_question(page, live)
    box = page.get_by_role("button", name="Answer").bounding_box()
    assert box is None or box["width"] <= 1  # nothing more to press: only the keyboard reaches it
    assert page.locator(".tap-hint").is_visible()

    posts = []
    page.on("request", lambda request: posts.append(request.url) if request.method == "POST" else None)
    option = page.locator("#answer-form").get_by_role("radio", name=option_label(question), exact=True)
    box = option.bounding_box()
    middle = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    live.gate.shut()  # a slow server: the second and third taps come before the answer does
    try:
        page.touchscreen.tap(*middle)
        page.wait_for_timeout(100)
        page.touchscreen.tap(*middle)  # an impatient second tap while the answer is on its way
        page.mouse.click(*middle)
        page.wait_for_timeout(300)
    finally:
        live.gate.open()
    page.wait_for_url(re.compile(r"/feedback/\d+$"))
    assert len(posts) == 1 and live.gate.posts == 1
    assert page.locator("h1.verdict").inner_text().endswith("Right!")


def test_every_choice_and_true_false_question_is_answered_by_one_click(open_page, live, nickname):
    page = open_page()
    pick_nickname(page, nickname)
    start_round(page)
    tapped = set()
    while not on_results(page):
        question = shown_question(page, live)
        if question.type in TAP_TYPES:
            wrong = option_label(question, right=False)
            page.locator("#answer-form").get_by_role("radio", name=wrong, exact=True).click()
            page.wait_for_url(re.compile(r"/feedback/\d+$"))
            assert page.locator("h1.verdict").inner_text().endswith("Wrong")
            tapped.add(question.type)
        else:
            answer_by_mouse(page, question)
        go_on(page)
    assert tapped == set(TAP_TYPES)


def test_keys_move_the_pick_without_sending_it(open_page, live, nickname):
    page = open_page()
    pick_nickname(page, nickname)
    start_round(page)
    to_a_tap_question(page, live)
    url = page.url
    options = page.locator(".options input")
    page.keyboard.press("2")  # the number keys pick, as before
    options.nth(0).focus()
    page.keyboard.press("ArrowDown")  # an arrow key moves the pick (and clicks it, in a browser)
    page.wait_for_timeout(300)
    assert page.url == url and options.nth(1).is_checked()
    answer = page.get_by_role("button", name="Answer")
    answer.focus()  # the button is there for the keyboard, shown once focused
    assert answer.bounding_box()["width"] > 50
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/feedback/\d+$"))


def test_without_javascript_an_option_is_picked_then_answered(open_page, live, nickname):
    page = open_page(PHONE, java_script_enabled=False)
    pick_nickname(page, nickname)
    start_round(page)
    question = to_a_tap_question(page, live)
    url = page.url
    page.locator("#answer-form").get_by_role("radio", name=option_label(question), exact=True).check()
    assert page.url == url  # a pick alone sends nothing
    assert not page.locator(".tap-hint").is_visible()
    page.get_by_role("button", name="Answer").click()
    page.wait_for_url(re.compile(r"/feedback/\d+$"))
    assert page.locator("h1.verdict").inner_text().endswith("Right!")
