"""No answer leaks: a question page, its form and the cookie say nothing about the answer.

Every question of the bank is shown in one round. Each page is checked directly (opaque
values, nothing preselected, a typed answer's text absent) and by difference: the page is
rendered again with the question's answer changed in the bank, and must come out the same.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from html import unescape

import pytest

from quiz import play
from quiz.bank.model import Bank
from quiz.database import db
from quiz.models import Round
from quiz.play.round_quality import round_sized_parts

SENTINEL_TEXT = "Zebulon Quartermaine"
SENTINEL_NUMBER = 73519
_FORM = re.compile(r'<form[^>]*id="answer-form".*?</form>', re.S)
_TOKEN = re.compile(r'(name="csrf_token" type="hidden" value=")[^"]*"')


@pytest.fixture(params=["fixture-bank", "real-bank"])
def leak_bank(request, play_bank, bank):
    chosen = play_bank if request.param == "fixture-bank" else bank
    if not play.playable(chosen):
        pytest.skip("the real bank has no questions yet")
    return chosen


def with_other_answer(question):
    """The same question with another right answer; for order, its items reversed."""
    if question.type == "choice":
        return replace(question, answer=next(c for c in question.choices if c != question.answer))
    if question.type == "multi":
        return replace(question, answer=tuple(c for c in question.choices if c not in question.answer))
    if question.type == "truefalse":
        return replace(question, answer=not question.answer)
    if question.type == "text":
        return replace(question, answer=SENTINEL_TEXT, accept=())
    if question.type == "number":
        return replace(question, answer=SENTINEL_NUMBER, accept=())
    items = tuple(reversed(question.choices))
    return replace(question, choices=items, answer=items)


def answer_strings(question) -> list[str]:
    if question.type == "text":
        return [str(question.answer), *question.accept]
    if question.type == "number":
        value = play.answer_text(question.answer)
        return [value, *question.accept]
    return []


def form_of(html: str) -> str:
    return _FORM.search(html).group(0)


def without_noise(html: str) -> str:
    """The page without its CSRF token, which is signed with the time."""
    return _TOKEN.sub(r'\1TOKEN"', html)


def check_form(question, html: str) -> None:
    form = form_of(html)
    assert not re.search(r"\b(checked|selected)\b", form), "an option is preselected"
    for name, value in re.findall(r'name="([^"]+)"[^>]*value="([^"]*)"', form):
        if name not in ("csrf_token", "position"):
            assert re.fullmatch(r"\d*|true|false", value), f"{question.id}: value {value!r} is not opaque"
    for value in re.findall(r'<option[^>]*value="([^"]*)"', form):
        assert re.fullmatch(r"\d*", value), f"{question.id}: option value {value!r} is not opaque"
    if question.type in ("text", "number"):
        # the form minus its token, position and prompt: nothing else may name the answer
        rest = re.sub(r'<input[^>]*name="(csrf_token|position)"[^>]*>', "", form)
        rest = unescape(rest).replace(question.prompt, "")
        for answer in answer_strings(question):
            pattern = rf"(?<!\w){re.escape(answer)}(?!\w)"
            assert not re.search(pattern, rest, re.I), f"{question.id}: the answer {answer!r} is in the form"


def check_cookie(app, client, question) -> None:
    cookie = client.get_cookie(app.config.get("SESSION_COOKIE_NAME", "session"))
    session = app.session_interface.get_signing_serializer(app).loads(cookie.value)
    stored = json.dumps(session, ensure_ascii=False).casefold()
    secret_words = answer_strings(question) if question.type in ("text", "number") else question.choices
    for word in secret_words:
        # as a whole word: a random token's hex digits may hold "2001" by chance
        pattern = rf"(?<!\w){re.escape(str(word).casefold())}(?!\w)"
        if len(str(word)) > 2:
            assert not re.search(pattern, stored), f"{question.id}: {word!r} is in the cookie"


def set_choice_order(app, round_id: int, position: int, order: list[int]) -> None:
    with app.app_context():
        round_ = db.session.get(Round, round_id)
        orders = [list(o) for o in round_.choice_orders]
        orders[position] = order
        round_.choice_orders = orders
        db.session.commit()


def test_no_question_page_or_cookie_gives_the_answer_away(make_app, leak_bank, players):
    seen = set()
    # a round never holds two questions of one fact: one round per group a round may hold
    for n, part in enumerate(round_sized_parts(play.playable(leak_bank))):
        part_bank = Bank(sources=leak_bank.sources, questions=tuple(part))
        app = make_app(part_bank, ROUND_SIZE=len(part), RATE_LIMITS="off")
        seen |= walk_a_round(app, part_bank, players(app, f"Leak Tester {n}"))
    assert seen == {q.id for q in play.playable(leak_bank)}


def walk_a_round(app, leak_bank, player) -> set[str]:
    """Every question page of one whole-bank round checked for leaks; the ids seen."""
    size = len(play.playable(leak_bank))
    round_id = player.start()
    seen = set()
    for position in range(size):
        html = player.question_page(round_id)
        question = leak_bank.question(player.current_question_id(round_id))
        seen.add(question.id)
        check_form(question, html)
        check_cookie(app, player.client, question)

        # the same page with the answer changed must be the same page
        other = with_other_answer(question)
        changed = tuple(other if q.id == question.id else q for q in leak_bank.questions)
        variant = replace(leak_bank, questions=changed)
        with app.app_context():
            order = list(db.session.get(Round, round_id).choice_orders[position])
        if question.type == "order":  # the same items on screen, in the same places
            set_choice_order(app, round_id, position, [len(order) - 1 - i for i in order])
        app.extensions["quiz_bank"] = variant
        try:
            again = player.question_page(round_id)
        finally:
            app.extensions["quiz_bank"] = leak_bank
            set_choice_order(app, round_id, position, order)
        assert without_noise(again) == without_noise(html), f"{question.id}: the page depends on the answer"

        response = player.client.post(f"/rounds/{round_id}", data=player.answer_data(question, html))
        assert response.status_code == 302
    assert seen == {q.id for q in play.playable(leak_bank)}
    return seen


def test_a_timed_question_page_does_not_give_the_answer_away_either(make_app, play_bank, players):
    app = make_app(play_bank, RATE_LIMITS="off")
    player = players(app, "Timed Tester")
    round_id = player.start(timed="1")
    for _ in range(len(play_bank.questions)):
        html = player.question_page(round_id)
        question = play_bank.question(player.current_question_id(round_id))
        assert "speed bonus" in html
        check_form(question, html)
        player.client.post(f"/rounds/{round_id}", data=player.answer_data(question, html))
