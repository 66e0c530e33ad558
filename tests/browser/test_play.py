"""Playing in a real browser: every question type, citations, results, scoreboards, the daily."""

from __future__ import annotations

import re

import pytest
import vendor_axe
from conftest import PHONE
from quizplay import (
    QUESTION_TYPES,
    answer_by_mouse,
    go_on,
    pick_nickname,
    play_round,
    round_form,
    shown_question,
    start_round,
)

# one worker runs them all: one server, one Chromium, one walk through the pages
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def words(text: str) -> str:
    return " ".join(text.split())


def test_a_round_of_every_question_type_is_played_by_clicking_and_typing(open_page, live, nickname):
    page = open_page()
    pick_nickname(page, nickname)
    start_round(page)
    verdicts = []

    def check_feedback(question, right):
        verdicts.append(words(page.locator("h1.verdict").inner_text()))
        card = page.locator("figure.citation").first
        assert words(question.sources[0].quote) in words(card.locator("blockquote").inner_text())
        title = live.bank.sources[question.sources[0].source].title
        assert card.get_by_role("link", name=title).count() == 1

    timers = []
    played = play_round(page, live, on_feedback=check_feedback,
                        on_question=lambda q: timers.append(page.locator(".timer").count()))
    assert timers == [0] * len(played)  # untimed, the default: no clock anywhere

    assert sorted({q.type for q in played}) == sorted(QUESTION_TYPES)
    assert verdicts == ["✔ Right!"] * len(played)
    summary = words(page.locator(".summary").inner_text())
    assert f"{100 * len(played)} points" in summary
    assert f"{len(played)} of {len(played)} right" in summary
    assert page.locator("ol.review > li").count() == len(played)

    rank = page.locator(".board-rank strong").inner_text()  # "#2": other tests play too
    page.locator(".board-rank").get_by_role("link").click()
    me = page.locator("tr.me")
    assert words(me.inner_text()).startswith(f"{rank[1:]} {nickname} (you) {100 * len(played)}")
    assert page.title() == "Quick round - Scoreboard - Rouge Quiz"


def test_a_wrong_answer_says_so_and_shows_the_right_one(open_page, live, nickname):
    page = open_page()
    pick_nickname(page, nickname)
    start_round(page)
    question = shown_question(page, live)
    answer_by_mouse(page, question, right=False)
    assert words(page.locator("h1.verdict").inner_text()) == "✘ Wrong"
    assert page.title().startswith("Not quite - Question 1")
    answers = words(page.locator("dl.answers").inner_text())
    shown = question.answer if isinstance(question.answer, str) else None
    if shown:
        assert f"Correct answer {shown}" in answers


def test_the_citation_link_opens_the_article_at_the_highlighted_quote(open_page, live, nickname):
    page = open_page(PHONE)  # on a phone every quoted sentence is below the article's first screen
    pick_nickname(page, nickname)
    start_round(page)
    question = shown_question(page, live)
    answer_by_mouse(page, question)
    card = page.locator("figure.citation").first
    quote = words(card.locator("blockquote").inner_text())
    card.get_by_role("link").click()

    page.wait_for_url(re.compile(r"/sources/[\w-]+#q-\d+$"))
    anchor = page.url.rsplit("#", 1)[1]
    mark = page.locator(f"mark#{anchor}")
    assert quote in words(mark.inner_text())
    assert mark.evaluate("m => m.matches(':target')")
    other = page.locator(f"mark:not(#{anchor})").first
    look = "m => { const s = getComputedStyle(m); return [s.backgroundColor, s.outlineStyle]; }"
    target_look, other_look = mark.evaluate(look), other.evaluate(look)
    assert target_look[1] != "none" and target_look != other_look  # the quote stands out
    assert page.evaluate("window.scrollY") > 0  # scrolled down to it...
    box = mark.bounding_box()  # ...so that it is on screen
    assert box["y"] >= 0 and box["y"] + min(box["height"], 100) <= page.viewport_size["height"]


def first_questions(page, live, count: int) -> list[str]:
    """The ids of the round's first `count` questions, answering them on the way."""
    ids = []
    for _ in range(count):
        question = shown_question(page, live)
        ids.append(question.id)
        answer_by_mouse(page, question)
        go_on(page)
    return ids


def test_the_daily_challenge_is_the_same_for_everyone_and_counts_once(open_page, live, nickname):
    from datetime import UTC, datetime

    from quiz.play import daily_question_ids

    page = open_page()
    pick_nickname(page, nickname)
    before = datetime.now(UTC).date()
    start_round(page, "daily")
    played = [q.id for q in play_round(page, live)]
    days = {before, datetime.now(UTC).date()}  # the same UTC day, unless run at midnight
    assert any(played == daily_question_ids(live.bank, day, len(played)) for day in days)

    page.locator(".board-rank").get_by_role("link").click()
    page.wait_for_url("**/scoreboard/daily:*")
    assert page.title().startswith("Daily challenge")
    assert nickname in page.locator("tr.me").inner_text()

    other = open_page()
    pick_nickname(other, nickname + " too")
    start_round(other, "daily")
    assert first_questions(other, live, 2) == played[:2]

    page.goto("/")
    round_form(page, "daily")  # opens the folded choices
    note = page.locator("section:has(form[data-round=daily]) .note")
    assert "another go plays for fun, not for the scoreboard" in note.inner_text()
    start_round(page, "daily")  # allowed, in the same order again
    assert first_questions(page, live, 1) == played[:1]


def test_a_taken_nickname_is_refused_with_a_clear_message(open_page, nickname):
    first, second = open_page(), open_page()
    pick_nickname(first, nickname)

    second.goto("/nickname")
    box = second.get_by_label("Nickname")
    box.fill(nickname.upper())
    second.get_by_role("button", name="Save nickname").click()
    alert = second.get_by_role("alert")
    assert alert.inner_text().strip() == f"The nickname {nickname.upper()!r} is taken: pick another."
    assert box.get_attribute("aria-invalid") == "true"
    assert "nickname-errors" in box.get_attribute("aria-describedby")
    assert box.input_value() == nickname.upper()  # kept, to edit rather than retype
    assert not vendor_axe.blocking(vendor_axe.audit(second))  # the error state is accessible too

    box.fill(nickname + " two")
    second.get_by_role("button", name="Save nickname").click()
    assert f"You play as {nickname} two." in second.locator(".flashes").inner_text()


def test_an_empty_answer_is_refused_with_a_clear_message(open_page, live, nickname):
    page = open_page()
    pick_nickname(page, nickname)
    start_round(page)
    question = shown_question(page, live)
    if question.type == "order":  # the script's list always holds an order: nothing is empty
        answer_by_mouse(page, question)
        go_on(page)
        question = shown_question(page, live)
    page.get_by_role("button", name="Answer").focus()  # a tap question shows it on focus only
    page.keyboard.press("Enter")
    expected = {
        "choice": "Pick one of the choices.", "multi": "Pick at least one answer.",
        "truefalse": "Answer true or false.", "text": "Type an answer.", "number": "Type an answer.",
    }[question.type]
    assert expected in page.get_by_role("alert").first.inner_text()
    assert shown_question(page, live) == question  # the same question, still to answer
    assert not vendor_axe.blocking(vendor_axe.audit(page))


def test_untimed_is_the_default_and_timed_says_so_before_it_starts(open_page):
    page = open_page()
    page.goto("/")
    for kind in ("quick", "topic", "source", "daily"):
        form = round_form(page, kind)
        assert form.get_by_role("radio", name="Untimed", exact=True).is_checked()
        timed = form.get_by_role("radio", name=re.compile(r"^Timed"))
        assert not timed.is_checked()
        assert "30 s per question" in timed.locator("xpath=..").inner_text()

