"""What static/play.js adds, and that a round still plays without JavaScript."""

from __future__ import annotations

import re

import pytest
from quizplay import (
    QUESTION_TYPES,
    TAP_TYPES,
    answer_by_mouse,
    fill_answer,
    go_on,
    on_results,
    pick_nickname,
    play_round,
    shown_question,
    start_round,
)

# one worker runs them all: one server, one Chromium, one walk through the pages
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

SECONDS_LEFT = re.compile(r"^(\d+) s left for the speed bonus$")


def seconds_left(page) -> int:
    text = page.locator(".timer").inner_text().strip()
    match = SECONDS_LEFT.match(text)
    assert match, f"the timer reads {text!r}"
    return int(match.group(1))


def test_a_timed_round_counts_down_on_the_page(open_page, live, nickname):
    page = open_page()
    pick_nickname(page, nickname)
    start_round(page, timed=True)
    first = seconds_left(page)
    assert 20 <= first <= 30  # the server's clock started as the page was made
    page.wait_for_function(
        "n => parseInt(document.querySelector('.timer').textContent, 10) < n", arg=first, timeout=5_000
    )
    assert seconds_left(page) < first

    page.reload()  # the clock is the server's: a reload does not win time back
    assert seconds_left(page) < first


def test_number_keys_pick_choices_but_not_inside_a_text_box(open_page, live, nickname):
    page = open_page()
    pick_nickname(page, nickname)
    start_round(page)
    tried = set()
    wanted = set(QUESTION_TYPES) - {"order"}  # order questions have no options to number
    while tried != wanted and not on_results(page):
        question = shown_question(page, live)
        options = page.locator(".options input")
        if question.type in ("choice", "truefalse", "multi"):
            assert page.locator(".options .key").all_inner_texts() == [
                str(n) for n in range(1, options.count() + 1)
            ]
            page.keyboard.press("2")
            assert [options.nth(i).is_checked() for i in range(2)] == [False, True]
            page.keyboard.press("1")
            assert options.nth(0).is_checked()
            assert options.nth(1).is_checked() == (question.type == "multi")  # boxes add up
            page.reload()  # back to a blank form before answering
            tried.add(question.type)
        elif question.type in ("text", "number"):
            # the box takes the focus by autofocus once the page is laid out: under load
            # that can come after the page's load event, and keys typed before it are lost
            page.wait_for_function("document.activeElement && document.activeElement.id === 'text'")
            page.keyboard.type("12")
            assert page.locator("input#text").input_value() == "12"
            tried.add(question.type)
        answer_by_mouse(page, question)
        go_on(page)
    assert tried == wanted


def test_the_answer_is_sent_once_however_often_it_is_pressed(open_page, live, nickname):
    page = open_page()
    pick_nickname(page, nickname)
    start_round(page)
    question = shown_question(page, live)
    while question.type in TAP_TYPES:  # those are sent by a tap, without the button
        answer_by_mouse(page, question)
        go_on(page)
        question = shown_question(page, live)
    fill_answer(page, question)

    posts = []
    page.on("request", lambda request: posts.append(request.url) if request.method == "POST" else None)
    box = page.get_by_role("button", name="Answer").bounding_box()
    middle = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    live.gate.shut()  # the server takes its time to answer...
    try:
        page.mouse.dblclick(*middle)  # ...so the second click comes before the answer,
        page.wait_for_timeout(300)
        page.mouse.click(*middle)  # and a third one, once the button had time to disable itself
        page.keyboard.press("Enter")
        page.wait_for_timeout(300)  # time for another request to be made, if one were
    finally:
        live.gate.open()
    page.wait_for_url(re.compile(r"/feedback/\d+$"))
    assert len(posts) == 1 and live.gate.posts == 1
    assert page.locator("h1.verdict").inner_text().endswith("Right!")


def test_a_timed_round_plays_without_javascript(open_page, live, nickname):
    page = open_page(java_script_enabled=False)
    pick_nickname(page, nickname)
    start_round(page, timed=True)
    timers = []
    played = play_round(page, live, on_question=lambda q: timers.append(page.locator(".timer").inner_text()))

    assert sorted({q.type for q in played}) == sorted(QUESTION_TYPES)
    # no countdown without the script, but the page still says what timed means
    assert set(timers) == {"Timed: answer within 30 seconds of seeing the question for a speed bonus."}
    summary = " ".join(page.locator(".summary").inner_text().split())
    assert f"{len(played)} of {len(played)} right" in summary and "Timed round." in summary
    assert page.locator(".key").count() == 0
