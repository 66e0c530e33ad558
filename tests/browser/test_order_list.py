"""Order questions: a list reordered by dragging, by a finger, or by the move buttons."""

from __future__ import annotations

import re

import pytest
from conftest import PHONE
from quizplay import answer_by_mouse, go_on, pick_nickname, shown_question, start_round

# one worker runs them all: one server, one Chromium, one walk through the pages
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def to_the_order_question(page, live):
    question = shown_question(page, live)
    while question.type != "order":
        answer_by_mouse(page, question)
        go_on(page)
        question = shown_question(page, live)
    return question


def shown_order(page) -> list[str]:
    return [t.strip() for t in page.locator(".order-list li .item").all_inner_texts()]


def send(page) -> str:
    page.get_by_role("button", name="Answer").click()
    page.wait_for_url(re.compile(r"/feedback/\d+$"))
    return page.locator("h1.verdict").inner_text()


def test_the_items_are_a_list_put_in_order_with_the_keyboard(open_page, live, nickname):
    page = open_page()
    pick_nickname(page, nickname)
    start_round(page)
    question = to_the_order_question(page, live)
    assert page.locator(".order-place select").count() and not page.locator(".order-place").first.is_visible()
    assert sorted(shown_order(page)) == sorted(question.answer)
    announced = page.locator(".order-list ~ [aria-live]")
    for place, item in enumerate(question.answer):
        while shown_order(page).index(item) > place:
            page.get_by_role("button", name=f"Move {item} up").focus()
            page.keyboard.press("Enter")  # the focus stays on the item's button as it moves
            where = shown_order(page).index(item)
            assert announced.inner_text() == f"{item}: place {where + 1} of {len(question.answer)}."
    assert shown_order(page) == list(question.answer)
    assert send(page).endswith("Right!")


def test_an_item_is_dragged_into_place(open_page, live, nickname):
    page = open_page()
    pick_nickname(page, nickname)
    start_round(page)
    question = to_the_order_question(page, live)
    for place, item in enumerate(question.answer):
        if shown_order(page)[place] != item:
            page.locator(".order-list li", has_text=item).drag_to(page.locator(".order-list li").nth(place))
        assert shown_order(page)[place] == item
    assert send(page).endswith("Right!")


def test_a_finger_drags_an_item_by_its_grip(open_page, live, nickname):
    page = open_page(PHONE, has_touch=True)
    pick_nickname(page, nickname)
    start_round(page)
    question = to_the_order_question(page, live)
    last = question.answer[-1]
    first = shown_order(page)[0]
    if first == last:  # move it away first, so the drag has something to do
        page.get_by_role("button", name=f"Move {last} down").click()
        first = shown_order(page)[0]
    target = page.locator(".order-list li").first.bounding_box()
    grip = page.locator(".order-list li", has_text=last).locator(".grip")
    grip.dispatch_event("pointerdown", {"pointerType": "touch", "isPrimary": True})
    page.evaluate(
        "([x, y]) => document.dispatchEvent(new PointerEvent('pointerup',"
        " {pointerType: 'touch', clientX: x, clientY: y, bubbles: true}))",
        [target["x"] + target["width"] / 2, target["y"] + target["height"] / 2],
    )
    assert shown_order(page)[:2] == [last, first]


def test_without_javascript_the_places_are_selects(open_page, live, nickname):
    page = open_page(java_script_enabled=False)
    pick_nickname(page, nickname)
    start_round(page)
    question = to_the_order_question(page, live)
    assert page.locator(".order-list").count() == 0
    for place, item in enumerate(question.answer, 1):
        page.get_by_label(f"Place {place}", exact=True).select_option(label=item)
    assert send(page).endswith("Right!")
