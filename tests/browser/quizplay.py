"""Playing the quiz in a browser page the way a person does: by clicking and typing.

The tests know the bank, so they can find the right (or a wrong) answer from the prompt a
page shows; the page itself never says which option is right.
"""

from __future__ import annotations

import re

QUESTION_TYPES = ("choice", "multi", "truefalse", "text", "number", "order")
TAP_TYPES = ("choice", "truefalse")  # one tap on an option answers them


def pick_nickname(page, nickname: str) -> None:
    page.goto("/nickname")
    page.get_by_label("Nickname").fill(nickname)
    page.get_by_role("button", name="Save nickname").click()
    page.wait_for_url(re.compile(r"/$"))


def round_form(page, kind: str):
    """The start form of one kind of round on the home page ("play": the big Play button's;
    the others are folded under "More ways to play", opened here as a player would)."""
    if kind != "play":
        more = page.locator("details.more-rounds")
        if not more.evaluate("d => d.open"):
            more.locator("summary").click()
    return page.locator(f"form[data-round={kind}]")


def start_round(page, kind: str = "quick", timed: bool = False) -> None:
    """An untimed quick round starts from the big Play button, the others from their forms."""
    page.goto("/")
    form = round_form(page, "play" if kind == "quick" and not timed else kind)
    if timed:
        form.get_by_role("radio", name=re.compile(r"^Timed")).check()
    form.get_by_role("button").click()
    page.wait_for_url(re.compile(r"/rounds/\d+$"))


def shown_question(page, live):
    return live.question(page.locator(".prompt").first.inner_text())


def wrong_answer(question):
    if question.type in ("choice", "multi"):
        return [c for c in question.choices if c not in _as_list(question.answer)][:1]
    if question.type == "truefalse":
        return not question.answer
    if question.type == "order":  # rotated: every item out of its place (reversed keeps a middle one)
        return [*question.answer[1:], question.answer[0]]
    return "certainly not this"


def _as_list(value) -> list:
    return list(value) if isinstance(value, list | tuple) else [value]


def answer_by_mouse(page, question, right: bool = True) -> None:
    """Click or type the answer, then press the Answer button (one tap answers a choice or
    true/false question when the page runs its script)."""
    if question.type in TAP_TYPES and page.locator("#answer-form.tap-to-answer").count():
        tap_answer(page, question, right)
    else:
        fill_answer(page, question, right)
        page.locator("#answer-form").get_by_role("button", name="Answer").click()
    page.wait_for_url(re.compile(r"/feedback/\d+$"))


def option_label(question, right: bool = True) -> str:
    """The text of the option to pick for a choice or true/false question."""
    given = question.answer if right else wrong_answer(question)
    if question.type == "truefalse":
        return "True" if given else "False"
    return _as_list(given)[0]


def tap_answer(page, question, right: bool = True) -> None:
    """One tap on the option: the page sends it without an Answer button."""
    page.locator("#answer-form").get_by_role("radio", name=option_label(question, right), exact=True).click()


def fill_answer(page, question, right: bool = True) -> None:
    """Click or type the answer into the question's form, without sending it."""
    given = question.answer if right else wrong_answer(question)
    form = page.locator("#answer-form")
    if question.type in ("choice", "multi"):
        role = "radio" if question.type == "choice" else "checkbox"
        for text in _as_list(given):
            form.get_by_role(role, name=text, exact=True).check()
    elif question.type == "truefalse":
        form.get_by_role("radio", name="True" if given else "False", exact=True).check()
    elif question.type in ("text", "number"):
        form.get_by_label(re.compile("^Your answer")).fill(str(given))
    elif question.type == "order" and form.locator(".order-list").count():
        order_with_buttons(page, given)
    elif question.type == "order":
        for place, item in enumerate(given, 1):
            form.get_by_label(f"Place {place}", exact=True).select_option(label=item)


def order_with_buttons(page, items) -> None:
    """Order the list play.js makes of an order question's items, with its move up buttons."""
    def shown() -> list[str]:
        return [t.strip() for t in page.locator(".order-list li .item").all_inner_texts()]

    for place, item in enumerate(items):
        while shown().index(item) > place:
            page.get_by_role("button", name=f"Move {item} up").click()


def go_on(page) -> None:
    """From a feedback page to the next question, or to the results after the last one."""
    page.locator("p.next a.button").click()
    page.wait_for_url(re.compile(r"/rounds/\d+(/results)?$"))


def on_results(page) -> bool:
    return page.url.endswith("/results")


def play_round(page, live, right=lambda question: True, on_question=None, on_feedback=None) -> list:
    """Answer every question of the round just started; returns the questions, in order.

    on_question(question) and on_feedback(question, was_right) run on those pages.
    """
    played = []
    while not on_results(page):
        question = shown_question(page, live)
        if on_question:
            on_question(question)
        answer_by_mouse(page, question, right(question))
        if on_feedback:
            on_feedback(question, right(question))
        played.append(question)
        go_on(page)
    return played


# Every kind of page a player meets, in the order tour() shows them.
PAGE_TYPES = (
    "home", "nickname",
    *(f"question-{kind}" for kind in QUESTION_TYPES),
    "feedback-right", "feedback-wrong", "results", "scoreboard", "scoreboards",
    "article", "articles", "me", "error",
)


def tour(page, live, nickname: str, visit) -> list[str]:
    """Walk through every page type, calling visit(name) on each; returns the names seen.

    One quick round on the play bank draws every question type; the number question is
    answered wrong so that both kinds of feedback page appear.
    """
    seen: list[str] = []

    def see(name: str) -> None:
        if name not in seen:
            seen.append(name)
            visit(name)

    page.goto("/")
    see("home")
    page.goto("/nickname")
    see("nickname")
    pick_nickname(page, nickname)
    start_round(page)
    play_round(
        page, live, right=lambda q: q.type != "number",
        on_question=lambda q: see(f"question-{q.type}"),
        on_feedback=lambda q, right: see("feedback-right" if right else "feedback-wrong"),
    )
    see("results")
    article = page.locator("figure.citation a").first.get_attribute("href")
    page.locator(".board-rank a").click()
    page.wait_for_url(re.compile(r"/scoreboard/quick"))
    see("scoreboard")
    page.goto("/scoreboard")
    see("scoreboards")
    page.goto(article)
    see("article")
    page.goto("/sources")
    see("articles")
    page.goto("/me")
    see("me")
    page.goto("/no-such-page")
    see("error")
    return seen
